// The date that relative expressions resolve against, and calendar arithmetic on TimeML values.
import type { Article } from '../../ingest/article.js';
import type { AnchorKind } from '../../schema/records.js';

export interface Anchor {
  kind: AnchorKind;
  /** null when the year is unknown (a dateline "September 9" without a year). */
  y: number | null;
  m: number | null;
  d: number | null;
  value: string | null;
}

/**
 * Both layouts of an anchor, made once at load. V8 lays an object's fields out for the values it has seen: were
 * the first anchor without a date (null where every earlier one held a number) to come late in a run, as it
 * did on one Reuters article, V8 would throw away every optimised function that reads an anchor and compile
 * them again. Seen at load, the fields hold either from the start.
 */
export const ANCHOR_LAYOUTS: readonly Anchor[] = [
  { kind: 'none', y: null, m: null, d: null, value: null },
  { kind: 'reference', y: 1970, m: 1, d: 1, value: '1970-01-01' },
];

export function resolveAnchor(article: Article, referenceDate?: string | null): Anchor {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/;
  const p = article.publishedAt ? iso.exec(article.publishedAt) : null;
  // "today", "last month" mean the day the article says it is: the date line under its headline, when the
  // feed's publishedAt names another day (a later revision, a time zone away, a misread day-month order).
  const ct = article.creationTime ? iso.exec(article.creationTime.value) : null;
  if (p && ct && ct[0] !== p[0]) return { kind: 'creationTime', y: +ct[1], m: +ct[2], d: +ct[3], value: ct[0] };
  if (p) return { kind: 'publishedAt', y: +p[1], m: +p[2], d: +p[3], value: p[0] };
  const dl = article.dateline?.value;
  if (dl) {
    const m = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/.exec(dl);
    const ref = referenceDate ? iso.exec(referenceDate) : null;
    if (m && m[1] !== 'XXXX') return { kind: 'dateline', y: +m[1], m: +m[2], d: +m[3], value: dl };
    if (m && ref) {
      // The dateline gives month and day; --reference-date supplies the year (the closest one before it).
      let y = +ref[1];
      if (+m[2] > +ref[2] || (+m[2] === +ref[2] && +m[3] > +ref[3])) y -= 1;
      const value = `${y}-${m[2]}-${m[3]}`;
      return { kind: 'dateline', y, m: +m[2], d: +m[3], value };
    }
    if (m) return { kind: 'dateline', y: null, m: +m[2], d: +m[3], value: dl };
  }
  const r = referenceDate ? iso.exec(referenceDate) : null;
  if (r) return { kind: 'reference', y: +r[1], m: +r[2], d: +r[3], value: r[0] };
  return { kind: 'none', y: null, m: null, d: null, value: null };
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const yearStr = (y: number | null) => (y === null ? 'XXXX' : pad(y, 4));

export function ymd(y: number | null, m: number, d: number): string {
  return `${yearStr(y)}-${pad(m)}-${pad(d)}`;
}

/** Days from 1970-01-01 (UTC) for calendar arithmetic. */
export function toDays(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}

export function fromDays(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** The ISO day `n` days from the ISO day `day` ("the day before" a day the sentence names). */
export function dayFrom(day: string, n: number): string {
  const r = fromDays(toDays(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10)) + n);
  return ymd(r.y, r.m, r.d);
}

/** ISO weekday 1 (Monday) .. 7 (Sunday). */
export function weekday(y: number, m: number, d: number): number {
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: "2013-W11". */
export function isoWeek(y: number, m: number, d: number): string {
  const days = toDays(y, m, d);
  const wd = weekday(y, m, d);
  const thursday = fromDays(days - wd + 4);
  const jan1 = toDays(thursday.y, 1, 1);
  const week = Math.floor((toDays(thursday.y, thursday.m, thursday.d) - jan1) / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}

export function validDay(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const max = new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();
  return d <= max;
}

/** Season of a month as TimeML codes (northern hemisphere). */
export function seasonOf(m: number): { code: string; order: number } {
  if (m >= 3 && m <= 5) return { code: 'SP', order: 1 };
  if (m >= 6 && m <= 8) return { code: 'SU', order: 2 };
  if (m >= 9 && m <= 11) return { code: 'FA', order: 3 };
  return { code: 'WI', order: 4 };
}
