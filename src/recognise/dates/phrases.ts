// Phrases built on another date: "the same period last year", "the summer of 1986", "early June".
import { SEASONS } from '../../analyse/calendar.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { dayFrom, isoWeek, pad, seasonOf, ymd } from './anchor.js';
import { type Ctx, type DateMatch, MODS, word, yearAt } from './context.js';
import { durationValue, unitCode } from './duration.js';
import { bestAt } from './match.js';

/** "the day", "the same day", "the weekend", "Autumn", "for decades", "over the years", "annual", "the near term". */
export function phrases(ctx: Ctx, i: number): DateMatch | null {
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
      // "the day before", "the day after": a day from the day the sentence is about (see index.ts)
      // (not before what the day is before or after: "the day after each auction", "the day after it announced")
      const next = ctx.doc.tokens[i + 3];
      if (n1 === 'day' && /^(before|after)$/.test(n2) && (!next || next.sent !== ctx.doc.tokens[i].sent || /^(PUNCT|CCONJ|AUX|VERB|ADV)$/.test(next.pos)) && next?.lower !== 'yesterday') {
        const value = known ? dayFrom(ymd(an.y, an.m!, an.d!), n2 === 'before' ? -1 : 1) : 'XXXX-XX-XX';
        return { a: i, b: i + 3, kind: 'date', value, rule: n2 === 'before' ? 'date.the-day-before' : 'date.the-day-after', complete: true };
      }
      return { a: i, b: i + (n1 === 'day' ? 2 : 3), kind: 'date', value: known ? ymd(an.y, an.m!, an.d!) : 'XXXX-XX-XX', rule: 'date.the-day', complete: true };
    }
    // "earlier in the week", "the rest of the week": the week of the report (not "the week before", "the week's gains")
    const p1 = word(ctx, i - 1);
    const p2 = word(ctx, i - 2);
    if (n1 === 'week' && known && ((p1 === 'in' && /^(earlier|later)$/.test(p2)) || (p1 === 'of' && /^(rest|remainder)$/.test(p2)))) {
      return { a: i, b: i + 2, kind: 'date', value: isoWeek(an.y!, an.m!, an.d!), rule: 'date.the-week', complete: true };
    }
    if (n1 === 'weekend' && known) {
      return { a: i, b: i + 2, kind: 'date', value: isoWeek(an.y!, an.m!, an.d!) + '-WE', rule: 'date.the-weekend', complete: true };
    }
    if ((n1 === 'near' || n1 === 'long' || n1 === 'short') && n2 === 'term') return { a: i, b: i + 3, kind: 'date', value: 'FUTURE_REF', rule: 'date.term', complete: true };
    // "the end of this year", "the beginning of the year": the inner date, with its part as mod.
    if (/^(end|beginning|start|middle)$/.test(n1) && n2 === 'of') {
      const inner = bestAt(ctx, i + 3) ?? (word(ctx, i + 3) === 'the' && /^(year|month|week|day|quarter|decade)$/.test(word(ctx, i + 4)) ? theUnit(ctx, i + 3) : null);
      if (inner && inner.a === i + 3) return { ...inner, a: i, mod: MODS[n1], rule: partOfRule(ctx, inner) };
    }
    return null;
  }
  // "by year-end", "at year end 1986": the end of the year written after it, else of the report's year, or of the
  // year before in the past tense ("assets were 150 mln dlrs at year-end", in a March report of the year just ended,
  // but "will be delivered at year end", "by year-end"); only after a preposition or before a year, not "year-end
  // results".
  if (w === 'year') {
    const glued = word(ctx, i + 1) === '-' && ctx.doc.tokens[i + 1].start === ctx.doc.tokens[i].end && ctx.doc.tokens[i + 2]?.start === ctx.doc.tokens[i + 1].end;
    const endAt = glued ? i + 2 : i + 1;
    if (word(ctx, endAt) === 'end') {
      const y = yearAt(ctx, endAt + 1);
      const after = /^(by|at|before|until|till|through|after|since|around|toward|towards|from|to)$/.test(word(ctx, i - 1));
      if (y !== null) return { a: i, b: endAt + 2, kind: 'date', value: String(y), mod: 'END', rule: 'date.year-end', complete: true };
      // (a deadline looks ahead whatever the verb's tense: "forecast inflation at 4.5 pct by year-end")
      const past = ctx.tense === 'past' && an.m !== 12 && !/^(by|before|until|till|toward|towards)$/.test(word(ctx, i - 1));
      if (after && an.y !== null && !(ctx.doc.tokens[endAt + 1]?.pos === 'NOUN')) return { a: i, b: endAt + 1, kind: 'date', value: String(past ? an.y - 1 : an.y), mod: 'END', rule: 'date.year-end', complete: true };
    }
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
  // ("by the end of the decade": the report's decade, as TimeML writes it, "202")
  const value = u === 'year' ? String(an.y) : u === 'decade' ? String(an.y).slice(0, 3) : u === 'month' && an.m ? `${an.y}-${pad(an.m)}` : u === 'day' && an.m && an.d ? ymd(an.y, an.m, an.d) : null;
  return value ? { a: i, b: i + 2, kind: 'date', value, rule: 'date.the-unit', complete: true } : null;
}
