// The agreement noun and the words around it: its kind phrase ("strategic cooperation agreement"), amounts and
// counts that make it no agreement ("122,819 contracts"), and the sides written before it ("the U.S.-China deal").
import type { Doc, MentionRef } from '../../analyse/doc.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { mentionCovering, possessiveAt } from '../mentions.js';
import { CURRENCY_WORDS, lex, NAMING, type NounHit } from './lexicon.js';
import { EXCHANGE } from './verbs.js';
import { inDate } from './date.js';
import { PURPOSE_START } from './purpose.js';

/** Gerunds that name the trade an agreement is for: "a roaming agreement", "a tolling deal". */
const TRADE_GERUND = /^(roaming|interconnecting|franchising|tolling|processing|outsourcing|refinancing|financing|licensing|marketing|leasing|sponsoring|broadcasting|trading|clearing|hedging|servicing|sourcing|purchasing|operating|pooling|routing|landing|ticketing)$/;

const NOT_KIND = new Set(['recent', 'new', 'previous', 'earlier', 'latest', 'final', 'other', 'further', 'similar', 'such', 'major', 'big', 'massive', 'huge', 'first', 'second', 'third', 'fourth', 'fifth', 'several', 'separate', 'same', 'historic', 'landmark', 'preliminary', 'formal', 'official',
  // what the writer thinks of it, not what kind it is: "a sweeping free trade agreement"
  'sweeping', 'ambitious', 'controversial', 'lucrative', 'key', 'important', 'significant', 'crucial', 'unprecedented', 'groundbreaking', 'hefty', 'record',
  // or how long it was coming: "a long-delayed free trade agreement", "the previously-announced merger agreement"
  'long-awaited', 'long-delayed', 'much-delayed', 'long-sought', 'hard-won', 'much-anticipated', 'long-anticipated', 'long-stalled', 'previously-announced', 'already-announced', 'so-called',
  // how many: "a dozen cooperation documents", "various agreements"
  'dozen', 'dozens', 'handful', 'couple', 'pair', 'various', 'numerous', 'many', 'multiple', 'some',
  // what an amount is in: "a 40 billion Euroyen equivalent loan"
  'equivalent']);

/**
 * The names before an agreement noun and its modifiers: the owner of "Britain's first post-Brexit trade deal", the
 * two sides of "the U.S.-China trade deal" or "the EU-Japan agreement".
 */
export function sidesBefore(doc: Doc, a: number, first: number): MentionRef[] {
  const tokens = doc.tokens;
  let k = a - 1;
  while (k > first && a - k <= 3 && !tokens[k].cap && /^(ADJ|NUM|NOUN)$/.test(tokens[k].pos)) k--;
  if (possessiveAt(doc, k)) {
    const owner = mentionCovering(doc, k - 1);
    return owner && owner.type !== 'person' ? [owner] : [];
  }
  // "U.S.-China": two names joined by a glued hyphen, right before the noun or its modifiers
  for (let q = k; q > first && a - q <= 5; q--) {
    if (tokens[q].lower !== '-' || tokens[q].start !== tokens[q - 1].end || tokens[q + 1]?.start !== tokens[q].end) continue;
    const left = mentionCovering(doc, q - 1);
    const right = mentionCovering(doc, q + 1);
    if (left && right && left !== right && left.type !== 'person' && right.type !== 'person') return [left, right];
  }
  return [];
}

