// An article's output, encoded once in the worker: every file's part must be the UTF-8 of exactly the text it
// was made from (the bytes Buffer.from writes, lone surrogates included), whatever its characters and however
// long it is (the reused buffer grows past its first size).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeChunk, OUTPUT_FILES } from '../src/write/encode.js';
import { OUTPUT_KINDS } from '../src/schema/records.js';
import type { Serialized } from '../src/write/serialize.js';

/** Each file's bytes, as strings of hex (to compare with what Buffer.from writes). */
function parts(chunk: ReturnType<typeof encodeChunk>): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  OUTPUT_FILES.forEach((name, f) => {
    out.set(name, Buffer.from(chunk.bytes.subarray(at, at + chunk.sizes[f])).toString('hex'));
    at += chunk.sizes[f];
  });
  expect(at).toBe(chunk.bytes.length);
  return out;
}
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('hex');

describe('encodeChunk', () => {
  it('keeps every part, in file order, as UTF-8', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string(), fc.constant(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { minLength: OUTPUT_KINDS.length, maxLength: OUTPUT_KINDS.length }), (texts) => {
        const chunk: Serialized = {};
        OUTPUT_KINDS.forEach((k, i) => (chunk[k] = { jsonl: texts[i][0], csv: texts[i][1] }));
        const files = parts(encodeChunk(chunk));
        OUTPUT_KINDS.forEach((k, i) => {
          expect(files.get(`${k}.jsonl`)).toBe(utf8(texts[i][0]));
          expect(files.get(`${k}.csv`)).toBe(utf8(texts[i][1]));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('encodes parts far longer than its reused buffer, and a missing kind as nothing', () => {
    const long = 'Résumé of the “Beijing Summit” 😀\n'.repeat(20_000);
    const files = parts(encodeChunk({ entities: { jsonl: long, csv: 'x\n' }, counts: { jsonl: '', csv: long } }));
    expect(files.get('entities.jsonl')).toBe(utf8(long));
    expect(files.get('entities.csv')).toBe(utf8('x\n'));
    expect(files.get('counts.csv')).toBe(utf8(long));
    expect(files.get('articles.jsonl')).toBe('');
  });
});
