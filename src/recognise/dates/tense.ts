// The tense of a sentence decides which way an underspecified date points ("on Monday" in a past-tense
// sentence is the previous Monday). Universal POS tags carry no tense, so it is read from auxiliaries
// and verb forms.
import type { Doc, Sentence } from '../../analyse/doc.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { MONTHS } from '../../analyse/calendar.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set(['will', "'ll", 'shall', 'wo', 'should', 'must']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Past forms without "-ed" ("met", "held talks"), for the tense readers here and the agreement rules. */
export const IRREGULAR_PAST = new Set(['said', 'told', 'made', 'took', 'gave', 'came', 'went', 'saw', 'got', 'met', 'held', 'won', 'lost', 'sold', 'bought', 'paid', 'left', 'fell', 'rose', 'grew', 'began', 'became', 'brought', 'built', 'chose', 'drew', 'ate', 'flew', 'found', 'felt', 'kept', 'knew', 'led', 'let', 'put', 'ran', 'sent', 'set', 'shut', 'spent', 'stood', 'struck', 'thought', 'understood', 'wrote', 'cut', 'hit', 'quit', 'signed']);
/** Words after which a verb is in its base form, whatever it ends in. */
const BEFORE_BASE = /^(will|'ll|shall|would|should|can|could|may|might|must|to)$/;
/** Verbs of saying, read for every token of a sentence whose tense is asked (loaded once). */
const SPEECH = lexiconSet('speech-verbs.txt');
/** What a trade's goods are for: "for delivery in April", "for shipment between May 10 and June 10". */
const SHIPPING = /^(delivery|deliveries|shipment|shipments|arrival|loading|lifting|dispatch)$/;
const FUTURE_PHRASE = /^(expected|scheduled|due|planned|set|going|plans|plan|intends|aims)$/;

export function sentenceTense(doc: Doc, s: Sentence): Tense {
  let past = 0;
  let future = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    const w = t.lower;
    // ("... for arrival in June, traders said.": the clause that reports the sentence has no say in its tense)
    if (reportingAt(doc, s, i)) continue;
    if (FUTURE.has(w) && (t.pos === 'AUX' || t.pos === 'VERB')) future += 2;
    else if (FUTURE_PHRASE.test(w) && doc.tokens[i + 1]?.lower === 'to') future += 1;
    else if (appointment(doc, i)) future += 2;
    else if (w === 'next' || w === 'upcoming' || w === 'coming') future += 1;
    else if (PAST_AUX.has(w)) past += 1;
    // (a participle after "be" is passive, whatever the tense: "will be signed")
    // (nor is a base form after a modal or "to" past, whatever it ends in: "will succeed", "to exceed", "must put")
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !/^(be|being)$/.test(doc.tokens[i - 1]?.lower ?? '') && !BEFORE_BASE.test(doc.tokens[i - 1]?.lower ?? '') && (IRREGULAR_PAST.has(w) || (/ed$/.test(w) && doc.tokens[i - 1]?.lower !== 'has' && doc.tokens[i - 1]?.lower !== 'have'))) past += 1;
  }
  if (future > past) return 'future';
  if (past > 0) return 'past';
  return 'present';
}

/**
 * Tense around token i: the verb nearest before it (or after it) in the same sentence decides
 * ("Apple announced Friday that it will ..." is past), then the sentence as a whole.
 */
