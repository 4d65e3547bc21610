// The pure rules of the mandate life cycle (no server): how names are compared in the conflict check
// and at acceptance, the one phone-number rule, and the ranking of lawyers for a request.
import { describe, expect, it } from 'vitest';
import { gruende, kollisionen, namensSchluessel } from '../server/domain/kollision.js';
import { parseInput, telefon } from '../server/domain/validation.js';
import { ValidationError } from '../server/domain/errors.js';
import { z } from 'zod';

const gleich = (a: string, b: string) => namensSchluessel(a).schluessel === namensSchluessel(b).schluessel;

describe('legal forms are folded in their short and spelled-out forms', () => {
  it('the examples of issue 16', () => {
    expect(gleich('Huber Bau Gesellschaft m.b.H.', 'Huber Bau GmbH')).toBe(true);
    expect(gleich('Ölz Holding Aktiengesellschaft', 'Ölz Holding AG')).toBe(true);
    const treffer = kollisionen({ klient: [], gegner: ['Huber Bau Gesellschaft m.b.H.', 'Ölz Holding Aktiengesellschaft'] }, [
      { name: 'Huber Bau GmbH', rolle: 'KLIENT', ref: 1 },
      { name: 'Oelz Holding AG', rolle: 'KLIENT', ref: 2 },
    ]);
    expect(treffer.map((x) => [x.name, x.bekannt.ref, x.gruende])).toEqual([
      ['Huber Bau Gesellschaft m.b.H.', 1, ['Rechtsform gleich, anders geschrieben (GmbH)']],
      ['Ölz Holding Aktiengesellschaft', 2, ['Umlaute/ß gleichgesetzt (ä = ae, ö = oe, ü = ue, ß = ss)', 'Rechtsform gleich, anders geschrieben (AG)']],
    ]);
  });

  // [canonical form, spellings as they appear in the Firmenbuch / Handelsregister and in letters]
  const FORMEN: [string, string[]][] = [
    ['GmbH', ['GmbH', 'Ges.m.b.H.', 'Ges.m.b.H', 'Ges. m. b. H.', 'GesmbH', 'Ges.mbH', 'G.m.b.H.', 'Gesellschaft m.b.H.', 'Gesellschaft mbH',
      'Gesellschaft mit beschränkter Haftung', 'GESELLSCHAFT MIT BESCHRAENKTER HAFTUNG']],
    ['AG', ['AG', 'A.G.', 'Aktiengesellschaft']],
    ['KG', ['KG', 'Kommanditgesellschaft']],
    ['OG', ['OG', 'Offene Gesellschaft']],
    ['OHG', ['OHG', 'oHG', 'offene Handelsgesellschaft']],
    ['GmbH & Co KG', ['GmbH & Co KG', 'GmbH & Co. KG', 'GmbH&Co.KG', 'GmbH und Co KG', 'Ges.m.b.H. & Co. KG', 'GesmbH & Co KG',
      'Gesellschaft m.b.H. & Co. Kommanditgesellschaft', 'Gesellschaft mit beschränkter Haftung & Co. KG']],
    ['e.U.', ['e.U.', 'e. U.', 'eU', 'eingetragenes Unternehmen', 'eingetragener Unternehmer', 'eingetragene Unternehmerin']],
    ['e.K.', ['e.K.', 'e.Kfm.', 'eingetragener Kaufmann', 'eingetragene Kauffrau']],
    ['Verein', ['Verein', 'e.V.', 'eingetragener Verein']],
    ['Privatstiftung', ['Privatstiftung', 'Stiftung']],
    ['Genossenschaft', ['Genossenschaft', 'eGen', 'e.Gen.', 'eG', 'reg. Gen.m.b.H.', 'reg.Gen.m.b.H.', 'registrierte Genossenschaft mit beschränkter Haftung',
      'Genossenschaft mit beschränkter Haftung', 'eingetragene Genossenschaft']],
    ['SE', ['SE', 'Societas Europaea', 'Europäische Gesellschaft']],
    ['KEG', ['KEG', 'Kommandit-Erwerbsgesellschaft']],
    ['OEG', ['OEG', 'Offene Erwerbsgesellschaft']],
    ['UG (haftungsbeschränkt)', ['UG (haftungsbeschränkt)', 'UG', 'Unternehmergesellschaft (haftungsbeschränkt)']],
    ['KGaA', ['KGaA', 'Kommanditgesellschaft auf Aktien']],
    ['GesbR', ['GesbR', 'GesnbR', 'GbR', 'Gesellschaft bürgerlichen Rechts', 'Gesellschaft nach bürgerlichem Recht']],
    ['PartG', ['PartG', 'PartG mbB', 'Partnerschaftsgesellschaft']],
    ['EWIV', ['EWIV', 'Europäische wirtschaftliche Interessenvereinigung']],
  ];
  const cases = FORMEN.flatMap(([kanon, schreibweisen]) => schreibweisen.map((s) => [kanon, s] as const));

  it.each(cases)('%s: "Huber Bau %s" is "Huber Bau" with that legal form', (kanon, schreibweise) => {
    const k = namensSchluessel(`Huber Bau ${schreibweise}`);
    expect(k.schluessel).toBe('bau huber');
    expect(k.rechtsform).toEqual([kanon]);
    // Any two spellings of the form match each other, and the name without it.
    expect(gleich(`Huber Bau ${schreibweise}`, `Huber Bau ${FORMEN.find(([f]) => f === kanon)![1][0]}`)).toBe(true);
    expect(gleich(`Huber Bau ${schreibweise}`, 'Huber Bau')).toBe(true);
  });

  it.each([
    ['Huber Bau GmbH', 'Huber Holz GmbH'],
    ['Gesellschaft der Musikfreunde', 'Musikfreunde'],
    ['GmbH', 'AG'],
    ['Franz Huber', 'Franziska Huber'],
  ])('"%s" is not "%s"', (a, b) => expect(gleich(a, b)).toBe(false));

  it('a different legal form is named in the reasons', () => {
    expect(gruende('Bautechnik Huber GmbH', 'Bautechnik Huber')).toEqual(['Rechtsform nicht verglichen (GmbH)']);
    expect(gruende('Huber KG', 'Huber GmbH & Co. KG')).toEqual(['Rechtsform nicht verglichen (KG, GmbH & Co KG)']);
  });
});

