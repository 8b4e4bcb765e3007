// Clause boundaries the rules stop at: a new clause after a comma, a reporting clause ("..., he said"), a
// circumstance ("at a ceremony"), and "when ... where" clauses between a verb and its noun.
import type { Doc } from '../../analyse/doc.js';
import { mentionAt, mentionCovering } from '../mentions.js';
import { WEEKDAYS } from '../../analyse/calendar.js';
import { IRREGULAR_PAST } from '../../recognise/dates/tense.js';
import { agreementWord, lex } from './lexicon.js';
import { inDate } from './date.js';
import { cityAtEnd } from './place.js';

/** What a deal means, said of it in apposition: "a breakthrough", "a major milestone", "a first step". */
const COMMENT_NOUNS = /^(breakthrough|milestone|victory|boost|blow|setback|coup|step)$/;

/** What a deal is a part of: "part of Berlin's plan", "part of efforts to". */
const PLANS = /^(plans?|efforts?|strateg(y|ies)|drive|push|bid|moves?|campaigns?|programm?es?|initiatives?|series|policy|process|attempts?)$/;

/**
 * A comma before another clause ends a purpose: ", and ...", ", which ...", ", said it has agreed" (the relative
 * clause the agreement was in has ended), ", the ministry said", ", ending a battle".
 */
