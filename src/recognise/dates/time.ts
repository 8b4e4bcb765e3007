// Times of day: "10:30 GMT", "3 p.m. local time", "Tuesday morning".
import { PARTS_OF_DAY } from '../../analyse/calendar.js';
import { fromDays, pad, toDays, ymd } from './anchor.js';
import { type Ctx, type DateMatch, text, word } from './context.js';

/** 08:30 UTC, 6:40 p.m., 3 p.m., 0800 GMT, "this morning". */
export function timeExpr(ctx: Ctx, i: number): DateMatch | null {
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
export function clockZoneAt(ctx: Ctx, j: number): number {
  const tokens = ctx.doc.tokens;
  if (j >= ctx.last) return 0;
  if (CLOCK_ZONES.test(word(ctx, j))) return 1;
  let k = j;
  if (word(ctx, k) === 'local') k++;
  while (k < ctx.last && k - j < 3 && tokens[k].cap && word(ctx, k) !== 'time') k++;
  return k > j && word(ctx, k) === 'time' ? k + 1 - j : 0;
}

/** "from 1700 to 2100 local time", "between 1700 and 2100 hrs": the first clock time of a range with a zone. */
export function clockRangeStart(ctx: Ctx, i: number): boolean {
  return /^(to|and)$/.test(word(ctx, i + 1)) && /^([01]\d|2[0-3])[0-5]\d$/.test(text(ctx, i + 2)) && clockZoneAt(ctx, i + 3) > 0;
}

export function anchorDay(ctx: Ctx): string {
  const an = ctx.anchor;
  return an.y !== null && an.m !== null && an.d !== null ? ymd(an.y, an.m, an.d) : 'XXXX-XX-XX';
}
