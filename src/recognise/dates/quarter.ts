// Quarters and halves of a year: "the fourth quarter last year", "the first half of 1987".
import { MONTHS } from '../../analyse/calendar.js';
import { NUMBER_WORDS, hyphenAt } from '../../analyse/numbers.js';
import { yearStr } from './anchor.js';
import { type Ctx, type DateMatch, word, yearAt, yearFor } from './context.js';

/** "the first quarter of 2008", "the fourth quarter", "third-quarter", "the second half of last year", Q1. */
export function quarter(ctx: Ctx, i: number): DateMatch | null {
  let a = i;
  let j = i;
  if (word(ctx, j) === 'the') j++;
  const span = monthSpanQuarter(ctx, i, j);
  if (span) return span;
  // "the 1986 fourth quarter": the year written before the quarter
  const yearBefore = NUMBER_WORDS.ordinals[word(ctx, j + 1)] ? yearAt(ctx, j) : null;
  if (yearBefore) j++;
  // "Q3", and with a year after it "H1 2023" (a half alone may be anything: "H1 visas")
  const q = /^(?:q([1-4])|h([12]))$/.exec(word(ctx, j));
  let n: number;
  let unit: 'Q' | 'H';
  if (q && (q[1] || yearAt(ctx, j + 1))) {
    n = +(q[1] ?? q[2]);
    unit = q[1] ? 'Q' : 'H';
    j++;
  } else {
    const ord = NUMBER_WORDS.ordinals[word(ctx, j)];
    if (!ord) return null;
    let k = j + 1;
    if (hyphenAt(ctx.doc, k)) k++;
    const u = word(ctx, k);
    if (u !== 'quarter' && u !== 'half') return null;
    unit = u === 'quarter' ? 'Q' : 'H';
    n = ord === -1 ? (unit === 'Q' ? 4 : 2) : ord;
    if ((unit === 'Q' && n > 4) || (unit === 'H' && n > 2)) return null;
    // ("in the final half hour": half of something else)
    if (/^(hour|hours|day|days|minute|minutes|century|season|inning|mile)$/.test(word(ctx, k + 1))) return null;
    j = k + 1;
  }
  if (word(ctx, a) !== 'the') a = i;
  let y: number | null = yearBefore ?? ctx.anchor.y;
  let k = j;
  if (yearBefore) {
    // (its year is written)
  } else if (word(ctx, k) === 'of' || word(ctx, k) === ',') {
    const yr = yearAt(ctx, k + 1);
    if (yr) {
      y = yr;
      j = k + 2;
    } else if (/^(last|this|next)$/.test(word(ctx, k + 1)) && word(ctx, k + 2) === 'year') {
      y = ctx.anchor.y === null ? null : ctx.anchor.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[word(ctx, k + 1)];
      j = k + 3;
    } else if (word(ctx, k) === 'of' && /^(the|its|their|a)$/.test(word(ctx, k + 1)) && /^(month|season|decade|century|game|match|day|week|session|race|term)$/.test(word(ctx, k + 2))) {
      // ("the second half of the month", "the first half of the season": a part of something else)
      return null;
    }
  } else if (/^(last|this|next)$/.test(word(ctx, k)) && word(ctx, k + 1) === 'year') {
    // "in the second quarter last year": of the year named after it.
    y = ctx.anchor.y === null ? null : ctx.anchor.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[word(ctx, k)];
    j = k + 2;
  } else {
    const yr = yearAt(ctx, k);
    if (yr) {
      y = yr;
      j = k + 1;
    } else if (y !== null && ctx.anchor.m !== null && (unit === 'Q' ? 3 * n - 2 : 6 * n - 5) > ctx.anchor.m && ctx.tense === 'past' && reportedResults(ctx, i, j)) {
      // "GM reported losing $4.8 billion in the fourth quarter", written in January: a quarter not yet begun that
      // the past tense reports is last year's (not "has announced ... closures during the fourth quarter").
      y--;
    }
  }
  return { a, b: j, kind: 'date', value: `${yearStr(y)}-${unit}${n}`, rule: 'date.quarter', complete: true };
}

/**
 * "the April-June quarter", "the January–March period", "the July to September quarter", "the January-June
 * half": a calendar quarter or half named by its months (another span of months is left to the month rules).
 */
function monthSpanQuarter(ctx: Ctx, a: number, j: number): DateMatch | null {
  // Months by name alone: the pair and the noun after it leave no doubt ("May" is no verb here).
  const month = (k: number) => (k < ctx.last && ctx.doc.tokens[k].cap ? (MONTHS[ctx.doc.tokens[k].lower] ?? null) : null);
  const m1 = month(j);
  if (m1 === null || !/^(-|–|to)$/.test(word(ctx, j + 1))) return null;
  const m2 = month(j + 2);
  if (m2 === null || !/^(quarter|period|half|months)$/.test(word(ctx, j + 3))) return null;
  const value = m2 - m1 === 2 && (m1 - 1) % 3 === 0 ? `Q${(m1 + 2) / 3}` : m2 - m1 === 5 && (m1 === 1 || m1 === 7) ? `H${m1 === 1 ? 1 : 2}` : null;
  if (!value) return null;
  let b = j + 4;
  let y = yearFor(ctx, m1, 1);
  const k = word(ctx, b) === 'of' || word(ctx, b) === ',' ? b + 1 : b;
  const yr = yearAt(ctx, k);
  if (yr) {
    y = yr;
    b = k + 1;
  }
  return { a: word(ctx, a) === 'the' ? a : j, b, kind: 'date', value: `${yearStr(y)}-${value}`, rule: 'date.quarter-months', complete: true };
}

/** Words before a quarter that look ahead to it ("expects a loss for the fourth quarter", "would improve in"). */
const LOOKING_AHEAD = /^(expects?|expected|expecting|expectations?|forecasts?|forecasted|predicts?|predicted|sees|anticipates?|anticipated|hopes?|plans?|planned|would|could|will|may|might|should|prospects?|outlook|estimates?|estimated|by)$/;

/**
 * The quarter [i, j) reports what was done in it, not one looked ahead to ("said it expects a loss for the fourth
 * quarter"), nor a company's fiscal quarter named by its end ("the third quarter ended January 31") or its word.
 */
function reportedResults(ctx: Ctx, i: number, j: number): boolean {
  const tokens = ctx.doc.tokens;
  if (/^(ended|ending|ends|to)$/.test(word(ctx, j)) || (word(ctx, j) === ',' && /^(ended|ending)$/.test(word(ctx, j + 1)))) return false;
  const first = ctx.doc.sentences[tokens[i].sent].first;
  for (let k = i - 1; k >= first; k--) if (LOOKING_AHEAD.test(tokens[k].lower) || tokens[k].lower === 'fiscal') return false;
  return true;
}