export function clauseAfter(doc: Doc, k: number, last: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (/^(and|but|while|which|who|as|after|before|according)$/.test(t.lower)) return true;
  // ", in what Prime Minister Keir Starmer called a landmark deal": a comment on the deal
  if (t.lower === 'in' && doc.tokens[k + 1]?.lower === 'what') return true;
  // (", the biggest deal of the year", ", a landmark accord": the deal named again, with what is said of it)
  if (/^(a|an|the)$/.test(t.lower)) {
    let n = k + 1;
    while (n < last && n - k < 4 && doc.tokens[n].pos === 'ADJ' && !doc.tokens[n].cap) n++;
    if (n > k + 1 && agreementWord(doc.tokens[n]?.lower ?? '')) return true;
    // (", a breakthrough after more than two years of bitter conflict", ", a major milestone": what it means)
    if (COMMENT_NOUNS.test(doc.tokens[n]?.lower ?? '')) return true;
  }
  // (", the longest ever agreed with the rebels", ", the first such": how it ranks, said of it)
  if (t.lower === 'the' && (/est$/.test(doc.tokens[k + 1]?.lower ?? '') || doc.tokens[k + 1]?.lower === 'first') && /^(ever|such|since)$/.test(doc.tokens[k + 2]?.lower ?? '')) return true;
  // (", in a move that would create the world's third-largest car group", ", a move seen as": what the deal means)
  if ((t.lower === 'in' ? doc.tokens[k + 1]?.lower === 'a' && doc.tokens[k + 2]?.lower === 'move' : t.lower === 'a' && doc.tokens[k + 1]?.lower === 'move')) return true;
  // (", in one of the largest orders in the carrier's history", ", one of the biggest deals": how it ranks)
  const one = t.lower === 'in' ? k + 1 : k;
  if (doc.tokens[one]?.lower === 'one' && doc.tokens[one + 1]?.lower === 'of' && doc.tokens[one + 2]?.lower === 'the' && doc.tokens[one + 3]?.pos === 'ADJ' && /est$/.test(doc.tokens[one + 3].lower)) return true;
  // (", worth about $7.8 billion", ", valued at 20 mln dlrs", ", priced at 79.41 U.S. Dlrs per tonne": what the deal
  // or its object is worth)
  if ((t.lower === 'worth' || (/^(valued|priced)$/.test(t.lower) && doc.tokens[k + 1]?.lower === 'at')) && amountAfter(doc, t.lower === 'worth' ? k + 1 : k + 2)) return true;
  // (", part of Berlin's plan to secure new energy supplies", ", part of efforts to": the plan the deal is a part
  // of; not ", part of Italy's ENI group", which says what a company belongs to)
  if (t.lower === 'part' && doc.tokens[k + 1]?.lower === 'of') {
    for (let q = k + 2; q < Math.min(last, k + 7); q++) if (PLANS.test(doc.tokens[q].lower)) return true;
  }
  // (", compared with the 1.5 billion dlrs Britain had hoped to secure", ", compared to": a comparison with it)
  if (t.lower === 'compared' && /^(with|to)$/.test(doc.tokens[k + 1]?.lower ?? '')) return true;
  // ", with a final agreement expected by June 2025", ", with deliveries starting in 2026": a clause of its own
  // about what comes next (a noun, then its participle)
  if (t.lower === 'with') {
    let n = /^(a|an|the)$/.test(doc.tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    while (n < last && n - k < 4 && doc.tokens[n].pos === 'ADJ' && !doc.tokens[n].cap) n++;
    if (doc.tokens[n]?.pos === 'NOUN' && !doc.tokens[n].cap) {
      for (let q = n + 1; q < Math.min(last, n + 5); q++) if (doc.tokens[q].pos === 'VERB' && /(ed|ing)$/.test(doc.tokens[q].lower)) return true;
    }
    // (", with Daf owning 60 pct": or a name, then its participle)
    // (a name no rule typed is one capitalised word; ", with each holding 50%": or each side)
    const named = mentionAt(doc, k + 1)?.b ?? ((doc.tokens[k + 1]?.cap && doc.tokens[k + 1].type === 'word') || /^(each|both)$/.test(doc.tokens[k + 1]?.lower ?? '') ? k + 2 : -1);
    // (wink may tag the participle a noun before its amount: "holding 50%")
    const verb = doc.tokens[named];
    if (named > 0 && named < last && /ing$/.test(verb.lower) && (verb.pos === 'VERB' || (verb.pos === 'NOUN' && /^(NUM|DET)$/.test(doc.tokens[named + 1]?.pos ?? '')))) return true;
  }
  // ", ending a five-month takeover battle": a participle after the comma speaks of the deal, not its purpose.
  // Not a list of nouns: "Shell's marketing, terminaling and distribution assets".
  // (wink may tag it a noun: ", beating European rival Airbus", before a determiner or a name)
  const nounTagged = t.pos === 'NOUN' && /^(DET|PROPN)$/.test(doc.tokens[k + 1]?.pos ?? '') && t.lower.length > 5;
  if ((t.pos === 'VERB' || nounTagged) && /ing$/.test(t.lower) && t.lower !== 'including' && !/^(and|or|,)$/.test(doc.tokens[k + 1]?.lower ?? '')) return true;
  // (", witnessed by Prime Ministers ...", ", attended by": so is a past participle with its agent)
  if (t.pos === 'VERB' && /ed$/.test(t.lower) && doc.tokens[k + 1]?.lower === 'by') return true;
  // "..., has decided against", "..., said it": not "explore, evaluate and produce", ", priced at".
  if ((t.pos === 'AUX' && !/ing$/.test(t.lower)) || (t.pos === 'VERB' && lex.speech.has(t.lower))) return true;
  // "..., Edward Niedermeyer, president of the company, said": a speaker with his role (not a list of names:
  // "Mickey Mouse, Minnie Mouse, Donald Duck").
  const who = mentionAt(doc, k);
  const after = doc.tokens[who ? who.b : k];
  if (who?.type === 'person' && (/^(said|says|told)$/.test(after?.lower ?? '') || (after?.lower === ',' && doc.tokens[who.b + 1] && !doc.tokens[who.b + 1].cap))) return true;
  // ("under which Libya would sell its 15 pct stake, Fiat shares closed in Milan at 16,600 lire": a name, maybe a
  // noun, and a verb in the past: a clause with a subject of its own)
  if (who) {
    const v = doc.tokens[who.b]?.pos === 'NOUN' && !doc.tokens[who.b].cap ? who.b + 1 : who.b;
    const verb = doc.tokens[v];
    if (v < last && verb.pos === 'VERB' && (/ed$/.test(verb.lower) || IRREGULAR_PAST.has(verb.lower)) && doc.tokens[v + 1]?.lower !== 'by') return true;
  }
  return reportingClause(doc, k, last);
}

/**
 * "in a deal worth about $10 billion", "in a cash deal valued at $2 billion", "in a transaction that values": the deal
 * named again at token k ("in") with what it is worth, which ends a purpose.
 */
export function dealWorthAt(doc: Doc, k: number): boolean {
  const w = (q: number) => doc.tokens[q]?.lower ?? '';
  if (w(k) !== 'in' || !/^(a|an|the)$/.test(w(k + 1))) return false;
  let n = k + 2;
  while (n - k < 5 && !doc.tokens[n]?.cap && /^(ADJ|NOUN)$/.test(doc.tokens[n]?.pos ?? '') && !/^(deal|transaction)$/.test(w(n))) n++;
  if (!/^(deal|transaction)$/.test(w(n))) return false;
  return (w(n + 1) === 'worth' && amountAfter(doc, n + 2)) || (/^(valued|priced)$/.test(w(n + 1)) && w(n + 2) === 'at') || (w(n + 1) === 'that' && /^(values?|valued)$/.test(w(n + 2)));
}

/** An amount of money starts at token k, maybe after "about", "nearly", "up to" or "an estimated". */
function amountAfter(doc: Doc, k: number): boolean {
  for (let q = k; q < Math.min(doc.tokens.length, k + 4); q++) {
    const at = doc.tokens[q].start;
    if (doc.counts.some((c) => c.kind === 'money' && c.start === at)) return true;
    if (!/^(about|around|some|nearly|almost|roughly|approximately|up|to|more|than|over|an|estimated)$/.test(doc.tokens[q].lower)) return false;
  }
  return false;
}

/** ", the ministry said", ", officials told Reuters": a short clause reporting the sentence, to its end. */
function reportingClause(doc: Doc, k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 18); q++) {
    const w = doc.tokens[q].lower;
    // (not a comma inside the speaker's name: ", the Norwegian Ministry of Trade, Industry and Fisheries said")
    if (w === ';' || (w === ',' && (mentionCovering(doc, q)?.a ?? q) === q)) return false;
    if (!(lex.speech.has(w) || w === 'reported') || doc.tokens[q].pos === 'NOUN') continue;
    // (a speaker with no verb of its own, then only where, when and how it spoke: ", the two countries' trade
    // ministers said in a joint communique after a two-day meeting in Kuala Lumpur", ", Japanese Prime Minister Shinzo
    // Abe and his Australian counterpart Tony Abbott said after talks in Tokyo.")
    if (noVerbUntil(doc, k, q) && noVerbUntil(doc, q + 1, last)) return true;
    // A longer speaker has to be that.
    if (q - k >= 10) return false;
    // "..., a value-added reseller of ..." is no report: the clause must end the sentence soon after its verb.
    // (or end at a comma soon after: ", the carrier said on Thursday, marking its first foray ...")
    // (not "a value-added reseller of ...": a speaker of a few words, then the verb)
    // (", WAM reported", ", state news agency KUNA reported on Monday": an agency's report, as it ends a sentence)
    // (a short speaker, then only where and when it spoke: ", KTZ said in a statement on 5 June.")
    // (", the Polish defence ministry said, including ...": a speaker with no verb of its own, the verb set off by a
    // comma)
    if (doc.tokens[q + 1]?.lower === ',' && noVerbUntil(doc, k, q)) return true;
    return last - q <= 7 || (q - k <= 3 && doc.tokens[q - 1].lower !== '-' && (commaWithin(doc, q + 1, Math.min(last, q + 6)) || noVerbUntil(doc, q + 1, last)));
  }
  return false;
}

