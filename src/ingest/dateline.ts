// A dateline at the start of a wire story: "Urumqi, September 9 (Zhongxin Net) --",
// "LONDON, March 3 (Reuters) -", "Nov 16 (Reuters) -", "WASHINGTON (AP) —", "Moscow, 12 March 2024 (Interfax) -", "NEW DELHI:",
// "SAN JOSE, Calif., Jan. 9, 2024 /PRNewswire/ --", and a place and a date on a line of their own ("Brussels, 12 May 2023").
// It becomes article metadata.
import type { Dateline } from '../schema/records.js';
import { MONTHS } from '../analyse/calendar.js';
import { lexiconList } from '../analyse/lexicon.js';

// Month names as they are written in datelines: "September", "Sept.", "SEPT".
const MONTH_WORDS = Object.keys(MONTHS)
  .filter((m) => !m.endsWith('.'))
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [m[0].toUpperCase() + m.slice(1) + '\\.?', m.toUpperCase() + '\\.?'])
  .join('|');

// "September 9", "Sept. 9, 2023", and day first: "12 March", "12 March 2024"; with an ordinal, as Gulf agencies
// write it: "12th March, 2025".
const DATE = String.raw`(?:(?:${MONTH_WORDS})[ ]+\d{1,2}(?:st|nd|rd|th)?(?:,[ ]*\d{4})?|\d{1,2}(?:st|nd|rd|th)?[ ]+(?:${MONTH_WORDS})(?:,?[ ]+\d{4})?)`;

// place, optional date, optional (source), then a dash (or, after a date and a source, the story's first word).
// Anchored at the start, bounded lengths: linear time.
const DATELINE = new RegExp(
  String.raw`^[ \t]*(?<place>\p{Lu}[\p{L}.'’-]*(?:[ ][\p{Lu}][\p{L}.'’-]*){0,3}(?:,[ ]\p{Lu}[\p{L}.]*(?:[ ][\p{Lu}][\p{L}.]*){0,2})?)` +
    String.raw`(?:,?[ ]+(?<date>${DATE}))?` +
    String.raw`(?:[ ]*(?:\((?<source>[^()\n]{2,40})\)|/(?<wire>[^/\n]{2,40})/))?` +
    String.raw`(?:[ ]*(?:--|—|–|-)[ ]*|(?<=\))[ ]+(?=\p{Lu})|(?<=\d)[ \t]*(?=\r?\n))`,
  'u',
);

// "NEW DELHI:", "KARACHI, March 3:": a place in capitals and a colon, as South Asian papers write it.
const CAPS_DATELINE = new RegExp(String.raw`^[ \t]*(?<place>\p{Lu}{2}[\p{Lu}.'’-]*(?:[ ]\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,[ ]+(?<date>${DATE}))?:[ ]+(?=\p{Lu})`, 'u');

// "Nov 16 (Reuters) -": a date and an agency without a place, as Reuters writes stories from no one city.
const DATE_SOURCE = new RegExp(String.raw`^[ \t]*(?<date>${DATE})[ ]*\((?<source>[^()\n]{2,40})\)[ ]*(?:--|—|–|-)[ ]*`, 'u');

const LABELS = new Set(lexiconList('wire-labels.txt'));

/**
 * The dateline at the start of the story: at the start of the text, or where the body starts under a headline
 * (and a date line or byline) when the text begins with those: "Egypt and Saudi Arabia sign deals\n\nCAIRO,
 * April 9 (Reuters) - ...".
 */
export function findDateline(text: string): Dateline | null {
  for (const from of storyStarts(text)) {
    const d = datelineAt(text, from);
    if (d) return d;
  }
  return null;
}

/** Lines before the body: a headline, a date or a byline, each short and without a full stop at its end. */
const MAX_HEAD_LINES = 3;
const MAX_HEAD_LINE = 200;

/** Where the story may start: the text's start, then each of the first short lines' next non-blank line. */
function storyStarts(text: string): number[] {
  const starts = [0];
  let at = 0;
  for (let n = 0; n < MAX_HEAD_LINES; n++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0 || nl - at > MAX_HEAD_LINE) break;
    const line = text.slice(at, nl).trim();
    if (/[.;,]$/.test(line)) break;
    at = nl + 1;
    while (at < text.length && /[ \t\r\n]/.test(text[at])) at++;
    if (at >= text.length) break;
    starts.push(at);
  }
  return starts;
}

