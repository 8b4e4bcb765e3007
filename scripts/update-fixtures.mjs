// Rewrites fixtures/expected/*.json from the current pipeline. Review the diff (git diff fixtures) before
// committing: the golden files are what the tests hold extraction to.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extractAll } from '../dist/corpus.js';
import { fixtureName, snapshot } from '../dist/eval/fixtures.js';

const dir = 'fixtures/expected';
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.json')) rmSync(`${dir}/${f}`);
const { results } = await extractAll(['corpus']);
for (const r of results) writeFileSync(`${dir}/${fixtureName(r.article.id)}`, JSON.stringify(snapshot(r), null, 2) + '\n');
console.log(`wrote ${results.length} fixtures to ${dir}; review them with: git diff ${dir}`);
