// gleaner's library API. `extract` is pure: the same article and options give the same result.
import { hash } from 'node:crypto';
import type { Article } from './ingest/article.js';
import { runPipeline, type ExtractOptions } from './pipeline.js';
import type { AgreementRow, ArticleRow, CountRow, DateRow, EntityRow, Message, RelationRow } from './schema/records.js';
import { validateRows, type Invalid } from './validate/index.js';

export { ingest, DEFAULT_INGEST, type IngestItem, type IngestOptions } from './ingest/index.js';
export type { Article } from './ingest/article.js';
export { PIPELINE, runPipeline, type ExtractOptions, type Stage } from './pipeline.js';
export * from './schema/records.js';
export { Doc } from './analyse/doc.js';

export interface ArticleResult {
  article: ArticleRow;
  entities: EntityRow[];
  dates: DateRow[];
  counts: CountRow[];
  agreements: AgreementRow[];
  relations: RelationRow[];
  /** Rows dropped by validation (a bug in a rule, reported rather than written). */
  invalid: Invalid[];
}

/** Runs the whole pipeline over one article and validates every record. */
export function extract(article: Article, options: ExtractOptions = {}, ingestWarnings: Message[] = [], timings?: Record<string, number>): ArticleResult {
  const doc = runPipeline(article, options, timings);
  const t0 = timings ? performance.now() : 0;
  const text = article.text;
  const invalid: Invalid[] = [];
  const check = <T>(kind: 'entities' | 'dates' | 'counts' | 'agreements' | 'relations', rows: T[]): T[] => {
    const r = validateRows(kind, rows, text);
    invalid.push(...r.invalid);
    return r.valid;
  };
  const entities = check('entities', doc.entities);
  const dates = check('dates', doc.dates);
  const counts = check('counts', doc.counts);
  const agreements = check('agreements', doc.agreements);
  const relations = check('relations', doc.relations);
  const row: ArticleRow = {
    id: article.id,
    path: article.path,
    title: article.title,
    publishedAt: article.publishedAt,
    url: article.url,
    source: article.source,
    dateline: article.dateline,
    creationTime: article.creationTime ?? null,
    anchor: doc.anchor,
    sha256: hash('sha256', text, 'hex'),
    chars: text.length,
    sentences: doc.sentences.length,
    counts: { entities: entities.length, dates: dates.length, counts: counts.length, agreements: agreements.length, relations: relations.length },
    warnings: [...ingestWarnings, ...doc.messages],
  };
  const a = validateRows('articles', [row], null);
  invalid.push(...a.invalid);
  if (timings) timings.validate = (timings.validate ?? 0) + performance.now() - t0;
  return { article: row, entities, dates, counts, agreements, relations, invalid };
}
