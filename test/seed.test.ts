// The article gleaner was designed from: every item a careful reader extracts must come out, and no
// organisation that is not one.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAll } from '../src/corpus.js';
import type { ArticleResult } from '../src/index.js';

const expected = JSON.parse(readFileSync('fixtures/seed-expectations.json', 'utf8'));
const SEED = 'corpus/belt-and-road-vocational-forum.txt';
let r: ArticleResult;

beforeAll(async () => {
  r = (await extractAll([SEED])).results[0];
});

/** Names and aliases of the entities of one type. */
function namesOf(type: string): Set<string> {
  return new Set(r.entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]));
}

describe('seed article', () => {
  it('reads the dateline as metadata', () => {
    const d = r.article.dateline!;
    expect([d.place?.text, d.date?.text, d.source?.text]).toEqual([expected.dateline.place, expected.dateline.date, expected.dateline.source]);
  });

  for (const type of ['organisation', 'person', 'place', 'event']) {
    it(`finds every ${type}`, () => {
      const got = namesOf(type);
      const missing = (expected.entities[type] as string[]).filter((n) => !got.has(n));
      expect(missing).toEqual([]);
    });
  }

  it('reports no false organisation', () => {
    const allowed = new Set(expected.entities.organisation);
    const extra = r.entities.filter((e) => e.type === 'organisation' && !allowed.has(e.name)).map((e) => e.name);
    expect(extra).toEqual([]);
  });

  it('keeps every mention tied to its text', () => {
    const text = readFileSync(SEED, 'utf8');
    for (const e of r.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds the three temporal expressions with their values', () => {
    for (const d of expected.dates) {
      const got = r.dates.find((x) => x.text === d.text);
      expect(got, d.text).toBeDefined();
      if (d.value) expect(got!.value).toBe(d.value);
      if (d.rangeStart) expect([got!.rangeStart, got!.rangeEnd]).toEqual([d.rangeStart, d.rangeEnd]);
      if (d.warning) expect(got!.warnings.map((w) => w.ruleId)).toContain(d.warning);
    }
  });

  it('resolves the dateline year from --reference-date', async () => {
    const withRef = (await extractAll([SEED], { referenceDate: '2023-12-01' })).results[0];
    for (const d of expected.datesWithReference2023) expect(withRef.dates.find((x) => x.text === d.text)?.value).toBe(d.value);
  });

  it('finds the seven counts with value, item and qualifier', () => {
    for (const c of expected.counts) {
      const got = r.counts.find((x) => x.text === c.text);
      expect(got, c.text).toBeDefined();
      expect(got!.value).toBe(c.value);
      expect(got!.item).toBe(c.item);
      expect(got!.approximate).toBe(c.approximate ?? false);
      if (c.qualifier) expect(got!.qualifier).toBe(c.qualifier);
      if (c.parts) expect(got!.parts).toEqual(c.parts);
      if (c.warning) expect(got!.warnings.map((w) => w.ruleId)).toContain(c.warning);
    }
  });

  it('flags the contradictions on the article as well', () => {
    const rules = r.article.warnings.map((w) => w.ruleId);
    expect(rules).toContain('date.range-ends-before-start');
    expect(rules).toContain('count.list-disagrees');
  });

  it('finds both agreements, with the elided signer of the second', () => {
    expect(r.agreements).toHaveLength(expected.agreements.length);
    expected.agreements.forEach((want: any, i: number) => {
      const got = r.agreements[i];
      expect(got.kind).toBe(want.kind);
      expect(got.plural).toBe(want.plural);
      expect(got.status).toBe('signed');
      expect(got.parties.map((p) => p.name)).toEqual(want.parties);
      expect(got.evidence.text).toBe(want.evidence);
      if (want.purpose) expect(got.purpose).toBe(want.purpose);
      if (want.elidedSigner) expect(got.parties[0].role).toBe('elided subject');
      // parties that are named entities link to their entity rows
      const named = got.parties.filter((p) => p.entityId);
      for (const p of named) expect(r.entities.some((e) => e.id === p.entityId)).toBe(true);
    });
  });

  it('finds the relations', () => {
    const got = r.relations.map((x) => [x.kind, x.subject.name, x.object.name, ...(x.detail ? [x.detail] : [])]);
    for (const rel of expected.relations) expect(got).toContainEqual(rel);
  });
});