export function nounAt(doc: Doc, i: number, first: number, last: number): NounHit | null {
  const tokens = doc.tokens;
  const candidates = lex.byFirst.get(tokens[i].lower);
  if (!candidates) return null;
  for (const n of candidates) {
    if (i + n.length > last) continue;
    let ok = true;
    for (let k = 0; k < n.length; k++) if (tokens[i + k].lower !== n[k]) ok = false;
    if (!ok) continue;
    const head = tokens[i + n.length - 1];
    if (n.length === 1 && head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
    // "a strategic partnership agreement": a modifier of the agreement noun after it, not an agreement of its own.
    const after = tokens[i + n.length];
    if (i + n.length < last && after.pos === 'NOUN' && lex.byFirst.has(after.lower) && after.start - head.end === 1) return null;
    // ("a ceasefire and hostage release deal": the first of two kinds joined, which the second's hit reads as one)
    if (after?.lower === 'and' && tokens[i - 1] && /^(DET|NUM|VERB|AUX)$/.test(tokens[i - 1].pos) && head.pos === 'NOUN' && !head.cap && kindJoinedAfter(doc, i + n.length + 1, last)) return null;
    // "contract talks", "contract gas reached 4.40 dlrs", "order books": a noun the agreement noun modifies.
    if (i + n.length < last && !after.cap && after.type === 'word' && lex.modified.has(after.lower) && after.start - head.end === 1) return null;
    // ("a document scanning and vectorizing system", "document management": a noun or a gerund the word describes)
    if (/^documents?$/.test(head.lower) && i + n.length < last && !after.cap && after.type === 'word' && (after.pos === 'NOUN' || (/ing$/.test(after.lower) && !PURPOSE_START.test(after.lower)))) return null;
    // "a great deal of", "a good deal"; "a string of deals" speaks of deals in general, unless they were just
    // signed ("China and Pakistan signed a series of agreements")
    if (head.lower === 'deal' && /^(great|good)$/.test(tokens[i - 1]?.lower ?? '')) return null;
    if (tokens[i - 1]?.lower === 'of' && /^(string|series|spate|wave|flurry|raft|host)$/.test(tokens[i - 2]?.lower ?? '') && !(/^(a|an)$/.test(tokens[i - 3]?.lower ?? '') && lex.verbs.has(tokens[i - 4]?.lower ?? ''))) return null;
    let a = i;
    while (a - 1 >= first) {
      const t = tokens[a - 1];
      // "a 27-year contract": a compound with a number is not part of the kind; "production-sharing agreements" is.
      if (a - 2 >= first && tokens[a - 2].lower === '-' && tokens[a - 2].end === t.start) {
        const w = tokens[a - 3];
        // ("the U.S.-China trade deal": two names joined by the hyphen are the sides, not the kind)
        if (!w || a - 3 < first || w.end !== tokens[a - 2].start || w.type !== 'word' || amountWord(w.lower) || amountWord(t.lower) || (w.cap && t.cap) || NOT_KIND.has(w.lower + '-' + t.lower)) break;
        const before = a;
        a -= 3;
        // "the oil-for-bridges deal": a compound of more words, hyphen by hyphen.
        while (a - 2 >= first && tokens[a - 1].lower === '-' && tokens[a - 1].end === tokens[a].start && tokens[a - 2].end === tokens[a - 1].start && tokens[a - 2].type === 'word' && !amountWord(tokens[a - 2].lower)) a -= 2;
        // ("their 20-year-old joint venture": a compound that opens with a number says how old or long, no kind)
        if (a - 2 >= first && tokens[a - 1].lower === '-' && tokens[a - 1].end === tokens[a].start && tokens[a - 2].end === tokens[a - 1].start && /\d$/.test(tokens[a - 2].lower)) {
          a = before;
          break;
        }
        continue;
      }
      const afterNumber = a - 2 >= first && tokens[a - 2].end === t.start && /\d$/.test(tokens[a - 2].lower);
      // "a 130 mln marks joint order": the amount's scale and currency are not part of the kind either.
      // So too "a 900 mln mark contract" and "a four year contract": a currency or a length after its number.
      const amount = Object.hasOwn(NUMBER_WORDS.scales, t.lower) || Object.hasOwn(CURRENCY_WORDS, t.lower) || measureAfterNumber(doc, a - 1, first);
      // ("Airbus lands IndiGo order": a company wink tags as a common noun is a party, not part of the kind)
      const company = t.cap && t.pos === 'NOUN' && mentionCovering(doc, a - 1)?.type === 'organisation';
      // ("a production sharing contract", "a revenue sharing agreement": a noun and a gerund wink tags as a verb)
      const sharing = t.pos === 'VERB' && t.type === 'word' && /ing$/.test(t.lower) && a - 2 >= first && tokens[a - 2].pos === 'NOUN' && !tokens[a - 2].cap && tokens[a - 2].type === 'word';
      // ("a roaming agreement", "an operating agreement": a trade's gerund wink tags as a verb)
      const trade = t.pos === 'VERB' && !t.cap && TRADE_GERUND.test(t.lower);
      if (sharing || trade) a--;
      else if ((t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'PROPN' && !t.cap)) && t.type === 'word' && !NOT_KIND.has(t.lower) && !lex.blockers.has(t.lower) && (!lex.verbs.has(t.lower) || EXCHANGE.test(t.lower)) && !afterNumber && !amount && !company) a--;
      else break;
    }
    // "production and development contracts", "a trade and investment agreement": two kinds joined, as one (after
    // a modifier only: not "loans and agreements").
    if (a < i) {
      const w = tokens[a - 2];
      const before = tokens[a - 3];
      if (a - 3 >= first && tokens[a - 1].lower === 'and' && !w.cap && w.type === 'word' && (w.pos === 'NOUN' || w.pos === 'ADJ') && !NOT_KIND.has(w.lower) && !lex.blockers.has(w.lower) && !lex.verbs.has(w.lower) && /^(DET|NUM|VERB|AUX)$/.test(before.pos)) a -= 2;
    }
    // "the Good Friday Agreement", "the Trans-Pacific Partnership": a capitalised agreement's whole name is its kind.
    if (a === i && tokens[i].cap && i > first) {
      while (a - 1 >= first && i - a < 6) {
        const t = tokens[a - 1];
        if (t.lower === '-' && a - 2 >= first && tokens[a - 2].cap && tokens[a - 2].end === t.start && t.end === tokens[a].start) a -= 2;
        else if (t.cap && t.type === 'word' && t.pos === 'PROPN' && !inDate(doc, a - 1)) a--;
        // ("a Just Energy Transition Partnership": a name's first word, whatever wink tags it, after the article)
        else if (t.cap && t.type === 'word' && a - 2 >= first && /^(a|an|the)$/.test(tokens[a - 2].lower) && !inDate(doc, a - 1)) a--;
        else break;
      }
    }
    const last2 = n[n.length - 1];
    // "memorandums of understanding", "letters of intent": the number is the first word's.
    const word = n.length >= 3 && n[1] === 'of' ? n[0] : last2;
    return { a, b: i + n.length, headA: i, plural: (/s$/.test(word) && !/(ss|us)$/.test(word)) || word === 'treaties' || word === 'memoranda' || word === 'mous' };
  }
  return null;
}

