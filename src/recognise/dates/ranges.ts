// Two dates joined into a range ("between February and October of 1986", "from 2020 to 2024").
import { fromDays, pad, toDays, ymd } from './anchor.js';
import { type Ctx, type DateMatch, dayAt, word } from './context.js';

/**
 * "From September 26 to 9", "between 2001 and 2005", "from 2009 to 2011": the ranges among a sentence's matches;
 * `consumed` receives the matches that are only a part of one. (They are
 * not marked by a store into their start: V8 takes an object field never stored into after its creation as
 * constant, and the first such store anywhere in a run, a rare event in news, throws away every optimised
 * function that reads that field from any object of the same layout, entity pieces included: 23 functions at
 * once on one Reuters article.)
 */
export function ranges(ctx: Ctx, matches: DateMatch[], first: number, consumed: Set<DateMatch>): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const opener = word(ctx, m.a - 1);
    // "2019–2021": two years joined by a dash, with no "from".
    const dash = ctx.doc.tokens[m.b];
    const next = matches[k + 1];
    const dashed = opener !== 'from' && /^[-–]$/.test(dash?.lower ?? '') && next?.a === m.b + 1 && dash.start === ctx.doc.tokens[m.b - 1].end && dash.end === ctx.doc.tokens[next.a].start;
    if (dashed && m.rule === 'date.year' && next.rule === 'date.year' && +next.value > +m.value) {
      out.push({ a: m.a, b: next.b, kind: 'range', value: rangeDuration(m.value, next.value)!, rule: 'range.years', rangeStart: m.value, rangeEnd: next.value, complete: true });
      continue;
    }
    // "Nov. 30-Dec. 1": two days of the calendar joined by a dash, the second later (both stay records of their own)
    if (dashed && m.rule === 'date.month-day' && next.rule === 'date.month-day' && /^\d{4}-\d{2}-\d{2}$/.test(m.value) && /^\d{4}-\d{2}-\d{2}$/.test(next.value)) {
      // ("May 15-June 15, 1987": the year written after the end is the start's too)
      if (yearWritten(ctx, next) && !yearWritten(ctx, m)) m.value = pad(+next.value.slice(0, 4) - (m.value.slice(4) > next.value.slice(4) ? 1 : 0), 4) + m.value.slice(4);
      if (next.value > m.value) out.push({ a: m.a, b: next.b, kind: 'range', value: rangeDuration(m.value, next.value) ?? m.value, rule: 'range.dash', rangeStart: m.value, rangeEnd: next.value, complete: true });
      continue;
    }
    const joiner = word(ctx, m.b);
    // "turnover for January to March this year", "sales in January through March 1987": with no "from", the
    // two stay records of their own, but the year the end writes or says is the start's too (the year before,
    // when the start's month comes later), not one the start's own tense would give it.
    if (opener !== 'from' && opener !== 'between' && next?.a === m.b + 1 && /^(to|through)$/.test(joiner) && m.rule.startsWith('date.month') && next.rule.startsWith('date.month')) {
      if (/^\d{4}-\d{2}/.test(m.value) && /^\d{4}-\d{2}/.test(next.value) && (yearWritten(ctx, next) || yearSaid(ctx, next)) && !yearWritten(ctx, m) && !yearSaid(ctx, m)) {
        m.value = pad(+next.value.slice(0, 4) - (m.value.slice(4) > next.value.slice(4) ? 1 : 0), 4) + m.value.slice(4);
      }
      continue;
    }
    if ((opener !== 'from' && opener !== 'between') || m.a - 1 < first) continue;
    if (!(opener === 'from' ? /^(to|until|till|through|-|–)$/.test(joiner) : joiner === 'and')) continue;
    let end: DateMatch | null = matches[k + 1] && matches[k + 1].a === m.b + 1 ? matches[k + 1] : null;
    let ellipticalDay: number | null = null;
    if (!end && /^\d{4}-\d{2}-\d{2}$|^XXXX-\d{2}-\d{2}$/.test(m.value)) {
      ellipticalDay = dayAt(ctx, m.b + 1);
      if (ellipticalDay === null) continue;
    } else if (!end) continue;
    let b = end ? end.b : m.b + 2;
    // ("from August 22 to 24, 2023": the year written after an elliptical end is the range's)
    const yearAfter = !end && word(ctx, b) === ',' ? matches.find((x) => x.a === b + 1 && x.rule === 'date.year') : undefined;
    if (yearAfter) {
      if (!yearWritten(ctx, m)) m.value = yearAfter.value + m.value.slice(4);
      b = yearAfter.b;
      consumed.add(yearAfter);
    }
    // "runs from June to December", "from November to February": an end without a year of its own is the
    // first such month or day after the start (each end alone may have been pointed another way by tense).
    if (end && /^\d{4}-\d{2}/.test(m.value) && /^\d{4}-\d{2}/.test(end.value) && !yearWritten(ctx, end)) {
      if (end.rule === 'date.weekday' && m.rule === 'date.weekday') {
        // "ran from Saturday to Thursday": the Saturday before that Thursday; "runs from Sunday to Thursday":
        // the first Thursday after that Sunday.
        const days = (v: string) => toDays(+v.slice(0, 4), +v.slice(5, 7), +v.slice(8, 10));
        const s0 = days(m.value);
        const e0 = days(end.value);
        ctx.at = m.a;
        if (e0 < s0 && ctx.tense === 'past') {
          const r = fromDays(s0 - 7 * Math.ceil((s0 - e0) / 7));
          m.value = ymd(r.y, r.m, r.d) + m.value.slice(10);
        } else if (e0 < s0) {
          const r = fromDays(e0 + 7 * Math.ceil((s0 - e0) / 7));
          end.value = ymd(r.y, r.m, r.d) + end.value.slice(10);
        }
      } else if (end.rule.startsWith('date.month')) {
        const y = +m.value.slice(0, 4) + (end.value.slice(4) < m.value.slice(4) ? 1 : 0);
        end.value = pad(y, 4) + end.value.slice(4);
      }
    }
    // "between September and October of 2007", "from March 3 to May 5, 1987": the year written after the end is the
    // start's too (the year before, when the start's month comes later in the year).
    if (end && /^\d{4}-\d{2}/.test(m.value) && /^\d{4}-\d{2}/.test(end.value) && yearWritten(ctx, end) && !yearWritten(ctx, m) && !yearSaid(ctx, m)) {
      const y = +end.value.slice(0, 4) - (m.value.slice(4) > end.value.slice(4) ? 1 : 0);
      m.value = pad(y, 4) + m.value.slice(4);
    }
    const startValue = m.value;
    const endValue = end ? end.value : m.value.slice(0, 8) + pad(ellipticalDay!);
    const span = { a: m.a - 1, b };
    const r: DateMatch = { ...span, kind: 'range', value: rangeDuration(startValue, endValue) ?? startValue, rule: 'range.from-to', rangeStart: startValue, rangeEnd: endValue, complete: true };
    out.push(r);
    // Both ends complete ("from 2009 to 2011"): they stay records of their own, as TimeML annotates them.
    if (!end || !end.complete) {
      consumed.add(m);
      if (end) consumed.add(end);
    }
  }
  return out;
}

