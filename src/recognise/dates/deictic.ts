// Dates said against the report's date: weekdays ("on Tuesday"), "today", "yesterday", "last month",
// "next year".
import type { Doc } from '../../analyse/doc.js';
import { MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import { hyphenAt } from '../../analyse/numbers.js';
import { fromDays, isoWeek, pad, seasonOf, toDays, weekday, ymd } from './anchor.js';
import { type Ctx, type DateMatch, DIRECTIONS, type Kind, MODS, shiftMonth, word } from './context.js';
import { durationValue } from './duration.js';

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
export function weekdayExpr(ctx: Ctx, i: number): DateMatch | null {
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
    // ("the meeting last Thursday and could continue ...", "next Monday": the word before says which way, whatever
    // the sentence's tense; neither is the report's own day)
    const way = before?.lower === 'last' ? 'last' : before?.lower === 'next' ? 'next' : ctx.tense === 'future' ? 'future' : 'past';
    if (way === 'next') {
      if (delta <= 0) delta += 7;
    } else if (way === 'last') {
      if (delta >= 0) delta -= 7;
    } else if (way === 'future') {
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
export function deictic(ctx: Ctx, i: number): DateMatch | null {
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
      // "recent years", "recent months": a leading "in" stays outside, as TimeML and MEANTIME mark it, but not the
      // "In" of a sentence's fronted phrase, which the seed article's gold marks whole ("In recent years, ...")
      const u = word(ctx, i + 1);
      // "the recent economic downturn", "recent losses": an unspecified past (TimeML PAST_REF); not "most recent".
      if (!/^(years|months|weeks|days|decades|times)$/.test(u)) {
        const next = ctx.doc.tokens[i + 1];
        if (/^(most|more|less)$/.test(word(ctx, i - 1)) || !next || i + 1 >= ctx.last || !/^(NOUN|ADJ)$/.test(next.pos)) return null;
        return { a: i, b: i + 1, kind: 'date', value: 'PAST_REF', rule: 'date.past-ref', complete: true };
      }
      const a = word(ctx, i - 1) === 'in' && i - 1 === ctx.doc.sentences[ctx.doc.tokens[i].sent].first ? i - 1 : i;
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
export function relative(ctx: Ctx, i: number): DateMatch | null {
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
