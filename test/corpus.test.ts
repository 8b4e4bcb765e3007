// Golden fixtures: the pipeline over corpus/ must reproduce fixtures/expected/*.json. A change in extraction
// shows here as a readable diff; after reviewing it, refresh the files with `npm run fixtures:update`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAll } from '../src/corpus.js';
import { fixtureName, snapshot, type Snapshot } from '../src/eval/fixtures.js';

let snapshots: Snapshot[] = [];
beforeAll(async () => {
  const { results, errors } = await extractAll(['corpus']);
  expect(errors).toEqual([]);
  snapshots = results.map(snapshot);
});

describe('corpus matches its golden fixtures', () => {
  it('has one fixture per corpus article and no stale fixture', () => {
    const files = readdirSync('fixtures/expected').filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(snapshots.map((s) => fixtureName(s.id)).sort());
  });

  it('reproduces every fixture', () => {
    for (const s of snapshots) {
      const file = `fixtures/expected/${fixtureName(s.id)}`;
      expect(existsSync(file), `${file} is missing: run npm run fixtures:update`).toBe(true);
      expect(s, `extraction of ${s.id} changed; review, then run npm run fixtures:update`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    }
  });
});
