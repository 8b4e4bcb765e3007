// Duplicate article ids over large inputs: compact, exact on what it reports.
import { describe, expect, it } from 'vitest';
import { SeenIds } from '../src/ingest/seen-ids.js';

describe('seen ids', () => {
  it('finds every repeated id with where it was first seen, and no others', () => {
    const seen = new SeenIds();
    const n = 200_000;
    for (let i = 0; i < n; i++) expect(seen.add(`reuters-${i}`, i % 2 ? 'b.jsonl' : 'a.jsonl', i + 1)).toBe(true);
    expect(seen.count).toBe(n);
    // ids that differ by one character, in length, or only in case are all new
    for (const id of ['reuters-', 'Reuters-1', 'reuters-200000', 'reuters-01', '', 'reuters-1 ']) expect(seen.get(id)).toBeNull();
    expect(seen.get('reuters-0')).toBe('a.jsonl#1');
    expect(seen.get('reuters-199999')).toBe('b.jsonl#200000');
    expect(seen.add('reuters-7', 'c.jsonl', 1)).toBe(false);
    expect(seen.get('reuters-7')).toBe('b.jsonl#8');
  });

  it('names a whole file when the article had no line', () => {
    const seen = new SeenIds();
    seen.add('story', 'corpus/story.html', null);
    expect(seen.get('story')).toBe('corpus/story.html');
  });
});
