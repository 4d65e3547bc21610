// The schema must not break partners silently: breaking changes against the released schema need
// a new SDK version.
import { describe, expect, it } from 'vitest';
import { breakingChanges, unangekuendigteBrueche } from '../../schema/compat.js';
import { schemaText } from '../../schema/print.js';

describe('breaking changes', () => {
  it('the current schema breaks nothing the released SDK version relies on', async () => {
    const brueche = await unangekuendigteBrueche(schemaText());
    expect(brueche.map((c) => c.message)).toEqual([]);
  });

  it('detects a removed field, a field made nullable and a new required argument; a new version allows them', async () => {
    const released = '# version: 0.1.0\ntype Query { akt(id: ID!): Akt }\ntype Akt { id: ID!, aktenzeichen: String!, bezeichnung: String! }\n';
    const geaendert = 'type Query { akt(id: ID!, mandant: ID!): Akt }\ntype Akt { id: ID!, aktenzeichen: String }\n';
    const brueche = (await breakingChanges(geaendert, released)).map((c) => c.message).sort();
    expect(brueche).toEqual([
      "Field 'Akt.aktenzeichen' changed type from 'String!' to 'String'",
      "Field 'bezeichnung' was removed from object type 'Akt'",
      "Argument 'mandant: ID!' added to field 'Query.akt'",
    ].sort());
    expect(await unangekuendigteBrueche(geaendert, '0.1.5', released)).toHaveLength(3);
    expect(await unangekuendigteBrueche(geaendert, '0.2.0', released)).toEqual([]);
    // Adding is never breaking.
    expect(await breakingChanges('type Query { akt(id: ID!, x: Int): Akt, neu: Int }\ntype Akt { id: ID!, aktenzeichen: String!, bezeichnung: String!, mehr: String }\n', released)).toEqual([]);
  });
});
