// The bounds on a request's arguments (server/queryArguments.ts) hold in every request of the same
// document: arguments written out are checked once when they pass, those from variables each time,
// and a written-out argument that fails is refused every time.
import { GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { argumenteKonstant, pruefeArgumente } from '../server/queryArguments.js';

const ID = '0b9e7f5c-3a52-4c1e-9d8e-2f6a1b4c7d90';

/** The BAD_USER_INPUT message, or null when the arguments pass. */
function refused(document: ReturnType<typeof parse>, variables: Record<string, unknown> = {}): string | null {
  try {
    pruefeArgumente(schema, document, null, variables);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).message;
  }
}

describe('argument bounds in each request of the same document', () => {
  it('check a variable every time, after the written-out arguments beside it passed', () => {
    const document = parse(`query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "MAK") { brutto } } }`);
    expect(refused(document, { id: ID })).toBeNull();
    expect(refused(document, { id: 'x'.repeat(201) })).toBe('Argument "id" von "akt" ist länger als 200 Zeichen.');
    expect(refused(document, { id: ID })).toBeNull();
    expect(refused(document, { id: 'a\u0000b' })).toBe('Argument "id" von "akt" enthält ein NUL-Zeichen oder ungültiges Unicode.');
  });

  it('refuse a written-out argument out of bounds in every request, not only the first', () => {
    const langerTarif = parse(`query($id: ID!) { akt(id: $id) { mahnkosten(tarif: "${'M'.repeat(201)}") { brutto } } }`);
    const grosseSeite = parse(`{ akten(first: 101) { edges { node { id } } } }`);
    for (let i = 0; i < 3; i++) {
      expect(refused(langerTarif, { id: ID })).toBe('Argument "tarif" von "mahnkosten" ist länger als 200 Zeichen.');
      expect(refused(grosseSeite)).toBe('first muss zwischen 0 und 100 liegen.');
    }
    // A page size from a variable: as large as the client sends it, each time.
    const seite = parse(`query($n: Int) { akten(first: $n) { edges { node { id } } } }`);
    expect([5, 101, 100, 101].map((n) => refused(seite, { n }))).toEqual([null, 'first muss zwischen 0 und 100 liegen.', null, 'first muss zwischen 0 und 100 liegen.']);
  });

  it('take arguments as written out only without a variable anywhere in their values', () => {
    const felder = parse(`query($x: String, $n: Int) {
      a: akten(first: 5) { totalCount }
      b: akten(first: $n) { totalCount }
      c: irgendeinFeld(namen: ["A", { name: $x }]) { __typename }
      d: akt(id: "${ID}") { id }
    }`);
    const op = felder.definitions[0]!;
    if (op.kind !== 'OperationDefinition') throw new Error('no operation');
    expect(op.selectionSet.selections.map((s) => (s.kind === 'Field' ? argumenteKonstant(s) : null))).toEqual([true, false, false, true]);
  });
});
