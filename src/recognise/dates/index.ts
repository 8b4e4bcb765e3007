// Temporal expressions over tokens, normalised to TimeML values against the article's anchor date.
// Rules are tried at each token, longest match wins; ranges are assembled from two matches afterwards.
import type { Doc } from '../../analyse/doc.js';
import { MONTHS } from '../../analyse/calendar.js';
import type { DateRow, Message } from '../../schema/records.js';
import { dayFrom, resolveAnchor, ymd } from './anchor.js';
import { type DateMatch, SentenceCtx, word } from './context.js';
import { matchSentence } from './match.js';
import { endsBeforeStart, ranges } from './ranges.js';
import { coordinatedDays } from './coordinated-days.js';

export interface DateOptions {
  referenceDate?: string | null;
}

export function recogniseDates(doc: Doc, options: DateOptions = {}): void {
  const anchor = resolveAnchor(doc.article, options.referenceDate);
  const rows: DateRow[] = [];
  const ctx = new SentenceCtx(doc, anchor);
  // "the same day" is the last day the article named. So is "the day" ("On Friday, the Dow fell ... to end the
  // day at 7,114") when that day was named by its date or weekday and is past; after "yesterday", "tomorrow" or a
  // day to come, wire copy's "the day" is the day it reports ("near the day's highs").
  let lastDay: string | null = null;
  let lastDayPast = false;
  const anchorDay = anchor.y !== null && anchor.m !== null && anchor.d !== null ? ymd(anchor.y, anchor.m, anchor.d) : null;
  for (const s of doc.sentences) {
    ctx.moveTo(s);
    const matches = matchSentence(ctx, s.first);
    if (matches.length === 0) continue;
    const consumed = new Set<DateMatch>();
    // (the date named last in this sentence, for "the same month/quarter/period last year")
    let previous: DateMatch | null = null;
    const rs = ranges(ctx, matches, s.first, consumed);
    const kept = matches.filter((m) => !consumed.has(m));
    const all = [...kept, ...rs, ...coordinatedDays(ctx, kept, s.first)].sort((x, y) => x.a - y.a || y.b - x.b);
    coordinatedYears(ctx, all);
    for (const m of all) {
      if (m.rule === 'date.the-day' || m.rule === 'date.part-of-day') {
        const same = word(ctx, m.a + 1) === 'same';
        if (lastDay && (same || lastDayPast)) m.value = lastDay;
      } else if (m.rule === 'date.the-day-before' || m.rule === 'date.the-day-after') {
        // ("On Tuesday it fell, after rising the day before": the day before Tuesday; "yesterday and the day before")
        const joined = previous && /^\d{4}-\d{2}-\d{2}$/.test(previous.value) && /^(and|or)$/.test(word(ctx, previous.b)) && previous.b + 1 === m.a;
        if (joined || (lastDay && lastDayPast)) m.value = dayFrom(joined ? previous!.value : lastDay!, m.rule === 'date.the-day-before' ? -1 : 1);
      } else if (m.rule === 'time.trading-session') {
        // ("said on Tuesday ... rose in morning trading": the session of the day reported)
        if (lastDay && lastDayPast) m.value = lastDay + m.value.slice(10);
      } else if (word(ctx, m.a) === 'the' && word(ctx, m.a + 1) === 'same' && /^\d{4}$/.test(m.value)) {
        // "sales in February rose from the same period last year": that month or quarter a year before, when the
        // date named last in the sentence is that month or quarter (not "between January and February 24", not
        // "in the first two months of this year").
        const unit = word(ctx, m.a + 2);
        const last = previous?.kind === 'date' ? previous.value : '';
        const fits = unit === 'month' ? /^\d{4}-\d{2}$/.test(last) : unit === 'quarter' ? /^\d{4}-Q[1-4]$/.test(last) : unit === 'period' && /^\d{4}-(\d{2}|Q[1-4])$/.test(last);
        if (fits && Number(last.slice(0, 4)) === Number(m.value) + 1) m.value = m.value + last.slice(4);
      } else if ((m.kind === 'date' || m.kind === 'time') && /^\d{4}-\d{2}-\d{2}(T|$)/.test(m.value)) {
        lastDay = m.value.slice(0, 10);
        lastDayPast = (m.rule === 'date.weekday' || m.rule === 'date.month-day') && anchorDay !== null && lastDay < anchorDay;
      }
      previous = m;
    }
    // "on Tuesday ... at 18:00 UTC", "at 16:15 UTC, June 1st": a clock time takes the day named with it.
    const day = all.find((m) => m.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(m.value));
    if (day) for (const m of all) if (m.rule === 'time.clock' && /^\d{4}-\d{2}-\d{2}T/.test(m.value)) m.value = day.value + m.value.slice(10);
    for (const m of all) {
      const start = doc.tokens[m.a].start;
      let end = doc.tokens[m.b - 1].end;
      // "in January." — wink keeps the full stop on a sentence-final month; it is not part of the expression.
      const lastText = doc.text.slice(doc.tokens[m.b - 1].start, end);
      if (lastText.length > 4 && lastText.endsWith('.') && MONTHS[lastText.slice(0, -1).toLowerCase()]) end -= 1;
      // The publication date line under the headline is metadata (TimeML's document creation time), where the
      // input's metadata gives that date too; where it gives none, the line is the text's only word on it, a date.
      const ct = doc.article.creationTime;
      if (ct && !doc.article.publishedFromText && start >= ct.start && end <= ct.end) continue;
      const id = `${doc.article.id}#d${rows.length + 1}`;
      const warnings: Message[] = [];
      if (m.kind === 'range' && m.rangeStart && m.rangeEnd && endsBeforeStart(m.rangeStart, m.rangeEnd)) {
        warnings.push(doc.warn('date.range-ends-before-start', `date range ends (${m.rangeEnd}) before it starts (${m.rangeStart})`, { start, end }, id));
      }
      rows.push({
        articleId: doc.article.id,
        id,
        start,
        end,
        text: doc.text.slice(start, end),
        kind: m.kind,
        value: m.value,
        mod: m.mod ?? null,
        rangeStart: m.rangeStart ?? null,
        rangeEnd: m.rangeEnd ?? null,
        anchor: anchor.kind === 'none' ? null : `${anchor.kind}:${anchor.value}`,
        rule: m.rule,
        warnings,
      });
    }
  }
  doc.dates = rows;
  doc.anchor = { kind: anchor.kind, value: anchor.value };
  const ct = doc.article.creationTime;
  if (anchor.kind === 'creationTime' && ct) {
    doc.warn('date.anchor-creation-time', `publishedAt ${doc.article.publishedAt} names another day than the article's date line "${ct.text}"; relative dates resolved against the date line`, ct);
  }
}