export function tenseAt(doc: Doc, s: Sentence, i: number): Tense | null {
  const prev = doc.tokens[i - 1]?.lower;
  if (prev === 'since' || prev === 'ago') return 'past';
  // "payable May 1", "debentures due April 15", "effective April nine", a dividend table's "Pay May One" and
  // "Record April Eight": dates of a schedule, ahead.
  if (prev === 'payable' || prev === 'due' || prev === 'effective' || prev === 'pay' || prev === 'record') return 'future';
  // "tenders for 30,000 tonnes for delivery in April", "for shipment between May 10 and June 10", "cargoes loading in
  // April": a trade's delivery, still to come
  const w2 = doc.tokens[i - 2]?.lower ?? '';
  if (/^(in|between|on|from|during|by|before)$/.test(prev ?? '') && ((SHIPPING.test(w2) && doc.tokens[i - 3]?.lower === 'for') || w2 === 'loading')) return 'future';
  // ... or the month that names the delivery: "for April shipment", "March/April shipment", "April 10/May 10 shipment"
  for (let j = i + 1; j <= i + 6 && j < s.last; j++) {
    const t = doc.tokens[j];
    if (SHIPPING.test(t.lower)) return 'future';
    if (!(t.type === 'number' || /^\d+$/.test(t.lower) || t.lower === '/' || t.lower === '-' || MONTHS[t.lower])) break;
  }
  // (a day's or month's event named with a possessive, "Monday's raids", "the panel's January decision", "last
  // Sunday's agreement": its own time, whatever the clause's "would")
  // ("would re-examine the February Louvre Accord": nor one that dates a name after it)
  const after = doc.tokens[doc.tokens[i + 1]?.type === 'number' ? i + 2 : i + 1];
  const ownTime = doc.tokens[i + 1]?.lower === "'s" || prev === "'s" || doc.tokens[i].lower === 'last' || prev === 'last' || (!!after && after.cap && after.type === 'word' && after.sent === doc.tokens[i].sent);
  let participle = false;
  let from = i - 1;
  window: for (let d = 1; d <= 6; d++) {
    for (const k of [i - d, i + d]) {
      if (k < s.first || k >= s.last) continue;
      const t = doc.tokens[k];
      // ("Talks are due on September 11": wink tags "due" an adjective; what is due is ahead)
      if (k < i && i - k <= 2 && t.lower === 'due' && /^(is|are)$/.test(doc.tokens[k - 1]?.lower ?? '')) return 'future';
      if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      // ("signed an agreement on Tuesday that will cut tariffs": a relative clause after the date has a verb of its own)
      // (only past a verb in the past before the date: "plans a bond issue Tuesday, which will be dated May 1",
      // "has scheduled a meeting in June which ..." look ahead)
      if (k > i && relativeBetween(doc, i + 1, k) && pastVerbBefore(doc, s, i)) continue;
      // ("The agreement, signed in Beijing on Monday, will see China lend": nor has the main clause after an aside that
      // a verb in the past opens)
      if (k > i && commaBetween(doc, i + 1, k) && pastVerbBefore(doc, s, i, true)) continue;
      const w = t.lower;
      // ("for arrival in June, traders said": the verb of saying after a comma reports the clause; its own verb
      // decides, or the sentence)
      if (k > i && reportingAt(doc, s, k)) continue;
      const aux = [doc.tokens[k - 1]?.lower, doc.tokens[k - 2]?.lower];
      if (FUTURE.has(w) || aux.some((a) => a !== undefined && FUTURE.has(a)) || modalBeforeBe(doc, k)) return 'future';
      // ("said the auctions would be fortnightly, beginning on April 2", "details would be outlined on Thursday": what
      // was said to come is still to come when it is reported; not "would have")
      // (before the date only: "Reagan said ... Friday's Iran attack but would not say" is another clause's)
      if (!ownTime && k < i && (wouldAt(doc, k) || aux.some((a, n) => a === 'would' && wouldAt(doc, k - 1 - n)))) return 'future';
      if (FUTURE_PHRASE.test(w) && doc.tokens[k + 1]?.lower === 'to') return 'future';
      // ("is expected to be completed by early February": a passive after "to be" is still to come; "Ontario is to
      // introduce rules": so is "is to" and a verb)
      // ("general elections to be held by September": an irregular participle too)
      if (aux[0] === 'be' && aux[1] === 'to' && (/ed$|en$/.test(w) || IRREGULAR_PAST.has(w))) return 'future';
      if (aux[0] === 'to' && /^(is|are)$/.test(aux[1] ?? '')) return 'future';
      // ("will hold a special meeting on July 28 to review a plan": an infinitive after the date has no tense; the
      // verb the date goes with may be further back)
      if (k > i && aux[0] === 'to') continue;
      // ("officials expect work on the sites to start in December", "hope to persuade them ... during May": an
      // infinitive before the date after a verb of expecting or planning is still to come)
      // (not a noun wink read as a verb, "due to remarks on Sunday"; nor a day's own event, "Monday's cut")
      const possessed = doc.tokens[i + 1]?.lower === "'s" || prev === "'s";
      if (k < i && aux[0] === 'to' && !possessed && !/[^s]s$/.test(w) && expectingBefore(doc, s, k - 1)) return 'future';
      // ("Xerox said it is launching in May a more powerful version": the present progressive of a plan)
      if (k < i && /ing$/.test(w) && /^(is|are|'s|'re)$/.test(aux[0] ?? '')) return 'future';
      // ("Responses are due by April 3")
      if (k < i && i - k <= 2 && /^(due|slated)$/.test(w) && /^(is|are)$/.test(aux[0] ?? '')) return 'future';
      // ("Final closing is expected in the third fiscal quarter ending June 30", "redemption at par is on September 7":
      // what is expected, or is set, on a date ahead)
      if (k < i && /^(is|are)$/.test(aux[0] ?? '') && w === 'expected' && scheduleAdjunct(doc, k + 1, i)) return 'future';
      if (i - k === 2 && /^(is|are)$/.test(w) && /^(on|in)$/.test(doc.tokens[k + 1].lower) && doc.tokens[k - 1]?.pos === 'NOUN') return 'future';
      if (appointment(doc, k)) return 'future';
      // ("has scheduled a special shareholders meeting for July 15", "have called for a general strike next
      // Wednesday": what has been set for a date is still to come)
      // (not past "since": "the rate the bank has set since the end of January")
      if (k < i && /^(has|have)$/.test(aux[0] ?? '') && /^(scheduled|set|called|planned|slated|fixed)$/.test(w) && !doc.tokens.slice(k + 1, i).some((t) => t.lower === 'since')) return 'future';
      if (PAST_AUX.has(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w)) return 'past';
      if (w === 'be' || w === 'is' || w === 'are' || w === 'has' || w === 'have') continue;
      // "the offer expires on April 9", "the year which starts April 1": a verb in the present with the date
      // as its adjunct is a schedule, so the date is ahead, whatever the rest of the sentence ("..., it said").
      // ("The forum takes place on 14 and 15 October": so is "takes place")
      if (k < i && SCHEDULE_VERBS.has(w) && scheduleAdjunct(doc, k + 1, i)) return 'future';
      // ("The offer does not expire until April 14": the base form after "does")
      const doAux = /^(not|n't)$/.test(aux[0] ?? '') ? aux[1] : aux[0];
      if (k < i && /^(does|do)$/.test(doAux ?? '') && SCHEDULE_VERBS.has(`${w}s`) && scheduleAdjunct(doc, k + 1, i)) return 'future';
      if (k < i && (w === 'takes' || w === 'take') && doc.tokens[k + 1]?.lower === 'place' && scheduleAdjunct(doc, k + 2, i)) return 'future';
      // ("on Monday, amidst declining investor confidence": a participle after the date has no tense; the verb
      // further back may)
      // ("the third fiscal quarter ending June 30": so has one that opens the date's own phrase)
      const opensDate = k === i - 1 && doc.tokens[k - 1]?.pos === 'NOUN';
      if ((k > i || opensDate) && /ing$/.test(w) && !/^(be|is|are|was|were|been)$/.test(aux[0] ?? '')) {
        participle = true;
        if (k < i) from = k - 1;
        break window;
      }
      return null;
    }
  }
  if (!participle) return null;
  // "indexes closed at their lowest levels in over a decade on Monday, amidst worries that the government will
  // nationalize the banks": the verb the date is an adjunct of, further back in its clause, before the sentence.
  for (let k = from; k >= Math.max(s.first, i - 20); k--) {
    const t = doc.tokens[k];
    if (t.lower === ';' || t.lower === ',' || t.lower === 'that' || t.lower === 'which') break;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const w = t.lower;
    // ("to be applied beginning in April": a participle after "be" is passive, whatever the tense)
    if (/^(be|been|being)$/.test(doc.tokens[k - 1]?.lower ?? '') || /^(be|been|being)$/.test(w)) continue;
    // ("Japan's plan to cut beef prices for the fiscal year starting April 1 will not ...": nor has an infinitive)
    if (doc.tokens[k - 1]?.lower === 'to') continue;
    if (FUTURE.has(w) || FUTURE.has(doc.tokens[k - 1]?.lower ?? '') || (!ownTime && (wouldAt(doc, k) || wouldAt(doc, k - 1)))) return 'future';
    // ("Final closing is expected in the third fiscal quarter ending June 30")
    if (/^(expected|scheduled|due)$/.test(w) && /^(is|are)$/.test(doc.tokens[k - 1]?.lower ?? '')) return 'future';
    if (PAST_AUX.has(w) || IRREGULAR_PAST.has(w) || /ed$/.test(w)) return 'past';
    break;
  }
  return null;
}

/** "would" at token k, not "would have" (a past that did not happen) nor "would not have". */
function wouldAt(doc: Doc, k: number): boolean {
  if (doc.tokens[k]?.lower !== 'would') return false;
  const next = doc.tokens[k + 1]?.lower === 'not' ? doc.tokens[k + 2] : doc.tokens[k + 1];
  return next?.lower !== 'have';
}

// Verbs of a schedule in the third person present. A list, not any "-s" form: wink tags nouns such as
// "splits", "remarks" and "accounts" as verbs often enough to move dates a year.
const SCHEDULE_VERBS = new Set(['expires', 'ends', 'starts', 'begins', 'opens', 'closes', 'runs', 'meets', 'convenes', 'reconvenes', 'resumes', 'matures', 'lapses', 'terminates', 'commences', 'remains', 'leaves', 'arrives', 'departs', 'returns']);
const SCHEDULE_PREPOSITIONS = new Set(['on', 'in', 'at', 'until', 'till', 'from', 'by', 'before', 'through', 'effective']);
/** Only prepositions between a verb and its date ("expires on", "begins\non on", "starts"; "on 14 and": a day beside it). */
function scheduleAdjunct(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const day = k + 2 === to && /^\d{1,2}$/.test(doc.tokens[k].lower) && /^(and|or)$/.test(doc.tokens[k + 1].lower);
    if (day) return true;
    // ("The offer expires at midnight Friday", "at 5 p.m. EST on Friday": the hour of the day before it)
    if (atHour(doc, from, k)) continue;
    if (!SCHEDULE_PREPOSITIONS.has(doc.tokens[k].lower)) return false;
  }
  return true;
}