describe('academic titles are folded', () => {
  it.each([
    'Dr. Franz Huber', 'Dr.Franz Huber', 'DR. FRANZ HUBER', 'Mag. Franz Huber', 'Mag.a Franz Huber', 'MMag. Franz Huber', 'DI Franz Huber', 'Dipl.-Ing. Franz Huber',
    'DI (FH) Franz Huber', 'Mag. (FH) Franz Huber', 'Prof. Franz Huber', 'Univ.-Prof. Dr. Franz Huber', 'o. Univ.-Prof. DDr. Franz Huber', 'Dr.in Franz Huber',
    'Dr. med. Franz Huber', 'Dr. techn. Franz Huber', 'Dr. h.c. Franz Huber', 'Ing. Franz Huber', 'Dkfm. Franz Huber', 'Mag. Dr. Franz Huber, MBA',
    'Franz Huber, BSc', 'Franz Huber BSc MSc', 'Franz Huber, MBA', 'Franz Huber, LL.M.', 'Franz Huber LL. M.', 'Franz Huber, PhD', 'Franz Huber, MA',
    'Franz Huber, B.A.', 'Franz Huber, MAS', 'Huber Franz, Dr.', 'Huber Franz Dipl.-Ing.', 'Ing. Mag. (FH) Franz Huber, MSc',
  ])('"%s" is Franz Huber', (name) => {
    expect(namensSchluessel(name).schluessel).toBe('franz huber');
    expect(gleich(name, 'Franz Huber')).toBe(true);
  });

  it.each([
    // A word inside the name is no title; "Di" and "Ma" are titles only in capitals.
    ['Marco Di Stefano', 'Marco Stefano'],
    ['Yo-Yo Ma', 'Yo-Yo'],
    ['Phil Collins', 'Collins'],
  ])('"%s" is not "%s"', (a, b) => expect(gleich(a, b)).toBe(false));

  it('a name that is nothing but a title keeps it; the reasons name a title that was left out', () => {
    expect(namensSchluessel('Dr.').schluessel).toBe('dr');
    expect(gruende('Dr. Anna Weber', 'Anna Weber')).toEqual(['Titel nicht verglichen (Dr)']);
    expect(gruende('Mag.a Jürgen Öttl', 'Juergen Oettl')).toEqual(['Umlaute/ß gleichgesetzt (ä = ae, ö = oe, ü = ue, ß = ss)', 'Titel nicht verglichen (Mag a)']);
  });

  it('the Kurzbezeichnung made from a name leaves title and legal form out', () => {
    expect(namensSchluessel('Mag. Dr. Jürgen Öttl, MBA').woerter).toEqual(['juergen', 'oettl']);
    expect(namensSchluessel('Huber Bau Gesellschaft m.b.H.').woerter).toEqual(['huber', 'bau']);
  });
});

describe('one rule for phone numbers', () => {
  const schema = z.object({ telefon: telefon() });
  const pruefe = (v: string) => {
    try {
      return parseInput(schema, { telefon: v }).telefon;
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).field).toBe('telefon');
      return (e as ValidationError).issues[0]!.message;
    }
  };
  it.each([
    ['+43 664 1234567', '+43 664 1234567'],
    ['0316/123456', '0316/123456'],
    ['+43 (0)1 234 56 78', '+43 (0)1 234 56 78'],
    ['(0316) 12 34 56', '(0316) 12 34 56'],
    ['0664-1234567', '0664-1234567'],
    // 15 digits: the most E.164 allows.
    ['+43 664 1234567890', '+43 664 1234567890'],
    ['+43 (0) 664 1234567890', '+43 (0) 664 1234567890'],
    ['123456', '123456'],
    ['  ', null],
  ])('accepts %j', (v, expected) => expect(pruefe(v)).toBe(expected));

  it.each([
    // 16 digits, and the 28 digits of issue 16.
    ['+43 664 12345678901', /höchstens 15 Ziffern/],
    ['+43 664 1234567 8901234567890123', /höchstens 15 Ziffern/],
    ['12345', /mindestens 6 Ziffern/],
    ['+43', /mindestens 6 Ziffern/],
    ['ruf mich an', /Telefonnummer/],
    ['0664 123456 ext. 7', /Telefonnummer/],
    ['43+664 1234567', /Telefonnummer/],
    ['++43 664 1234567', /Telefonnummer/],
  ])('refuses %j, naming the field', (v, message) => expect(pruefe(v)).toMatch(message));
});
