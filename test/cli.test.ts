// The command line, end to end (the built dist/cli/main.js, as a user runs it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from './scratch.js';

const CLI = 'dist/cli/main.js';
function gleaner(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const tmp = () => scratchDir('gleaner-cli-');
const jsonl = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('gleaner extract', () => {
  it('writes every output file and a manifest, with offsets that point at the text', () => {
    const out = tmp();
    const r = gleaner('extract', 'corpus', '--out', out, '--quiet');
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    for (const k of ['articles', 'entities', 'dates', 'counts', 'agreements', 'relations', 'errors']) {
      expect(files).toContain(`${k}.jsonl`);
      expect(files).toContain(`${k}.csv`);
    }
    expect(files).toContain('manifest.json');
    expect(files.some((f) => f.startsWith('.gleaner'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ tool: 'gleaner', articles: 6, errors: 0 });
    const text = readFileSync('corpus/belt-and-road-vocational-forum.txt', 'utf8');
    for (const d of jsonl(join(out, 'dates.jsonl')).filter((d) => d.articleId === 'belt-and-road-vocational-forum')) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
    const csv = readFileSync(join(out, 'agreements.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('articleId,id,kind,status,plural,parties,partyEntityIds,partySignatories,purpose,date,dateText,place,evidenceStart,evidenceEnd,evidence,rule');
  });

  it('gives the same bytes with one worker, two workers or none, and with --low-memory', () => {
    const runs = [['--workers', '0'], ['--workers', '1'], ['--workers', '2'], ['--workers', '2', '--low-memory']];
    const outs = runs.map((args) => {
      const out = tmp();
      expect(gleaner('extract', 'corpus', '--out', out, '--quiet', ...args).code).toBe(0);
      return out;
    });
    for (const f of ['entities.jsonl', 'dates.csv', 'counts.jsonl', 'agreements.jsonl', 'articles.jsonl']) {
      const a = readFileSync(join(outs[0], f), 'utf8');
      for (const out of outs.slice(1)) expect(readFileSync(join(out, f), 'utf8')).toBe(a);
    }
    expect(JSON.parse(readFileSync(join(outs[3], 'manifest.json'), 'utf8')).options).toMatchObject({ workers: 2, lowMemory: true });
  });

  it('reports bad inputs in errors.jsonl and on stderr, and goes on; --strict exits 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.txt'), 'Boeing said on Monday it signed a deal with Air China.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    writeFileSync(join(dir, 'lines.jsonl'), '{"text":"ok"}\nnot json\n');
    const out = tmp();
    const r = gleaner('extract', dir, '--out', out);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/empty\.txt: empty file/);
    expect(r.err).toMatch(/lines\.jsonl:2: malformed JSON/);
    const errors = jsonl(join(out, 'errors.jsonl'));
    expect(errors.map((e) => [e.path.split('/').pop(), e.stage])).toEqual([
      ['bin.txt', 'decode'],
      ['empty.txt', 'read'],
      ['lines.jsonl', 'parse'],
    ]);
    expect(jsonl(join(out, 'articles.jsonl')).map((a) => a.id)).toEqual(['good', 'lines#1']);
    expect(gleaner('extract', dir, '--out', tmp(), '--quiet', '--strict').code).toBe(1);
  });

  it('neutralises spreadsheet formulas in CSV cells unless told not to', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'f.jsonl'), JSON.stringify({ id: '=HYPERLINK("x")', text: 'Boeing won.' }) + '\n');
    const safe = tmp();
    gleaner('extract', dir, '--out', safe, '--quiet');
    expect(readFileSync(join(safe, 'articles.csv'), 'utf8')).toContain(`"'=HYPERLINK(""x"")"`);
    const raw = tmp();
    gleaner('extract', dir, '--out', raw, '--quiet', '--no-csv-safe');
    expect(readFileSync(join(raw, 'articles.csv'), 'utf8')).toContain(`"=HYPERLINK(""x"")"`);
  });

  it('exits 2 on usage errors, with a message', () => {
    expect(gleaner('extract', 'corpus').code).toBe(2);
    expect(gleaner('extract', '--out', tmp()).code).toBe(2);
    expect(gleaner('extract', 'corpus', '--out', tmp(), '--reference-date', '2023-13-45').code).toBe(2);
    const r = gleaner('frobnicate');
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/unknown command/)]);
  });

  it('names the output path and the reason when the output folder cannot be made, without a stack trace', () => {
    const file = join(tmp(), 'taken');
    writeFileSync(file, 'not a folder');
    for (const out of [file, join(file, 'sub')]) {
      const r = gleaner('extract', 'corpus', '--out', out, '--quiet');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(new RegExp(`^gleaner: cannot mkdir ${out}: (a file is in the way|part of the path is a file)`));
      expect(r.err).not.toMatch(/internal error|    at /);
    }
  });

  it('answers --help and --version', () => {
    expect(gleaner('--help').out).toMatch(/gleaner extract PATH/);
    expect(gleaner('--version').out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('gleaner schema and eval', () => {
  it('prints JSON Schema generated from the zod schemas', () => {
    const all = JSON.parse(gleaner('schema').out);
    expect(Object.keys(all)).toEqual(['articles', 'entities', 'dates', 'counts', 'agreements', 'relations', 'errors', 'manifest']);
    expect(all.entities.properties.type.enum).toEqual(['organisation', 'person', 'place', 'event']);
    expect(JSON.parse(gleaner('schema', 'counts').out).required).toContain('item');
  });

  it('prints CREATE TABLE statements whose columns are the CSV files\' own, in order, typed from the schemas', () => {
    const out = tmp();
    gleaner('extract', 'corpus', '--out', out, '--quiet');
    const ddl = gleaner('schema', '--sql').out;
    for (const kind of ['articles', 'entities', 'dates', 'counts', 'agreements', 'relations', 'errors']) {
      const table = new RegExp(`CREATE TABLE "${kind}" \\(\\n([^;]*)\\n\\);`).exec(ddl);
      expect(table, kind).not.toBeNull();
      const columns = table![1].split(',\n').filter((l) => !l.includes('PRIMARY KEY')).map((l) => /^  "([^"]+)"/.exec(l)![1]);
      const header = readFileSync(join(out, `${kind}.csv`), 'utf8').split('\n')[0].split(',');
      expect(columns, kind).toEqual(header);
    }
    expect(ddl).toContain('"start" INTEGER');
    expect(ddl).toMatch(/"value" DOUBLE PRECISION/);
    expect(ddl).toMatch(/"approximate" BOOLEAN/);
    expect(ddl).toContain('PRIMARY KEY ("articleId", "id")');
    expect(gleaner('schema', '--sql', 'agreements').out).toMatch(/^CREATE TABLE "agreements" \(/);
    // the manifest is JSON only
    expect(gleaner('schema', '--sql', 'manifest').code).toBe(2);
  });

  it('scores an output folder and fails below a threshold', () => {
    const dir = tmp();
    const text = 'Boeing said on Monday it would cut 500 jobs in France.';
    const gold = { id: 'g1', text, publishedAt: '2013-03-22', mentions: [{ type: 'organisation', start: 0, end: 6, text: 'Boeing' }, { type: 'place', start: 47, end: 53, text: 'France' }], timexes: [{ start: 15, end: 21, text: 'Monday', type: 'DATE', value: '2013-03-18' }], quantities: [{ start: 34, end: 37, text: '500', type: 'QUANTITY' }] };
    writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify(gold) + '\n');
    const out = tmp();
    gleaner('extract', join(dir, 'gold.jsonl'), '--out', out, '--quiet');
    const r = gleaner('eval', join(dir, 'gold.jsonl'), '--against', out, '--json');
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out);
    expect(rep['entities.place'].strict.f1).toBe(1);
    expect(rep.dates.value.f1).toBe(1);
    expect(rep['counts.quantity'].relaxed.f1).toBe(1);
    expect(gleaner('eval', join(dir, 'gold.jsonl'), '--against', out, '--min', 'dates.value=1.01').code).toBe(1);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });
});
