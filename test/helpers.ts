// Runs the pipeline over a snippet of text, as an article published on a given date.
import { runPipeline } from '../src/pipeline.js';
import { makeArticle } from '../src/ingest/formats.js';
import type { Doc } from '../src/analyse/doc.js';

export function docOf(text: string, publishedAt: string | null = '2013-03-22'): Doc {
  const { article } = makeArticle({ id: 't', path: 't.txt', text, publishedAt });
  return runPipeline(article);
}
