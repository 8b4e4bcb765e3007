// Two days of one month joined by "and" or "or", the month written once: "June 1 and 2", "14 and 15 October".
// TimeML annotates each day on its own, the lone number taking the month (and year) of the date beside it.
import { MONTHS } from '../../analyse/calendar.js';
import { pad } from './anchor.js';
import { type Ctx, type DateMatch, dayAt, word } from './context.js';

const FULL_DAY = /^(\d{4}|XXXX)-\d{2}-\d{2}$/;
/** What may follow the lone day of "June 1 and 2": the sentence goes on with an adjunct or a verb, or ends. */
const AFTER_DAY = /^(,|\.|;|:|\)|in|at|on|to|for|with|when|where|and|as|during|respectively|next|last|this|--|-)$/;

/** The lone days written beside a sentence's dates, each a date match of its own. */
export function coordinatedDays(ctx: Ctx, matches: DateMatch[], first: number): DateMatch[] {
  const out: DateMatch[] = [];
  const taken = (i: number) => matches.some((m) => i >= m.a && i < m.b);
  for (const m of matches) {
    if (m.rule !== 'date.month-day' || !FULL_DAY.test(m.value)) continue;
    const day = +m.value.slice(8, 10);
    // "June 1 and 2": the month first, its day last, then the other day (not "June 1 and 2 million people").
    const monthFirst = MONTHS[word(ctx, m.a)] !== undefined && dayAt(ctx, m.b - 1) === day;
    if (monthFirst && /^(and|or)$/.test(word(ctx, m.b)) && m.b + 1 < ctx.last && !taken(m.b + 1)) {
      const other = dayAt(ctx, m.b + 1);
      const next = word(ctx, m.b + 2);
      if (other && other > day && (m.b + 2 >= ctx.last || AFTER_DAY.test(next) || /^(VERB|AUX)$/.test(ctx.doc.tokens[m.b + 2].pos))) out.push(dayOf(m, m.b + 1, other));
    }
    // "14 and 15 October": the day first, its month after it, the other day before.
    const dayFirst = dayAt(ctx, m.a) === day;
    const before = m.a - 2;
    if (dayFirst && before >= first && /^(and|or)$/.test(word(ctx, m.a - 1)) && !taken(before)) {
      const other = dayAt(ctx, before);
      // (not "between 14 and 15 October", one span; nor "the 3 and 4 October" after another number)
      const prev = word(ctx, before - 1);
      if (other && other < day && !/^(between|from)$/.test(prev) && !/\d/.test(prev)) out.push(dayOf(m, before, other));
    }
  }
  return out;
}

/** The match's date on another day, for the lone number at token i. */
function dayOf(m: DateMatch, i: number, day: number): DateMatch {
  return { a: i, b: i + 1, kind: 'date', value: m.value.slice(0, 8) + pad(day), rule: 'date.coordinated-day', complete: true };
}