/** Token k is part of an hour after "at" that opens [from, k]: "at midnight", "at 5 p.m. EST", "at 1700 GMT". */
function atHour(doc: Doc, from: number, k: number): boolean {
  if (!atHourWord(doc.tokens[k].lower)) return false;
  for (let q = k - 1; q >= from; q--) {
    if (doc.tokens[q].lower === 'at') return true;
    if (!atHourWord(doc.tokens[q].lower)) return false;
  }
  return false;
}
const atHourWord = (w: string) => /^(midnight|noon|a\.m\.|p\.m\.|am|pm|est|edt|gmt|bst|cet|local|time|o'clock)$/.test(w) || /^\d{1,2}([:.]\d\d)?$|^\d{4}$/.test(w);

/** "The meeting is set for 9 a.m. on Wednesday", "the vote is scheduled for Friday": an appointment ahead. */
function appointment(doc: Doc, k: number): boolean {
  // ("the record date has been tentatively set for May 15": past an adverb, after "been" too)
  const b = doc.tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  return /^(set|scheduled|slated|due)$/.test(doc.tokens[k].lower) && doc.tokens[k + 1]?.lower === 'for' && /^(is|are|'s|been)$/.test(doc.tokens[b]?.lower ?? '');
}

/** A relative pronoun from token a to b (not b): "that", "which", "who". */
function relativeBetween(doc: Doc, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (/^(that|which|who|whose)$/.test(doc.tokens[q].lower)) return true;
  return false;
}

/** A verb in the simple past within six tokens before token i, not one of planning ("signed", "told"; not "has scheduled"). */
function pastVerbBefore(doc: Doc, s: Sentence, i: number, sameClause = false): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 6); k--) {
    const t = doc.tokens[k];
    // (`sameClause`: no comma between the verb and the date)
    if (sameClause && t.lower === ',') return false;
    if (t.pos !== 'VERB') continue;
    if (FUTURE_PHRASE.test(t.lower) || /^(has|have|had)$/.test(doc.tokens[k - 1]?.lower ?? '')) return false;
    // (nor, in one clause, a participle after "be": "which may be finalized as early as May 1")
    if (sameClause && doc.tokens[k - 1]?.lower === 'be') return false;
    return IRREGULAR_PAST.has(t.lower) || /ed$/.test(t.lower);
  }
  return false;
}

