// publishedAt as the input wrote it, made ISO 8601 without depending on the machine's time zone.
//
// JavaScript's Date reads "February 3, 2009" or "03-02-2009" as local midnight, so toISOString() gave
// 2009-02-02 on a machine east of Greenwich: the same input made different output on different machines.
// Here a date is kept as the day it names, a time without a zone as the clock time it names, and a time with
// a zone at that zone's offset. "03-02-2009" is 3 February or 2 March; the date line the article prints
// under its headline decides when it matches one reading, else the US reading (as Date) with a warning.

export interface PublishedDate {
  value: string | null;
  /** Why the value is missing or a guess (an ingest warning). */
  warning?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const ZONES: Record<string, number> = { Z: 0, UT: 0, UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };
// A zone at the end: "GMT", "Z", "+0100", "-05:00", "GMT+0100".
const ZONE_AT_END = /(?:\b(UTC|UT|GMT|Z|[ECMP][SD]T)\b)?\s*(?:([+-])(\d{2}):?(\d{2}))?\s*(?:\([^)]*\))?\s*$/;

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * @param raw publishedAt as given
 * @param statedDate the YYYY-MM-DD date line printed under the headline, if any (decides day-month order)
 */
export function normalisePublishedAt(raw: string, statedDate: string | null): PublishedDate {
  const s = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return { value: s };
  const ymdSlash = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (ymdSlash && validDay(+ymdSlash[1], +ymdSlash[2], +ymdSlash[3])) return { value: `${ymdSlash[1]}-${pad(+ymdSlash[2])}-${pad(+ymdSlash[3])}` };
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (numeric) return dayMonthOrder(+numeric[1], +numeric[2], +numeric[3], raw, statedDate);
  const t = Date.parse(s);
  if (Number.isNaN(t)) return { value: null, warning: `publishedAt "${raw.slice(0, 40)}" is not a date; ignored` };
  const local = new Date(t);
  const day = `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  if (!/\d{1,2}:\d{2}/.test(s)) return { value: day };
  const z = ZONE_AT_END.exec(s);
  if (!z || (!z[1] && !z[2])) return { value: `${day}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}` };
  const offset = (z[1] ? ZONES[z[1]] : 0) + (z[2] ? (z[2] === '-' ? -1 : 1) * (+z[3] * 60 + +z[4]) : 0);
  const at = new Date(t + offset * 60_000);
  const clock = at.toISOString().slice(0, 19);
  return { value: offset === 0 ? `${clock}Z` : `${clock}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}` };
}

function dayMonthOrder(a: number, b: number, y: number, raw: string, statedDate: string | null): PublishedDate {
  const us = validDay(y, a, b) ? `${y}-${pad(a)}-${pad(b)}` : null; // month first
  const eu = validDay(y, b, a) ? `${y}-${pad(b)}-${pad(a)}` : null; // day first
  if (!us && !eu) return { value: null, warning: `publishedAt "${raw.slice(0, 40)}" is not a date; ignored` };
  if (!us || !eu || us === eu) return { value: (us ?? eu)! };
  if (statedDate === eu || statedDate === us) return { value: statedDate };
  return { value: us, warning: `publishedAt "${raw}" could be ${us} or ${eu}; read month first` };
}
