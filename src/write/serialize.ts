// Rows to JSONL lines and CSV lines, encoded as UTF-8 in one chunk per article. Used in-process and inside
// worker threads, so that the main thread only appends finished bytes in input order.
import type { ArticleResult } from '../index.js';
import type { ErrorRow, OutputKind } from '../schema/records.js';
import { CSV_COLUMNS } from './columns.js';
import { csvLine } from './csv.js';
import { ChunkBuilder, JSONL_FILE, type EncodedChunk } from './encode.js';

export function csvHeader(kind: OutputKind): string {
  return csvLine(
    CSV_COLUMNS[kind].map(([h]) => h),
    false,
  );
}

const NEWLINE = 10;

/** Adds the rows of one kind: their JSONL lines, then their CSV lines. */
export function addRows(b: ChunkBuilder, kind: OutputKind, rows: object[], csvSafe: boolean): void {
  if (rows.length === 0) return;
  const jsonl = JSONL_FILE[kind];
  for (const r of rows) {
    b.add(jsonl, JSON.stringify(r));
    b.addByte(jsonl, NEWLINE);
  }
  const cols = CSV_COLUMNS[kind];
  // One cells array for all the rows: csvLine reads it before the next row fills it.
  const cells: unknown[] = new Array(cols.length);
  for (const r of rows) {
    for (let c = 0; c < cols.length; c++) cells[c] = cols[c][1](r as Record<string, unknown>);
    b.add(jsonl + 1, csvLine(cells, csvSafe));
  }
}

/** Rows of one kind as a chunk of their own (an error row, for instance). */
export function encodeRows(kind: OutputKind, rows: object[], csvSafe: boolean): EncodedChunk {
  const b = new ChunkBuilder();
  addRows(b, kind, rows, csvSafe);
  return b.finish();
}

/** An article's rows of every kind, in output file order. */
export function encodeResult(r: ArticleResult, csvSafe: boolean, extraErrors: ErrorRow[] = []): EncodedChunk {
  const b = new ChunkBuilder();
  addRows(b, 'articles', [r.article], csvSafe);
  addRows(b, 'entities', r.entities, csvSafe);
  addRows(b, 'dates', r.dates, csvSafe);
  addRows(b, 'counts', r.counts, csvSafe);
  addRows(b, 'agreements', r.agreements, csvSafe);
  addRows(b, 'relations', r.relations, csvSafe);
  addRows(b, 'errors', extraErrors, csvSafe);
  return b.finish();
}
