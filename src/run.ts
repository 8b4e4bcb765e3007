// A batch run: ingest -> extract (in worker threads or in-process) -> write, rows in input order.
import { cpus } from 'node:os';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import { promises as fs } from 'node:fs';
import { ingest, type IngestOptions } from './ingest/index.js';
import { discover } from './ingest/discover.js';
import { SeenIds } from './ingest/seen-ids.js';
import { processArticle, type WorkerInit, type WorkItem, type WorkResult } from './process.js';
import { SCHEMA_VERSION, type ErrorRow, type Manifest } from './schema/records.js';
import { OutputWriter } from './write/output.js';
import { serializeRows } from './write/serialize.js';
import { EMPTY_CHUNK, encodeChunk } from './write/encode.js';
import { Progress } from './cli/progress.js';
import { VERSION } from './version.js';

export interface RunOptions extends Partial<IngestOptions> {
  inputs: string[];
  out: string;
  referenceDate?: string | null;
  lexicons?: string[];
  /** Worker threads; 0 runs in the main thread. Default: one per core. */
  workers?: number;
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

/**
 * A pool of worker threads. Each worker holds up to two articles (one in work, one waiting in its message
 * queue), so it never idles while the main thread reads input. A worker that dies (out of memory on a huge
 * article, a crash) fails only the articles it held, with error rows, and is replaced.
 */
class Pool {
  private workers = new Map<Worker, Map<number, { item: WorkItem; done: (r: WorkResult) => void }>>();
  private closing = false;
  readonly perWorker = 2;
  constructor(
    n: number,
    private readonly init: WorkerInit,
  ) {
    for (let i = 0; i < n; i++) this.spawn();
  }
  get capacity(): number {
    return this.workers.size * this.perWorker;
  }
  private spawn(): void {
    // A bounded heap keeps resident memory flat: V8 collects instead of growing. (The young generation's size
    // is set by a V8 flag, which wins over resourceLimits: see src/cli/heap.ts.)
    const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.init, resourceLimits: { maxOldGenerationSizeMb: 768 } });
    const jobs = new Map<number, { item: WorkItem; done: (r: WorkResult) => void }>();
    w.on('message', (r: WorkResult) => {
      const job = jobs.get(r.seq);
      jobs.delete(r.seq);
      job?.done(r);
    });
    const fail = (reason: string) => {
      if (!this.workers.delete(w)) return;
      if (!this.closing) this.spawn();
      for (const job of jobs.values()) {
        const a = job.item.article;
        job.done({ seq: job.item.seq, chunk: EMPTY_CHUNK, records: {}, chars: a.text.length, errors: [{ path: a.path, line: a.line ?? null, articleId: a.id, stage: 'extract', reason }], timings: {} });
      }
      jobs.clear();
    };
    w.on('error', (e) => fail(`worker failed on this article: ${e.message}`));
    w.on('exit', (code) => fail(`worker exited (code ${code}) on this article`));
    this.workers.set(w, jobs);
  }
  run(item: WorkItem): Promise<WorkResult> {
    let best: Worker | null = null;
    let load = Infinity;
    for (const [w, jobs] of this.workers) {
      if (jobs.size < load) {
        best = w;
        load = jobs.size;
      }
    }
    const jobs = this.workers.get(best!)!;
    return new Promise((done) => {
      jobs.set(item.seq, { item, done });
      best!.postMessage(item);
    });
  }
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers.keys()].map((w) => w.terminate()));
  }
}