/**
 * Lower-case modifiers from token k, up to four, then an agreement noun of one word that ends the phrase: the rest of
 * a kind joined by "and" ("hostage release deal" in "a ceasefire and hostage release deal").
 */
function kindJoinedAfter(doc: Doc, k: number, last: number): boolean {
  const tokens = doc.tokens;
  for (let j = k; j < last && j - k <= 4; j++) {
    const t = tokens[j];
    if (t.cap || t.type !== 'word' || !/^(NOUN|ADJ)$/.test(t.pos)) return false;
    if (j > k && lex.byFirst.get(t.lower)?.some((c) => c.length === 1) && !(j + 1 < last && tokens[j + 1].pos === 'NOUN')) return true;
  }
  return false;
}

/** "received a 48 mln dlrs contract", "received a U.S. Army contract": an order or a contract, no other noun before it. */
export function receivedObject(doc: Doc, v: number, a: number, headWord: string): boolean {
  if (!/^(orders?|contracts?)$/.test(headWord)) return false;
  for (let k = v + 1; k < a; k++) if (doc.tokens[k].pos === 'NOUN' && !amountWord(doc.tokens[k].lower) && !measureAfterNumber(doc, k, v + 1)) return false;
  return true;
}

/**
 * "a four-year contract", "a 900 mln mark contract", "The 190-page document": a length or a currency after its
 * number, at token k (from `from`).
 */
