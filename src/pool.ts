// A pool of worker threads, each running src/worker.ts on one article after another.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerInit, WorkItem, WorkResult } from './process.js';
import { EMPTY_CHUNK } from './write/encode.js';

export interface PoolOptions {
  /** The worker script (tests pass their own). */
  workerUrl?: URL;
  /** Articles a worker holds at once: the one in work and those queued behind it. */
  perWorker?: number;
  /**
   * Workers' V8 heaps held small (V8's --optimize-for-size, set for the whole process from here on, so for
   * every worker created after): V8 then compacts at every full collection and gives pages back. Whole
   * Reuters corpus, alternating runs: two workers peak at 194 MB (250 without; first 2,000 articles 182 MB
   * against 207), one at 139 MB (173-184), for 4-50% more time (smaller young generations, more collections).
   */
  lowMemory?: boolean;
}

/**
 * Whether V8 may compile optimised code on helper threads. With a core to spare (one worker on two cores) the
 * compiling is free there: whole Reuters corpus, four alternating pairs, one worker took 20.2-22.0 s with it and
 * 23.7-25.0 s without (the same CPU time; peak 178-181 MB against 164-166). With a worker on every core the
 * helper threads only compete with the workers: two workers took 16.1-20.4 s with it and 15.5-19.7 s without,
 * and 11-16 MB more memory. V8 reads the flag when an isolate is created, so it holds for workers created after.
 */
export function compileOnHelperThreads(workers: number, cores = availableParallelism()): boolean {
  return workers < cores;
}

/**
 * V8's interrupt budget (how much bytecode a function runs before V8 considers optimising it) at 8 times V8
 * 11's default, for workers that compile on their own threads. Each worker compiles the whole pipeline for
 * itself, and at the default budget much of that is done again and again: big functions such as the entity
 * and date recognisers are optimised before their rarer branches have run, deoptimised when one does, and
 * compiled anew (in one in-process run over Reuters, 867 compiles took 5.2 s of a ~18 s run). Optimising later,
 * with more of the code seen, halves that. Whole Reuters, two workers, four alternating runs: 16.3-19.5 s
 * against 18.0-21.9 s, peak 224-229 MB against 234-239. With one worker on two cores the compiling is free on
 * the spare core, and waiting longer only costs (3-6% more time), so the budget is left alone there.
 */
export const LATE_INTERRUPT_BUDGET = 8 * 67_584;

/**
 * The V8 flags for workers about to be created. They hold for the whole process (V8 flags are global), so a later
 * pool with a core to spare keeps the later budget: its default cannot be read back to restore it.
 */
export function workerJitFlags(workers: number, cores = availableParallelism()): string[] {
  return compileOnHelperThreads(workers, cores) ? ['--concurrent-recompilation'] : ['--no-concurrent-recompilation', `--interrupt-budget=${LATE_INTERRUPT_BUDGET}`];
}

interface Job {
  item: WorkItem;
  done: (r: WorkResult) => void;
}

/**
 * Each worker holds up to `perWorker` articles: one in work, the rest waiting in its message queue, so that it
 * does not idle while the main thread reads input or writes output (with two per worker, a worker waited
 * ~4% of a Reuters run; with eight, under 2%). A worker takes its messages in order, so when one dies (out of
 * memory on a huge article, a crash) the article in work is the oldest it holds: that one gets an error row,
 * the others go to the worker that replaces it.
 */
export class Pool {
  private workers = new Map<Worker, Map<number, Job>>();
  private closing = false;
  private readonly workerUrl: URL;
  readonly perWorker: number;

  constructor(
    n: number,
    private readonly init: WorkerInit,
    options: PoolOptions = {},
  ) {
    this.workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
    this.perWorker = options.perWorker ?? 8;
    // V8 reads it when an isolate is created: before the first worker.
    if (options.lowMemory) setFlagsFromString('--optimize-for-size');
    // (the command line starts node with --no-concurrent-recompilation, which also holds the main thread's own
    // compiling to its thread; a program using gleaner as a library gets the same for its workers)
    for (const flag of workerJitFlags(n)) setFlagsFromString(flag);
    for (let i = 0; i < n; i++) this.spawn();
  }

  get capacity(): number {
    return this.workers.size * this.perWorker;
  }

  private spawn(): void {
    // A bounded heap keeps resident memory flat: V8 collects instead of growing. (The young generation's size
    // is set by a V8 flag, which wins over resourceLimits: see src/cli/heap.ts.)
    const w = new Worker(this.workerUrl, { workerData: this.init, resourceLimits: { maxOldGenerationSizeMb: 768 } });
    const jobs = new Map<number, Job>();
    w.on('message', (r: WorkResult) => {
      const job = jobs.get(r.seq);
      jobs.delete(r.seq);
      job?.done(r);
    });
    const fail = (reason: string) => {
      if (!this.workers.delete(w)) return;
      if (!this.closing) this.spawn();
      // A Map keeps insertion order: the first job is the one the worker was on.
      let first = true;
      for (const job of jobs.values()) {
        if (first || this.closing) failed(job, reason);
        else this.run(job.item).then(job.done);
        first = false;
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

function failed(job: Job, reason: string): void {
  const a = job.item.article;
  job.done({ seq: job.item.seq, chunk: EMPTY_CHUNK, records: {}, chars: a.text.length, errors: [{ path: a.path, line: a.line ?? null, articleId: a.id, stage: 'extract', reason }], timings: {} });
}
