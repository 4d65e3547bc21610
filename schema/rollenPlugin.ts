// Enforces the role matrix (server/auth/rollen.ts) for every mutation, before its resolver runs.
// It wraps inside the errors plugin (listed after it), so the ForbiddenError it raises is answered
// as the mutation's `ForbiddenError` result like any other. Building the schema fails for a
// mutation that is not in the matrix or cannot answer ForbiddenError: no mutation slips through.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { pruefeRolle, ROLLENMATRIX } from '../server/auth/rollen.js';
import type { Context } from '../server/context.js';
import { ForbiddenError } from '../server/domain/errors.js';

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rollen: RollenPlugin<Types>;
    }
  }
}

export class RollenPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    if (fieldConfig.kind !== 'Mutation') return resolver;
    const name = fieldConfig.name;
    if (!ROLLENMATRIX[name]) throw new Error(`Mutation ${name} fehlt in der Rollenmatrix (server/auth/rollen.ts).`);
    const errors = fieldConfig.extensions?.pothosErrors as unknown[] | undefined;
    if (!errors?.includes(ForbiddenError)) throw new Error(`Mutation ${name} kann keinen ForbiddenError melden.`);
    return (parent: unknown, args: object, context: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      const ctx = context as unknown as Context;
      // The public form's token runs submitMandatsanfrage only (the intakeOnly plugin): no role.
      if (!ctx.intake) pruefeRolle(name, ctx.viewer.rolle);
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'rollen' as const;
SchemaBuilder.registerPlugin(pluginName, RollenPlugin);
export default pluginName;