/** Whether the expression says its year in words ("August this year", "May next year"). */
function yearSaid(ctx: Ctx, m: DateMatch): boolean {
  for (let k = m.a; k < m.b; k++) if (ctx.doc.tokens[k].lower === 'year') return true;
  return false;
}

/** Whether the expression writes its year ("June 1987", "'87"), rather than taking it from the anchor. */
function yearWritten(ctx: Ctx, m: DateMatch): boolean {
  for (let k = m.a; k < m.b; k++) if (/^(\d{4}|'\d\d)$/.test(ctx.doc.tokens[k].lower)) return true;
  return false;
}

/** Duration between two values of the same granularity (P2Y for 2009..2011), or null. */
export function rangeDuration(s: string, e: string): string | null {
  let m1 = /^(\d{4})$/.exec(s);
  let m2 = /^(\d{4})$/.exec(e);
  if (m1 && m2) return +m2[1] > +m1[1] ? `P${+m2[1] - +m1[1]}Y` : null;
  m1 = /^(\d{4})-(\d{2})$/.exec(s);
  m2 = /^(\d{4})-(\d{2})$/.exec(e);
  if (m1 && m2) {
    const n = (+m2[1] - +m1[1]) * 12 + (+m2[2] - +m1[2]);
    return n > 0 ? `P${n}M` : null;
  }
  const d1 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d2 = /^(\d{4})-(\d{2})-(\d{2})$/.exec(e);
  if (d1 && d2) {
    const n = toDays(+d2[1], +d2[2], +d2[3]) - toDays(+d1[1], +d1[2], +d1[3]);
    return n > 0 ? `P${n}D` : null;
  }
  return null;
}

/** Ordered comparison of two values of the same shape; null when they cannot be compared. */
export function endsBeforeStart(s: string, e: string): boolean {
  if (s.length !== e.length || !/^[0-9X]{4}(-\d{2}){0,2}$/.test(s) || !/^[0-9X]{4}(-\d{2}){0,2}$/.test(e)) return false;
  if (s.slice(0, 4) !== e.slice(0, 4) && (s.startsWith('X') || e.startsWith('X'))) return false;
  return e < s;
}
