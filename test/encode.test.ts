// An article's output, encoded once in the worker: every file's part must be the UTF-8 of exactly the text it
// was made from (the bytes Buffer.from writes, lone surrogates included), whatever its characters and however
// long it is (the reused buffer grows past its first size).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChunkBuilder, OUTPUT_FILES, type EncodedChunk } from '../src/write/encode.js';
import { encodeRows } from '../src/write/serialize.js';
import { csvLine } from '../src/write/csv.js';
import { CSV_COLUMNS } from '../src/write/columns.js';

/** Each file's bytes, as strings of hex (to compare with what Buffer.from writes). */
function parts(chunk: EncodedChunk): string[] {
  const out: string[] = [];
  let at = 0;
  OUTPUT_FILES.forEach((_, f) => {
    out.push(Buffer.from(chunk.bytes.subarray(at, at + chunk.sizes[f])).toString('hex'));
    at += chunk.sizes[f];
  });
  expect(at).toBe(chunk.bytes.length);
  return out;
}
const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('hex');

describe('ChunkBuilder', () => {
  it('keeps every part, in file order, as UTF-8', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string(), fc.constant(''), fc.constant('\n'));
    const add = fc.tuple(fc.nat(OUTPUT_FILES.length - 1), text);
    fc.assert(
      fc.property(fc.array(add, { maxLength: 30 }), (adds) => {
        adds.sort((x, y) => x[0] - y[0]);
        const b = new ChunkBuilder();
        const expected = OUTPUT_FILES.map(() => '');
        for (const [f, t] of adds) {
          // A "\n" goes in as a byte, as line ends do.
          if (t === '\n') b.addByte(f, 10);
          else b.add(f, t);
          expected[f] += t;
        }
        expect(parts(b.finish())).toEqual(expected.map(utf8));
      }),
      { numRuns: 300 },
    );
  });

  it('encodes parts far longer than its reused buffer', () => {
    const long = 'Résumé of the “Beijing Summit” 😀\n'.repeat(20_000);
    const b = new ChunkBuilder();
    b.add(2, long);
    b.add(3, 'x');
    b.addByte(3, 10);
    b.add(7, long);
    const files = parts(b.finish());
    expect(files[2]).toBe(utf8(long));
    expect(files[3]).toBe(utf8('x\n'));
    expect(files[7]).toBe(utf8(long));
    expect(files[0]).toBe('');
  });

  it('refuses a part added after a later file', () => {
    const b = new ChunkBuilder();
    b.add(4, 'a');
    expect(() => b.add(1, 'b')).toThrow(/added after/);
  });

  it('writes rows as JSONL lines, then as CSV lines', () => {
    const row = { path: 'a “b”.txt', line: 3, articleId: 'x', stage: 'read' as const, reason: 'bad, "quoted"\nreason' };
    const files = parts(encodeRows('errors', [row, row], false));
    const at = OUTPUT_FILES.indexOf('errors.jsonl');
    expect(Buffer.from(files[at], 'hex').toString('utf8')).toBe((JSON.stringify(row) + '\n').repeat(2));
    const csv = Buffer.from(files[at + 1], 'hex').toString('utf8');
    const line = csvLine(CSV_COLUMNS.errors.map(([, get]) => get(row)), false);
    expect(csv).toBe(line + line);
    expect(line).toContain('"bad, ""quoted""\nreason"');
  });
});
