// When an agreement was signed: the date expression in its clause, past asides, terms and deadlines that
// are not the signing's ("runs until 2030").
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { lex, type NounHit } from './lexicon.js';

/**
 * "signed a definitive agreement to acquire Pioneer Natural Resources in October": after a verb in the past, a
 * month or a day already past that ends the purpose is when it was signed (not "to return Macao in 1999").
 */
export function pastMonthOfSigning(doc: Doc, when: Doc['dates'][number], tense: string, anyDate = false): boolean {
  if (tense !== 'past' || !when.value) return false;
  const k = doc.tokenAt(when.start);
  if (!/^(in|on)$/.test(doc.tokens[k - 1]?.lower ?? '')) return false;
  // ("signed an intergovernmental agreement on the TAPI gas pipeline in 2010": a year past, right after the noun the
  // agreement is on; not "garments sold in 1978", a participle's own, nor "to return Macao to Chinese control in
  // 1999", an infinitive's)
  const afterNoun = anyDate && when.rule === 'date.year' && /^(NOUN|PROPN)$/.test(doc.tokens[k - 2]?.pos ?? '');
  if (!(anyDate || /^date\.(month|month-day)$/.test(when.rule))) return false;
  const anchor = doc.anchor.value;
  return !!anchor && (afterNoun ? /^\d{4}$/ : /^\d{4}-\d\d/).test(when.value) && when.value.slice(0, 10) <= anchor.slice(0, when.value.length);
}

/**
 * "Last year Britain signed a £476m deal with Paris", "In 2023, ... struck an agreement with Albania": an agreement
 * dated before the report's own year or month, an earlier one than the news a headline gives.
 */
export function signedBefore(doc: Doc, row: AgreementRow): boolean {
  const value = row.date?.value ?? '';
  if (value === 'PAST_REF') return true;
  const anchor = doc.anchor.value;
  // (a week or a day is too fine to tell; with no date to anchor, "last year" and "earlier" say it all the same)
  if (!/^\d{4}(-\d\d)?$/.test(value)) return /^(last|earlier)\b/i.test(row.date?.text ?? '') && !anchor;
  return !!anchor && value < anchor.slice(0, value.length);
}

/** A date later than the article's own ("next year", "next month" in a dated story): no signing's. */
export function afterAnchor(doc: Doc, when: Doc['dates'][number]): boolean {
  const anchor = doc.anchor.value;
  // (a calendar date only: "2007-W05" does not sort among days)
  const value = when.value ?? '';
  return value === 'FUTURE_REF' || (!!anchor && /^\d{4}(-\d\d){0,2}$/.test(value) && value > anchor.slice(0, value.length));
}

/** Date rules that say when something happened in the news ("on Monday", "last week"), not a date of a plan. */
export const SIGNING_TIME = new Set(['date.weekday', 'date.yesterday', 'date.today', 'date.ago', 'date.last-month-name', 'date.relative-unit', 'date.the-weekend']);

/** Per document, per token: 1 + the index of the date expression it is in, else 0 (built once: asked often). */
const dateTokens = new WeakMap<Doc, Int32Array>();
function dateIndex(doc: Doc): Int32Array {
  let at = dateTokens.get(doc);
  if (!at) {
    at = new Int32Array(doc.tokens.length);
    doc.dates.forEach((d, n) => {
      for (let i = doc.tokenAt(d.start); i < doc.tokens.length && doc.tokens[i].end <= d.end; i++) if (doc.tokens[i].start >= d.start) at![i] = n + 1;
    });
    dateTokens.set(doc, at);
  }
  return at;
}

export function inDate(doc: Doc, k: number): boolean {
  return dateIndex(doc)[k] > 0;
}

/** The date expression token k is in. */
export function dateRowAt(doc: Doc, k: number): Doc['dates'][number] | undefined {
  const n = dateIndex(doc)[k];
  return n > 0 ? doc.dates[n - 1] : undefined;
}

