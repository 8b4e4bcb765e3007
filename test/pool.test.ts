// The worker pool: when a worker dies, only the article it was working on fails; the articles queued behind it
// go to the worker that replaces it.
import { describe, expect, it } from 'vitest';
import { compileOnHelperThreads, LATE_INTERRUPT_BUDGET, Pool, workerJitFlags } from '../src/pool.js';
import type { WorkItem } from '../src/process.js';

const init = { referenceDate: null, lexicons: [], csvSafe: true };
const item = (seq: number, text: string): WorkItem => ({
  seq,
  article: { id: `a${seq}`, path: 'news.jsonl', line: seq + 1, text, title: null, publishedAt: null, url: null, source: null, dateline: null, format: 'jsonl', meta: {} },
  warnings: [],
});

describe('worker pool', () => {
  it('fails only the article a worker died on, and finishes the ones queued behind it', async () => {
    const pool = new Pool(1, init, { workerUrl: new URL('./crashing-worker.mjs', import.meta.url), perWorker: 8 });
    const texts = ['Talks opened.', 'A deal was signed.', 'CRASH', 'Ministers met.', 'CRASH again', 'The forum closed.'];
    // All six are sent before the worker reads the first, so the crashes happen with articles queued behind them.
    const results = await Promise.all(texts.map((t, i) => pool.run(item(i, t))));
    await pool.close();
    expect(results.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => r.errors.length)).toEqual([0, 0, 1, 0, 1, 0]);
    expect(results[2].errors[0]).toMatchObject({ articleId: 'a2', line: 3, stage: 'extract', reason: 'worker exited (code 3) on this article' });
    expect(results[4].errors[0]).toMatchObject({ articleId: 'a4', stage: 'extract' });
    for (const i of [0, 1, 3, 5]) expect(results[i].records).toEqual({ entities: 1 });
  });

  it('lets V8 compile on helper threads only when a core is left over for them', () => {
    expect(compileOnHelperThreads(1, 2)).toBe(true);
    expect(compileOnHelperThreads(2, 2)).toBe(false);
    expect(compileOnHelperThreads(3, 2)).toBe(false);
    expect(compileOnHelperThreads(4, 8)).toBe(true);
  });

  it('makes workers that compile on their own threads optimise later, and only those', () => {
    expect(workerJitFlags(1, 2)).toEqual(['--concurrent-recompilation']);
    expect(workerJitFlags(2, 2)).toEqual(['--no-concurrent-recompilation', `--interrupt-budget=${LATE_INTERRUPT_BUDGET}`]);
  });
});
