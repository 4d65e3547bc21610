// The audit trail, read-only, for the office's ADMINs. The entries are written by database
// triggers (migration `audit_trail`); nothing in the API can change or delete them.
import { GraphQLError } from 'graphql';
import type { Prisma } from '../server/generated/prisma/client.js';
import { isId } from '../server/domain/validation.js';
import { builder } from './builder.js';
import { checkPageSize, connectionOptions } from './pagination.js';

export const AuditAction = builder.enumType('AuditAction', {
  values: {
    CREATE: {},
    UPDATE: {},
    DELETE: {},
    REDACT: { description: 'An erasure replaced the personal values of this entity’s earlier entries by "[gelöscht]"; `changes` names the fields, without values.' },
  } as const,
});

interface AuditChangeShape {
  field: string;
  before: string | null;
  after: string | null;
}

const AuditChange = builder.objectRef<AuditChangeShape>('AuditChange').implement({
  description: 'One field of the row. Values are text as the database holds them (amounts exact, e.g. "1234.50").',
  fields: (t) => ({
    field: t.exposeString('field'),
    before: t.exposeString('before', {
      nullable: true,
      description: 'Null on CREATE, and where values are withheld (deletion after retention); "[gelöscht]" where an erasure redacted it.',
    }),
    after: t.exposeString('after', { nullable: true, description: 'Null on DELETE, and where values are withheld; "[gelöscht]" where an erasure redacted it.' }),
  }),
});

builder.prismaObject('AuditEntry', {
  description: 'One written row: who, when, what, and the changed fields before and after.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
    benutzerId: t.exposeID('benutzerId', { nullable: true, description: 'Null for the system (CLI, seeding) and the public intake form.' }),
    benutzerKuerzel: t.exposeString('benutzerKuerzel', { nullable: true }),
    keyPrefix: t.exposeString('keyPrefix', { nullable: true, description: 'Visible prefix of the API key or intake token used.' }),
    operation: t.exposeString('operation', { nullable: true, description: 'The mutation, e.g. "createForderung".' }),
    entity: t.exposeString('entity', { description: 'The kind of row, e.g. "Forderung".' }),
    entityId: t.exposeString('entityId', { nullable: true, description: 'Its id (key parts joined by "/" where the key is composite).' }),
    action: t.expose('action', { type: AuditAction }),
    changes: t.field({ type: [AuditChange], resolve: (e) => e.changes as unknown as AuditChangeShape[] }),
  }),
});

const AuditLogFilter = builder.inputType('AuditLogFilter', {
  fields: (t) => ({
    entity: t.string({ description: 'e.g. "Akt", "Forderung".' }),
    entityId: t.string(),
    benutzerId: t.id(),
    operation: t.string({ description: 'e.g. "createForderung".' }),
    action: t.field({ type: AuditAction }),
    from: t.field({ type: 'DateTime', description: 'At or after.' }),
    to: t.field({ type: 'DateTime', description: 'Before.' }),
  }),
});

type Filter = typeof AuditLogFilter.$inferInput;

function auditWhere(kanzleiId: string, f: Filter | null | undefined): Prisma.AuditEntryWhereInput {
  if (f?.benutzerId != null && !isId(f.benutzerId)) return { id: { in: [] } }; // not an id: no such user
  return {
    kanzleiId,
    entity: f?.entity ?? undefined,
    entityId: f?.entityId ?? undefined,
    benutzerId: f?.benutzerId ?? undefined,
    operation: f?.operation ?? undefined,
    action: f?.action ?? undefined,
    at: f?.from || f?.to ? { gte: f.from ?? undefined, lt: f.to ?? undefined } : undefined,
  };
}

function nurAdmin(rolle: string): void {
  if (rolle !== 'ADMIN') throw new GraphQLError('Nur ein ADMIN darf das Audit-Protokoll lesen.', { extensions: { code: 'FORBIDDEN' } });
}

builder.queryField('auditLog', (t) =>
  t.prismaConnection({
    type: 'AuditEntry',
    ...connectionOptions,
    description: 'ADMIN: the office’s audit trail, newest first.',
    args: { filter: t.arg({ type: AuditLogFilter }) },
    // Counted (one statement) only when the client asks for totalCount. Asked for alone, only this
    // runs (not resolve): it checks the role itself.
    totalCount: (_conn, args, ctx) => {
      nurAdmin(ctx.viewer.rolle);
      return ctx.prisma.auditEntry.count({ where: auditWhere(ctx.viewer.kanzleiId, args.filter) });
    },
    resolve: (query, _root, args, ctx) => {
      nurAdmin(ctx.viewer.rolle);
      checkPageSize(args);
      return ctx.prisma.auditEntry.findMany({ ...query, where: auditWhere(ctx.viewer.kanzleiId, args.filter), orderBy: { id: 'desc' } });
    },
  }),
);