export function dateIn(doc: Doc, start: number, end: number, verbAt: number, passive: boolean, purpose: [number, number] | null, hit: NounHit): AgreementRow['date'] {
  // ("an action plan for 2020-2022": a span of years is a period of the plan, not when it was signed; the date of
  // a dateline, "NEW DELHI, Feb 20 (Reuters) - India and the UAE signed ... on Friday", is when it was reported)
  // Of two dates, the one nearer the verb: "The EU signed a pact with Singapore in May, and an interim agreement
  // with Chile was signed in December".
  const line = doc.article.dateline;
  // A date inside the purpose is the purpose's ("to pay 90 billion pesos in overdue bills by the end of March").
  const inPurpose = (x: { start: number }) => !!purpose && doc.tokenAt(x.start) >= purpose[0] && doc.tokenAt(x.start) < purpose[1];
  // ("a 1983 agreement that Canada signed": a year before the agreement's own noun is when it was made)
  const ownYear = (x: { start: number }) => doc.tokenAt(x.start) >= hit.a - 1 && doc.tokenAt(x.start) < hit.a + 1;
  const found = doc.dates.filter((x) => x.start >= start && x.end <= end && !(line && x.start < line.end) && x.kind !== 'duration' && x.kind !== 'set' && x.kind !== 'range' && (!attributiveYear(doc, x) || ownYear(x)) && !asideDate(doc, x, verbAt, hit) && !inPurpose(x) && !termEnd(doc, x) && !termStart(doc, x) && !inNextClause(doc, x, verbAt) && !ownClauseDate(doc, x, verbAt) && doc.tokens[doc.tokenAt(x.start) - 1]?.lower !== 'since' && !deadlineBefore(doc, x, verbAt));
  // (a date of the report only when the clause has none of its own)
  if (found.some((x) => !reportDate(doc, x, verbAt))) for (let n = found.length - 1; n >= 0; n--) if (reportDate(doc, found[n], verbAt)) found.splice(n, 1);
  // (a date said of the signing beats the year the agreement is named by: "In January the two countries signed a
  // 1987 agreement")
  if (found.some((x) => !ownYear(x))) for (let n = found.length - 1; n >= 0; n--) if (ownYear(found[n]) && attributiveYear(doc, found[n])) found.splice(n, 1);
  // A participle's date follows it: "cut 35,000 jobs by 2030 under a deal reached with IG Metall in December".
  const after = passive && found.some((x) => doc.tokenAt(x.start) > verbAt);
  let n = -1;
  let best = Infinity;
  found.forEach((x, i) => {
    const k = doc.tokenAt(x.start);
    if (after && k < verbAt) return;
    const far = k > verbAt ? k - verbAt : verbAt - (doc.tokenAt(x.end) - 1);
    if (far < best) {
      best = far;
      n = i;
    }
  });
  // ... but of a date said in two parts, the first: "mid-February this year", "the first half of next month",
  // "On September 23, 1986, the day Fiat announced".
  while (n > 0 && partOfOneDate(doc, found[n - 1], found[n])) n--;
  const d = found[n];
  return d ? { dateId: d.id, text: d.text, value: d.value } : null;
}

/**
 * A date after the verb, in a clause coordinated after the agreement's: "agreed a deal with CNPC to supply crude,
 * and in 2004 it signed a pact with Gazprom" (2004 is the pact's), or in the main clause after a relative one.
 */
function inNextClause(doc: Doc, d: { start: number; end: number }, verbAt: number): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  // ("have agreed a new kit partnership that will run until 2030, the Premier League club said on Friday.": the day of
  // the report that ends the sentence, whatever the clauses before it say)
  const said = tokens[k - 1]?.lower === 'on' ? k - 2 : k - 1;
  const ends = tokens[doc.tokenAt(d.end)]?.lower === '.';
  if (ends && tokens[said]?.pos === 'VERB' && lex.speech.has(tokens[said].lower) && tokens.slice(verbAt + 1, said).some((t) => t.lower === ',')) return false;
  for (let q = verbAt + 1; q < k; q++) {
    if (tokens[q].lower === ';') return true;
    if (tokens[q].lower === ',' && /^(and|but|while|whereas)$/.test(tokens[q + 1]?.lower ?? '')) return true;
    // ("received an initial order from the Japanese company ... and expects to begin shipments during its fourth
    // quarter": a second verb of the subject's, with its own date)
    if (tokens[q].lower === 'and' && tokens[q + 1]?.pos === 'VERB' && /(s|ed)$/.test(tokens[q + 1].lower) && !lex.verbs.has(tokens[q + 1].lower)) return true;
    // ("the contract, which was awarded as part of a program, is expected to be completed by April 30": the main
    // clause's verb after the relative clause)
    if (tokens[q].lower === ',' && /^(is|are|was|were|will|would|has|have|had|can|could|may|might|should)$/.test(tokens[q + 1]?.lower ?? '')) return true;
    // ("The deal signed between Qatar and Germany will see QatarEnergy supply LNG from 2026", "a deal that will run
    // until 2030": what will come of the agreement, with its own date)
    if (/^(will|would|shall)$/.test(tokens[q].lower) && tokens[q].pos !== 'NOUN') return true;
  }
  return false;
}

