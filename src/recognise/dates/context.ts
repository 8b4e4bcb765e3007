// What the date rules read: the match they return, the sentence context they share (anchor, tense, the
// token being tried), and the small readers of a month, day or year at a token.
import type { Doc, Sentence } from '../../analyse/doc.js';
import { MONTHS } from '../../analyse/calendar.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { dict } from '../../analyse/lexicon.js';
import type { DateRow } from '../../schema/records.js';
import { validDay, ymd, type Anchor } from './anchor.js';
import { sentenceTense, tenseAt, type Tense } from './tense.js';
import { rangeDuration } from './ranges.js';

export type Kind = DateRow['kind'];

export interface DateMatch {
  a: number;
  b: number;
  kind: Kind;
  value: string;
  mod?: string;
  rule: string;
  rangeStart?: string;
  rangeEnd?: string;
  /** A complete expression on its own (not an elliptical range end such as the "9" of "26 to 9"). */
  complete: boolean;
}

export interface Ctx {
  doc: Doc;
  anchor: Anchor;
  /** Tense around the token being matched (the nearest verb), else of the sentence. */
  readonly tense: Tense;
  last: number;
  /** Token the rules are being tried at. */
  at: number;
}

/** The context rules read, one per document, moved from sentence to sentence (no objects per sentence). */
export class SentenceCtx implements Ctx {
  last = 0;
  at = 0;
  private sentence: Sentence | null = null;
  private sentenceTense: Tense | null = null;
  private tenses: Map<number, Tense | null> | null = null;
  constructor(
    readonly doc: Doc,
    readonly anchor: Anchor,
  ) {}
  moveTo(s: Sentence): void {
    this.sentence = s;
    this.last = s.last;
    this.at = s.first;
    this.sentenceTense = null;
    this.tenses = null;
  }
  /** Read only when a rule needs it: the nearest verb's tense, else the sentence's. */
  get tense(): Tense {
    const s = this.sentence!;
    this.tenses ??= new Map();
    let t = this.tenses.get(this.at);
    if (t === undefined) this.tenses.set(this.at, (t = tenseAt(this.doc, s, this.at)));
    return t ?? (this.sentenceTense ??= sentenceTense(this.doc, s));
  }
}

export const word = (ctx: Ctx, i: number) => (i >= 0 && i < ctx.last ? ctx.doc.tokens[i].lower : '');
export const text = (ctx: Ctx, i: number) => (i >= 0 && i < ctx.last ? ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[i].end) : '');

export function monthAt(ctx: Ctx, i: number): number | null {
  if (i >= ctx.last) return null;
  const t = ctx.doc.tokens[i];
  const m = MONTHS[t.lower];
  if (!m) return null;
  if (!t.cap) return null;
  // "May" and "March" are also a verb; short forms need their capital and a number or year nearby.
  if (t.lower === 'may' || t.lower === 'march' || t.lower.length <= 4) {
    const next = ctx.doc.tokens[i + 1];
    const prev = ctx.doc.tokens[i - 1];
    const numeric = next && i + 1 < ctx.last && (/^\d/.test(next.lower) || dayInWords(ctx, i + 1) !== null);
    // ("on 12 March": a day written first counts as the number)
    const prep = prev && (/^(in|since|until|till|by|of|early|late|mid|last|next|this|from|through|before|after|during|between|and|to|-)$/.test(prev.lower) || (/^\d{1,2}(st|nd|rd|th)?(-\d{1,2})?$/.test(prev.lower) && !ctx.doc.text.slice(prev.end, t.start).includes('\n')));
    if (!numeric && !prep) return null;
    if (t.lower === 'may' && !numeric && prev && /^(and|to)$/.test(prev.lower)) return null;
  }
  return m;
}

export function dayAt(ctx: Ctx, i: number): number | null {
  const s = text(ctx, i);
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** "11-21" (one token) after a month: the first and last day of a span of days, or null. */
export function dayRangeAt(ctx: Ctx, i: number): [number, number] | null {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text(ctx, i));
  if (!m) return null;
  const d1 = Number(m[1]);
  const d2 = Number(m[2]);
  return d1 >= 1 && d1 < d2 && d2 <= 31 ? [d1, d2] : null;
}

/** "books close May 11-21", "in the February 21-28 period", "June 1-15, 1987": days d1 to d2 of month m. */
export function monthDayRange(ctx: Ctx, a: number, j: number, m: number, d1: number, d2: number): DateMatch | null {
  let k = j;
  if (word(ctx, k) === ',') k++;
  let y = yearAt(ctx, k);
  if (y) j = k + 1;
  else y = yearFor(ctx, m, d1);
  if (!validDay(y, m, d2)) return null;
  const rangeStart = ymd(y, m, d1);
  const rangeEnd = ymd(y, m, d2);
  return { a, b: j, kind: 'range', value: rangeDuration(rangeStart, rangeEnd) ?? rangeStart, rule: 'range.month-days', rangeStart, rangeEnd, complete: true };
}

/**
 * "payable May One", "expires April Eight, unless", "from April one through July": wire copy writes the days
 * below ten in words. Not "in March one analyst said": the number must not be followed by what it counts.
 */
export function dayInWords(ctx: Ctx, i: number): number | null {
  const n = NUMBER_WORDS.units;
  const w = word(ctx, i);
  if (!Object.hasOwn(n, w) || n[w] < 1) return null;
  const next = i + 1 < ctx.last ? ctx.doc.tokens[i + 1] : null;
  return !next || next.cap || /^(PUNCT|ADP|CCONJ|SCONJ|NUM|PART|SYM)$/.test(next.pos) ? n[w] : null;
}

export function yearAt(ctx: Ctx, i: number): number | null {
  const s = text(ctx, i);
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** Year of an underspecified month-day, chosen by tense around the anchor. */
export function yearFor(ctx: Ctx, m: number, d: number | null): number | null {
  const a = ctx.anchor;
  if (a.y === null || a.m === null) return null;
  const after = m > a.m || (m === a.m && d !== null && a.d !== null && d > a.d);
  const before = m < a.m || (m === a.m && d !== null && a.d !== null && d < a.d);
  const tense = ctx.tense;
  if (tense === 'future' && before && a.m - m > 2) return a.y + 1;
  // News mostly reports what happened: a later month without a future verb is last year's.
  if (tense !== 'future' && after && m - a.m >= (tense === 'past' ? 1 : 2)) return a.y - 1;
  return a.y;
}

export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

export const MODS: Record<string, string> = dict({ early: 'START', late: 'END', mid: 'MID', 'mid-': 'MID', end: 'END', beginning: 'START', start: 'START', middle: 'MID' });

export const DIRECTIONS: Record<string, number> = dict({ this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1 });
export const ADVERBS: Record<string, string> = dict({ annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H', quarterly: 'P3M' });

/** A period of a calendar year named after it: "the 1986 year", "1986 qtr", "the corresponding 1986 period". */
export const YEAR_PERIOD = /^(year|period|quarter|qtr)$/;
/** "mid-October", "early-March", "mid-May": a month and its part, written as one token. */
export const MONTH_PART = /^(mid|early|late)-[a-z]{3,}$/;
