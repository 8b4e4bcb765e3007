// The scorer follows the reference rules (greedy one-to-one matching, Python rounding).
import { describe, expect, it } from 'vitest';
import { match, normName, pyRound } from '../src/eval/score.js';

describe('scorer', () => {
  it('rounds like Python: exact binary ties to even', () => {
    expect(pyRound(0.8125, 3)).toBe(0.812);
    expect(pyRound(0.6125, 3)).toBe(0.613);
    expect(pyRound(2.675, 2)).toBe(2.67);
    expect(pyRound(0.3333333, 4)).toBe(0.3333);
  });
  it('matches spans one to one, longest overlap first', () => {
    const gold = [{ start: 0, end: 10 }, { start: 12, end: 15 }];
    const pred = [{ start: 0, end: 4 }, { start: 2, end: 10 }, { start: 12, end: 15 }];
    const pairs = match(gold, pred);
    expect(pairs.map(([g, p, strict]) => [g.start, p.start, strict])).toEqual([
      [0, 2, false],
      [12, 12, true],
    ]);
  });
  it('normalises party names', () => {
    expect(normName('The Shell Co.,  Ltd.')).toBe('shell co ltd');
    expect(normName("Boeing's")).toBe('boeing');
  });
});