/**
 * A date after a clause of its own: "signed a deal to distribute films made by MGM, the Hollywood studio it bought
 * last year" (when it bought MGM). Not one said of the signing: "..., it said on Monday".
 */
export function ownClauseDate(doc: Doc, d: { start: number }, verbAt: number): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  for (let q = verbAt + 2; q < k; q++) {
    const t = tokens[q];
    if (t.pos === 'VERB' && /^(it|they|he|she|we|i)$/.test(tokens[q - 1].lower) && tokens[q - 2].lower !== ',' && !lex.speech.has(t.lower) && !lex.verbs.has(t.lower)) return true;
    // ("reached an agreement with JPMorgan ..., ending a partnership that began in 2019": a relative clause's own
    // verb, not one that signs, "which was signed in May")
    if (/^(that|which)$/.test(t.lower) && tokens[q - 1].pos === 'NOUN') {
      let v = q + 1;
      while (v < k && /^(was|were|is|are|has|have|had|been)$/.test(tokens[v].lower)) v++;
      if (v < k && tokens[v].pos === 'VERB' && !lex.verbs.has(tokens[v].lower)) return true;
    }
  }
  return false;
}

/** "would cut 35,000 jobs by 2030 under a deal reached with IG Metall": a deadline before the verb is the terms'. */
function deadlineBefore(doc: Doc, d: { start: number }, verbAt: number): boolean {
  const k = doc.tokenAt(d.start);
  return k < verbAt && /^(by|before)$/.test(doc.tokens[k - 1]?.lower ?? '');
}

/** "renewed its kit deal with Adidas until 2035", "extended the pact to 2030": when it ends, not when it was made. */
// Not "was not sealed until mid-February, when AAA reached agreement" (then it was), nor "won breathing space
// through yesterday's Paris Club refinancing agreement" (the means, not the end).
function termEnd(doc: Doc, d: { start: number; end: number }): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  const w = tokens[k - 1]?.lower ?? '';
  if (!/^(until|till|through|thru|to)$/.test(w)) return false;
  if (/^(through|thru)$/.test(w) && tokens[doc.tokenAt(d.end)]?.lower === "'s") return false;
  for (let q = k - 2; q >= Math.max(0, k - 6); q--) if (/^(not|n't|never|only)$/.test(tokens[q].lower)) return false;
  return true;
}

/**
 * A date the agreement's term starts at, not when it was signed: "starting in March", "effective from January 1",
 * "beginning next year", "valid from 2005", "starting in the Middle East later this year".
 */
function termStart(doc: Doc, d: { start: number }): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  const w = tokens[k - 1]?.lower ?? '';
  const v = /^(in|on|from|at)$/.test(w) ? tokens[k - 2]?.lower ?? '' : w;
  if (/^(starting|beginning|commencing|effective)$/.test(v) || (w === 'from' && /^(valid|effective|running|starting)$/.test(v))) return true;
  // ("starting in the Middle East later this year": or past where it starts, a time still to come)
  if (!/^later$/.test(tokens[k]?.lower ?? '')) return false;
  for (let q = k - 1; q >= Math.max(0, k - 8) && !/^[,;.]$/.test(tokens[q].lower); q--) if (/^(starting|beginning|launching)$/.test(tokens[q].lower)) return true;
  return false;
}

