// Trying the rules at each token: which tokens may start a date, and the longest match at a token.
import { MONTHS, SEASONS, TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { type Ctx, type DateMatch, MONTH_PART } from './context.js';
import { calendarDate, holiday, HOLIDAY_FIRST, numericDate, yearExpr } from './calendar-date.js';
import { deictic, relative, weekdayExpr } from './deictic.js';
import { quarter } from './quarter.js';
import { durationExpr, setExpr } from './duration.js';
import { timeExpr } from './time.js';
import { phrases } from './phrases.js';

/** The longest match of the rules at token i. */
export function bestAt(ctx: Ctx, i: number, rules: readonly Rule[] = INNER_RULES): DateMatch | null {
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
  // ("by year-end", "at year end 1986")
  if (w === 'year') return /^(-|end)$/.test(ctx.doc.tokens[i + 1]?.lower ?? '');
  return STARTERS.has(w) || /\d/.test(w) || (t.cap && HOLIDAY_FIRST.has(w)) || MONTH_PART.test(w);
}

/** The match from token a on. (Every field written once, in a new object: a spread then `a` stores into it.) */
function startingAt(m: DateMatch, a: number): DateMatch {
  return { a, b: m.b, kind: m.kind, value: m.value, mod: m.mod, rule: m.rule, rangeStart: m.rangeStart, rangeEnd: m.rangeEnd, complete: m.complete };
}

/** Finds every temporal expression in one sentence, longest match first at each token. */
export function matchSentence(ctx: Ctx, first: number): DateMatch[] {
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
