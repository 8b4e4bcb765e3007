// Durations and sets: "three years", "a year ago", "every month".
import { TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import { hyphenAt, NUMBER_WORDS, parseNumber } from '../../analyse/numbers.js';
import { fromDays, isoWeek, pad, toDays, ymd } from './anchor.js';
import { ADVERBS, type Ctx, type DateMatch, shiftMonth, word, YEAR_PERIOD } from './context.js';

export function durationValue(n: number | null, unit: string): string {
  const count = n === null ? 'X' : String(Number.isInteger(n) ? n : +n.toFixed(2));
  if (unit === 'DE') return n === null ? 'PXDE' : `P${(n as number) * 10}Y`;
  if (unit === 'CE') return n === null ? 'PXCE' : `P${(n as number) * 100}Y`;
  if (unit === 'WE') return `P${count}WE`;
  const timeUnit = unit === 'H' || unit === 'S' || unit === 'MIN';
  return timeUnit ? `PT${count}${unit === 'MIN' ? 'M' : unit}` : `P${count}${unit}`;
}

export function unitCode(w: string): string | null {
  const u = TIME_UNITS[w];
  if (!u) return null;
  if (u === 'M' && w.startsWith('minute')) return 'MIN';
  return u;
}

/**
 * "two years", "three-month", "18 months", "12-hour", "almost two and a half years" (parseNumber reads the half),
 * "three years ago", "a year" (set).
 */
export function durationExpr(ctx: Ctx, i: number): DateMatch | null {
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
    // ("about a quarter of the EU's gas": a share, no length of time)
    if (word(ctx, j + 1) === 'quarter' && word(ctx, j + 2) === 'of') return null;
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
export function setExpr(ctx: Ctx, i: number): DateMatch | null {
  const w = word(ctx, i);
  const adv = ADVERBS[w];
  if (adv && ctx.doc.tokens[i].pos === 'ADV') return { a: i, b: i + 1, kind: 'set', value: adv, rule: 'set.adverb', complete: true };
  if (adv && /^(gain|loss|rise|fall|decline|increase|basis)$/.test(word(ctx, i + 1))) return { a: i, b: i + 1, kind: 'set', value: adv, rule: 'set.adjective', complete: true };
  if (w === 'every' || w === 'each' || w === 'per') {
    const u = unitCode(word(ctx, i + 1));
    if (u) return { a: i, b: i + 2, kind: 'set', value: durationValue(1, u), rule: 'set.every-unit', complete: true };
    // "every two years", "every 5 years": a set whose period is the count of units
    const count = word(ctx, i + 1);
    const n = w !== 'every' ? undefined : Object.hasOwn(NUMBER_WORDS.units, count) ? NUMBER_WORDS.units[count] : /^\d{1,3}$/.test(count) ? Number(count) : undefined;
    const nu = n !== undefined && n > 1 ? unitCode(word(ctx, i + 2)) : null;
    if (nu) return { a: i, b: i + 3, kind: 'set', value: durationValue(n!, nu), rule: 'set.every-unit', complete: true };
    const wd = WEEKDAYS[word(ctx, i + 1)];
    if (wd && w === 'every') return { a: i, b: i + 2, kind: 'set', value: `XXXX-WXX-${wd}`, rule: 'set.every-weekday', complete: true };
  }
  return null;
}