export function measureAfterNumber(doc: Doc, k: number, from: number): boolean {
  const tokens = doc.tokens;
  return /^(years?|months?|weeks?|days?|pages?|mark|crown)$/.test(tokens[k].lower) && k > from && (amountWord(tokens[k - 1].lower) || tokens[k - 1].lower === '-');
}

/** An agreement noun within a few words from token k ("a contract", "a $2 billion supply deal"): an object of its own. */
export function agreementNounNear(doc: Doc, k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 6); q++) {
    if (nounAt(doc, q, k, last)) return true;
    if (/^[,;.]$/.test(doc.tokens[q].lower)) return false;
  }
  return false;
}

/** The words from the verb at v to the noun at a are only determiners and modifiers: "announced its merger agreement". */
export function announcedObject(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  if (/^(previously|already|earlier|recently|just)$/.test(tokens[v - 1]?.lower ?? '')) return false;
  // ("set up a joint venture": the particle of the verb)
  const up = tokens[v + 1]?.lower === 'up' && /^sets?$/.test(tokens[v].lower) ? 1 : 0;
  if (a - v - up > 4) return false;
  // ("to form a new long-term operational partnership": wink may tag "new" after an article as an adverb)
  for (let k = v + 1 + up; k < a; k++) if (!(/^(DET|ADJ|NUM|PRON|PART)$/.test(tokens[k].pos) || (tokens[k].pos === 'ADV' && tokens[k - 1].pos === 'DET')) || tokens[k].lower === 'that') return false;
  return true;
}

/** "exchanged signed copies of the agreement": the verb at v has the signed texts of the noun at a as its object. */
export function copiesObject(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  let k = v + 1;
  if (/^(the|their)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'signed') k++;
  if (!/^(copies|copy|texts|documents|instruments)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return false;
  k += 2;
  if (k < a && /^(the|a|an|their)$/.test(tokens[k].lower)) k++;
  return k === a;
}

/** The words from verb v to the noun at a are its object's determiners, adjectives and amount: "a 2.5 billion dlr". */
export function amountObject(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  if (a - v > 8) return false;
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    if (!(/^(DET|ADJ|NUM|PRON|PART)$/.test(t.pos) || amountWord(t.lower) || t.type === 'currency' || t.lower === '-' || measureAfterNumber(doc, k, v + 1)) || t.lower === 'that') return false;
  }
  return true;
}

/** A number, a number word, a scale or a currency: "27", "five", "mln", "dlr" ("a 15-mln-dlr contract"). */
export function amountWord(w: string): boolean {
  return /\d/.test(w) || Object.hasOwn(NUMBER_WORDS.units, w) || Object.hasOwn(NUMBER_WORDS.tens, w) || Object.hasOwn(NUMBER_WORDS.scales, w) || Object.hasOwn(CURRENCY_WORDS, w);
}

/** A quotation mark glued to the comma before it: the end of words quoted ('with Okamoto," adding'), not the start of a title. */
export function closingQuote(doc: Doc, q: number): boolean {
  const t = doc.tokens[q];
  return !!t && t.lower === '"' && t.start === doc.tokens[q - 1].end;
}

/**
 * Past "worth" and the amount after it ("worth 300 mln stg", "worth about $2bn"), when "to" or "for" follows (or a
 * word `next` matches: "worth more than 20 mln dlrs by Boeing"); else k.
 */
