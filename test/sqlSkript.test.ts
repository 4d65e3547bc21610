// The splitter that turns a pg_dump script into statements a driver can send (the restore): by
// hand-made scripts with what pg_dump writes, and what it must not be fooled by.
import { describe, expect, it } from 'vitest';
import { inBuendeln, setParameter, sqlAnweisungen } from '../server/sicherung/sqlSkript.js';

describe('sqlAnweisungen', () => {
  it('splits at the semicolons between statements, not at those inside literals, identifiers, bodies or comments', () => {
    const skript = [
      '\\restrict abc123',
      '--',
      '-- PostgreSQL database dump; with a semicolon in the comment',
      '--',
      "SET client_encoding = 'UTF8';",
      'CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$',
      'BEGIN',
      "  RAISE EXCEPTION 'nein; nie';",
      '  RETURN NEW;',
      'END $$;',
      'CREATE TABLE public."Semi;Kolon" (a text);',
      "INSERT INTO public.\"Semi;Kolon\" VALUES ('O''Brien; Linz'), ('zwei",
      "Zeilen;'), ('\\restrict is text here');",
      "SELECT $tag$ a; b $tag$ /* c; d */;",
      '\\unrestrict abc123',
      '',
    ].join('\n');
    expect(sqlAnweisungen(skript)).toEqual([
      "SET client_encoding = 'UTF8';",
      "CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'nein; nie';\n  RETURN NEW;\nEND $$;",
      'CREATE TABLE public."Semi;Kolon" (a text);',
      "INSERT INTO public.\"Semi;Kolon\" VALUES ('O''Brien; Linz'), ('zwei\nZeilen;'), ('\\restrict is text here');",
      'SELECT $tag$ a; b $tag$ /* c; d */;',
    ]);
  });

  it('refuses a script cut off inside a literal, a body, a comment, or after a statement without its semicolon', () => {
    expect(() => sqlAnweisungen("INSERT INTO t VALUES ('abgeschn")).toThrow(/' ab Zeichen 22 nicht geschlossen/);
    expect(() => sqlAnweisungen('CREATE FUNCTION f() AS $$ BEGIN')).toThrow(/\$\$ ab Zeichen 23 nicht geschlossen/);
    expect(() => sqlAnweisungen('SELECT 1 /* offen')).toThrow(/Kommentar ab Zeichen 9 nicht geschlossen/);
    expect(() => sqlAnweisungen('SELECT 1;\nSELECT 2')).toThrow(/endet nicht mit ";"/);
  });
});

describe('inBuendeln and setParameter', () => {
  it('joins statements into batches of about the given size, each statement whole', () => {
    expect(inBuendeln(['a;', 'bb;', 'ccc;', 'd;'], 8)).toEqual(['a;\nbb;', 'ccc;\nd;']);
    expect(inBuendeln(['a_very_long_statement;'], 4)).toEqual(['a_very_long_statement;']);
  });

  it('names the parameter of a SET, so a restore can leave out what an older server lacks', () => {
    expect(setParameter('SET transaction_timeout = 0;')).toBe('transaction_timeout');
    expect(setParameter("SET default_tablespace TO '';")).toBe('default_tablespace');
    expect(setParameter("SELECT pg_catalog.set_config('search_path', '', false);")).toBeNull();
  });
});