/** Two date expressions with nothing, "of" or a comma between them. */
function partOfOneDate(doc: Doc, x: { end: number }, y: { start: number }): boolean {
  const a = doc.tokenAt(x.end);
  const b = doc.tokenAt(y.start);
  if (b - a > 1 || b < a) return false;
  return b === a || /^(of|,)$/.test(doc.tokens[a].lower);
}

/**
 * A date of another event in the sentence: further on after a "since" that follows the verb ("the largest
 * investment since the fall of the Soviet Union in 1991"; not "signed 36 contracts since 1979", "since the accord
 * last month reached by"), or inside a relative clause that is not the agreement's own ("BP, which last year
 * made profits of $8bn, signed ..."; not "Chrysler, which signed a letter of intent on March 9, said", nor the
 * agreement's own clause that says it was signed: "won the contract, which was signed on Monday").
 */
function asideDate(doc: Doc, d: { start: number }, verbAt: number, hit: NounHit): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  const s = doc.sentences[tokens[k].sent];
  for (let q = k - 1; q >= Math.max(s.first, k - 10); q--) {
    const w = tokens[q].lower;
    if (w === 'since') return q < k - 1 && verbAt < q;
    if (w !== ',') continue;
    if (!/^(which|who)$/.test(tokens[q + 1]?.lower ?? '') || q + 1 >= k) return false;
    let close = k;
    while (close < s.last && tokens[close].lower !== ',') close++;
    if (q === hit.b) for (let v = q + 2; v < k; v++) if (/^(was|were|been)$/.test(tokens[v - 1].lower) && lex.verbs.has(tokens[v].lower)) return false;
    return !(verbAt > q && verbAt < close);
  }
  return false;
}

/**
 * A date of the report before "that" and the agreement's clause: "Zhang Haoruo said last Friday that China signed
 * foreign loan agreements for 6.94 billion dlrs last year" (when he said it; China signed last year).
 */
function reportDate(doc: Doc, d: { start: number; end: number }, verbAt: number): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  if (k >= verbAt) return false;
  const s = doc.sentences[tokens[k].sent];
  for (let q = k + 1; q < verbAt; q++) {
    if (tokens[q].start < d.end || tokens[q].lower !== 'that') continue;
    for (let v = s.first; v < q; v++) if (lex.speech.has(tokens[v].lower) && tokens[v].pos === 'VERB') return true;
    return false;
  }
  return false;
}

/** "renewing the 1963 Elysee Treaty", "its 2015 accord": a year that names another thing, not when this happened. */
function attributiveYear(doc: Doc, d: { start: number; end: number; text: string }): boolean {
  if (!/^\d{4}$/.test(d.text)) return false;
  const k = doc.tokenAt(d.start);
  const before = doc.tokens[k - 1]?.lower ?? '';
  const after = doc.tokens[k + 1];
  return /^(the|a|an|its|their|his|her|this|that|'s)$/.test(before) && !!after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
}

/** Past "on November 30, 2018" or "Friday" at token k (a date right after an agreement noun), else k. */
export function pastDateAfter(doc: Doc, k: number, last: number): number {
  const q = /^(on|in)$/.test(doc.tokens[k]?.lower ?? '') ? k + 1 : k;
  if (q >= last || !inDate(doc, q)) return k;
  let e = q;
  while (e < last && inDate(doc, e)) e++;
  return e;
}

/**
 * "have signed the first agreement ..., the Swiss environment office said on Thursday": the row's date is the day the
 * news was reported, read from its speech verb, which a later "was signed in Accra in 2020" corrects.
 */
export function reportedOn(doc: Doc, row: AgreementRow): boolean {
  const d = row.date ? doc.dates.find((x) => x.id === row.date!.dateId) : undefined;
  if (!d || !SIGNING_TIME.has(d.rule)) return false;
  const k = doc.tokenAt(d.start);
  const v = doc.tokens[k - 1]?.lower === 'on' ? k - 2 : k - 1;
  return v >= 0 && doc.tokens[v].pos === 'VERB' && lex.speech.has(doc.tokens[v].lower) && doc.tokenAt(row.evidence.end) <= v;
}
