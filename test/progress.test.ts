// Progress: where each ingested item ends in the input, the census of the input, and the line printed.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingest, type IngestItem } from '../src/ingest/index.js';
import { countItems, inputBytes } from '../src/ingest/census.js';
import { Progress } from '../src/cli/progress.js';
import { folder } from './helpers.js';

async function all(paths: string[]): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of ingest(paths)) out.push(i);
  return out;
}

const line = (o: object) => JSON.stringify(o) + '\n';

// Every format, good and bad items, blank lines, CRLF, a missing last newline, gzip, a BOM, a skipped file.
const MIXED = {
  'a.txt': 'Airbus said on Monday it had won an order.',
  'b.json': JSON.stringify([{ text: 'One, "quoted" [1].' }, { title: 'no text' }, { text: 'Three {x}.' }]),
  'c.jsonl': line({ text: 'First.' }) + '\n  \r\n' + '{"text": \r\n' + line({ text: 'Fourth.' }) + '{"text": "no newline at the end"}',
  'd.jsonl.gz': gzipSync(line({ text: 'Zipped one.' }) + line({ text: 'Zipped two.' })),
  'e.html': '<html><head><title>Page</title></head><body><p>Body text.</p></body></html>',
  'empty.jsonl': '',
  'f.csv': 'not,read',
  'g.json': '{"text": "A single object."}',
  'h.json': '[{"text": "unterminated"',
  'i.jsonl': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line({ text: 'After a BOM.' }))]),
};

describe('positions in the input', () => {
  it('places every item at its end in the input, in order, ending at the input size', async () => {
    const dir = folder(MIXED);
    const items = await all([dir]);
    const ats = items.map((i) => i.at!);
    expect(ats.every((a, k) => k === 0 || a >= ats[k - 1])).toBe(true);
    expect(ats.at(-1)).toBe(await inputBytes([dir]));
    // Each .jsonl item ends at the end of its own line.
    const c = items.filter((i) => (i.kind === 'article' ? i.article.path : i.kind === 'error' ? i.error.path : '').endsWith('c.jsonl'));
    const size = (s: string) => Buffer.byteLength(s);
    const before = size(MIXED['a.txt']) + size(MIXED['b.json']);
    expect(c.map((i) => i.at! - before)).toEqual([
      size(line({ text: 'First.' })),
      size(line({ text: 'First.' }) + '\n  \r\n' + '{"text": \r\n'),
      size(MIXED['c.jsonl']) - size('{"text": "no newline at the end"}'),
      size(MIXED['c.jsonl']),
    ]);
  });

  it('counts the items ingest hands on, skipped files aside', async () => {
    const dir = folder(MIXED);
    const items = await all([dir]);
    const handedOn = items.filter((i) => i.kind !== 'skipped').length;
    expect(handedOn).toBe(15);
    expect(await countItems([dir])).toBe(handedOn);
    expect(await countItems([join(dir, 'missing.jsonl'), join(dir, 'c.jsonl')])).toBe(1 + 4);
  });

  it('stops counting when asked', async () => {
    const dir = folder({ 'x.jsonl': line({ text: 'One.' }).repeat(10) });
    expect(await countItems([dir], {}, { stopped: true })).toBeNull();
  });
});

describe('the progress line', () => {
  function run(tty: boolean) {
    const out: string[] = [];
    let clock = 0;
    const p = new Progress('auto', { write: (s) => out.push(s), tty, now: () => clock });
    return { p, out, at: (ms: number) => (clock = ms) };
  }

  it('shows articles done of the total, the share of the input, the rate and the time left', () => {
    const { p, out, at } = run(false);
    p.totalBytes = 1000;
    p.totalItems = 10;
    at(5000);
    p.tick(100);
    p.tick(250);
    expect(out).toEqual(['gleaner: 1 of 10 articles (10%), 0 articles/s, 45 s left\n']);
    expect(p.line(2)).toBe('gleaner: 2 of 10 articles (25%), 1 articles/s, 6 s left');
    p.totalItems = null; // not counted yet
    expect(p.line(2)).toBe('gleaner: 2 articles (25%), 1 articles/s, 6 s left');
  });

  it('prints a plain line every five seconds when stderr is not a terminal, and redraws one line on a terminal', () => {
    const plain = run(false);
    plain.p.totalBytes = 100;
    for (let k = 1; k <= 10; k++) {
      plain.at(k * 1000);
      plain.p.tick(k * 10);
    }
    // The first line comes five seconds after the start, not with the first article.
    expect(plain.out).toEqual(['gleaner: 5 articles (50%), 1 articles/s, 5 s left\n', 'gleaner: 10 articles (100%), 1 articles/s, 0 s left\n']);
    const term = run(true);
    term.p.totalBytes = 100;
    for (let k = 1; k <= 3; k++) {
      term.at(k * 1000);
      term.p.tick(k * 10);
    }
    term.p.done();
    expect(term.out).toHaveLength(4);
    expect(term.out[0]).toBe('\rgleaner: 1 articles (10%), 1 articles/s, 9 s left\x1b[K');
    expect(term.out[3]).toBe('\n');
  });

  it('counts what a resumed run had written as done, and the time left at the new run\'s own pace', () => {
    const { p } = run(false);
    p.totalBytes = 1000;
    p.totalItems = 10;
    for (let k = 1; k <= 5; k++) p.resumed(k * 100);
    p.tick(600);
    expect(p.line(10)).toBe('gleaner: 6 of 10 articles (60%), 0 articles/s, 40 s left');
  });

  it('prints nothing with --quiet', () => {
    const out: string[] = [];
    const p = new Progress('none', { write: (s) => out.push(s), tty: true, now: () => 10_000 });
    p.tick(1);
    p.done();
    expect(out).toEqual([]);
  });
});