/**
 * Where a signing took place, not what it is about: "in the presence of the two leaders", "on the sidelines of
 * the summit", "on the occasion of", "during a visit", "at a ceremony", "after months of talks".
 */
export function circumstanceAt(doc: Doc, k: number): boolean {
  const w = (q: number) => doc.tokens[k + q]?.lower ?? '';
  if (w(1) === 'the' && ((w(0) === 'in' && w(2) === 'presence') || (w(0) === 'on' && /^(sidelines|occasion)$/.test(w(2))))) return w(3) === 'of';
  // ("during the French president's visit to Beijing", "during Mr Trump's visit")
  if (w(0) === 'during') {
    for (let n = 1; n <= 7 && /^[\w'.-]+$/.test(w(n)); n++) if (/^(visit|trip|tour|summit|meeting|talks)$/.test(w(n))) return n <= 2 || /^(a|the|his|her|their|its|mr|mrs|ms)$/.test(w(1)) || doc.tokens[k + 1].cap;
    return false;
  }
  // "after months of talks", "following five months of negotiations", "after talks brokered by the EU": how it came about
  if (/^(after|following)$/.test(w(0))) {
    // ("after marathon talks in Brussels", "after two days of talks")
    if (/^(talks|negotiations|discussions)$/.test(w(1))) return true;
    if (/^(talks|negotiations|discussions)$/.test(w(2)) && /^(NOUN|ADJ)$/.test(doc.tokens[k + 1]?.pos ?? '')) return true;
    // ("after more than two weeks of talks in Vienna": how long they took, in a few words)
    for (let n = 2; n <= 6 && /^[\w-]+$/.test(w(n)); n++) if (w(n) === 'of' && /^(talks|negotiations|discussions|wrangling)$/.test(w(n + 1))) return true;
  }
  // ("at the end of the 12th Joint Ministerial Commission meeting", "at the close of the forum": when the meeting ended)
  // (of a meeting: not "to become president at the end of March")
  if (w(0) === 'at' && w(1) === 'the' && /^(end|close|conclusion|closing|opening|start)$/.test(w(2)) && w(3) === 'of') {
    for (let n = 4; n <= 11 && /^[\w'.-]+$/.test(w(n)); n++) if (/^(meeting|meetings|summit|forum|talks|visit|conference|session|commission|ceremony)$/.test(w(n))) return true;
    return false;
  }
  // ("for 32 A380s worth $11.5bn at the Dubai Airshow": an event it was signed at)
  if (/^(at|during)$/.test(w(0)) && w(1) === 'the' && mentionAt(doc, k + 2)?.type === 'event') return true;
  // ("in a ceremony hosted by U.S. Secretary of State Marco Rubio", "in a signing ceremony": a ceremony it was signed in)
  if (w(0) === 'in' && /^(a|the)$/.test(w(1))) return w(2) === 'ceremony' || (w(2) === 'signing' && w(3) === 'ceremony');
  // "at a ceremony", "at the summit in Abidjan", "at a signing ceremony", "at the G20 summit"
  if (w(0) !== 'at' || !/^(a|the|an)$/.test(w(1))) return false;
  for (let n = 2; n <= 4 && /^[\w'-]+$/.test(w(n)); n++) if (/^(ceremony|signing|summit|meeting|conference|forum)$/.test(w(n))) return true;
  return false;
}

/** No verb from tokens from to to, bar a past participle ("in a statement issued on Monday"). */
function noVerbUntil(doc: Doc, from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const t = doc.tokens[q];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ed'))) return false;
  }
  return true;
}

function commaWithin(doc: Doc, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (doc.tokens[q].lower === ',') return true;
  return false;
}

/** Past "on Monday", "in Beijing", "yesterday" after a passive verb, to the "by" that may follow. */
export function skipWhenWhere(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  for (let guard = 0; guard < 3 && k < last; guard++) {
    const w = tokens[k].lower;
    // ("was reached late on Friday between management and the unions": the part of the day too)
    // ("reached a tentative agreement early Wednesday to end": or before a bare weekday)
    if (w === 'yesterday' || w === 'today' || w === ',' || (/^(late|early)$/.test(w) && (/^(on|in|last|this|yesterday|today)$/.test(tokens[k + 1]?.lower ?? '') || (Object.hasOwn(WEEKDAYS, tokens[k + 1]?.lower ?? '') && inDate(doc, k + 1))))) {
      k++;
      continue;
    }
    // ("signed a reciprocal agreement Friday to send police officers": a bare weekday, as American copy writes it)
    if (Object.hasOwn(WEEKDAYS, w) && inDate(doc, k)) {
      while (k < last && inDate(doc, k)) k++;
      continue;
    }
    // "signed on the occasion", "on the sidelines of the summit": when, not what the agreement is on.
    // ("on the margins of", "on the eve of", "on the second day of the visit")
    const day = /^(first|second|third|fourth|last|final|opening|closing)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'day' ? 1 : 0;
    if (w === 'on' && tokens[k + 1]?.lower === 'the' && (day || /^(occasion|sidelines|margins|fringes|eve)$/.test(tokens[k + 2]?.lower ?? ''))) {
      k += 3 + day;
      const from = k;
      if (tokens[k]?.lower === 'of') while (k < last && k - from < 10 && !/^(,|;|\.|by|between|with|to|for)$/.test(tokens[k].lower)) k++;
      continue;
    }
    // ("was signed at the Arava border crossing by Israeli Prime Minister ...": a venue no rule typed, before "by")
    if (/^(at|in)$/.test(w) && tokens[k + 1]?.lower === 'the') {
      let e = k + 2;
      // ("border crossing": a noun wink may tag as a verb, right before "by")
      while (e < last && e - k <= 6 && tokens[e].type === 'word' && (/^(NOUN|PROPN|ADJ)$/.test(tokens[e].pos) || (/ing$/.test(tokens[e].lower) && tokens[e + 1]?.lower === 'by'))) e++;
      if (e > k + 2 && tokens[e]?.lower === 'by') {
        k = e;
        continue;
      }
      // ("was signed at the cabinet headquarters in the New Administrative Capital by": and the place it is in,
      // named in capitals)
      if (e > k + 2 && /^(in|of)$/.test(tokens[e]?.lower ?? '')) {
        const f0 = tokens[e + 1]?.lower === 'the' ? e + 2 : e + 1;
        let f = f0;
        while (f < last && f - f0 < 5 && tokens[f].cap && tokens[f].type === 'word') f++;
        if (f > f0 && tokens[f]?.lower === 'by') {
          k = f;
          continue;
        }
      }
      // ("was signed in the Kenyan capital, Nairobi, by": the place's name between commas after it)
      const named = e > k + 2 && tokens[e]?.lower === ',' ? mentionAt(doc, e + 1) : undefined;
      if (named?.type === 'place' && tokens[named.b]?.lower === ',' && tokens[named.b + 1]?.lower === 'by') {
        k = named.b + 1;
        continue;
      }
    }
    // ("was signed at Leeds Civic Hall by the Lord Mayor": a venue named in capitals, before "by")
    // ("at Leeds Civic Hall on Tuesday by": or before when, then "by")
    if (w === 'at' && tokens[k + 1]?.cap) {
      let e = k + 1;
      // (or a house number inside it: "at Number 10 Downing Street")
      while (e < last && e - k <= 5 && ((tokens[e].cap && tokens[e].type === 'word') || (e > k + 1 && /^\d+$/.test(tokens[e].lower)))) e++;
      let to = tokens[e]?.lower === 'on' && inDate(doc, e + 1) ? e + 1 : e;
      while (to < last && inDate(doc, to)) to++;
      if (e > k + 2 && tokens[to]?.lower === 'by') {
        k = e;
        continue;
      }
    }
    if (!/^(on|in|at|during|last|this|earlier|over)$/.test(w)) break;
    // ("signed last Saturday in Hong Kong with": a date that leaves out its "last"; "reached over the weekend in Geneva")
    const q = /^(on|in|at|during|over)$/.test(w) || !inDate(doc, k) ? k + 1 : k;
    if (w === 'over' && !inDate(doc, q) && !inDate(doc, q + 1)) break;
    const m = mentionAt(doc, q);
    // ("at the Paris Air Show for 60 A350s": an event it was signed at)
    const event = /^(at|during)$/.test(w) ? mentionAt(doc, tokens[q]?.lower === 'the' ? q + 1 : q) : undefined;
    if (m && m.type === 'place') k = m.b;
    else if (event?.type === 'event') k = event.b;
    else if (q < last && inDate(doc, q)) {
      k = q;
      while (k < last && inDate(doc, k)) k++;
    } else break;
  }
  return k;
}

/**
 * Where what was agreed ends before when or where it was: "bought 10 Boeing 777s on Monday in a deal", "ordered
 * 20 jets in Paris in a deal" (the date and the city are the agreement's own, not part of what was bought).
 */
export function beforeWhenWhere(doc: Doc, s: number, e: number): number {
  const tokens = doc.tokens;
  for (let guard = 0; guard < 2 && e - s > 2; guard++) {
    if (cityAtEnd(doc, e, s)) {
      e = mentionCovering(doc, e - 1)!.a - 1;
      continue;
    }
    if (!inDate(doc, e - 1)) break;
    let d = e - 1;
    while (d > s && inDate(doc, d - 1)) d--;
    if (d - s < 2) break;
    // (not "to defer payments until June 30": a term of what was agreed)
    if (/^(on|in|at|during)$/.test(tokens[d - 1].lower)) e = d - 1;
    else if (tokens[d - 1].pos !== 'ADP' && tokens[d - 1].pos !== 'SCONJ' && tokens[d - 1].pos !== 'PART') e = d;
    else break;
  }
  return e;
}

/**
 * The verb of a main clause in the past before the comma at token comma, whose subject a participle clause after
 * it shares ("Japan and India agreed Thursday to strengthen defence cooperation, signing a pact on ..."); -1
 * when the clause is not past or not concluded ("will visit Delhi, signing ...", "plans to ...", "said").
 */
export function pastClauseBefore(doc: Doc, comma: number, first: number): number {
  const tokens = doc.tokens;
  let verb = -1;
  for (let k = comma - 1; k >= first; k--) {
    const t = tokens[k];
    if (lex.blockers.has(t.lower) && !mentionCovering(doc, k)) return -1;
    if (t.lower === ',' || t.lower === ';') return -1;
    if (t.pos === 'VERB' && !t.cap && (/ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) && !/^(is|are|was|were|been|has|have|had)$/.test(tokens[k - 1]?.lower ?? '')) verb = k;
  }
  return verb >= 0 && !lex.speech.has(tokens[verb].lower) ? verb : -1;
}
