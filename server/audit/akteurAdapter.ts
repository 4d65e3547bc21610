// The driver adapter's part of the actor's hand-over (server/audit/actor.ts): a transaction started
// by `inTransaction` takes its pending actor along when it starts; before its first statement that
// does not carry the set_config itself, the adapter sends one. So no statement of a mutation runs
// without its actor, whatever the mutation starts with. The pending actor is looked up once, when
// the transaction starts (inside `$transaction`, in inTransaction's async context), not per
// statement: Prisma may send a statement from another async context (a PrismaPromise is lazy, it
// runs where it is awaited).
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { hookedAdapter } from '../db/adapterHooks.js';
import { AKTEUR_SETZEN, ausstehenderAkteur, type AusstehenderAkteur } from './actor.js';

const SETZEN = `SELECT ${AKTEUR_SETZEN}$1, true)`;

export const akteurAdapter = <F extends SqlDriverAdapterFactory>(factory: F): F =>
  hookedAdapter(factory, {
    beforeTransaction: () => ausstehenderAkteur(),
    statement: (sql, inTransaction, send, { sendFirst, transaction }) => {
      const akteur = inTransaction ? (transaction as AusstehenderAkteur | null) : null;
      if (!akteur || akteur.uebergeben || sql.includes(AKTEUR_SETZEN)) return send();
      akteur.uebergeben = true;
      return sendFirst({ sql: SETZEN, args: [akteur.json], argTypes: [{ scalarType: 'string', arity: 'scalar' }] }).then(() => send());
    },
  });
