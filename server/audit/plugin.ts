// Names the acting user for the audit trail around the execution of every mutation.
import { getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { runAsActor, type AuditActor } from './actor.js';

export const auditActorPlugin: Plugin<Context> = {
  onExecute({ args, executeFn, setExecuteFn }) {
    const op = getOperationAST(args.document, args.operationName);
    if (op?.operation !== 'mutation') return;
    const operation = op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])).join(',');
    const ctx = args.contextValue;
    const actor: AuditActor = ctx.intake
      ? { kanzleiId: ctx.intake.kanzleiId, benutzerId: null, benutzerKuerzel: null, keyPrefix: ctx.intake.tokenPrefix, operation }
      : { kanzleiId: ctx.viewer.kanzleiId, benutzerId: ctx.viewer.benutzerId, benutzerKuerzel: ctx.viewer.kuerzel, keyPrefix: ctx.viewer.keyPrefix, operation };
    setExecuteFn((executionArgs) => runAsActor(actor, () => executeFn(executionArgs)));
  },
};
