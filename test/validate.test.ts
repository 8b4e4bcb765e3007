// Validation: a row reaches the output only if its schema holds and every span slices to its text.
import { describe, expect, it } from 'vitest';
import { validateRows } from '../src/validate/index.js';
import { runPipeline } from '../src/pipeline.js';
import { makeArticle } from '../src/ingest/formats.js';

const text = 'Airbus signed a deal with Qatar Airways on Monday for 20 jets.';

describe('validation', () => {
  it('keeps the rows the pipeline makes and drops rows whose spans do not match the text', () => {
    const doc = runPipeline(makeArticle({ id: 'v', path: 'v', text, publishedAt: '2007-06-18' }).article);
    expect(doc.dates.length).toBeGreaterThan(0);
    expect(validateRows('dates', doc.dates, text).invalid).toEqual([]);
    const good = doc.dates[0];
    const shifted = { ...good, start: good.start + 1, end: good.end + 1 };
    const shorter = { ...good, end: good.end - 1 };
    const outside = { ...good, start: text.length - 2, end: text.length + 5, text: 'x.' };
    const typo = { ...good, text: good.text.toUpperCase() };
    const r = validateRows('dates', [good, shifted, shorter, outside, typo], text);
    expect(r.valid).toEqual([good]);
    expect(r.invalid.map((i) => i.reason)).toEqual([
      expect.stringMatching(/does not match its text/),
      expect.stringMatching(/does not match its text/),
      expect.stringMatching(/outside the text/),
      expect.stringMatching(/does not match its text/),
    ]);
  });

  it('drops a row that breaks its schema, naming the field', () => {
    const doc = runPipeline(makeArticle({ id: 'v', path: 'v', text }).article);
    const bad = { ...doc.counts[0], kind: 'heap' };
    const r = validateRows('counts', [bad], text);
    expect(r.valid).toEqual([]);
    expect(r.invalid[0].reason).toMatch(/^kind: /);
  });
});
