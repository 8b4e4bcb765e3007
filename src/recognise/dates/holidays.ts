// The day a holiday falls on in a given year (lexicons/calendar.json names them).
import type { Holiday } from '../../analyse/calendar.js';
import { fromDays, toDays, weekday } from './anchor.js';

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { m: month, d: day };
}

/** Month and day of the holiday in year y. */
export function holidayDate(h: Holiday, y: number): { m: number; d: number } {
  if (h.easter !== undefined) {
    const e = easterSunday(y);
    const t = fromDays(toDays(y, e.m, e.d) + h.easter);
    return { m: t.m, d: t.d };
  }
  const m = h.month!;
  if (h.day !== undefined) return { m, d: h.day };
  // The n-th given weekday of the month; n = -1 the last.
  const days = fromDays(toDays(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).d;
  const matching: number[] = [];
  for (let d = 1; d <= days; d++) if (weekday(y, m, d) === h.weekday) matching.push(d);
  return { m, d: h.n! > 0 ? matching[h.n! - 1] : matching[matching.length - 1] };
}
