// The errors domain code raises. The GraphQL layer exposes each as a type implementing `Error`
// in the mutation's result union; nothing else about them knows of GraphQL.

export abstract class DomainError extends Error {}

export interface FieldIssue {
  /** Dotted path of the input field, e.g. `gegnerIds` or `betrag`. */
  field: string;
  message: string;
}

/** Input that breaks a rule. Names the first offending field; lists all. */
export class ValidationError extends DomainError {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[] | FieldIssue) {
    const list = Array.isArray(issues) ? issues : [issues];
    super(list.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; '));
    this.name = 'ValidationError';
    this.issues = list;
  }
  get field(): string | null {
    return this.issues[0]?.field || null;
  }
}

/** The object does not exist, or belongs to another office (which must look the same). */
export class NotFoundError extends DomainError {
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} wurde nicht gefunden.`);
    this.name = 'NotFoundError';
    this.entity = entity;
    this.id = id;
  }
}

/**
 * The write lost against another one: an update based on a stale `version` (someone else changed
 * the object in between: `currentVersion` says to what), or a request that another one decided
 * first (the Leistung was billed, the request decided, the payment reversed meanwhile). Nothing of
 * the write remains; reload and decide again.
 */
export class ConflictError extends DomainError {
  readonly entity: string;
  readonly currentVersion: number | null;
  constructor(message: string, entity: string, currentVersion: number | null = null) {
    super(message);
    this.name = 'ConflictError';
    this.entity = entity;
    this.currentVersion = currentVersion;
  }

  static staleVersion(entity: string, currentVersion: number): ConflictError {
    return new ConflictError(`${entity} wurde inzwischen geändert (aktuelle Version ${currentVersion}). Bitte neu laden.`, entity, currentVersion);
  }
}

/** The user's role does not allow the operation. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** Too many requests from one address: try again after `retryAfterSeconds`. */
export class RateLimitError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(`Zu viele Anfragen. Bitte in ${retryAfterSeconds} Sekunden erneut versuchen.`);
    this.name = 'RateLimitError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
