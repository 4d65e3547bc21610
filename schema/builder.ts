// The Pothos builder and its plugins, nothing else. Types live in one file per domain type.
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import RollenPlugin from './rollenPlugin.js';
import type { Decimal } from '../server/domain/money.js';
import type { Context } from '../server/context.js';
import type PrismaTypes from '../server/generated/pothos-types.js';
import { getDatamodel } from '../server/generated/pothos-types.js';

const ucfirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const builder = new SchemaBuilder<{
  // Non-null unless a field says otherwise: clients (and the SDK's types) can rely on what is there.
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    ID: { Input: string; Output: string };
    Decimal: { Input: Decimal; Output: Decimal | { toString(): string } | string };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  // RollenPlugin after ErrorsPlugin: its ForbiddenError is caught and answered in the result union.
  plugins: [ErrorsPlugin, PrismaPlugin, RelayPlugin, RollenPlugin],
  defaultFieldNullability: false,
  prisma: {
    // Each server (and each test) has its own database; the schema is shared.
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    // A resolver that ignores the prepared query would load relations one parent at a time (N+1).
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // No generic node(id): every lookup goes through a typed, office-scoped field.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
  },
  errors: {
    directResult: true,
    defaultUnionOptions: { name: ({ fieldName }) => `${ucfirst(fieldName)}Result` },
  },
});