function datelineAt(text: string, from: number): Dateline | null {
  const head = text.slice(from, from + 200);
  const placeless = DATE_SOURCE.exec(head);
  if (placeless?.groups) {
    const start = from + placeless.index + (placeless[0].length - placeless[0].trimStart().length);
    const end = from + placeless.index + placeless[0].trimEnd().length;
    const { date, source } = placeless.groups;
    const dateAt = text.indexOf(date, start);
    const sourceAt = text.indexOf(source, dateAt + date.length);
    return { start, end, text: text.slice(start, end), place: null, date: { start: dateAt, end: dateAt + date.length, text: date }, source: { start: sourceAt, end: sourceAt + source.length, text: source }, value: datelineValue(date) };
  }
  const m = DATELINE.exec(head) ?? CAPS_DATELINE.exec(head);
  if (!m || !m.groups) return null;
  const { place, date } = m.groups;
  // ("SAN JOSE, Calif., Jan. 9, 2024 /PRNewswire/ --": a press-release wire between slashes)
  const source = m.groups.source ?? m.groups.wire;
  // Without a date or a source in brackets, "Word -" is too weak a signal; a place in capitals and a colon is not,
  // nor one in capitals and a long dash, as newspapers write it ("SEATTLE — Microsoft said ...").
  const capsDash = /^[\p{Lu} .'’-]{4,}$/u.test(place) && /[—–]\s*$/.test(m[0]);
  if (!date && !source && !m[0].trimEnd().endsWith(':') && !capsDash) return null;
  // Without a dash, only a date and an agency together ("NEW DELHI, Dec 12 (PTI) India and Japan ...", as PTI writes).
  if (m[0].trimEnd().endsWith(')') && !(date && source)) return null;
  // A place and a date on a line of their own only with a comma between and a year: "Brussels, 12 May 2023", not
  // "Pay March 31" in a dividend table.
  if (/\d[ \t]*$/.test(m[0]) && !(date && /\d{4}$/.test(date) && /,[ ]*$/.test(m[0].slice(0, m[0].lastIndexOf(date))))) return null;
  // "UPDATE:", "BREAKING:", "EDITOR'S NOTE:": a label, not a place.
  if (LABELS.has(place)) return null;
  // ("Tuesday, March 3, 2015" under a headline: a weekday is no place; the line is the publication date)
  if (/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(place)) return null;
  const start = from + m.index + (m[0].length - m[0].trimStart().length);
  const end = from + m.index + m[0].trimEnd().length;
  const at = (s: string | undefined, after: number) => {
    if (!s) return null;
    const i = text.indexOf(s, after);
    return { start: i, end: i + s.length, text: s };
  };
  const placeSpan = at(place, start);
  const dateSpan = at(date, placeSpan ? placeSpan.end : start);
  const sourceSpan = at(source, dateSpan ? dateSpan.end : placeSpan ? placeSpan.end : start);
  return {
    start,
    end,
    text: text.slice(start, end),
    place: placeSpan,
    date: dateSpan,
    source: sourceSpan,
    value: date ? datelineValue(date) : null,
  };
}

function datelineValue(date: string): string | null {
  const m = /^(\S+?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?$/.exec(date);
  const d = m ? null : /^(\d{1,2})(?:st|nd|rd|th)?\s+(\S+?)\.?,?(?:\s+(\d{4}))?$/.exec(date);
  if (!m && !d) return null;
  const month = MONTHS[(m ? m[1] : d![2]).toLowerCase()];
  if (!month) return null;
  const day = Number(m ? m[2] : d![1]);
  if (day < 1 || day > 31) return null;
  const year = (m ? m[3] : d![3]) ?? 'XXXX';
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// "World's largest airliner makes first flight\nApril 27, 2005\nThe A380 ..." (Wikinews and many sites):
// a line that is only a full date, first or right under the headline (blank lines between or not), is the
// publication date: "April 27, 2005", "Wednesday, April 27, 2005", "27 April 2005", "2005-04-27".
const WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]+)?`;
const DATE_LINE = new RegExp(
  String.raw`^[ \t]*(${WEEKDAY}(?:(?<m1>${MONTH_WORDS})[ ]+(?<d1>\d{1,2}),?[ ]+(?<y1>\d{4})|(?<d2>\d{1,2})[ ]+(?<m2>${MONTH_WORDS})[ ]+(?<y2>\d{4})|(?<y3>\d{4})-(?<m3>\d{2})-(?<d3>\d{2})))[ \t]*$`,
  'u',
);

export function findCreationTime(text: string): { start: number; end: number; text: string; value: string } | null {
  let offset = 0;
  for (let line = 0; line < 2; ) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    const content = text.slice(offset, end).replace(/\r$/, '');
    if (content.trim() !== '') {
      const m = DATE_LINE.exec(content);
      const g = m?.groups;
      if (m && g) {
        const month = g.m3 ? Number(g.m3) : MONTHS[(g.m1 ?? g.m2).replace(/\.$/, '').toLowerCase()];
        const yearText = g.y1 ?? g.y2 ?? g.y3;
        const year = Number(yearText);
        const day = Number(g.d1 ?? g.d2 ?? g.d3);
        // (a day of the calendar: not "February 30, 2012")
        const real = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
        const start = offset + m[0].indexOf(m[1]);
        if (real) return { start, end: start + m[1].length, text: m[1], value: `${yearText}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
      }
      line++;
    }
    if (nl < 0) break;
    offset = nl + 1;
  }
  return null;
}
