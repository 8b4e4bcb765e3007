// Temporal expressions over tokens, normalised to TimeML values against the article's anchor date.
// Rules are tried at each token, longest match wins; ranges are assembled from two matches afterwards.
import type { Doc, Sentence } from '../../analyse/doc.js';
import { HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import { NUMBER_WORDS, hyphenAt, parseNumber } from '../../analyse/numbers.js';
import { dict, lexiconSet } from '../../analyse/lexicon.js';
import type { DateRow, Message } from '../../schema/records.js';
import { fromDays, isoWeek, pad, resolveAnchor, seasonOf, toDays, validDay, weekday, yearStr, ymd, type Anchor } from './anchor.js';
import { sentenceTense, tenseAt, type Tense } from './tense.js';
import { holidayDate } from './holidays.js';

type Kind = DateRow['kind'];

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

interface Ctx {
  doc: Doc;
  anchor: Anchor;
  /** Tense around the token being matched (the nearest verb), else of the sentence. */
  readonly tense: Tense;
  last: number;
  /** Token the rules are being tried at. */
  at: number;
}

/** The context rules read, one per document, moved from sentence to sentence (no objects per sentence). */
class SentenceCtx implements Ctx {
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

const word = (ctx: Ctx, i: number) => (i >= 0 && i < ctx.last ? ctx.doc.tokens[i].lower : '');
const text = (ctx: Ctx, i: number) => (i >= 0 && i < ctx.last ? ctx.doc.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[i].end) : '');

function monthAt(ctx: Ctx, i: number): number | null {
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

function dayAt(ctx: Ctx, i: number): number | null {
  const s = text(ctx, i);
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(s);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** "11-21" (one token) after a month: the first and last day of a span of days, or null. */
function dayRangeAt(ctx: Ctx, i: number): [number, number] | null {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text(ctx, i));
  if (!m) return null;
  const d1 = Number(m[1]);
  const d2 = Number(m[2]);
  return d1 >= 1 && d1 < d2 && d2 <= 31 ? [d1, d2] : null;
}

/** "books close May 11-21", "in the February 21-28 period", "June 1-15, 1987": days d1 to d2 of month m. */
function monthDayRange(ctx: Ctx, a: number, j: number, m: number, d1: number, d2: number): DateMatch | null {
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
function dayInWords(ctx: Ctx, i: number): number | null {
  const n = NUMBER_WORDS.units;
  const w = word(ctx, i);
  if (!Object.hasOwn(n, w) || n[w] < 1) return null;
  const next = i + 1 < ctx.last ? ctx.doc.tokens[i + 1] : null;
  return !next || next.cap || /^(PUNCT|ADP|CCONJ|SCONJ|NUM|PART|SYM)$/.test(next.pos) ? n[w] : null;
}

function yearAt(ctx: Ctx, i: number): number | null {
  const s = text(ctx, i);
  if (!/^\d{4}$/.test(s)) return null;
  const y = Number(s);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** Year of an underspecified month-day, chosen by tense around the anchor. */
function yearFor(ctx: Ctx, m: number, d: number | null): number | null {
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

function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

const MODS: Record<string, string> = dict({ early: 'START', late: 'END', mid: 'MID', 'mid-': 'MID', end: 'END', beginning: 'START', start: 'START', middle: 'MID' });

const DIRECTIONS: Record<string, number> = dict({ this: 0, current: 0, last: -1, past: -1, previous: -1, next: 1, coming: 1, following: 1 });
const ADVERBS: Record<string, string> = dict({ annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H', quarterly: 'P3M' });

// ---------------------------------------------------------------- rules

/** First words of holiday names ("christmas", "new", "good"): they start one only when capitalised. */
const HOLIDAY_FIRST = new Set(Object.keys(HOLIDAYS).map((k) => k.split(' ')[0]));
/** Words in the longest holiday name ("martin luther king jr. day"). */
const HOLIDAY_WORDS = Math.max(...Object.keys(HOLIDAYS).map((k) => k.split(' ').length));
const HOLIDAY_BEFORE = /^(on|at|before|after|since|until|till|by|over|around|during|through|from|to|for|last|next|this|of)$/;

/**
 * "on Christmas Eve", "after Easter", "Thanksgiving 1986", "New Year's Day": the holiday in the year the tense
 * points to. A one-word name needs a preposition before it or a year after it, and no noun it modifies after
 * it ("Christmas sales", "Easter Island" name no day).
 */
function holiday(ctx: Ctx, i: number): DateMatch | null {
  const tokens = ctx.doc.tokens;
  if (!tokens[i].cap || !HOLIDAY_FIRST.has(tokens[i].lower)) return null;
  for (let n = Math.min(HOLIDAY_WORDS, ctx.last - i); n >= 1; n--) {
    let k = tokens[i].lower;
    for (let q = i + 1; q < i + n; q++) k += ' ' + tokens[q].lower;
    const h = Object.hasOwn(HOLIDAYS, k) ? HOLIDAYS[k] : undefined;
    if (!h) continue;
    let j = i + n;
    let y: number | null = null;
    const k2 = word(ctx, j) === ',' ? j + 1 : j;
    const yr = yearAt(ctx, k2);
    if (yr) {
      y = yr;
      j = k2 + 1;
    }
    const next = j < ctx.last ? tokens[j] : null;
    if (!yr && next && (next.pos === 'NOUN' || (next.cap && next.type === 'word'))) return null;
    if (n === 1 && !yr && !HOLIDAY_BEFORE.test(word(ctx, i - 1))) return null;
    if (y === null && ctx.anchor.y !== null) {
      const near = holidayDate(h, ctx.anchor.y);
      y = yearFor(ctx, near.m, near.d);
    }
    // Without a year, only a fixed holiday has a known month and day.
    const value = y !== null ? ymd(y, holidayDate(h, y).m, holidayDate(h, y).d) : h.day !== undefined ? ymd(null, h.month!, h.day) : 'XXXX-XX-XX';
    return { a: i, b: j, kind: 'date', value, rule: 'date.holiday', complete: true };
  }
  return null;
}

/** "March 22, 2013", "Monday, March 3", "22 March 2013", "the 26th of September", "March 2005", "October". */
function calendarDate(ctx: Ctx, i: number): DateMatch | null {
  // "mid-October", "early-March 2025" (one token): the month with its part.
  const part = MONTH_PART.test(ctx.doc.tokens[i].lower) ? /^(mid|early|late)-([a-z]+)$/.exec(ctx.doc.tokens[i].lower) : null;
  if (part && MONTHS[part[2]]) {
    let j = i + 1;
    let y = yearAt(ctx, j);
    if (y) j++;
    else y = yearFor(ctx, MONTHS[part[2]], null);
    return { a: i, b: j, kind: 'date', value: `${yearStr(y)}-${pad(MONTHS[part[2]])}`, mod: MODS[part[1]], rule: 'date.month', complete: true };
  }
  let a = i;
  let j = i;
  if (WEEKDAYS[word(ctx, j)] && ctx.doc.tokens[j].cap) {
    j++;
    if (word(ctx, j) === ',') j++;
  }
  let m = monthAt(ctx, j);
  let d: number | null = null;
  if (m) {
    j++;
    // "Sept . 9" (an abbreviation split from its full stop), not the full stop after "in January."
    if (word(ctx, j) === '.' && ctx.doc.tokens[j - 1].lower.length <= 4 && dayAt(ctx, j + 1)) j++;
    const span = dayRangeAt(ctx, j);
    if (span) return monthDayRange(ctx, i, j + 1, m, span[0], span[1]);
    const day = dayAt(ctx, j) ?? dayInWords(ctx, j);
    if (day) {
      d = day;
      j++;
    }
  } else {
    // "22 March 2013", "the 26th of September"
    let k = j;
    if (word(ctx, k) === 'the') k++;
    // "5-7 June 2024": days d1 to d2, then the month.
    const days = dayRangeAt(ctx, k);
    const rangeMonth = days ? monthAt(ctx, k + 1) : null;
    if (days && rangeMonth) return monthDayRange(ctx, i, k + 2, rangeMonth, days[0], days[1]);
    const day = dayAt(ctx, k);
    if (!day) return null;
    let k2 = k + 1;
    if (word(ctx, k2) === 'of') k2++;
    m = monthAt(ctx, k2);
    if (!m) return null;
    d = day;
    j = k2 + 1;
  }
  if (j === a) return null;
  if (a !== i) a = i;
  let y: number | null = null;
  let k = j;
  if (word(ctx, k) === ',') k++;
  if (word(ctx, k) === 'of' && !d) k++;
  const yr = yearAt(ctx, k);
  if (yr) {
    y = yr;
    j = k + 1;
  } else if (/^(next|last|this)$/.test(word(ctx, j)) && word(ctx, j + 1) === 'year' && ctx.anchor.y !== null) {
    // "on July 21 next year", "in March last year": the month of the year named after it.
    y = ctx.anchor.y + (word(ctx, j) === 'next' ? 1 : word(ctx, j) === 'last' ? -1 : 0);
    j += 2;
  }
  if (d && !validDay(y, m, d)) return null;
  if (!d && !y && WEEKDAYS[word(ctx, i)]) return null;
  if (y === null) y = yearFor(ctx, m, d);
  const value = d ? ymd(y, m, d) : `${yearStr(y)}-${pad(m)}`;
  // "in late March", "early June 2004": the part of the month, as "mid-March" (one token) is read.
  if (!d && a === i && /^(early|mid|late)$/.test(word(ctx, i - 1))) return { a: i - 1, b: j, kind: 'date', value, mod: MODS[word(ctx, i - 1)], rule: 'date.month', complete: true };
  return { a, b: j, kind: 'date', value, rule: d ? 'date.month-day' : 'date.month', complete: true };
}

/** 2013-03-22, 3/22/2013, 7/8/07 (month first, as written in American English), 14/05/2023, 12.05.2023, 2023/05/14. */
function numericDate(ctx: Ctx, i: number): DateMatch | null {
  const s = text(ctx, i);
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m && validDay(+m[1], +m[2], +m[3])) return { a: i, b: i + 1, kind: 'date', value: s, rule: 'date.iso', complete: true };
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(s);
  if (m) {
    let y = +m[3];
    if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
    if (validDay(y, +m[1], +m[2])) return { a: i, b: i + 1, kind: 'date', value: ymd(y, +m[1], +m[2]), rule: 'date.numeric', complete: true };
    // ("14/05/2023": a first number above 12 is the day, as the rest of the world writes it)
    if (+m[1] > 12 && validDay(y, +m[2], +m[1])) return { a: i, b: i + 1, kind: 'date', value: ymd(y, +m[2], +m[1]), rule: 'date.numeric', complete: true };
  }
  // "12.05.2023": day, month and year with points, as Europe writes them; "2023/05/14"
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m && validDay(+m[3], +m[2], +m[1])) return { a: i, b: i + 1, kind: 'date', value: ymd(+m[3], +m[2], +m[1]), rule: 'date.numeric', complete: true };
  m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s);
  if (m && validDay(+m[1], +m[2], +m[3])) return { a: i, b: i + 1, kind: 'date', value: ymd(+m[1], +m[2], +m[3]), rule: 'date.numeric', complete: true };
  return null;
}

/** A period of a calendar year named after it: "the 1986 year", "1986 qtr", "the corresponding 1986 period". */
const YEAR_PERIOD = /^(year|period|quarter|qtr)$/;

/** 2014, "fiscal 1987", "mid-2011", "end-2027", the 1990s, '82. */
function yearExpr(ctx: Ctx, i: number): DateMatch | null {
  const tokens = ctx.doc.tokens;
  const s = text(ctx, i);
  let a = i;
  if (word(ctx, i) === 'fiscal' || word(ctx, i) === 'fy') {
    let k = i + 1;
    if (word(ctx, k) === 'year') k++;
    const y = yearAt(ctx, k);
    if (y) return { a: i, b: k + 1, kind: 'date', value: `FY${y}`, rule: 'date.fiscal-year', complete: true };
    return null;
  }
  // "FY2024", "FY24": a fiscal year written as one word (two digits are this century's up to 50)
  const fy = /^fy(\d{4}|\d{2})$/.exec(word(ctx, i));
  if (fy) return { a: i, b: i + 1, kind: 'date', value: `FY${fy[1].length === 4 ? fy[1] : (+fy[1] <= 50 ? 2000 : 1900) + +fy[1]}`, rule: 'date.fiscal-year', complete: true };
  // ("end-2027", "start-2025")
  const mid = /^(mid|early|late|end|start)-(\d{4})$/i.exec(s);
  if (mid) {
    const mod = MODS[mid[1].toLowerCase()];
    return { a: i, b: i + 1, kind: 'date', value: mid[2], mod, rule: 'date.year-mod', complete: true };
  }
  // "the mid-1960s" (one token)
  const midDecade = /^(mid|early|late)-(\d{3})0'?s$/i.exec(s);
  if (midDecade) return { a: i, b: i + 1, kind: 'date', value: midDecade[2], mod: MODS[midDecade[1].toLowerCase()], rule: 'date.decade', complete: true };
  const dec = /^(?:(\d{2})(\d)0s|'(\d)0s|(\d)0s)$/.exec(s);
  // Not "DC-10s" (glued to a word or a hyphen), nor "the mid 30s" of a price: a two-digit decade without its
  // apostrophe is taken from the 1950s on ("the 60s").
  const prevTok = tokens[i - 1];
  const hyphened = prevTok?.lower === '-' && tokens[i - 2]?.end === prevTok.start && !/^(mid|early|late|pre|post)$/.test(tokens[i - 2].lower);
  const glued = prevTok && prevTok.end === tokens[i].start && (/[a-z0-9]$/i.test(prevTok.lower) || hyphened);
  if (dec?.[4] && Number(dec[4]) < 5) return null;
  if ((tokens[i].type === 'decade' || dec) && !glued) {
    let century = dec?.[1];
    const digit = dec?.[2] ?? dec?.[3] ?? dec?.[4];
    if (!digit) return null;
    if (!century) century = Number(digit) > 2 ? '19' : '20';
    // "the late 1990s", "the early 2000s": the part of the decade.
    let mod: string | undefined;
    if (a === i && /^(early|mid|late)$/.test(word(ctx, i - 1))) {
      mod = MODS[word(ctx, i - 1)];
      a = i - 1;
      if (word(ctx, a - 1) === 'the') a--;
    }
    return { a, b: i + 1, kind: 'date', value: `${century}${digit}`, mod, rule: 'date.decade', complete: true };
  }
  // "the mid 1990's" / "the 1990 's"
  const y = yearAt(ctx, i);
  if (y && word(ctx, i + 1) === "'" && word(ctx, i + 2) === 's' && y % 10 === 0) {
    let b = i + 3;
    let mod: string | undefined;
    if (MODS[word(ctx, i - 1)]) {
      mod = MODS[word(ctx, i - 1)];
      a = i - 1;
    }
    if (word(ctx, a - 1) === 'the') a--;
    return { a, b, kind: 'date', value: String(y).slice(0, 3), mod, rule: 'date.decade', complete: true };
  }
  // '82 (one token, or an apostrophe glued to two digits)
  const short = /^'(\d{2})$/.exec(s) ?? (s === "'" && /^\d{2}$/.test(text(ctx, i + 1)) && tokens[i + 1].start === tokens[i].end ? [s, text(ctx, i + 1)] : null);
  if (short && /^(since|in|of|from|until|by)$/.test(word(ctx, i - 1))) {
    const yy = +short[1];
    return { a: i, b: s === "'" ? i + 2 : i + 1, kind: 'date', value: String(yy < 30 ? 2000 + yy : 1900 + yy), rule: 'date.short-year', complete: true };
  }
  // "an action plan for 2024-2026", "the 2020-21 season": a span of years written as one token.
  const years = /^(\d{4})[-–](\d{2}|\d{4})$/.exec(s);
  if (years) {
    const y1 = +years[1];
    const y2 = years[2].length === 2 ? y1 - (y1 % 100) + +years[2] : +years[2];
    if (y1 >= 1800 && y1 <= 2100 && y2 > y1 && y2 - y1 <= 30) {
      return { a: i, b: i + 1, kind: 'range', value: `P${y2 - y1}Y`, rule: 'range.years', rangeStart: String(y1), rangeEnd: String(y2), complete: true };
    }
  }
  if (!y) return null;
  const prev = tokens[i - 1];
  const next = i + 1 < ctx.last ? tokens[i + 1] : undefined;
  // "by 1000 London time", "from 1700 to 2100 local time": a clock time (timeExpr), not a year.
  if (/^([01]\d|2[0-3])[0-5]\d$/.test(s) && (clockZoneAt(ctx, i + 1) > 0 || clockRangeStart(ctx, i))) return null;
  // "services to 1500 campus users": a year long past needs a word that introduces a year.
  if (y < 1800 && !/^(in|since|by|from|until|of|during|before|after|year|the|around|circa|c\.)$/.test(prev?.lower ?? '')) return null;
  // "Boeing 1990", "Windows 2000": a model name, not a year.
  if (prev && prev.cap && prev.pos === 'PROPN' && !MONTHS[prev.lower] && prev.end + 1 >= tokens[i].start) return null;
  if (prev && (prev.type === 'currency' || /^(\$|no\.?|number|model|flight|route|rs|us\$)$/.test(prev.lower))) return null;
  if (prev && prev.end === tokens[i].start && /[-/]/.test(prev.lower)) return null;
  if (next && next.start === tokens[i].end && /^[-/%]/.test(next.lower)) return null;
  // "MAR8  2130B  2125": a price in a futures table (a letter glued after it: bid, high, low), not a year; nor a
  // year decades after the article's own without a word that introduces one ("until the year 2050" is one).
  if (next && next.start === tokens[i].end && /^[a-z]$/i.test(next.lower)) return null;
  if (ctx.anchor.y !== null && y > ctx.anchor.y + 50 && !/^(in|since|by|from|until|till|to|through|of|during|before|after|year|the|beyond)$/.test(prev?.lower ?? '')) return null;
  // "2000 people", "1500 jobs": a count, not a year (unless a month or "year" follows).
  // ("its 1986 loss", "bonds due 1997 yielding 8.5 pct": a year, by the noun it modifies or the word before it)
  if (next && next.pos === 'NOUN' && !YEAR_PERIOD.test(next.lower) && !lexiconSet('year-nouns.txt').has(next.lower) && !/^(in|since|by|from|until|of|during|before|after|to|through|between|and|year|fiscal|the|early|late|mid|around|due)$/.test(prev?.lower ?? '')) return null;
  let mod: string | undefined;
  if (prev && MODS[prev.lower] && (prev.lower === 'early' || prev.lower === 'late' || prev.lower === 'mid')) {
    mod = MODS[prev.lower];
    a = i - 1;
  }
  return { a, b: i + 1, kind: 'date', value: String(y), mod, rule: 'date.year', complete: true };
}

/**
 * The capitalised word at token k also stands elsewhere in the article, inside a sentence, between words in
 * small letters (not at a sentence's start, where any word has a capital).
 */
function standsAlone(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const w = tokens[k].lower;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (i === k || t.lower !== w || !t.cap || doc.sentences[t.sent].first === i) continue;
    if (!tokens[i - 1].cap && !tokens[i + 1].cap && tokens[i + 1].type !== 'number') return true;
  }
  return false;
}

/** Monday, "on Tuesday", "Friday morning" — resolved by the tense of the sentence. */
function weekdayExpr(ctx: Ctx, i: number): DateMatch | null {
  const t = ctx.doc.tokens[i];
  const wd = WEEKDAYS[t.lower];
  if (!wd || !t.cap || t.lower.length < 6) return null;
  // "Black Monday": a name, not a day of this week.
  const before = ctx.doc.tokens[i - 1];
  // ("Shares fell in Tokyo Monday": a day after a place or a company is a day; so after a word the article also
  // writes as a name on its own, "a deal was struck with Hutton Friday" after "paid by Hutton".)
  const afterName = () => ctx.doc.mentions.some((m) => m.end === before.end && (m.type === 'place' || m.type === 'organisation')) || standsAlone(ctx.doc, i - 1);
  if (before && before.cap && before.type === 'word' && ctx.doc.sentences[t.sent].first !== i - 1 && !/^(on|last|next|this|by|since|until|from|to|and)$/.test(before.lower) && !afterName()) return null;
  let b = i + 1;
  let value: string;
  const an = ctx.anchor;
  if (an.y !== null && an.m !== null && an.d !== null) {
    const aw = weekday(an.y, an.m, an.d);
    const base = toDays(an.y, an.m, an.d);
    let delta = wd - aw;
    if (ctx.tense === 'future') {
      if (delta < 0) delta += 7;
    } else if (delta > 0) delta -= 7;
    const r = fromDays(base + delta);
    value = ymd(r.y, r.m, r.d);
  } else value = `XXXX-WXX-${wd}`;
  let kind: Kind = 'date';
  const part = PARTS_OF_DAY[word(ctx, b)];
  if (part) {
    value += 'T' + part;
    kind = 'time';
    b++;
  }
  return { a: i, b, kind, value, rule: 'date.weekday', complete: true };
}

/** What a name written with "Today" or "Tomorrow" is: "the Today newspaper", "NBC's Today program". */
const NAMED_MEDIA = /^(newspapers?|programs?|programmes?|shows?|magazines?|papers?)$/;

/**
 * "Today", "Tomorrow" ... capitalised inside a sentence are a name, not a day: "USA Today", "in the Today newspaper",
 * 'published in "Today,"', "Seeds of Tomorrow", "NBC-Today"; and "tomorrow-next" is a money-market term. Not a
 * quoted sentence's first word ('he said. "Today we still have ...').
 */
function nameNotDay(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  if (next && next.start === t.end && next.lower === '-' && doc.tokens[i + 2]?.lower === 'next') return true;
  if (!t.cap) return false;
  if (next && NAMED_MEDIA.test(next.lower)) return true;
  const p = doc.tokens[i - 1];
  if (!p || p.sent !== t.sent) return false;
  if (p.lower === 'usa' || (p.lower === '-' && p.end === t.start)) return true;
  if (p.type === 'punctuation' && /^["\u201c]$/.test(doc.text.slice(p.start, p.end))) {
    const close = next?.lower === ',' ? doc.tokens[i + 2] : next;
    return !!close && /^["\u201d]$/.test(doc.text.slice(close.start, close.end));
  }
  return p.type === 'word' && !p.cap;
}

/** today, yesterday, now, recently, in recent years, the past, the future ... */
function deictic(ctx: Ctx, i: number): DateMatch | null {
  const w = word(ctx, i);
  const an = ctx.anchor;
  const known = an.y !== null && an.m !== null && an.d !== null;
  const day = (delta: number) => {
    if (!known) return delta === 0 ? 'PRESENT_REF' : 'XXXX-XX-XX';
    const r = fromDays(toDays(an.y!, an.m!, an.d!) + delta);
    return ymd(r.y, r.m, r.d);
  };
  if ((w === 'today' || w === 'tonight' || w === 'yesterday' || w === 'tomorrow') && nameNotDay(ctx.doc, i)) return null;
  switch (w) {
    case 'today': {
      // "earlier today"
      const a = word(ctx, i - 1) === 'earlier' || word(ctx, i - 1) === 'later' ? i - 1 : i;
      return { a, b: i + 1, kind: 'date', value: day(0), rule: 'date.today', complete: true };
    }
    case 'tonight':
      return { a: i, b: i + 1, kind: 'time', value: day(0) + (known ? 'TNI' : ''), rule: 'date.tonight', complete: true };
    case 'yesterday':
      return { a: i, b: i + 1, kind: 'date', value: day(-1), rule: 'date.yesterday', complete: true };
    case 'tomorrow':
      return { a: i, b: i + 1, kind: 'date', value: day(1), rule: 'date.tomorrow', complete: true };
    case 'now':
    case 'currently':
    case 'presently':
      if (word(ctx, i - 1) === 'right' || word(ctx, i + 1) === 'that' || hyphenAt(ctx.doc, i + 1)) return null;
      return { a: i, b: i + 1, kind: 'date', value: 'PRESENT_REF', rule: 'date.present', complete: true };
    case 'recently':
    case 'lately': {
      const a = word(ctx, i - 1) === 'more' ? i - 1 : i;
      return { a, b: i + 1, kind: 'date', value: 'PAST_REF', rule: 'date.past-ref', complete: true };
    }
    case 'recent': {
      // "in recent years" (the preposition belongs to the phrase), "recent months"
      const u = word(ctx, i + 1);
      // "the recent economic downturn", "recent losses": an unspecified past (TimeML PAST_REF); not "most recent".
      if (!/^(years|months|weeks|days|decades|times)$/.test(u)) {
        const next = ctx.doc.tokens[i + 1];
        if (/^(most|more|less)$/.test(word(ctx, i - 1)) || !next || i + 1 >= ctx.last || !/^(NOUN|ADJ)$/.test(next.pos)) return null;
        return { a: i, b: i + 1, kind: 'date', value: 'PAST_REF', rule: 'date.past-ref', complete: true };
      }
      const a = word(ctx, i - 1) === 'in' ? i - 1 : i;
      return { a, b: i + 2, kind: 'date', value: 'PAST_REF', rule: 'date.recent-years', complete: true };
    }
    case 'coming': {
      // "in the coming weeks": an unspecified future (TimeML FUTURE_REF).
      if (word(ctx, i - 1) !== 'the' || !/^(days|weeks|months|years|decades)$/.test(word(ctx, i + 1)) || i + 1 >= ctx.last) return null;
      return { a: i - 1, b: i + 2, kind: 'date', value: 'FUTURE_REF', rule: 'date.future-ref', complete: true };
    }
    case 'past':
    case 'future': {
      if (word(ctx, i - 1) !== 'the' || /^(few|several|two|three|four|five|six|seven|eight|nine|ten|\d+|year|month|week|decade|day)$/.test(word(ctx, i + 1))) return null;
      if (ctx.doc.tokens[i + 1] && ctx.doc.tokens[i + 1].pos === 'NOUN' && i + 1 < ctx.last) return null;
      return { a: i - 1, b: i + 1, kind: 'date', value: w === 'past' ? 'PAST_REF' : 'FUTURE_REF', rule: 'date.' + w + '-ref', complete: true };
    }
  }
  return null;
}

/** this/last/next/past/coming + unit or season; "the first quarter of 2008"; "three years ago"; "early next month". */
function relative(ctx: Ctx, i: number): DateMatch | null {
  const an = ctx.anchor;
  let a = i;
  let j = i;
  let mod: string | undefined;
  if (MODS[word(ctx, j)] && /^(early|late|mid)$/.test(word(ctx, j))) {
    mod = MODS[word(ctx, j)];
    j++;
  } else if (/^(earlier|later)$/.test(word(ctx, j)) && /^(this|next|last)$/.test(word(ctx, j + 1))) {
    j++;
  }
  const hadThe = word(ctx, j) === 'the';
  if (hadThe) j++;
  const dir = word(ctx, j);
  if (!(dir in DIRECTIONS)) return null;
  const unitWord = word(ctx, j + 1);
  const season = SEASONS[unitWord];
  const unit = TIME_UNITS[unitWord];
  const n = DIRECTIONS[dir];
  if (hadThe && (dir === 'past' || dir === 'last' || dir === 'coming' || dir === 'next') && unit && !/s$/.test(unitWord)) {
    // "the past week", "the coming year": a duration ending (or starting) now.
    if (hadThe) a = j - 1;
    return { a, b: j + 2, kind: 'duration', value: durationValue(1, unit), rule: 'duration.the-past-unit', complete: true };
  }
  if (hadThe && dir === 'previous' && unit) {
    a = j - 1;
  }
  if (season) {
    if (an.y === null || an.m === null) return { a, b: j + 2, kind: 'date', value: `XXXX-${season}`, mod, rule: 'date.season', complete: true };
    const cur = seasonOf(an.m);
    const order = { SP: 1, SU: 2, FA: 3, WI: 4 }[season]!;
    let y = an.y;
    if (n < 0 && order >= cur.order) y -= 1;
    if (n > 0 && order <= cur.order) y += 1;
    return { a, b: j + 2, kind: 'date', value: `${y}-${season}`, mod, rule: 'date.season', complete: true };
  }
  if (!unit || /s$/.test(unitWord)) {
    // "last September", "next Monday"
    const mo = MONTHS[unitWord];
    // ("last October" without an anchor: the month, its year unknown, and the whole phrase read)
    if (mo && ctx.doc.tokens[j + 1]?.cap && (an.y === null || an.m === null)) return { a, b: j + 2, kind: 'date', value: `XXXX-${pad(mo)}`, mod, rule: 'date.last-month-name', complete: true };
    if (mo && ctx.doc.tokens[j + 1]?.cap && an.y !== null && an.m !== null) {
      let y = an.y;
      if (n < 0 && mo >= an.m) y -= 1;
      if (n > 0 && mo <= an.m) y += 1;
      return { a, b: j + 2, kind: 'date', value: `${y}-${pad(mo)}`, mod, rule: 'date.last-month-name', complete: true };
    }
    return null;
  }
  let value: string | null = null;
  if (an.y === null || an.m === null || an.d === null) value = null;
  else if (unit === 'Y') value = String(an.y + n);
  else if (unit === 'M' && unitWord.startsWith('month')) {
    const r = shiftMonth(an.y, an.m, n);
    value = `${r.y}-${pad(r.m)}`;
  } else if (unit === 'W') {
    const r = fromDays(toDays(an.y, an.m, an.d) + 7 * n);
    value = isoWeek(r.y, r.m, r.d);
  } else if (unit === 'WE') {
    const r = fromDays(toDays(an.y, an.m, an.d) + 7 * n);
    value = isoWeek(r.y, r.m, r.d) + '-WE';
  } else if (unit === 'Q') {
    const q = Math.floor((an.m - 1) / 3) + n;
    const y = an.y + Math.floor(q / 4);
    value = `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
  } else if (unit === 'D') value = ymd(...(Object.values(fromDays(toDays(an.y, an.m, an.d) + n)) as [number, number, number]));
  else if (unit === 'DE') value = String(Math.floor(an.y / 10) + n);
  else if (unit === 'CE') value = String(Math.floor(an.y / 100) + n);
  if (value === null) value = n < 0 ? 'PAST_REF' : n > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
  return { a, b: j + 2, kind: 'date', value, mod, rule: 'date.relative-unit', complete: true };
}

/** "the first quarter of 2008", "the fourth quarter", "third-quarter", "the second half of last year", Q1. */
function quarter(ctx: Ctx, i: number): DateMatch | null {
  let a = i;
  let j = i;
  if (word(ctx, j) === 'the') j++;
  const span = monthSpanQuarter(ctx, i, j);
  if (span) return span;
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
    j = k + 1;
  }
  if (word(ctx, a) !== 'the') a = i;
  let y: number | null = ctx.anchor.y;
  let k = j;
  if (word(ctx, k) === 'of' || word(ctx, k) === ',') {
    const yr = yearAt(ctx, k + 1);
    if (yr) {
      y = yr;
      j = k + 2;
    } else if (/^(last|this|next)$/.test(word(ctx, k + 1)) && word(ctx, k + 2) === 'year') {
      y = ctx.anchor.y === null ? null : ctx.anchor.y + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[word(ctx, k + 1)];
      j = k + 3;
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

function durationValue(n: number | null, unit: string): string {
  const count = n === null ? 'X' : String(Number.isInteger(n) ? n : +n.toFixed(2));
  if (unit === 'DE') return n === null ? 'PXDE' : `P${(n as number) * 10}Y`;
  if (unit === 'CE') return n === null ? 'PXCE' : `P${(n as number) * 100}Y`;
  if (unit === 'WE') return `P${count}WE`;
  const timeUnit = unit === 'H' || unit === 'S' || unit === 'MIN';
  return timeUnit ? `PT${count}${unit === 'MIN' ? 'M' : unit}` : `P${count}${unit}`;
}

function unitCode(w: string): string | null {
  const u = TIME_UNITS[w];
  if (!u) return null;
  if (u === 'M' && w.startsWith('minute')) return 'MIN';
  return u;
}

/** "two years", "three-month", "18 months", "12-hour", "almost two and a half years", "three years ago", "a year" (set). */
function durationExpr(ctx: Ctx, i: number): DateMatch | null {
  const doc = ctx.doc;
  let a = i;
  let j = i;
  let n: number | null = null;
  let to: number | undefined;
  const w = word(ctx, j);
  if (w === 'several' || w === 'few' || w === 'many') {
    n = null;
    j++;
    if (word(ctx, i - 1) === 'a' && w === 'few') a = i - 1;
  } else if (w === 'a' || w === 'an') {
    const u = unitCode(word(ctx, j + 1));
    if (!u) return null;
    // "a second consecutive day", "a second time": an ordinal, not a duration
    if (word(ctx, j + 1) === 'second' && /^(ADJ|NOUN)$/.test(doc.tokens[j + 2]?.pos ?? '')) return null;
    const prev = doc.tokens[i - 1];
    // ("up 12 pct from a year earlier": wire copy's comparison with the same time a year before the report)
    if (word(ctx, j + 2) === 'ago' || word(ctx, j + 2) === 'earlier') return agoValue(ctx, i, j + 3, 1, u);
    // ("after a year-on-year decline", "a month-on-month rise": a comparison, no length of time)
    if (hyphenAt(doc, j + 2) && /^(on|over|to|by)$/.test(word(ctx, j + 3))) return null;
    // "15 a year", "twice a week": a frequency.
    // ("300 million pounds ($392 million) a year": after an amount in brackets too)
    const amount = (t: typeof prev) => !!t && (t.type === 'number' || /^(once|twice|times|percent|%)$/.test(t.lower) || t.pos === 'NUM');
    if (amount(prev) || (prev?.lower === ')' && amount(doc.tokens[i - 2]))) {
      return { a: i, b: j + 2, kind: 'set', value: durationValue(1, u), rule: 'set.per-unit', complete: true };
    }
    // "for a year", "within a month"; "took a week", "could take up to a year", "lasted a month": a length of time
    // taken (not "a year of growth" with no such word before it).
    const took = /^(take|takes|took|taken|taking|last|lasts|lasted|lasting|spend|spends|spent|spending|wait|waits|waited|waiting)$/;
    const q = qualifierBefore(ctx, i);
    if (!/^(for|in|within|over|than|about|nearly|almost|after)$/.test(prev?.lower ?? '') && !took.test(prev?.lower ?? '') && !(q && took.test(word(ctx, q.a - 1)))) return null;
    return { a: q ? q.a : i, b: j + 2, kind: 'duration', value: durationValue(1, u), mod: q?.mod, rule: 'duration.a-unit', complete: true };
  } else if (w === 'single' && hyphenAt(doc, j + 1)) {
    n = 1;
    j++;
  } else {
    const num = parseNumber(doc, j, ctx.last, true);
    if (!num || num.scaled) return null;
    to = num.to;
    // "the 1986 year", "1986 full year", "1986 qtr": a calendar year, not 1,986 years.
    if (num.raw && /^(1[89]|20)\d\d$/.test(num.raw) && YEAR_PERIOD.test(word(ctx, /^(full|fiscal|calendar)$/.test(word(ctx, num.end)) ? num.end + 1 : num.end))) return null;
    n = num.value;
    j = num.end;
    // "between 60 and 90 days": the first number takes the unit of the second.
    if (/^(and|to)$/.test(word(ctx, j)) || (hyphenAt(doc, j) && /^\d/.test(word(ctx, j + 1)))) {
      const second = parseNumber(doc, j + 1, ctx.last);
      const u2 = second ? unitCode(word(ctx, second.end)) : null;
      if (second && u2 && /s$/.test(word(ctx, second.end))) return { a: i, b: num.end, kind: 'duration', value: durationValue(n, u2), rule: 'duration.range-start', complete: true };
    }
    // "six straight days", "three consecutive years"
    if (/^(straight|consecutive|full|long|whole|more|additional|successive)$/.test(word(ctx, j)) && unitCode(word(ctx, j + 1))) j++;
    // "two and a half years"
    if (word(ctx, j) === 'and' && word(ctx, j + 1) === 'a' && word(ctx, j + 2) === 'half') {
      n += 0.5;
      j += 3;
    }
  }
  const glued = hyphenAt(doc, j);
  if (glued) j++;
  const uw = word(ctx, j);
  const u = unitCode(uw);
  if (!u) return null;
  if (n !== null && n !== 1 && !glued && !/s$/.test(uw) && uw !== 'century') {
    // "five year plan" without the hyphen is still a duration; "1 year" singular is fine.
  }
  const b = j + 1;
  // "132,000 head versus 132,000 week ago": a singular unit after another number is "a week ago".
  if (word(ctx, b) === 'ago' && n !== null && n !== 1 && !glued && !/s$/.test(uw)) return agoValue(ctx, j, b + 1, 1, u);
  // ("10-15 years ago": some time back, not a date)
  if (word(ctx, b) === 'ago') return agoValue(ctx, a, b + 1, to === undefined ? n : null, u);
  // "the next four years", "the past nine days", "the last two months"
  if (/^(next|past|last|first|coming|previous)$/.test(word(ctx, a - 1)) && word(ctx, a - 2) === 'the') a -= 2;
  if (glued && doc.tokens[b] && doc.tokens[b].lower === 'old') return null;
  // "nearly five months", "over a decade", "more than two years": the qualifier is part of the expression
  // ("over the next four years" is a preposition before "the").
  const q = glued || word(ctx, a) === 'the' ? null : qualifierBefore(ctx, a);
  if (q) a = q.a;
  // "60-90 days": a duration between two lengths, read as the first.
  if (to !== undefined) return { a, b, kind: 'duration', value: durationValue(n, u), mod: q?.mod, rule: 'duration.range', rangeStart: durationValue(n, u), rangeEnd: durationValue(to, u), complete: true };
  return { a, b, kind: 'duration', value: durationValue(n, u), mod: q?.mod, rule: glued ? 'duration.compound' : 'duration.number-unit', complete: true };
}

const QUALIFIERS: Array<[string[], string]> = [
  [['more', 'than'], 'MORE_THAN'], [['less', 'than'], 'LESS_THAN'], [['up', 'to'], 'EQUAL_OR_LESS'], [['at', 'least'], 'EQUAL_OR_MORE'],
  [['nearly'], 'APPROX'], [['almost'], 'APPROX'], [['about'], 'APPROX'], [['around'], 'APPROX'], [['roughly'], 'APPROX'], [['approximately'], 'APPROX'],
  [['some'], 'APPROX'], [['over'], 'MORE_THAN'], [['under'], 'LESS_THAN'],
];

function qualifierBefore(ctx: Ctx, a: number): { a: number; mod: string } | null {
  for (const [words, mod] of QUALIFIERS) {
    const s = a - words.length;
    if (s < 0) continue;
    if (words.every((w, k) => word(ctx, s + k) === w)) return { a: s, mod };
  }
  return null;
}

function agoValue(ctx: Ctx, a: number, b: number, n: number | null, u: string): DateMatch {
  const an = ctx.anchor;
  let value = 'PAST_REF';
  if (n !== null && an.y !== null && an.m !== null && an.d !== null && Number.isInteger(n)) {
    if (u === 'Y') value = String(an.y - n);
    else if (u === 'M') {
      const r = shiftMonth(an.y, an.m, -n);
      value = `${r.y}-${pad(r.m)}`;
    } else if (u === 'W') {
      const r = fromDays(toDays(an.y, an.m, an.d) - 7 * n);
      value = isoWeek(r.y, r.m, r.d);
    } else if (u === 'D') {
      const r = fromDays(toDays(an.y, an.m, an.d) - n);
      value = ymd(r.y, r.m, r.d);
    } else if (u === 'DE') value = String(an.y - 10 * n);
  }
  return { a, b, kind: 'date', value, rule: 'date.ago', complete: true };
}

/** every year, annually, weekly, each month, per day. */
function setExpr(ctx: Ctx, i: number): DateMatch | null {
  const w = word(ctx, i);
  const adv = ADVERBS[w];
  if (adv && ctx.doc.tokens[i].pos === 'ADV') return { a: i, b: i + 1, kind: 'set', value: adv, rule: 'set.adverb', complete: true };
  if (adv && /^(gain|loss|rise|fall|decline|increase|basis)$/.test(word(ctx, i + 1))) return { a: i, b: i + 1, kind: 'set', value: adv, rule: 'set.adjective', complete: true };
  if (w === 'every' || w === 'each' || w === 'per') {
    const u = unitCode(word(ctx, i + 1));
    if (u) return { a: i, b: i + 2, kind: 'set', value: durationValue(1, u), rule: 'set.every-unit', complete: true };
    const wd = WEEKDAYS[word(ctx, i + 1)];
    if (wd && w === 'every') return { a: i, b: i + 2, kind: 'set', value: `XXXX-WXX-${wd}`, rule: 'set.every-weekday', complete: true };
  }
  return null;
}

/** 08:30 UTC, 6:40 p.m., 3 p.m., 0800 GMT, "this morning". */
function timeExpr(ctx: Ctx, i: number): DateMatch | null {
  const s = text(ctx, i);
  let h: number | null = null;
  let min = 0;
  let j = i + 1;
  let m = /^(\d{1,2})[:.](\d{2})$/.exec(s);
  if (m) {
    h = +m[1];
    min = +m[2];
  } else if ((m = /^(\d{1,2})$/.exec(s)) && /^(a\.m\.|p\.m\.|am|pm)$/.test(word(ctx, i + 1))) {
    h = +m[1];
  } else if ((m = /^([01]\d|2[0-3])([0-5]\d)$/.exec(s)) && (clockZoneAt(ctx, i + 1) > 0 || clockRangeStart(ctx, i))) {
    h = +m[1];
    min = +m[2];
  }
  if (h === null) {
    const w = word(ctx, i);
    if ((w === 'this' || w === 'yesterday' || w === 'tomorrow') && PARTS_OF_DAY[word(ctx, i + 1)]) {
      const an = ctx.anchor;
      const delta = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      let base = 'XXXX-XX-XX';
      if (an.y !== null && an.m !== null && an.d !== null) {
        const r = fromDays(toDays(an.y, an.m, an.d) + delta);
        base = ymd(r.y, r.m, r.d);
      }
      return { a: i, b: i + 2, kind: 'time', value: `${base}T${PARTS_OF_DAY[word(ctx, i + 1)]}`, rule: 'time.part-of-day', complete: true };
    }
    // "rose to a five-year high in morning trading": the part of the day of the trading reported
    if (/^(morning|afternoon|evening)$/.test(w) && /^(trading|trade|dealings|session)$/.test(word(ctx, i + 1)) && /^(in|during|early|late)$/.test(word(ctx, i - 1))) {
      return { a: i, b: i + 1, kind: 'time', value: `${anchorDay(ctx)}T${PARTS_OF_DAY[w]}`, rule: 'time.trading-session', complete: true };
    }
    return null;
  }
  if (h > 23 || min > 59) return null;
  const ampm = word(ctx, j);
  if (/^(a\.m\.|am|p\.m\.|pm)$/.test(ampm)) {
    if (ampm.startsWith('p') && h < 12) h += 12;
    if (ampm.startsWith('a') && h === 12) h = 0;
    j++;
  } else if (!m || !/:/.test(s)) {
    // bare "0800" needs its zone
  }
  let zone = '';
  if (/^(utc|gmt)$/.test(word(ctx, j))) {
    zone = 'Z';
    j++;
  } else if (/^(edt|est|pst|pdt|cet|bst|ist|jst)$/.test(word(ctx, j))) j++;
  // "at 1530 hrs", "1000 London time", "2100 local Chicago time": a clock time in four digits, as wire copy
  // writes it; "from 1700 to 2100 local time": the first of two takes the zone of the second.
  else if (/^\d{4}$/.test(s) && clockZoneAt(ctx, j) > 0) j += clockZoneAt(ctx, j);
  else if (/^\d{4}$/.test(s) && clockRangeStart(ctx, i)) return { a: i, b: j, kind: 'time', value: `${anchorDay(ctx)}T${pad(h)}:${pad(min)}`, rule: 'time.clock', complete: true };
  if (!/:/.test(s) && j === i + 1) return null;
  const an = ctx.anchor;
  let day = an.y !== null && an.m !== null && an.d !== null ? ymd(an.y, an.m, an.d) : 'XXXX-XX-XX';
  // "16:00 UTC today", "3 p.m. yesterday"
  const after = word(ctx, j);
  if ((after === 'today' || after === 'yesterday' || after === 'tomorrow') && an.y !== null && an.m !== null && an.d !== null) {
    const r = fromDays(toDays(an.y, an.m, an.d) + (after === 'yesterday' ? -1 : after === 'tomorrow' ? 1 : 0));
    day = ymd(r.y, r.m, r.d);
    j++;
  }
  return { a: i, b: j, kind: 'time', value: `${day}T${pad(h)}:${pad(min)}${zone}`, rule: 'time.clock', complete: true };
}

/** Time zones written after a clock time in wire copy. */
const CLOCK_ZONES = /^(gmt|utc|edt|est|bst|cet|cst|cdt|pst|pdt|mst|mdt|jst|hkt|sgt|ist|hrs|hours)$/;

/**
 * Tokens of the zone after a four-digit clock time at j: "GMT", "hrs", "local time", "local Chicago time",
 * "London time", "New York time"; 0 when none.
 */
function clockZoneAt(ctx: Ctx, j: number): number {
  const tokens = ctx.doc.tokens;
  if (j >= ctx.last) return 0;
  if (CLOCK_ZONES.test(word(ctx, j))) return 1;
  let k = j;
  if (word(ctx, k) === 'local') k++;
  while (k < ctx.last && k - j < 3 && tokens[k].cap && word(ctx, k) !== 'time') k++;
  return k > j && word(ctx, k) === 'time' ? k + 1 - j : 0;
}

/** "from 1700 to 2100 local time", "between 1700 and 2100 hrs": the first clock time of a range with a zone. */
function clockRangeStart(ctx: Ctx, i: number): boolean {
  return /^(to|and)$/.test(word(ctx, i + 1)) && /^([01]\d|2[0-3])[0-5]\d$/.test(text(ctx, i + 2)) && clockZoneAt(ctx, i + 3) > 0;
}

function anchorDay(ctx: Ctx): string {
  const an = ctx.anchor;
  return an.y !== null && an.m !== null && an.d !== null ? ymd(an.y, an.m, an.d) : 'XXXX-XX-XX';
}

/** "the day", "the same day", "the weekend", "Autumn", "for decades", "over the years", "annual", "the near term". */
function phrases(ctx: Ctx, i: number): DateMatch | null {
  const an = ctx.anchor;
  const known = an.y !== null && an.m !== null && an.d !== null;
  const w = word(ctx, i);
  // "suspended for a second consecutive day", "fell for the third straight session": the day of the report, as
  // TimeML annotates it.
  if ((w === 'a' || w === 'the') && NUMBER_WORDS.ordinals[word(ctx, i + 1)] !== undefined && /^(consecutive|straight|successive)$/.test(word(ctx, i + 2)) && /^(day|session)$/.test(word(ctx, i + 3))) {
    return { a: i, b: i + 4, kind: 'date', value: known ? ymd(an.y, an.m!, an.d!) : 'XXXX-XX-XX', rule: 'date.consecutive-day', complete: true };
  }
  if (w === 'the') {
    const n1 = word(ctx, i + 1);
    const n2 = word(ctx, i + 2);
    // "the same period a year earlier", "the same month last year": one expression, dated as its comparison is.
    if (n1 === 'same' && /^(period|month|quarter|week|time|season)$/.test(n2)) {
      const inner = bestAt(ctx, i + 3);
      if (inner && inner.a === i + 3 && (inner.rule === 'date.ago' || (inner.rule === 'date.relative-unit' && word(ctx, i + 3) === 'last'))) return { ...inner, a: i };
    }
    if (n1 === 'day' || (n1 === 'same' && n2 === 'day')) {
      if (ctx.doc.tokens[i + (n1 === 'day' ? 2 : 3)]?.pos === 'NOUN') return null;
      return { a: i, b: i + (n1 === 'day' ? 2 : 3), kind: 'date', value: known ? ymd(an.y, an.m!, an.d!) : 'XXXX-XX-XX', rule: 'date.the-day', complete: true };
    }
    if (n1 === 'weekend' && known) {
      return { a: i, b: i + 2, kind: 'date', value: isoWeek(an.y!, an.m!, an.d!) + '-WE', rule: 'date.the-weekend', complete: true };
    }
    if ((n1 === 'near' || n1 === 'long' || n1 === 'short') && n2 === 'term') return { a: i, b: i + 3, kind: 'date', value: 'FUTURE_REF', rule: 'date.term', complete: true };
    // "the end of this year", "the beginning of the year": the inner date, with its part as mod.
    if (/^(end|beginning|start|middle)$/.test(n1) && n2 === 'of') {
      const inner = bestAt(ctx, i + 3) ?? (word(ctx, i + 3) === 'the' && /^(year|month|week|day|quarter)$/.test(word(ctx, i + 4)) ? theUnit(ctx, i + 3) : null);
      if (inner && inner.a === i + 3) return { ...inner, a: i, mod: MODS[n1], rule: partOfRule(ctx, inner) };
    }
    return null;
  }
  // "late in the day", "early in the year": a part of the day or year the report is about.
  if ((w === 'late' || w === 'early') && word(ctx, i + 1) === 'in' && word(ctx, i + 2) === 'the') {
    const inner = theUnit(ctx, i + 2);
    if (inner) return { ...inner, a: i, mod: MODS[w], rule: partOfRule(ctx, inner) };
  }
  const season = SEASONS[w];
  if (season && !/^(last|next|this|coming|past)$/.test(word(ctx, i - 1))) {
    const seasonYear = seasonOfYear(ctx, i, season);
    if (seasonYear) return seasonYear;
    // ("Winter wheat plantings rose": the crop, capitalised to open the sentence)
    if (ctx.doc.tokens[i].cap && !(ctx.doc.tokens[i - 1]?.sent !== ctx.doc.tokens[i].sent && describesNext(ctx, i))) {
      const y = an.y === null ? 'XXXX' : String(an.y);
      return { a: i, b: i + 1, kind: 'date', value: `${y}-${season}`, rule: 'date.season-name', complete: true };
    }
    const inSeason = seasonAfterPreposition(ctx, i, season);
    if (inSeason) return inSeason;
  }
  if (w === 'annual' && ctx.doc.tokens[i + 1]?.pos === 'NOUN') return { a: i, b: i + 1, kind: 'set', value: 'P1Y', rule: 'set.annual', complete: true };
  // "for decades", "in minutes", "over the years"
  const unit = unitCode(w);
  if (unit && /s$/.test(w) && ctx.doc.tokens[i].pos === 'NOUN') {
    const p1 = word(ctx, i - 1);
    const p2 = word(ctx, i - 2);
    if (p1 === 'the' && p2 === 'over') return { a: i - 2, b: i + 1, kind: 'duration', value: durationValue(null, unit), rule: 'duration.unspecified', complete: true };
    if (/^(for|in|within)$/.test(p1) || (/^(just|only)$/.test(p1) && /^(for|in|within)$/.test(p2))) return { a: i, b: i + 1, kind: 'duration', value: durationValue(null, unit), rule: 'duration.unspecified', complete: true };
  }
  return null;
}

/** "spring 2006", "the summer of 1987" (with the "the" before it, which TimeML counts in the expression). */
function seasonOfYear(ctx: Ctx, i: number, season: string): DateMatch | null {
  const of = word(ctx, i + 1) === 'of' ? 1 : 0;
  const y = yearAt(ctx, i + 1 + of);
  // (one space apart: "WINTER         1639" is a table's row)
  if (y === null || ctx.doc.tokens[i + 1 + of].start - ctx.doc.tokens[i + of].end > 1) return null;
  const a = word(ctx, i - 1) === 'the' ? i - 1 : i;
  return { a, b: i + 2 + of, kind: 'date', value: `${y}-${season}`, rule: 'date.season-year', complete: true };
}

/**
 * "will open in the spring", "sales slowed over the summer": the season nearest the report in the direction of
 * the verb. Only after a preposition, and not before a noun it describes ("winter wheat", "spring plantings",
 * "the fall in prices" is no season: "fall" only as "the fall of 1987").
 */
function seasonAfterPreposition(ctx: Ctx, i: number, season: string): DateMatch | null {
  const an = ctx.anchor;
  const the = word(ctx, i - 1) === 'the';
  const preposition = word(ctx, the ? i - 2 : i - 1);
  if (word(ctx, i) === 'fall' || !/^(in|during|by|over|until|through|throughout|before|after)$/.test(preposition)) return null;
  if (describesNext(ctx, i)) return null;
  const a = the ? i - 1 : i;
  if (an.y === null || an.m === null) return { a, b: i + 1, kind: 'date', value: `XXXX-${season}`, rule: 'date.season-nearest', complete: true };
  const order = { SP: 1, SU: 2, FA: 3, WI: 4 }[season]!;
  const cur = seasonOf(an.m).order;
  // ("scheduled before summer", "not implemented until autumn": a deadline looks ahead whatever the verb's tense)
  const tense = /^(by|until|before)$/.test(preposition) ? 'future' : ctx.tense;
  const y = tense === 'future' ? (order < cur ? an.y + 1 : an.y) : tense === 'past' && order > cur ? an.y - 1 : an.y;
  return { a, b: i + 1, kind: 'date', value: `${y}-${season}`, rule: 'date.season-nearest', complete: true };
}

/** A season's name before a noun it describes: "winter wheat", "spring plantings" (not "the summer months"). */
function describesNext(ctx: Ctx, i: number): boolean {
  const next = ctx.doc.tokens[i + 1];
  return i + 1 < ctx.last && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ') && next.lower !== 'months';
}

/** A part of "the day" is dated as "the day" is (the last day named, when that is past). */
function partOfRule(ctx: Ctx, inner: DateMatch): string {
  return inner.rule === 'date.the-unit' && word(ctx, inner.b - 1) === 'day' ? 'date.part-of-day' : 'date.part-of';
}

function theUnit(ctx: Ctx, i: number): DateMatch | null {
  const an = ctx.anchor;
  if (an.y === null) return null;
  const u = word(ctx, i + 1);
  // ("the start of the day", "late in the day": the day of the report)
  const value = u === 'year' ? String(an.y) : u === 'month' && an.m ? `${an.y}-${pad(an.m)}` : u === 'day' && an.m && an.d ? ymd(an.y, an.m, an.d) : null;
  return value ? { a: i, b: i + 2, kind: 'date', value, rule: 'date.the-unit', complete: true } : null;
}

/** The longest match of the rules at token i. */
function bestAt(ctx: Ctx, i: number, rules: readonly Rule[] = INNER_RULES): DateMatch | null {
  let best: DateMatch | null = null;
  for (const rule of rules) {
    const m = rule(ctx, i);
    if (m && m.b > i && (!best || m.b - m.a > best.b - best.a)) best = m;
  }
  return best;
}

type Rule = (ctx: Ctx, i: number) => DateMatch | null;
const RULES: Rule[] = [calendarDate, numericDate, quarter, relative, deictic, weekdayExpr, yearExpr, setExpr, timeExpr, durationExpr, holiday, phrases];
/** The expressions "the end of ..." can hold (phrases() itself excepted). */
const INNER_RULES: Rule[] = RULES.filter((r) => r !== phrases);
const NUMBER_RULES: Rule[] = [calendarDate, numericDate, yearExpr, timeExpr, durationExpr];

/** Words that can start a temporal expression; other tokens are skipped without trying the rules. */
const STARTERS = new Set([
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(SEASONS), ...Object.keys(NUMBER_WORDS.units), ...Object.keys(NUMBER_WORDS.tens),
  ...Object.keys(NUMBER_WORDS.ordinals), 'the', 'a', 'an', 'this', 'last', 'next', 'past', 'previous', 'coming', 'current', 'following', 'early', 'late', 'mid',
  'earlier', 'later', 'fiscal', 'today', 'tonight', 'yesterday', 'tomorrow', 'now', 'currently', 'presently', 'recently', 'lately', 'recent', 'more', 'in',
  'future', 'every', 'each', 'per', 'annually', 'yearly', 'monthly', 'weekly', 'daily', 'hourly', 'quarterly', 'several', 'few', 'many', 'almost',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'single', 'annual', 'years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'over', 'nearly', 'about', 'around', 'roughly', 'approximately', 'some', 'under', 'up', 'at', 'less',
  'morning', 'afternoon', 'evening',
]);

const WEAK = new Set(['the', 'a', 'an', 'in', 'more']);
/** "mid-October", "early-March", "mid-May": a month and its part, written as one token. */
const MONTH_PART = /^(mid|early|late)-[a-z]{3,}$/;
/** Words after "the" that can start "the end of this year", "the same day", "the near term" ... */
const THE_FOLLOWERS = new Set(['end', 'beginning', 'start', 'middle', 'same', 'day', 'weekend', 'near', 'long', 'short']);

function mayStart(ctx: Ctx, i: number): boolean {
  const t = ctx.doc.tokens[i];
  if (t.type === 'number' || t.type === 'ordinal' || t.type === 'decade') return true;
  if (t.type !== 'word') return t.lower === "'";
  const w = t.lower;
  // Frequent words start an expression only before a word that could continue one.
  if (w === 'the' || w === 'a' || w === 'an' || w === 'in' || w === 'more') {
    const n = ctx.doc.tokens[i + 1];
    return !!n && i + 1 < ctx.last && (n.type !== 'word' || (STARTERS.has(n.lower) && !WEAK.has(n.lower)) || THE_FOLLOWERS.has(n.lower) || TIME_UNITS[n.lower] !== undefined || /\d/.test(n.lower));
  }
  return STARTERS.has(w) || /\d/.test(w) || (t.cap && HOLIDAY_FIRST.has(w)) || MONTH_PART.test(w);
}

/** The match from token a on. (Every field written once, in a new object: a spread then `a` stores into it.) */
function startingAt(m: DateMatch, a: number): DateMatch {
  return { a, b: m.b, kind: m.kind, value: m.value, mod: m.mod, rule: m.rule, rangeStart: m.rangeStart, rangeEnd: m.rangeEnd, complete: m.complete };
}

/** Finds every temporal expression in one sentence, longest match first at each token. */
function matchSentence(ctx: Ctx, first: number): DateMatch[] {
  const out: DateMatch[] = [];
  let i = first;
  while (i < ctx.last) {
    if (!mayStart(ctx, i)) {
      i++;
      continue;
    }
    ctx.at = i;
    // Digits can only start calendar dates, years, clock times and durations.
    let best = bestAt(ctx, i, ctx.doc.tokens[i].type === 'number' ? NUMBER_RULES : RULES);
    if (best) {
      // A match may reach back over a determiner ("the 1990s"); never over an earlier match. (A new match,
      // not a store into best.a: see ranges.)
      if (out.length && best.a < out[out.length - 1].b) best = startingAt(best, out[out.length - 1].b);
      out.push(best);
      i = best.b;
    } else i++;
  }
  return out;
}

/**
 * "From September 26 to 9", "between 2001 and 2005", "from 2009 to 2011": the ranges among a sentence's matches;
 * `consumed` receives the matches that are only a part of one. (They are
 * not marked by a store into their start: V8 takes an object field never stored into after its creation as
 * constant, and the first such store anywhere in a run, a rare event in news, throws away every optimised
 * function that reads that field from any object of the same layout, entity pieces included: 23 functions at
 * once on one Reuters article.)
 */
function ranges(ctx: Ctx, matches: DateMatch[], first: number, consumed: Set<DateMatch>): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const opener = word(ctx, m.a - 1);
    // "2019–2021": two years joined by a dash, with no "from".
    const dash = ctx.doc.tokens[m.b];
    const next = matches[k + 1];
    if (opener !== 'from' && m.rule === 'date.year' && /^[-–]$/.test(dash?.lower ?? '') && next?.a === m.b + 1 && next.rule === 'date.year' && dash.start === ctx.doc.tokens[m.b - 1].end && dash.end === ctx.doc.tokens[next.a].start && +next.value > +m.value) {
      out.push({ a: m.a, b: next.b, kind: 'range', value: rangeDuration(m.value, next.value)!, rule: 'range.years', rangeStart: m.value, rangeEnd: next.value, complete: true });
      continue;
    }
    if ((opener !== 'from' && opener !== 'between') || m.a - 1 < first) continue;
    const joiner = word(ctx, m.b);
    if (!(opener === 'from' ? /^(to|until|till|through|-|–)$/.test(joiner) : joiner === 'and')) continue;
    let end: DateMatch | null = matches[k + 1] && matches[k + 1].a === m.b + 1 ? matches[k + 1] : null;
    let ellipticalDay: number | null = null;
    if (!end && /^\d{4}-\d{2}-\d{2}$|^XXXX-\d{2}-\d{2}$/.test(m.value)) {
      ellipticalDay = dayAt(ctx, m.b + 1);
      if (ellipticalDay === null) continue;
    } else if (!end) continue;
    const b = end ? end.b : m.b + 2;
    // "runs from June to December", "from November to February": an end without a year of its own is the
    // first such month or day after the start (each end alone may have been pointed another way by tense).
    if (end && /^\d{4}-\d{2}/.test(m.value) && /^\d{4}-\d{2}/.test(end.value) && !yearWritten(ctx, end)) {
      if (end.rule === 'date.weekday' && m.rule === 'date.weekday') {
        // "ran from Saturday to Thursday": the Saturday before that Thursday; "runs from Sunday to Thursday":
        // the first Thursday after that Sunday.
        const days = (v: string) => toDays(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10));
        const s0 = days(m.value);
        const e0 = days(end.value);
        ctx.at = m.a;
        if (e0 < s0 && ctx.tense === 'past') {
          const r = fromDays(s0 - 7 * Math.ceil((s0 - e0) / 7));
          m.value = ymd(r.y, r.m, r.d) + m.value.slice(10);
        } else if (e0 < s0) {
          const r = fromDays(e0 + 7 * Math.ceil((s0 - e0) / 7));
          end.value = ymd(r.y, r.m, r.d) + end.value.slice(10);
        }
      } else if (end.rule.startsWith('date.month')) {
        const y = +m.value.slice(0, 4) + (end.value.slice(4) < m.value.slice(4) ? 1 : 0);
        end.value = pad(y, 4) + end.value.slice(4);
      }
    }
    // "between September and October of 2007", "from March 3 to May 5, 1987": the year written after the end is the
    // start's too (the year before, when the start's month comes later in the year).
    if (end && /^\d{4}-\d{2}/.test(m.value) && /^\d{4}-\d{2}/.test(end.value) && yearWritten(ctx, end) && !yearWritten(ctx, m) && !yearSaid(ctx, m)) {
      const y = +end.value.slice(0, 4) - (m.value.slice(4) > end.value.slice(4) ? 1 : 0);
      m.value = pad(y, 4) + m.value.slice(4);
    }
    const startValue = m.value;
    const endValue = end ? end.value : m.value.slice(0, 8) + pad(ellipticalDay!);
    const span = { a: m.a - 1, b };
    const r: DateMatch = { ...span, kind: 'range', value: rangeDuration(startValue, endValue) ?? startValue, rule: 'range.from-to', rangeStart: startValue, rangeEnd: endValue, complete: true };
    out.push(r);
    // Both ends complete ("from 2009 to 2011"): they stay records of their own, as TimeML annotates them.
    if (!end || !end.complete) {
      consumed.add(m);
      if (end) consumed.add(end);
    }
  }
  return out;
}

/** Whether the expression says its year in words ("August this year", "May next year"). */
function yearSaid(ctx: Ctx, m: DateMatch): boolean {
  for (let k = m.a; k < m.b; k++) if (ctx.doc.tokens[k].lower === 'year') return true;
  return false;
}

/** Whether the expression writes its year ("June 1987", "'87"), rather than taking it from the anchor. */
function yearWritten(ctx: Ctx, m: DateMatch): boolean {
  for (let k = m.a; k < m.b; k++) if (/^(\d{4}|'\d\d)$/.test(ctx.doc.tokens[k].lower)) return true;
  return false;
}

/** Duration between two values of the same granularity (P2Y for 2009..2011), or null. */
function rangeDuration(s: string, e: string): string | null {
  let m1 = /^(\d{4})$/.exec(s);
  let m2 = /^(\d{4})$/.exec(e);
  if (m1 && m2) return +m2[1] > +m1[1] ? `P${+m2[1] - +m1[1]}Y` : null;
  m1 = /^(\d{4})-(\d{2})$/.exec(s);
  m2 = /^(\d{4})-(\d{2})$/.exec(e);
  if (m1 && m2) {
    const n = (+m2[1] - +m1[1]) * 12 + (+m2[2] - +m1[2]);
    return n > 0 ? `P${n}M` : null;
  }
  const d1 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e);
  if (d1 && d2) {
    const n = toDays(+d2[1], +d2[2], +d2[3]) - toDays(+d1[1], +d1[2], +d1[3]);
    return n > 0 ? `P${n}D` : null;
  }
  return null;
}

/** Ordered comparison of two values of the same shape; null when they cannot be compared. */
function endsBeforeStart(s: string, e: string): boolean {
  if (s.length !== e.length || !/^[0-9X]{4}(-\d{2}){0,2}$/.test(s) || !/^[0-9X]{4}(-\d{2}){0,2}$/.test(e)) return false;
  if (s.slice(0, 4) !== e.slice(0, 4) && (s.startsWith('X') || e.startsWith('X'))) return false;
  return e < s;
}

export interface DateOptions {
  referenceDate?: string | null;
}

export function recogniseDates(doc: Doc, options: DateOptions = {}): void {
  const anchor = resolveAnchor(doc.article, options.referenceDate);
  const rows: DateRow[] = [];
  const ctx = new SentenceCtx(doc, anchor);
  // "the same day" is the last day the article named. So is "the day" ("On Friday, the Dow fell ... to end the
  // day at 7,114") when that day was named by its date or weekday and is past; after "yesterday", "tomorrow" or a
  // day to come, wire copy's "the day" is the day it reports ("near the day's highs").
  let lastDay: string | null = null;
  let lastDayPast = false;
  const anchorDay = anchor.y !== null && anchor.m !== null && anchor.d !== null ? ymd(anchor.y, anchor.m, anchor.d) : null;
  for (const s of doc.sentences) {
    ctx.moveTo(s);
    const matches = matchSentence(ctx, s.first);
    if (matches.length === 0) continue;
    const consumed = new Set<DateMatch>();
    // (the date named last in this sentence, for "the same month/quarter/period last year")
    let previous: DateMatch | null = null;
    const rs = ranges(ctx, matches, s.first, consumed);
    const all = [...matches.filter((m) => !consumed.has(m)), ...rs].sort((x, y) => x.a - y.a || y.b - x.b);
    for (const m of all) {
      if (m.rule === 'date.the-day' || m.rule === 'date.part-of-day') {
        const same = word(ctx, m.a + 1) === 'same';
        if (lastDay && (same || lastDayPast)) m.value = lastDay;
      } else if (m.rule === 'time.trading-session') {
        // ("said on Tuesday ... rose in morning trading": the session of the day reported)
        if (lastDay && lastDayPast) m.value = lastDay + m.value.slice(10);
      } else if (word(ctx, m.a) === 'the' && word(ctx, m.a + 1) === 'same' && /^\d{4}$/.test(m.value)) {
        // "sales in February rose from the same period last year": that month or quarter a year before, when the
        // date named last in the sentence is that month or quarter (not "between January and February 24", not
        // "in the first two months of this year").
        const unit = word(ctx, m.a + 2);
        const last = previous?.kind === 'date' ? previous.value : '';
        const fits = unit === 'month' ? /^\d{4}-\d{2}$/.test(last) : unit === 'quarter' ? /^\d{4}-Q[1-4]$/.test(last) : unit === 'period' && /^\d{4}-(\d{2}|Q[1-4])$/.test(last);
        if (fits && Number(last.slice(0, 4)) === Number(m.value) + 1) m.value = m.value + last.slice(4);
      } else if ((m.kind === 'date' || m.kind === 'time') && /^\d{4}-\d{2}-\d{2}(T|$)/.test(m.value)) {
        lastDay = m.value.slice(0, 10);
        lastDayPast = (m.rule === 'date.weekday' || m.rule === 'date.month-day') && anchorDay !== null && lastDay < anchorDay;
      }
      previous = m;
    }
    // "on Tuesday ... at 18:00 UTC", "at 16:15 UTC, June 1st": a clock time takes the day named with it.
    const day = all.find((m) => m.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value));
    if (day) for (const m of all) if (m.rule === 'time.clock' && /^\d{4}-\d{2}-\d{2}T/.test(m.value)) m.value = day.value + m.value.slice(10);
    for (const m of all) {
      const start = doc.tokens[m.a].start;
      let end = doc.tokens[m.b - 1].end;
      // "in January." — wink keeps the full stop on a sentence-final month; it is not part of the expression.
      const lastText = doc.text.slice(doc.tokens[m.b - 1].start, end);
      if (lastText.length > 4 && lastText.endsWith('.') && MONTHS[lastText.slice(0, -1).toLowerCase()]) end -= 1;
      // The publication date line under the headline is metadata (TimeML's document creation time).
      const ct = doc.article.creationTime;
      if (ct && start >= ct.start && end <= ct.end) continue;
      const id = `${doc.article.id}#d${rows.length + 1}`;
      const warnings: Message[] = [];
      if (m.kind === 'range' && m.rangeStart && m.rangeEnd && endsBeforeStart(m.rangeStart, m.rangeEnd)) {
        warnings.push(doc.warn('date.range-ends-before-start', `date range ends (${m.rangeEnd}) before it starts (${m.rangeStart})`, { start, end }, id));
      }
      rows.push({
        articleId: doc.article.id,
        id,
        start,
        end,
        text: doc.text.slice(start, end),
        kind: m.kind,
        value: m.value,
        mod: m.mod ?? null,
        rangeStart: m.rangeStart ?? null,
        rangeEnd: m.rangeEnd ?? null,
        anchor: anchor.kind === 'none' ? null : `${anchor.kind}:${anchor.value}`,
        rule: m.rule,
        warnings,
      });
    }
  }
  doc.dates = rows;
  doc.anchor = { kind: anchor.kind, value: anchor.value };
  const ct = doc.article.creationTime;
  if (anchor.kind === 'creationTime' && ct) {
    doc.warn('date.anchor-creation-time', `publishedAt ${doc.article.publishedAt} names another day than the article's date line "${ct.text}"; relative dates resolved against the date line`, ct);
  }
}
