// A batch run: ingest -> extract (in worker threads or in-process) -> write, rows in input order.
import { cpus } from 'node:os';
import { createHash } from 'node:crypto';
import PQueue from 'p-queue';
import { ingest, ingestOptions, type IngestOptions } from './ingest/index.js';
import { countItems, inputBytes } from './ingest/census.js';
import { SeenIds } from './ingest/seen-ids.js';
import { processArticle, type WorkerInit, type WorkItem, type WorkResult } from './process.js';
import { SCHEMA_VERSION, type ErrorRow, type Manifest } from './schema/records.js';
import { OutputWriter } from './write/output.js';
import { encodeRows } from './write/serialize.js';
import { EMPTY_CHUNK } from './write/encode.js';
import { Pool } from './pool.js';
import { Progress } from './cli/progress.js';
import { VERSION } from './version.js';

export interface RunOptions extends Partial<IngestOptions> {
  inputs: string[];
  out: string;
  referenceDate?: string | null;
  lexicons?: string[];
  /** Worker threads; 0 runs in the main thread. Default: one per core. */
  workers?: number;
  /** Hold the workers' heaps small, for more time (see PoolOptions.lowMemory); the output is the same. */
  lowMemory?: boolean;
  csvSafe?: boolean;
  resume?: boolean;
  /** 'auto' draws a bar on a terminal and plain lines otherwise; 'none' is quiet. */
  progress?: 'auto' | 'none';
  onError?: (e: ErrorRow) => void;
  /** Set to true to stop after the articles in flight (SIGINT). */
  signal?: { stopped: boolean };
}

export interface RunSummary {
  manifest: Manifest | null;
  articles: number;
  errors: number;
  interrupted: boolean;
}

export async function runExtract(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const init: WorkerInit = { referenceDate: opts.referenceDate ?? null, lexicons: opts.lexicons ?? [], csvSafe: opts.csvSafe !== false };
  const fingerprint = createHash('sha256').update(JSON.stringify({ v: VERSION, inputs: opts.inputs, init, max: [opts.maxArticleBytes, opts.maxFileBytes] })).digest('hex');
  const writer = new OutputWriter(opts.out, fingerprint);
  const skip = writer.open(!!opts.resume);
  const nWorkers = opts.workers ?? Math.max(1, cpus().length);
  const pool = nWorkers > 0 ? new Pool(nWorkers, init, { lowMemory: !!opts.lowMemory }) : null;
  const queue = new PQueue({ concurrency: pool ? pool.capacity : 1 });
  const stagesMs: Record<string, number> = {};
  const progress = new Progress(opts.progress ?? 'auto');
  const counting = { stopped: opts.progress === 'none' };
  if (!counting.stopped) {
    progress.totalBytes = await inputBytes(opts.inputs);
    void countItems(opts.inputs, opts, counting).then(
      (n) => (progress.totalItems = n),
      () => {},
    );
  }
  // Each article's work in input order, with its end in the input (bytes) for progress.
  const window: Array<{ at: number; work: Promise<WorkResult | { seq: number; error: ErrorRow } | { seq: number; skipped: true }> }> = [];
  // Read ahead of the workers by a few articles each, and by at most MAX_TEXT_IN_FLIGHT characters of text
  // (a run of very long articles would otherwise hold many of them at once).
  const maxInFlight = pool ? pool.capacity + nWorkers * 4 : 2;
  let textInFlight = 0;
  let seq = 0;
  let interrupted = false;
  const seenIds = new SeenIds();
  const commit = async (next: (typeof window)[number]) => {
    const r = await next.work;
    if ('skipped' in r) {
      writer.append(EMPTY_CHUNK, {});
      return;
    }
    if ('error' in r) {
      opts.onError?.(r.error);
      writer.append(encodeRows('errors', [r.error], init.csvSafe), { errors: 1 });
    } else {
      textInFlight -= r.chars;
      for (const e of r.errors) opts.onError?.(e);
      for (const [k, v] of Object.entries(r.timings)) stagesMs[k] = (stagesMs[k] ?? 0) + v;
      const ok = Object.keys(r.records).length > 0;
      writer.append(r.chunk, { article: ok, errors: r.errors.length, records: r.records });
    }
    progress.tick(next.at);
  };
  const t0 = performance.now();
  for await (const item of ingest(opts.inputs, opts)) {
    const mySeq = seq++;
    const at = item.at ?? 0;
    if (mySeq < skip) {
      // already written by the interrupted run; its ids still count for duplicate detection
      if (item.kind === 'article') seenIds.add(item.article.id, item.article.path, item.article.line);
      if (item.kind !== 'skipped') progress.resumed(at);
      continue;
    }
    if (opts.signal?.stopped) {
      interrupted = true;
      break;
    }
    if (item.kind === 'skipped') {
      window.push({ at, work: Promise.resolve({ seq: mySeq, skipped: true as const }) });
    } else if (item.kind === 'error') {
      window.push({ at, work: Promise.resolve({ seq: mySeq, error: item.error }) });
    } else {
      const a = item.article;
      const dup = seenIds.get(a.id);
      if (dup !== null) {
        window.push({ at, work: Promise.resolve({ seq: mySeq, error: { path: a.path, line: a.line ?? null, articleId: a.id, stage: 'parse', reason: `duplicate article id "${a.id}" (first seen in ${dup}); skipped` } as ErrorRow }) });
      } else {
        seenIds.add(a.id, a.path, a.line);
        const work: WorkItem = { seq: mySeq, article: a, warnings: item.warnings };
        textInFlight += a.text.length;
        window.push({ at, work: queue.add(() => (pool ? pool.run(work) : Promise.resolve(processArticle(work, init)))) as Promise<WorkResult> });
      }
    }
    while (window.length >= maxInFlight || (textInFlight > MAX_TEXT_IN_FLIGHT && window.length > 0)) await commit(window.shift()!);
  }
  stagesMs.ingest = performance.now() - t0;
  while (window.length) await commit(window.shift()!);
  counting.stopped = true;
  await pool?.close();
  progress.done();
  if (interrupted) {
    writer.suspend();
    return { manifest: null, articles: writer.state.articles, errors: writer.state.errors, interrupted: true };
  }
  const manifest = writer.finish({
    tool: 'gleaner',
    toolVersion: VERSION,
    schemaVersion: SCHEMA_VERSION,
    startedAt,
    finishedAt: new Date().toISOString(),
    inputs: opts.inputs,
    options: { referenceDate: init.referenceDate, lexicons: init.lexicons, workers: nWorkers, lowMemory: !!opts.lowMemory, csvSafe: init.csvSafe, ...ingestOptions(opts) },
    timings: { totalMs: round(performance.now() - started), stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([k, v]) => [k, round(v)])) },
  });
  return { manifest, articles: manifest.articles, errors: manifest.errors, interrupted: false };
}

const MAX_TEXT_IN_FLIGHT = 8_000_000;

const round = (n: number) => Math.round(n * 10) / 10;