const MONTH_VALUE = /^(\d{4})-(\d{2})(-\d{2})?$/;
/**
 * "late March or early April", "April 20 and April 27", "payable April Three, May Six, June Four": a month named in a
 * list after an earlier one, with no year of its own, is in the earlier one's year (each was resolved alone, and
 * the tense may have sent one a year back). Only a later month or day, and not in a past clause: "Output rose in
 * January and December" names two years' months.
 */
function coordinatedYears(ctx: SentenceCtx, all: DateMatch[]): void {
  for (let k = 1; k < all.length; k++) {
    const x = all[k - 1];
    const y = all[k];
    if (!/^date\.(month|month-day|part-of)$/.test(x.rule) || !/^date\.(month|month-day|part-of)$/.test(y.rule)) continue;
    const vx = MONTH_VALUE.exec(x.value);
    const vy = MONTH_VALUE.exec(y.value);
    // (from a month of the report's own year only: not "January" read as next year's)
    if (!vx || !vy || vx[1] === vy[1] || Number(vx[1]) !== ctx.anchor.y || `${vy[2]}${vy[3] ?? ''}` < `${vx[2]}${vx[3] ?? ''}`) continue;
    let joined = y.a > x.b && y.a - x.b <= 2;
    for (let q = x.b; q < y.a && joined; q++) joined = /^(,|and|or)$/.test(word(ctx, q));
    let written = false;
    // ("March and April next year": a year of its own, written or said)
    for (let q = y.a; q < y.b; q++) if (/^(\d{4}|year)$/.test(word(ctx, q))) written = true;
    if (!joined || written) continue;
    // (in a past clause, "Output rose in January and December" names last December)
    ctx.at = y.a;
    if (ctx.tense !== 'past') y.value = vx[1] + y.value.slice(4);
  }
}