export function pastWorth(doc: Doc, k: number, last: number, next?: RegExp): number {
  const tokens = doc.tokens;
  // (", valued at more than 30 mln dlrs, to supply": the amount between commas, then the purpose)
  const aside = tokens[k]?.lower === ',' && /^(worth|valued)$/.test(tokens[k + 1]?.lower ?? '');
  if (aside) {
    const q = pastWorth(doc, k + 1, last, /^,$/);
    return q > k + 1 && tokens[q].lower === ',' && /^(to|for)$/.test(tokens[q + 1]?.lower ?? '') && q + 2 < last ? q + 1 : k;
  }
  // ("valued at 20 mln dlrs to supply": as "worth")
  const valued = tokens[k]?.lower === 'valued' && tokens[k + 1]?.lower === 'at';
  if (tokens[k]?.lower !== 'worth' && !valued) return k;
  let q = valued ? k + 2 : k + 1;
  // ("worth up to 7.3 mln dlrs": "up to" is part of the amount; "worth a record 6.7 billion pounds": and what is said
  // of it)
  if (tokens[q]?.lower === 'up' && tokens[q + 1]?.lower === 'to') q += 2;
  while (q < last && q - k <= 14 && !/^(to|for)$/.test(tokens[q].lower) && tokens[q].lower !== ',' && (tokens[q].pos === 'NUM' || tokens[q].type !== 'word' || amountWord(tokens[q].lower) || /^(about|around|some|nearly|almost|over|more|than|an|estimated|a|total|of|record|reported|combined|potential)$/.test(tokens[q].lower))) q++;
  // ("worth $6bn, under which China will receive ...": the comma before the terms, or none: "worth $400bn (£238bn)
  // under which Gazprom will supply")
  const at = tokens[q]?.lower === ',' ? q + 1 : q;
  const terms = tokens[at]?.lower === 'under' && tokens[at + 1]?.lower === 'which';
  // ("worth $500 million on Tuesday to modernise the grid": or when it was signed, then the purpose)
  const when = /^(on|in|at)$/.test(tokens[q]?.lower ?? '') && inDate(doc, q + 1);
  return q < last && q > (valued ? k + 2 : k + 1) && (/^(to|for)$/.test(tokens[q].lower) || !!next?.test(tokens[q].lower) || terms || when) ? q : k;
}

/**
 * "a contract with Rosoboronexport, Russia's state arms exporter, for the upgrade of ...": past the words between
 * commas that say what the party named just before is, or what it is part of or where it is from, to the purpose
 * after them.
 */
export function pastDescription(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  // (a name, if no rule typed it, capitalised)
  // ("with <Mitsubishi Chemical Industries Ltd>, Japan, to market": the name before the bracket wire copy closes it with)
  const close = tokens[k - 1]?.lower === '>' && mentionCovering(doc, k - 2) ? k - 1 : k;
  const named = mentionCovering(doc, close - 1);
  if (tokens[k]?.lower !== ',' || (named ? named.b !== close || named.type === 'person' : !tokens[k - 1]?.cap)) return k;
  let q = k + 1;
  const owner = mentionCovering(doc, q);
  if (owner?.a === q && owner.type === 'place' && possessiveAt(doc, owner.b)) q = owner.b + 1;
  else if (/^(the|a|an)$/.test(tokens[q]?.lower ?? '')) q++;
  const from = q;
  // (", Irvine, Calif., to market": where the party is; ", a New York real estate investment banking firm, to": a
  // place that describes it)
  const at = mentionCovering(doc, q);
  if (at?.type === 'place' && at.a === q && at.rule !== 'place.demonym') {
    let e = at.b;
    const region = tokens[e]?.lower === ',' ? mentionCovering(doc, e + 1) : undefined;
    if (region?.type === 'place' && region.a === e + 1 && tokens[region.b]?.lower === ',') e = region.b;
    if (from === k + 1 && tokens[e]?.lower === ',' && /^(for|to|covering)$/.test(tokens[e + 1]?.lower ?? '') && e + 2 < last) return e + 1;
    if (from > k + 1) q = at.b;
  }
  // ("the British state-owned carmaker": a demonym, and words a hyphen joins)
  const described = (r: number): boolean => (tokens[r].type === 'word' && !tokens[r].cap && /^(NOUN|ADJ)$/.test(tokens[r].pos)) || (r === from && mentionCovering(doc, r)?.rule === 'place.demonym') || (tokens[r].lower === '-' && tokens[r - 1].end === tokens[r].start && tokens[r + 1]?.start === tokens[r].end && r > from);
  const words = q;
  while (q < last && q - words < 6 && (described(q) || (tokens[q - 1]?.lower === '-' && q > from && tokens[q].type === 'word' && !tokens[q].cap))) q++;
  // (", a unit of Cominco Ltd, to develop": the company it is part of; ", of Finland, to build": where it is from)
  // (", a subsidiary of Russian nuclear agency Rosatom, to build": or of a company described first)
  let o = q + 1;
  if (tokens[q]?.lower === 'of' && q > from) {
    if (tokens[o]?.lower === 'the') o++;
    // (", the satellite arm of Indonesia's state telecoms firm Telkom Indonesia, to bring": or a country's)
    const dem = mentionCovering(doc, o);
    if (dem?.rule === 'place.demonym' && dem.a === o) o = dem.b;
    else if (dem?.type === 'place' && dem.a === o && possessiveAt(doc, dem.b)) o = dem.b + 1;
    while (o < last && o - q <= 6 && tokens[o].type === 'word' && !tokens[o].cap && /^(NOUN|ADJ)$/.test(tokens[o].pos)) o++;
  }
  const of = tokens[q]?.lower === 'of' && (q === from ? from === k + 1 : tokens[q - 1].pos === 'NOUN') ? mentionCovering(doc, o) : undefined;
  if (of && of.a === o && (of.type === 'organisation' || (q === from && of.type === 'place'))) q = of.b;
  else if (q === words || tokens[q - 1].pos !== 'NOUN') return k;
  if (tokens[q]?.lower !== ',' || !/^(for|to|covering)$/.test(tokens[q + 1]?.lower ?? '') || q + 2 >= last) return k;
  return q + 1;
}