/** A comma from token a to b (not b). */
function commaBetween(doc: Doc, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (doc.tokens[q].lower === ',') return true;
  return false;
}

/** "will probably be compiled", "will then be paid": a future modal before "be" and the adverbs at verb k. */
function modalBeforeBe(doc: Doc, k: number): boolean {
  let q = k - 1;
  if (!/^(be|been)$/.test(doc.tokens[q]?.lower ?? '')) return false;
  q--;
  while (q > k - 4 && doc.tokens[q]?.pos === 'ADV') q--;
  return FUTURE.has(doc.tokens[q]?.lower ?? '');
}

/**
 * A verb of saying at token i that ends its sentence after a comma and a speaker: ", traders said.", ", he told
 * Reuters." (not "On Friday, Petricioli said the ...", which goes on with what was said).
 */
function reportingAt(doc: Doc, s: Sentence, i: number): boolean {
  if (!SPEECH.has(doc.tokens[i].lower) || !commaBetween(doc, Math.max(s.first, i - 4), i)) return false;
  let e = i + 1;
  // ("he told Reuters", "he said in a statement": the one told, or where, before the end)
  while (e < s.last && e - i <= 5 && !/^[.;]$/.test(doc.tokens[e].lower)) e++;
  return e >= s.last || /^[.;]$/.test(doc.tokens[e].lower);
}

/** A verb of expecting, hoping or planning in the five tokens before the "to" at token t ("expect work ... to"). */
function expectingBefore(doc: Doc, s: Sentence, t: number): boolean {
  for (let q = t - 1; q >= Math.max(s.first, t - 5); q--) {
    const w = doc.tokens[q].lower;
    if (/^(expect|expects|hope|hopes|plan|plans|intend|intends|want|wants|aim|aims|likely|unlikely)$/.test(w) || FUTURE_PHRASE.test(w)) return true;
    if (/^[,;:]$/.test(w) || doc.tokens[q].pos === 'VERB') return false;
  }
  return false;
}
