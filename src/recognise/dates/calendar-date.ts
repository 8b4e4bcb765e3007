// Dates written on the calendar: "March 5, 2024", "5-7 June 2024", "12/03/2024", "1986", "the 1990s", and
// holidays ("Christmas Eve 2023").
import { HISTORIC_DAYS, HOLIDAYS, MONTHS, WEEKDAYS } from '../../analyse/calendar.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { pad, validDay, yearStr, ymd } from './anchor.js';
import { holidayDate } from './holidays.js';
import { type Ctx, type DateMatch, dayAt, dayInWords, dayRangeAt, MODS, MONTH_PART, monthAt, monthDayRange, text, word, YEAR_PERIOD, yearAt, yearFor } from './context.js';
import { clockRangeStart, clockZoneAt } from './time.js';

// ---------------------------------------------------------------- rules

/** First words of holiday names ("christmas", "new", "good"): they start one only when capitalised. */
export const HOLIDAY_FIRST = new Set(Object.keys(HOLIDAYS).map((k) => k.split(' ')[0]));
/** Words in the longest holiday name ("martin luther king jr. day"). */
const HOLIDAY_WORDS = Math.max(...Object.keys(HOLIDAYS).map((k) => k.split(' ').length));
const HOLIDAY_BEFORE = /^(on|at|before|after|since|until|till|by|over|around|during|through|from|to|for|last|next|this|of)$/;

/**
 * "on Christmas Eve", "after Easter", "Thanksgiving 1986", "New Year's Day": the holiday in the year the tense
 * points to. A one-word name needs a preposition before it or a year after it, and no noun it modifies after
 * it ("Christmas sales", "Easter Island" name no day).
 */
export function holiday(ctx: Ctx, i: number): DateMatch | null {
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
export function calendarDate(ctx: Ctx, i: number): DateMatch | null {
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
    // "from 3 to 5 September": the same, written with "to" (the month after the second day makes it one range)
    const first = /^(to|until|through)$/.test(word(ctx, k + 1)) ? dayAt(ctx, k) : null;
    const last = first ? dayAt(ctx, k + 2) : null;
    const toMonth = last && last > first! ? monthAt(ctx, k + 3) : null;
    if (toMonth) return monthDayRange(ctx, i, k + 4, toMonth, first!, last!);
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
  if (y === null && d) y = historicYear(ctx, m, d, j);
  if (y === null) y = yearFor(ctx, m, d);
  const value = d ? ymd(y, m, d) : `${yearStr(y)}-${pad(m)}`;
  // "in late March", "early June 2004": the part of the month, as "mid-March" (one token) is read.
  if (!d && a === i && /^(early|mid|late)$/.test(word(ctx, i - 1))) return { a: i - 1, b: j, kind: 'date', value, mod: MODS[word(ctx, i - 1)], rule: 'date.month', complete: true };
  return { a, b: j, kind: 'date', value, rule: d ? 'date.month-day' : 'date.month', complete: true };
}

/** The year of a historic day m-d the words from token j on name ("September 11 attacks": 2001), else null. */
function historicYear(ctx: Ctx, m: number, d: number, j: number): number | null {
  const h = HISTORIC_DAYS[`${m}-${d}`];
  if (!h) return null;
  // (past an ordinal's suffix written apart: "September 11 th attacks")
  if (word(ctx, j) === 'th') j++;
  const next = (n: number) => Array.from({ length: n }, (_, k) => word(ctx, j + k)).join(' ');
  return h.after.some((w) => next(w.split(' ').length) === w) ? h.year : null;
}

/** 2013-03-22, 3/22/2013, 7/8/07 (month first, as written in American English), 14/05/2023, 12.05.2023, 2023/05/14. */
export function numericDate(ctx: Ctx, i: number): DateMatch | null {
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

/** 2014, "fiscal 1987", "mid-2011", "end-2027", the 1990s, '82. */
export function yearExpr(ctx: Ctx, i: number): DateMatch | null {
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
