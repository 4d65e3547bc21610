// The texts server/fastReads.ts answers before Yoga: remembered by text and operation name, at most
// 500, the oldest text going first.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AnsweredDocuments } from '../server/fastReads.js';

const doc = parse('{ __typename }');

describe('AnsweredDocuments', () => {
  it('finds a text by its operation name only', () => {
    const d = new AnsweredDocuments();
    d.remember('query A { __typename }', 'A', doc);
    expect(d.get('query A { __typename }', 'A')).toBe(doc);
    expect(d.get('query A { __typename }', null)).toBeUndefined();
    expect(d.get('query B { __typename }', 'A')).toBeUndefined();
  });

  it('full, forgets the oldest text, and keeps what it remembers when that text was the oldest', () => {
    const d = new AnsweredDocuments();
    for (let i = 0; i < 500; i++) d.remember(`q${i}`, null, doc);
    // The oldest text under another name: the text's entry goes, the new name is kept.
    d.remember('q0', 'B', doc);
    expect(d.get('q0', 'B')).toBe(doc);
    expect(d.get('q0', null)).toBeUndefined();
    // 500 again: the next new text pushes out q1, not q0.
    d.remember('q500', null, doc);
    expect(d.get('q1', null)).toBeUndefined();
    expect(d.get('q0', 'B')).toBe(doc);
    expect(d.get('q499', null)).toBe(doc);
  });
});
