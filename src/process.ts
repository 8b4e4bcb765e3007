// One article from ingest to serialized output rows: the unit of work, in-process or in a worker thread.
import { extract } from './index.js';
import type { Article } from './ingest/article.js';
import type { ErrorRow, Message } from './schema/records.js';
import { encodeResult, encodeRows } from './write/serialize.js';
import type { EncodedChunk } from './write/encode.js';

export interface WorkerInit {
  referenceDate: string | null;
  lexicons: string[];
  csvSafe: boolean;
}

export interface WorkItem {
  seq: number;
  article: Article;
  warnings: Message[];
}

export interface WorkResult {
  seq: number;
  /** The article's output rows, encoded (a worker transfers the buffer). */
  chunk: EncodedChunk;
  records: Record<string, number>;
  /** Characters of article text processed (for progress). */
  chars: number;
  errors: ErrorRow[];
  timings: Record<string, number>;
}

export function processArticle(item: WorkItem, init: WorkerInit): WorkResult {
  const timings: Record<string, number> = {};
  const errors: ErrorRow[] = [];
  const a = item.article;
  try {
    const r = extract(a, { referenceDate: init.referenceDate, lexicons: init.lexicons }, item.warnings, timings);
    for (const bad of r.invalid) {
      errors.push({ path: a.path, line: a.line ?? null, articleId: a.id, stage: 'validate', reason: `${bad.kind} row ${bad.id} dropped: ${bad.reason}` });
    }
    const t0 = performance.now();
    const chunk = encodeResult(r, init.csvSafe, errors);
    timings.write = performance.now() - t0;
    return { seq: item.seq, chunk, records: r.article.counts, chars: a.text.length, errors, timings };
  } catch (e) {
    const err: ErrorRow = { path: a.path, line: a.line ?? null, articleId: a.id, stage: 'extract', reason: `extraction failed: ${(e as Error).message}` };
    return { seq: item.seq, chunk: encodeRows('errors', [err], init.csvSafe), records: {}, chars: a.text.length, errors: [err], timings };
  }
}

