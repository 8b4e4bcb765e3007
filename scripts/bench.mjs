// npm run bench: throughput and memory of the whole process (full extraction, every file written) over the
// Reuters-21578 corpus, with the reference pipelines run in the same invocation for the ratios.
// A benchmark, not a test. usage: npm run bench [-- CORPUS.jsonl.gz]
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createGunzip, createGzip, gunzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';

const corpus = process.argv[2] ?? '../shared/bench/reuters21578.jsonl.gz';
const baseline = '../shared/bench/baseline-throughput.mjs';
if (!existsSync(corpus)) {
  console.error(`npm run bench needs ${corpus} (not part of the repository)`);
  process.exit(2);
}

/** The first n lines of the corpus, as a gzipped file of its own. */
async function head(n) {
  const file = join(mkdtempSync(join(tmpdir(), 'gleaner-bench-')), `first-${n}.jsonl.gz`);
  const out = createGzip();
  const done = new Promise((r) => out.pipe(createWriteStream(file)).on('finish', r));
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()) });
  let i = 0;
  for await (const line of rl) {
    if (i++ >= n) break;
    out.write(line + '\n');
  }
  out.end();
  await done;
  return file;
}

// The command line as installed runs with the node options of its first line (#!/usr/bin/env -S node ...).
const nodeOptions = readFileSync('dist/cli/main.js', 'utf8').split('\n')[0].replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean);

function gleaner(input, workers, extra = []) {
  const out = mkdtempSync(join(tmpdir(), 'gleaner-bench-out-'));
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...nodeOptions, 'dist/cli/main.js', 'extract', input, '--out', out, '--quiet', '--workers', String(workers), ...extra], {
    encoding: 'utf8',
    env: { ...process.env, GLEANER_STATS: '1' },
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`gleaner failed: ${r.stderr}`);
  const stats = JSON.parse(r.stderr.trim().split('\n').pop());
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  return { seconds, peakRssMB: Math.round(stats.maxRssKB / 1024), cpuSeconds: stats.cpuSeconds, manifest };
}

/**
 * The reference pipeline as two processes at once, each over half of the corpus (halves of about equal
 * characters): how much two cores of this machine give a pipeline that shares nothing, the ceiling to read
 * the 2-worker ratio against. Seconds are the slower half's processing time, as the reference measures it.
 */
async function referencePair(mode) {
  const raw = readFileSync(corpus);
  const lines = (corpus.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n').filter(Boolean);
  const half = chars / 2;
  let n = 0;
  let cut = 0;
  while (cut < lines.length && n < half) n += JSON.parse(lines[cut++]).text.length;
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-bench-halves-'));
  const files = [lines.slice(0, cut), lines.slice(cut)].map((part, i) => {
    const f = join(dir, `half-${i + 1}.jsonl`);
    writeFileSync(f, part.join('\n') + '\n');
    return f;
  });
  const run = (file) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [baseline, file, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(`${baseline} ${file} ${mode} exited with ${code}`))));
    });
  const results = await Promise.all(files.map(run));
  rmSync(dir, { recursive: true, force: true });
  return { seconds: Math.max(...results.map((r) => r.seconds)) };
}

function reference(mode) {
  const r = spawnSync(process.execPath, [baseline, corpus, mode], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim());
}

const chars = (() => {
  // same measure as the reference pipelines: characters of the text fields
  let n = 0;
  const raw = spawnSync(process.execPath, ['-e', `const z=require('zlib'),f=require('fs');let n=0;for(const l of z.gunzipSync(f.readFileSync(${JSON.stringify(corpus)})).toString('utf8').split('\\n'))if(l)n+=JSON.parse(l).text.length;console.log(n)`], { encoding: 'utf8' });
  n = Number(raw.stdout.trim());
  return n;
})();

