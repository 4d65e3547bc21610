import { describe, expect, it } from 'vitest';
import { statementNames } from '../server/db/statementNames.js';

describe('prepared statement names (PostgreSQL)', () => {
  it('gives one text one name, and two texts two names', () => {
    const name = statementNames();
    const a = name({ sql: 'SELECT 1' });
    expect(a).toMatch(/^p[\w-]{27}$/);
    expect(name({ sql: 'SELECT 1' })).toBe(a);
    expect(name({ sql: 'SELECT 2' })).not.toBe(a);
  });

  it('names no more than its bound of texts; later ones run unnamed (the empty name)', () => {
    const name = statementNames(2);
    const first = name({ sql: 'SELECT 1' });
    name({ sql: 'SELECT 2' });
    expect(name({ sql: 'SELECT 3' })).toBe('');
    expect(name({ sql: 'SELECT 1' })).toBe(first);
  });
});
