// A folder of hostile inputs, made here: every good article is processed, every bad input gets a row in
// errors.jsonl with a reason a person understands, the run exits 0 (1 with --strict) and nothing crashes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from './scratch.js';

const CLI = 'dist/cli/main.js';
const tmp = () => scratchDir('gleaner-hostile-');
const jsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let dir = '';
let out = '';
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  dir = tmp();
  const w = (name: string, body: string | Buffer) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  };
  const story = 'Boeing signed a deal with Air China on Monday. ';
  w('empty.txt', '');
  w('spaces.txt', ' \n\t \n');
  w('zip.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
  w('image.html', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
  w('cp1252.txt', Buffer.from('Caf\xe9 Soci\xe9t\xe9 G\xe9n\xe9rale said \x93hello\x94.', 'latin1'));
  w('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]));
  w('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(story, 'utf16le').swap16()]));
  w('crlf.txt', story.replace(/\. /g, '.\r\n') + '\r\n');
  w('lone-cr.txt', story.replace(/\. /g, '.\r'));
  w('scripts.html', `<html><head><style>body{}</style><script>document.write("Evil Corp signed a deal")</script></head><body><nav>Menu</nav><script>alert(1)</script><p>${story}</p><iframe src="http://example.invalid"></iframe></body></html>`);
  w('wrong-types.json', JSON.stringify({ id: 'wt', text: 5 }));
  w('lines.jsonl', [JSON.stringify({ id: 'dup', text: story }), JSON.stringify({ id: 'dup', text: 'Again.' }), '{"text": 12}', JSON.stringify({ id: 'ok', text: story }), '{"id": "cut", "text": "trunc'].join('\r\n'));
  w('big.txt', 'word '.repeat(300_000));
  w('long-line.jsonl', JSON.stringify({ id: 'long', text: 'x'.repeat(2_000_000) }) + '\n');
  w('a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/deep.md', '# Deep\n\n' + story);
  out = tmp();
  result = spawnSync(process.execPath, [CLI, 'extract', dir, '--out', out, '--max-article-bytes', '1000000'], { encoding: 'utf8' });
}, 120_000);

describe('hostile inputs', () => {
  it('finishes with exit code 0 and reports each bad input on stderr', () => {
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/empty\.txt: empty file/);
  });

  it('processes every good article', () => {
    const ids = jsonl(join(out, 'articles.jsonl')).map((a) => a.id);
    expect(ids).toEqual(['a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/deep', 'crlf', 'dup', 'ok', 'lone-cr', 'scripts', 'utf16be', 'utf16le']);
    const texts = Object.fromEntries(jsonl(join(out, 'articles.jsonl')).map((a) => [a.id, a]));
    expect(texts.scripts.counts.agreements).toBe(1);
    const entities = jsonl(join(out, 'entities.jsonl'));
    expect(entities.some((e) => e.name.includes('Evil'))).toBe(false);
    expect(entities.some((e) => e.articleId === 'utf16be' && e.name === 'Boeing')).toBe(true);
  });

  it('gives every bad input a row with a reason', () => {
    const errors = jsonl(join(out, 'errors.jsonl')).map((e) => `${e.path.slice(dir.length + 1)}${e.line ? ':' + e.line : ''} ${e.reason}`);
    expect(errors).toEqual([
      expect.stringMatching(/^big\.txt article text is 1500000 bytes, over the --max-article-bytes limit/),
      expect.stringMatching(/^cp1252\.txt invalid UTF-8 at byte 3 \(is it Windows-1252/),
      'empty.txt empty file',
      expect.stringMatching(/^image\.html binary file: looks like a JPEG image/),
      expect.stringMatching(/^lines\.jsonl:2 duplicate article id "dup" \(first seen in .*lines\.jsonl#1\); skipped$/),
      expect.stringMatching(/^lines\.jsonl:3 not an article: field "text"/),
      expect.stringMatching(/^lines\.jsonl:5 truncated last line/),
      expect.stringMatching(/^long-line\.jsonl:1 article text is 2000000 bytes/),
      expect.stringMatching(/^spaces\.txt empty article/),
      expect.stringMatching(/^wrong-types\.json not an article: field "text": .*expected string/),
      expect.stringMatching(/^zip\.txt binary file: looks like a ZIP archive/),
    ]);
  });

  it('exits 1 with --strict', () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', dir, '--out', tmp(), '--quiet', '--strict', '--max-article-bytes', '1000000'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
  });
});