console.log(`corpus: ${corpus}, ${(chars / 1e6).toFixed(1)} M characters, ${cpus().length} cores\n`);
// The machine's speed drifts from one minute to the next (on a shared machine, sometimes by half), so each
// ratio compares a run with the mean of runs on either side of it: the reference before and after gleaner's
// 1-worker run, and 1-worker runs before and after its 2-worker run.
const winkA = reference('wink-pos');
console.log(`reference wink-nlp tokenise+POS: ${winkA.mbPerS} MB/s, ${winkA.articlesPerS} articles/s`);
const one = gleaner(corpus, 1);
const winkB = reference('wink-pos');
console.log(`reference wink-nlp tokenise+POS: ${winkB.mbPerS} MB/s, ${winkB.articlesPerS} articles/s (again)`);
// This machine's two-core ceiling: the reference as two processes at once on halves of the corpus.
const pair = await referencePair('wink-pos');
console.log(`reference wink-nlp tokenise+POS, two processes at once on halves of the corpus: ${(chars / 1e6 / pair.seconds).toFixed(2)} MB/s together`);
const two = gleaner(corpus, 2);
const oneAgain = gleaner(corpus, 1);
const first = await head(2000);
const small = gleaner(first, 2);
// The same with --low-memory: less memory for more time (same output).
const lean = gleaner(corpus, 2, ['--low-memory']);
const leanSmall = gleaner(first, 2, ['--low-memory']);
rmSync(join(first, '..'), { recursive: true, force: true });
const mb = (r) => chars / 1e6 / r.seconds;
const winkSeconds = (winkA.seconds + winkB.seconds) / 2;
const oneSeconds = (one.seconds + oneAgain.seconds) / 2;
// CPU seconds per MB (all threads: main, workers, V8's compiler and GC threads) vary less than wall time on a shared machine.
const row = (name, r) => console.log(`${name.padEnd(34)} ${mb(r).toFixed(2)} MB/s  ${Math.round(r.manifest.articles / r.seconds)} articles/s  peak RSS ${r.peakRssMB} MB  CPU ${(r.cpuSeconds / (chars / 1e6)).toFixed(2)} s/MB  (${r.seconds.toFixed(1)} s, ${r.manifest.articles} articles)`);
console.log('');
row('gleaner, 1 worker', one);
row('gleaner, 2 workers', two);
row('gleaner, 1 worker (again)', oneAgain);
console.log(`gleaner, 2 workers, first 2000 articles: peak RSS ${small.peakRssMB} MB`);
row('gleaner, 2 workers, --low-memory', lean);
console.log(`gleaner, 2 workers, --low-memory, first 2000 articles: peak RSS ${leanSmall.peakRssMB} MB`);
const stages = one.manifest.timings.stagesMs;
const total = Object.entries(stages).filter(([k]) => k !== 'ingest').reduce((s, [, v]) => s + v, 0);
console.log('\nshare of worker time per stage (1 worker):');
for (const [k, v] of Object.entries(stages)) if (k !== 'ingest') console.log(`  ${k.padEnd(12)} ${((100 * v) / total).toFixed(1)}%  (${(v / 1000).toFixed(1)} s)`);
console.log('\nratios:');
console.log(`  1 worker / wink-nlp tokenise+POS: ${(winkSeconds / one.seconds).toFixed(2)} (target >= 0.6; against each reference run: ${(winkA.seconds / one.seconds).toFixed(2)}, ${(winkB.seconds / one.seconds).toFixed(2)})`);
console.log(`  2 workers / 1 worker:             ${(oneSeconds / two.seconds).toFixed(2)} (target >= 1.7; against each 1-worker run: ${(one.seconds / two.seconds).toFixed(2)}, ${(oneAgain.seconds / two.seconds).toFixed(2)})`);
console.log(`    this machine's ceiling, 2 wink-nlp processes on halves / 1 on the whole: ${(winkSeconds / pair.seconds).toFixed(2)}`);
console.log(`  peak RSS whole corpus / first 2000: ${(two.peakRssMB / small.peakRssMB).toFixed(2)} (target <= 1.10; whole corpus <= 300 MB)`);
console.log(`    with --low-memory:                ${(lean.peakRssMB / leanSmall.peakRssMB).toFixed(2)}, for ${((lean.seconds / two.seconds - 1) * 100).toFixed(0)}% more time with 2 workers`);
