// Rows to JSONL lines and CSV lines. Used in-process and inside worker threads, so that the main thread
// only appends finished text in input order.
import type { ArticleResult } from '../index.js';
import type { ErrorRow, OutputKind } from '../schema/records.js';
import { CSV_COLUMNS } from './columns.js';
import { csvLine } from './csv.js';

export type Serialized = Partial<Record<OutputKind, { jsonl: string; csv: string }>>;

export function csvHeader(kind: OutputKind): string {
  return csvLine(
    CSV_COLUMNS[kind].map(([h]) => h),
    false,
  );
}

export function serializeRows(kind: OutputKind, rows: object[], csvSafe: boolean): { jsonl: string; csv: string } {
  if (rows.length === 0) return { jsonl: '', csv: '' };
  const cols = CSV_COLUMNS[kind];
  // One cells array for all the rows: csvLine reads it before the next row fills it.
  const cells: unknown[] = new Array(cols.length);
  let jsonl = '';
  let csv = '';
  for (const r of rows) {
    jsonl += JSON.stringify(r) + '\n';
    for (let c = 0; c < cols.length; c++) cells[c] = cols[c][1](r as Record<string, unknown>);
    csv += csvLine(cells, csvSafe);
  }
  return { jsonl, csv };
}

export function serializeResult(r: ArticleResult, csvSafe: boolean, extraErrors: ErrorRow[] = []): Serialized {
  const out: Serialized = {
    articles: serializeRows('articles', [r.article], csvSafe),
    entities: serializeRows('entities', r.entities, csvSafe),
    dates: serializeRows('dates', r.dates, csvSafe),
    counts: serializeRows('counts', r.counts, csvSafe),
    agreements: serializeRows('agreements', r.agreements, csvSafe),
    relations: serializeRows('relations', r.relations, csvSafe),
  };
  if (extraErrors.length) out.errors = serializeRows('errors', extraErrors, csvSafe);
  return out;
}
