// The pipeline: an ordered list of named stages over one Doc.
import { Doc } from './analyse/doc.js';
import { tokenize } from './analyse/tokens.js';
import type { Article } from './ingest/article.js';
import { recogniseEntities } from './recognise/entities/index.js';
import { recogniseDates } from './recognise/dates/index.js';
import { recogniseCounts } from './recognise/counts/index.js';
import { relateAgreements } from './relate/agreements/index.js';
import { relateRelations } from './relate/relations.js';

export interface ExtractOptions {
  /** Anchor for relative dates when an article has neither publishedAt nor a dated dateline (YYYY-MM-DD). */
  referenceDate?: string | null;
  /** Extra lexicon files (CSV or JSON rows: name, type, aliases). */
  lexicons?: string[];
}

export interface Stage {
  name: string;
  run(doc: Doc, options: ExtractOptions): void;
}

export const PIPELINE: Stage[] = [
  { name: 'analyse', run: (doc) => tokenize(doc) },
  { name: 'entities', run: (doc, o) => recogniseEntities(doc, { lexicons: o.lexicons }) },
  { name: 'dates', run: (doc, o) => recogniseDates(doc, { referenceDate: o.referenceDate }) },
  { name: 'counts', run: (doc) => recogniseCounts(doc) },
  { name: 'agreements', run: (doc) => relateAgreements(doc) },
  { name: 'relations', run: (doc) => relateRelations(doc) },
];

/** Runs every stage over the article; `timings` (ms per stage) is added to when given. */
export function runPipeline(article: Article, options: ExtractOptions = {}, timings?: Record<string, number>): Doc {
  const doc = new Doc(article);
  for (const stage of PIPELINE) {
    const t0 = timings ? performance.now() : 0;
    stage.run(doc, options);
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return doc;
}
