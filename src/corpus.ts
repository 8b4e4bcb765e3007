// Runs the in-process pipeline over inputs and collects results in memory (tests, fixtures, small jobs).
import { extract, type ArticleResult } from './index.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import type { ErrorRow } from './schema/records.js';
import type { ExtractOptions } from './pipeline.js';

export async function extractAll(paths: string[], options: ExtractOptions = {}, ingestOptions: Partial<IngestOptions> = {}): Promise<{ results: ArticleResult[]; errors: ErrorRow[] }> {
  const results: ArticleResult[] = [];
  const errors: ErrorRow[] = [];
  for await (const item of ingest(paths, ingestOptions)) {
    if (item.kind === 'article') results.push(extract(item.article, options, item.warnings));
    else if (item.kind === 'error') errors.push(item.error);
  }
  return { results, errors };
}
