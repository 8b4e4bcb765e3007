// Rows to JSONL lines and RFC 4180 CSV lines (csv-stringify). Used in-process and inside worker threads,
// so that the main thread only appends finished text in input order.
import { stringify } from 'csv-stringify/sync';
import { Stringifier } from 'csv-stringify';
import type { ArticleResult } from '../index.js';
import type { ErrorRow, OutputKind } from '../schema/records.js';
import { CSV_COLUMNS } from './columns.js';

export type Serialized = Partial<Record<OutputKind, { jsonl: string; csv: string }>>;

/** OWASP: a cell that starts with = + - @ tab or CR could run as a spreadsheet formula; prefix a quote. */
export function neutralise(cell: string): string {
  const c = cell.charCodeAt(0);
  // = + - @ tab CR
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? "'" + cell : cell;
}

interface CsvApi {
  __transform(record: unknown[], push: (chunk: string) => void): Error | undefined;
}
const apis = new Map<OutputKind, CsvApi>();

/**
 * One csv-stringify Stringifier per kind and thread, fed record by record through its api: the sync
 * stringify() normalises its options and builds a new stringifier on every call, which costs more than
 * the records themselves.
 */
function csvApi(kind: OutputKind): CsvApi {
  let api = apis.get(kind);
  if (!api) {
    const s = new Stringifier({ record_delimiter: 'unix', cast: { boolean: (b: boolean) => (b ? 'true' : 'false') } });
    api = (s as unknown as { api: CsvApi }).api;
    apis.set(kind, api);
  }
  return api;
}

export function csvHeader(kind: OutputKind): string {
  return stringify([CSV_COLUMNS[kind].map(([h]) => h)], { record_delimiter: 'unix' });
}

export function serializeRows(kind: OutputKind, rows: object[], csvSafe: boolean): { jsonl: string; csv: string } {
  if (rows.length === 0) return { jsonl: '', csv: '' };
  const cols = CSV_COLUMNS[kind];
  const api = csvApi(kind);
  let jsonl = '';
  let csv = '';
  const push = (chunk: string) => {
    csv += chunk;
  };
  const record: unknown[] = new Array(cols.length);
  for (const r of rows) {
    jsonl += JSON.stringify(r) + '\n';
    for (let c = 0; c < cols.length; c++) {
      const v = cols[c][1](r as Record<string, unknown>);
      record[c] = v === null || v === undefined ? '' : typeof v === 'string' && csvSafe ? neutralise(v) : v;
    }
    const err = api.__transform(record, push);
    if (err) throw err;
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
