// Test helpers: the pipeline over a snippet of text, and a folder of input files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline.js';
import { makeArticle } from '../src/ingest/formats.js';
import type { Doc } from '../src/analyse/doc.js';
import { scratchDir } from './scratch.js';

/** Runs the pipeline over a snippet of text, as an article published on a given date. */
export function docOf(text: string, publishedAt: string | null = '2013-03-22'): Doc {
  const { article } = makeArticle({ id: 't', path: 't.txt', text, publishedAt });
  return runPipeline(article);
}

/** A new temporary folder (removed after the test file) holding the given files (paths relative to it, sub-folders made as needed). */
export function folder(files: Record<string, string | Buffer>, prefix = 'gleaner-test-'): string {
  const dir = scratchDir(prefix);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}