/** Past what the joint venture or deal is called, after its sides: "with Indo-Thai Synthetics called Thai Peroxide Co Ltd to build". */
export function pastCalled(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  if (!NAMING.test(tokens[k]?.lower ?? '')) return k;
  let q = k + 1;
  if (tokens[k].lower === 'known') {
    if (tokens[q]?.lower !== 'as') return k;
    q++;
  }
  if (tokens[q]?.lower === 'the') q++;
  const name = mentionCovering(doc, q);
  const end = name?.a === q ? name.b : tokens[q]?.cap ? q + 1 : q;
  let e = end;
  while (e < last && e > q && tokens[e].cap && tokens[e].type === 'word') e++;
  return e > q ? e : k;
}

/**
 * "a new five-year protocol to their Sustainable Fisheries Partnership Agreement", "an amendment to the 1998 treaty":
 * past the agreement the document is added to, which is not what it is for.
 */
export function pastAgreementAddedTo(doc: Doc, k: number, first: number, last: number): number {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== 'to' || !/^(the|their|its|this|that|an?)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  for (let q = k + 2; q < Math.min(last, k + 10); q++) {
    const hit = nounAt(doc, q, first, last);
    if (hit) return hit.b;
    const t = tokens[q];
    if (!(t.cap || /^(NOUN|ADJ|NUM|PROPN)$/.test(t.pos) || (t.lower === '-' && t.start === tokens[q - 1].end))) return k;
  }
  return k;
}

/** A record or a count in thousands between the verb and the noun: "a record 122,819 contracts". */
export function tradedVolume(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (w === 'record' || /^\d{1,3}(,\d{3})+$|^\d{4,}$/.test(w)) return true;
  }
  return false;
}

/** The name at token q is what a company was called before ("<Deutsche Bank (Asia) AG>, the former <European Asian Bank AG>"). */
export function formerName(doc: Doc, q: number): boolean {
  const before = doc.tokens[q - 1]?.lower === '<' ? q - 2 : q - 1;
  return doc.tokens[before]?.lower === 'former' && doc.tokens[before - 1]?.lower === 'the';
}

export function singular(kind: string): string {
  return kind
    .replace(/memorand(a|ums) of understanding$/i, 'memorandum of understanding')
    .replace(/letters of intent$/i, 'letter of intent')
    .replace(/protocols of (intent|agreement)$/i, 'protocol of $1')
    .replace(/treaties$/i, 'treaty')
    .replace(/(\w)s$/, '$1');
}