export async function runExtract(opts: RunOptions): Promise<RunSummary> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const init: WorkerInit = { referenceDate: opts.referenceDate ?? null, lexicons: opts.lexicons ?? [], csvSafe: opts.csvSafe !== false };
  const fingerprint = createHash('sha256').update(JSON.stringify({ v: VERSION, inputs: opts.inputs, init, max: [opts.maxArticleBytes, opts.maxFileBytes] })).digest('hex');
  const writer = new OutputWriter(opts.out, fingerprint);
  const skip = writer.open(!!opts.resume);
  const nWorkers = opts.workers ?? Math.max(1, cpus().length);
  const pool = nWorkers > 0 ? new Pool(nWorkers, init) : null;
  const queue = new PQueue({ concurrency: pool ? pool.capacity : 1 });
  const stagesMs: Record<string, number> = {};
  const progress = new Progress(opts.progress ?? 'auto');
  if (opts.progress !== 'none') progress.total = await inputSize(opts.inputs);
  const window: Array<Promise<WorkResult | { seq: number; error: ErrorRow } | { seq: number; skipped: true }>> = [];
  const maxInFlight = Math.max(2, nWorkers * 6);
  let seq = 0;
  let interrupted = false;
  const seenIds = new SeenIds();
  const commit = (r: WorkResult | { seq: number; error: ErrorRow } | { seq: number; skipped: true }) => {
    if ('skipped' in r) {
      writer.append(EMPTY_CHUNK, {});
    } else if ('error' in r) {
      opts.onError?.(r.error);
      writer.append(encodeChunk({ errors: serializeRows('errors', [r.error], init.csvSafe) }), { errors: 1 });
    } else {
      for (const e of r.errors) opts.onError?.(e);
      for (const [k, v] of Object.entries(r.timings)) stagesMs[k] = (stagesMs[k] ?? 0) + v;
      const ok = Object.keys(r.records).length > 0;
      writer.append(r.chunk, { article: ok, errors: r.errors.length, records: r.records });
      if (ok) progress.tick(r.chars);
    }
  };
  const t0 = performance.now();
  for await (const item of ingest(opts.inputs, opts)) {
    const mySeq = seq++;
    if (mySeq < skip) {
      // already written by the interrupted run; its ids still count for duplicate detection
      if (item.kind === 'article') seenIds.add(item.article.id, item.article.path, item.article.line);
      continue;
    }
    if (opts.signal?.stopped) {
      interrupted = true;
      break;
    }
    if (item.kind === 'skipped') {
      window.push(Promise.resolve({ seq: mySeq, skipped: true as const }));
    } else if (item.kind === 'error') {
      window.push(Promise.resolve({ seq: mySeq, error: item.error }));
    } else {
      const a = item.article;
      const dup = seenIds.get(a.id);
      if (dup !== null) {
        window.push(Promise.resolve({ seq: mySeq, error: { path: a.path, line: a.line ?? null, articleId: a.id, stage: 'parse', reason: `duplicate article id "${a.id}" (first seen in ${dup}); skipped` } as ErrorRow }));
      } else {
        seenIds.add(a.id, a.path, a.line);
        const work: WorkItem = { seq: mySeq, article: a, warnings: item.warnings };
        window.push(queue.add(() => (pool ? pool.run(work) : Promise.resolve(processArticle(work, init)))) as Promise<WorkResult>);
      }
    }
    while (window.length >= maxInFlight) commit(await window.shift()!);
  }
  stagesMs.ingest = performance.now() - t0;
  while (window.length) commit(await window.shift()!);
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
    options: { referenceDate: init.referenceDate, lexicons: init.lexicons, workers: nWorkers, csvSafe: init.csvSafe, maxArticleBytes: opts.maxArticleBytes ?? null, maxFileBytes: opts.maxFileBytes ?? null },
    timings: { totalMs: round(performance.now() - started), stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([k, v]) => [k, round(v)])) },
  });
  return { manifest, articles: manifest.articles, errors: manifest.errors, interrupted: false };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Total size of the input files, uncompressed (a gzip file records its size in its last four bytes). */
async function inputSize(inputs: string[]): Promise<number> {
  let total = 0;
  for await (const f of discover(inputs, () => {}, () => {})) {
    try {
      const st = await fs.stat(f.path);
      if (f.gzip && st.size >= 18) {
        const fh = await fs.open(f.path, 'r');
        const buf = Buffer.alloc(4);
        await fh.read(buf, 0, 4, st.size - 4);
        await fh.close();
        total += buf.readUInt32LE(0);
      } else total += st.size;
    } catch {
      // reported when the file is read
    }
  }
  return total;
}
