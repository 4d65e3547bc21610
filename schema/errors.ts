// The `Error` interface and the error types mutations return in their result unions.
import { ConflictError, ForbiddenError, NotFoundError, RateLimitError, ValidationError, type FieldIssue } from '../server/domain/errors.js';
import { builder } from './builder.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'Something the client asked for could not be done. Nothing was changed.',
  fields: (t) => ({ message: t.exposeString('message') }),
});

const FieldIssueType = builder.objectRef<FieldIssue>('FieldIssue').implement({
  fields: (t) => ({
    field: t.exposeString('field', { description: 'Path of the input field, e.g. `betrag` or `gegnerIds.2`.' }),
    message: t.exposeString('message'),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input breaks a rule. `field` names the first offending input field; `issues` lists all.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.string({ nullable: true, resolve: (e) => e.field }),
    issues: t.field({ type: [FieldIssueType], resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'No such object in your office.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString('entity'), id: t.exposeID('id') }),
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'Another request came first: the object was changed since the `version` you sent (`currentVersion` says to what), or what you ' +
    'asked for was decided meanwhile (billed, gerichtlich bestimmt, archived, cancelled, accepted or rejected). Nothing was changed; reload and decide again.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entity: t.exposeString('entity', { description: 'What the conflict is about, e.g. `Akt`, `Leistung`, `Mandatsanfrage`.' }),
    currentVersion: t.int({ nullable: true, description: 'Set for a stale `version`: the object’s version now.', resolve: (e) => e.currentVersion }),
  }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'Your role does not allow this.',
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(RateLimitError, {
  name: 'RateLimitError',
  description: 'Too many requests from your address; nothing was stored.',
  interfaces: [ErrorInterface],
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

/** The errors every mutation can return. */
export const mutationErrors = [ValidationError, NotFoundError, ConflictError, ForbiddenError];
