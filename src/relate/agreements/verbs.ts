// The verb that governs an agreement noun: which verbs conclude which nouns ("win an order", "form an alliance"),
// what blocks them (negation, plans, talks), and the object and relative clauses that tie a verb to its noun.
import type { Doc } from '../../analyse/doc.js';
import { dict } from '../../analyse/lexicon.js';
import { mentionCovering } from '../mentions.js';
import { lex, type NounHit, type Party } from './lexicon.js';
import { inDate } from './date.js';
import { nounAt } from './noun.js';
import { subjectBefore } from './subject.js';
import { pronounSubject } from './speaker.js';

/** A seller's verbs: it wins, secures, lands, clinches or bags an order, a contract or a deal (or receives one). */
const WIN_WORDS = 'win|wins|won|secure|secures|secured|land|lands|landed|clinch|clinches|clinched|bag|bags|bagged|receive|receives|received';
export const WINS = new RegExp(`^(${WIN_WORDS})$`);
/** An order's verbs: the seller's, and the buyer's who signs, places, finalises or awards it ("awarded a 100 mln dlr order to Nixdorf"). */
const ORDER_WORDS = `${WIN_WORDS}|sign|signs|signed|place|places|placed|finalise|finalised|finalize|finalized|award|awards|awarded`;
const ORDER_VERBS = new RegExp(`^(${ORDER_WORDS})$`);
/** ... or, for one order, announces it: the buyer's ("Emirates announced an order for 43 Airbus A380 superjumbos"; a maker's "announced orders for 20 jets" names no buyer). */
const ONE_ORDER_VERBS = new RegExp(`^(${ORDER_WORDS}|announce|announces|announced)$`);

/** A settlement's or a truce's verbs: the sides reach, agree, sign or conclude it. */
const SETTLE_VERBS = /^(sign|signs|signed|signing|reach|reaches|reached|agree|agrees|agreed|conclude|concludes|concluded|finali[sz]e|finali[sz]ed|enter|entered|seal|seals|sealed|strike|strikes|struck|announce|announces|announced)$/;

/** Nouns that need a particular verb to count ("win an order", "sign a loan package"). */
export const NEEDS_VERB: Record<string, RegExp> = dict({
  // A seller wins an order, a buyer signs or places it ("IndiGo signed a firm order for 250 jets").
  order: ONE_ORDER_VERBS,
  orders: ORDER_VERBS,
  // ("Ford and Volkswagen announced a global alliance": announced as its object, see announcedObject)
  // ("Fiat and Chrysler finalised their alliance", "struck an alliance", "agreed on a green alliance")
  alliance: /^(sign|signs|signed|agree|agrees|agreed|forge|forged|form|formed|seal|sealed|announce|announces|announced|finali[sz]e|finali[sz]es|finali[sz]ed|conclude|concludes|concluded|ink|inks|inked|strike|strikes|struck)$/,
  // ("BMW and Peugeot agreed an engine tie-up", "sealed a tie-up": an alliance's verbs)
  'tie-up': /^(sign|signs|signed|forge|forged|form|formed|seal|sealed|announce|announces|announced|agree|agrees|agreed|finali[sz]e|finali[sz]es|finali[sz]ed|conclude|concludes|concluded|ink|inks|inked|strike|strikes|struck|reach|reaches|reached)$/,
  'tie-ups': /^(sign|signs|signed|forge|forged|form|formed|seal|sealed|agree|agrees|agreed|ink|inks|inked|strike|strikes|struck)$/,
  // ("struck a $5 billion partnership with Intel")
  // ("renewed a strategic partnership first signed in 2015")
  // ("The African Union and the European Union agreed a new partnership on migration")
  partnership: /^(sign|signs|signed|seal|sealed|ink|inked|form|formed|forge|forged|enter|entered|announce|announces|announced|strike|strikes|struck|agree|agrees|agreed|reach|reaches|reached|renew|renews|renewed|extend|extends|extended|expand|expands|expanded|deepen|deepens|deepened|broaden|broadens|broadened)$/,
  partnerships: /^(sign|signs|signed|seal|sealed|ink|inked|form|formed|strike|strikes|struck|agree|agrees|agreed|renew|renews|renewed|extend|extends|extended|expand|expands|expanded|deepen|deepens|deepened|broaden|broadens|broadened)$/,
  // ("Roche entered into a strategic collaboration with Alnylam"; not "a collaboration announced", proposed or praised)
  collaboration: /^(sign|signs|signed|ink|inked|enter|enters|entered|form|formed|forge|forged|seal|sealed|strike|strikes|struck)$/,
  collaborations: /^(sign|signs|signed|ink|inked|enter|enters|entered|form|formed|forge|forged|seal|sealed)$/,
  memorandum: /^(sign|signs|signed|signing|ink|inked)$/,
  // "signed a joint declaration on green hydrogen", "adopted the Johannesburg II Declaration" (a summit agrees its
  // text by adopting it); a declaration issued or read out binds no one.
  declaration: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  declarations: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  // A roadmap two sides sign or adopt ("signed a roadmap for expanding trade"); one drawn up or unveiled is a plan.
  // ("map" is the head of "road map", the only agreement noun it ends)
  map: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  maps: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  roadmap: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  roadmaps: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  // Documents are agreements only when signed or exchanged ("the two presidents signed 12 documents on cooperation";
  // not "documents filed with the SEC", "court documents showed").
  document: /^(sign|signs|signed|signing|ink|inked|exchange|exchanges|exchanged)$/,
  documents: /^(sign|signs|signed|signing|ink|inked|exchange|exchanges|exchanged)$/,
  // and so a joint statement or communiqué, signed ("Putin and Xi signed a joint statement")
  statement: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  statements: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  communique: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  communiqué: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  // A tender won is a contract awarded ("won the tender to build the Caculo Cabaca plant"); one launched, issued or
  // bid in is not.
  tender: /^(win|wins|won|secure|secures|secured|clinch|clinches|clinched|bag|bags|bagged)$/,
  tenders: /^(win|wins|won|secure|secures|secured|clinch|clinches|clinched|bag|bags|bagged)$/,
  // A plan two sides sign or adopt ("signed a joint action plan for 2024-2026"); one drawn up, announced or
  // proposed binds no one.
  plan: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  plans: /^(sign|signs|signed|signing|ink|inked|adopt|adopts|adopted)$/,
  // A programme or a credit facility signed with a lender ("signed a $3 billion Extended Credit Facility programme
  // with the IMF"); one launched, run or drawn on is none.
  // (so too a loan or a credit line: "signed a $500 million loan with the World Bank"; the head of "line of credit" is
  // "credit")
  ...Object.fromEntries(['programme', 'programmes', 'program', 'programs', 'facility', 'facilities', 'loan', 'loans', 'line', 'lines', 'credit'].map((n) => [n, /^(sign|signs|signed|signing|ink|inks|inked)$/])),
  // "The government and the Post Office have agreed a £2bn rescue package", "signed a 7.7 billion dlr loan package":
  // agreed or signed; a package unveiled, offered or proposed is no agreement.
  ...Object.fromEntries(['package', 'packages'].map((n) => [n, /^(sign|signs|signed|signing|agree|agrees|agreed|reach|reaches|reached|conclude|concludes|concluded|finali[sz]e|finali[sz]ed|seal|seals|sealed|strike|strikes|struck|ink|inks|inked)$/])),
  // "reached a settlement with the SEC", "agreed a ceasefire"; a "settlement won by" a plaintiff is damages.
  ...Object.fromEntries(['settlement', 'settlements', 'ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'truce', 'truces', 'armistice'].map((n) => [n, SETTLE_VERBS])),
  // "signed a currency swap arrangement", "the two sides reached a stopgap arrangement", "entered into a lease
  // arrangement": an arrangement made; one "worked out", proposed or to be finalised is none.
  // ("The Bank of Japan and the Reserve Bank of Australia renewed their bilateral currency swap arrangement": or
  // renewed or extended, as an agreement is)
  ...Object.fromEntries(['arrangement', 'arrangements'].map((n) => [n, /^(sign|signs|signed|signing|reach|reaches|reached|conclude|concludes|concluded|enter|enters|entered|seal|seals|sealed|strike|strikes|struck|ink|inks|inked|renew|renews|renewed|extend|extends|extended)$/])),
  // "Kraft has agreed a takeover of Cadbury": agreed between the two companies; a takeover launched, completed or
  // blocked is no agreement. ("merger" was measured and left out: as a noun of its own it took "signed the agreement
  // and plan of merger" and "completed a merger ... in a deal" from the agreements they name.)
  takeover: /^(agree|agrees|agreed)$/,
});
/**
 * Verbs that take only some agreement nouns: one forms, forges, establishes, creates or sets up an alliance, a
 * partnership or a joint venture
 * (not a contract); one continues, renews or extends an agreement that exists (not an order or a declaration).
 */
const FORMING = /^(form|forms|formed|forge|forges|forged|establish|establishes|established|create|creates|created|set|sets)$/;
const KEEPING = /^(continue|continues|continued|renew|renews|renewed|extend|extends|extended)$/;
/** One expands or deepens a partnership that exists: "agreed to expand their codeshare partnership to 15 more routes". */
const GROWING = /^(expand|expands|expanded|deepen|deepens|deepened|broaden|broadens|broadened)$/;
export const NEEDS_NOUN: Array<[RegExp, RegExp]> = [
  [FORMING, /^(alliances?|partnerships?|ventures?)$/],
  [KEEPING, /^(?!orders?$|declarations?$)/],
  [GROWING, /^(alliances?|partnerships?|collaborations?|ventures?)$/],
];
/** "exchanged MoUs", but "a technology exchange pact". */
export const EXCHANGE = /^exchang(e|es|ed)$/;
/** Those verbs (and "exchange") govern an agreement only as their object, active: not "Renewed optimism ... the accord reached". */
export function objectOnly(w: string): boolean {
  return FORMING.test(w) || KEEPING.test(w) || GROWING.test(w) || EXCHANGE.test(w);
}
/** Verbs that speak of an agreement that already exists: "will continue a joint venture agreement". */
const EXISTING = /^(continu|renew|extend)/;
/** What undoes an existing agreement's continuing or renewal: "did not renew", "refused to extend". */
const NEGATION = /^(not|n't|never|no|without|failed|fail|fails|refused|refuse|refuses|rejected|rejects|reject)$/;

/** A holding in something: "its interest in a joint venture", "a stake in a consortium". */
const HOLDING = /^(interest|interests|stake|stakes|holding|holdings|share|shares|role|part|participation|investment|investments|partner|partners)$/;

/** "agreed to merge in a deal", "agreed to defer the charges under a one-year pretrial agreement". */
export function agreedToIn(doc: Doc, v: number, a: number, bare = false): boolean {
  const k = afterAgreed(doc, v);
  if (doc.tokens[k]?.lower !== 'to') return false;
  return dealPreposition(doc, k + 1, a, bare) !== null;
}

/**
 * The token after "agreed" at v, past what may stand between it and its "to": "in principle" ("agreed in principle
 * to sell its European business to Ferruzzi in a 630 mln dlr deal") or when ("agreed on Friday to re-establish
 * diplomatic relations in a deal brokered by China", "agreed last week to").
 */
export function afterAgreed(doc: Doc, v: number): number {
  if (inPrinciple(doc, v)) return v + 3;
  let k = v + 1;
  if (doc.tokens[k]?.lower === 'on' && inDate(doc, k + 1)) k++;
  if (!inDate(doc, k)) return v + 1;
  while (k < doc.tokens.length && inDate(doc, k)) k++;
  return k;
}

/**
 * "in" or "under" when tokens [from, a) end with "in a" or "under a" before the agreement noun at a (or, `bare`, as
 * a headline writes it without the article: "in $59.5 billion deal"), in one clause of at most 20 words; else null.
 */
export function dealPreposition(doc: Doc, from: number, a: number, bare = false): string | null {
  const tokens = doc.tokens;
  if (a - from > 18) return null;
  for (let k = from; k < a; k++) if (/^(;|\.|which|who|that|but|while|after|before|if|unless)$/.test(tokens[k].lower)) return null;
  // (not "its interest in an ethylene glycols joint venture": a holding in a venture)
  for (let k = Math.max(from + 1, a - 5); k < (bare ? a : a - 1); k++) {
    // (not "ordered the company to pay in a ruling on a deal": the noun after "in a" is another)
    // (a headline drops the article: "Exxon to buy Pioneer in $59.5 billion deal")
    const article = /^(a|an)$/.test(tokens[k + 1].lower);
    if (/^(in|under)$/.test(tokens[k].lower) && (article || bare)) {
      for (let q = article ? k + 2 : k + 1; q < a; q++) if (tokens[q].pos === 'ADP') return null;
      return HOLDING.test(tokens[k - 1].lower) ? null : tokens[k].lower;
    }
  }
  return null;
}

/** "agreed in principle to ...": agreed, the terms still to be set down. */
export function inPrinciple(doc: Doc, v: number): boolean {
  return doc.tokens[v + 1]?.lower === 'in' && doc.tokens[v + 2]?.lower === 'principle';
}

export const ANNOUNCE = /^(announc(e|es|ed)|unveil(s|ed)?)$/;
/** Verbs of buying a purpose opens with ("to acquire Wyeth"). */
export const BUYING = /^(acquire|buy|purchase)$/;
/** Their past, for a purchase made in a deal ("has bought 10 Boeing 777s in a deal", "ordered 100 jets in a deal"). */
export const BOUGHT = /^(bought|acquired|purchased|ordered)$/;

/** Words that open a clause of time: "when", "once", "until" ... */
const FUTURE_TIME = /^(when|once|until|till|before|after)$/;

/** Whether a negation, a plan, a modal, talks or a clause of time keeps the verb at verbAt from making the agreement. */
export function blocked(doc: Doc, verbAt: number, hit: NounHit, first: number, passive: boolean): boolean {
  const tokens = doc.tokens;
  const from = Math.max(first, verbAt - 4);
  // An agreement that exists is not undone by a plan or a modal: "will also continue a joint venture agreement".
  const blocks = EXISTING.test(tokens[verbAt].lower) ? (w: string) => NEGATION.test(w) : (w: string) => lex.blockers.has(w);
  // ("American Subscription Plan Inc signed": a word of a name blocks nothing)
  const named = (k: number) => tokens[k].cap && mentionCovering(doc, k) !== undefined;
  for (let k = from; k < verbAt; k++) {
    const w = tokens[k].lower;
    // ("If the agreement -- reached on Friday by Arthur Liman and John Nields -- is ratified": a condition before the
    // noun of a participle's agreement is the main clause's)
    if (passive && k < hit.a && /^(if|unless|whether)$/.test(w)) continue;
    if (blocks(w) && !named(k)) {
      // "will" in "which will ..." after the verb does not count; before it, it does.
      return true;
    }
  }
  // ("Japan and the United States initialled a draft agreement": initialling is what is done to a draft, the text
  // agreed)
  const drafted = (k: number) => tokens[k].lower === 'draft' && /^initiall?ed$/.test(tokens[verbAt].lower);
  for (let k = hit.a - 2; k < hit.a; k++) if (k >= first && lex.blockers.has(tokens[k].lower) && !passive && !named(k) && !drafted(k)) return true;
  // ("the appointment becomes effective when it and the French government sign the definitive agreement", "once the
  // two companies sign"): a present verb in a clause of time says what is still to come.
  if (!passive && lex.verbs.get(tokens[verbAt].lower)?.tense === 'present') {
    for (let k = verbAt - 1; k >= first && verbAt - k <= 10 && !/^[,;:]$/.test(tokens[k].lower); k--) {
      if (FUTURE_TIME.test(tokens[k].lower)) return true;
      if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') break;
    }
  }
  // ("it is preferable, if possible that the executive and legislative branches reach a budget deficit reduction
  // package", "Among the conditions are that Santa Fe enter into an agreement": a present verb after a "that" of what
  // is wanted or required says what should be, not what was)
  if (!passive && lex.verbs.get(tokens[verbAt].lower)?.tense === 'present') {
    for (let k = verbAt - 1; k > first && verbAt - k <= 12 && !/^[,;:]$/.test(tokens[k].lower); k--) {
      if (tokens[k].lower !== 'that') continue;
      for (let q = k - 1; q >= first && k - q <= 3; q--) if (lex.mandative.has(tokens[q].lower)) return true;
      break;
    }
  }
  // "have completed preliminary negotiations on forming a joint venture": the verb's own object blocks (not "agreed
  // after 36 hours of negotiations the details of an outline accord").
  if (!passive && verbAt < hit.a && !talksConcluded(doc, verbAt, hit)) {
    // ("entered into preliminary discussions with Mitsui on the formation of a joint venture")
    let k = tokens[verbAt + 1]?.lower === 'into' ? verbAt + 2 : verbAt + 1;
    while (k < hit.a && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
    if (k < hit.a && lex.blockers.has(tokens[k].lower) && !named(k) && !drafted(k)) return true;
  }
  if (passive && quantifiedGenerally(doc, hit.a, first)) return true;
  // ("upon execution of contracts currently being concluded with <Peter Kiewit Sons Inc's> Kiewit Mining Group unit":
  // one in the making, not made; not a gerund, "after being signed last July", "due to its being signed")
  if (passive && tokens[verbAt - 1]?.lower === 'being' && !/^(after|since|before|upon|on|despite|for|of|its|their|by|without|from|in)$/.test(tokens[verbAt - 2]?.lower ?? '')) return true;
  if (passive) {
    // ("The treaty, which must now be ratified by all 25 member states, was signed": not inside a relative clause
    // between commas, which says what is still to come of it)
    let aside = false;
    for (let k = hit.b; k < verbAt; k++) {
      if (tokens[k].lower === ',') aside = /^(which|that)$/.test(tokens[k + 1]?.lower ?? '') && !aside;
      else if (!aside && lex.blockers.has(tokens[k].lower)) return true;
    }
  }
  return false;
}

/**
 * "all contracts and agreements signed by the Community must contain this clause": any agreement of a kind, a rule
 * about them, not one that was signed (but "all three agreements signed by them", which counts some).
 */
function quantifiedGenerally(doc: Doc, a: number, first: number): boolean {
  const tokens = doc.tokens;
  let k = a - 1;
  while (k >= first && a - k <= 4 && (tokens[k].lower === 'and' || ((tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ') && !tokens[k].cap))) k--;
  return k >= first && /^(all|any|every)$/.test(tokens[k].lower);
}

/**
 * "The European Union and Mercosur concluded negotiations on a free trade agreement": talks concluded on an
 * agreement settle it (agreed, not yet signed); "completed preliminary negotiations on forming a joint venture" do not.
 */
export function talksConcluded(doc: Doc, verbAt: number, hit: NounHit): boolean {
  const tokens = doc.tokens;
  if (!/^(conclude|concludes|concluded|complete|completes|completed|finali[sz]e|finali[sz]es|finali[sz]ed)$/.test(tokens[verbAt].lower)) return false;
  let k = verbAt + 1;
  if (/^(the|their|its)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(negotiations|talks)$/.test(tokens[k]?.lower ?? '')) return false;
  // ("concluded negotiations on Friday on a free trade agreement": past when)
  if (tokens[k + 1]?.lower === 'on' && inDate(doc, k + 2)) {
    k += 2;
    while (inDate(doc, k + 1)) k++;
  }
  if (!/^(on|for|over)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // (the agreement noun right after, past its article and modifiers)
  for (let q = k + 2; q < hit.a; q++) if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[q].pos) && tokens[q].lower !== '-') return false;
  return hit.a - k <= 7;
}

/**
 * Whether the verb at v governs the noun at a, not another verb between them: "entered the market to arrange
 * repurchase agreements" and "reached agreement to form a joint venture" (for "joint venture") do not;
 * "enter" governs only "into" an agreement or the agreement itself ("entered marketing agreements").
 */
export function governsDirectly(doc: Doc, verb: string, v: number, a: number, b: number): boolean {
  const tokens = doc.tokens;
  // (not "put pen to paper on the accord", where wink may tag "paper" a verb)
  for (let k = v + 1; k < a - 1; k++) if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB' && !lex.verbs.has(tokens[k + 1].lower) && tokens[k - 1].lower !== 'pen') return false;
  // (not a second object after a participle's clause: "signed a supply agreement ..., starting in 2025, and a
  // memorandum with Glencore")
  const second = /^(a|an)$/.test(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.lower === 'and' && tokens[a - 3]?.lower === ',';
  // "an agreement with Hutton under which Hutton will terminate its merger agreement", "..., formalizing a
  // preliminary agreement": the noun is in a clause of its own, with its own verb.
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    if (/^(which|who|whom|whereby)$/.test(t.lower)) return false;
    // "completed its acquisition of Jaguar under an agreement signed in March"
    if (t.lower === 'under' || (t.lower === 'of' && tokens[k - 1].lower === 'part')) return false;
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k - 1].lower === ',' && !lex.verbs.has(t.lower) && !second) return false;
    // ("The deal, agreed with the Commission after talks in Windsor, replaces the old contract": the main verb after
    // the participle's clause takes the noun as its object)
    if (t.pos === 'VERB' && tokens[k - 1].lower === ',' && !lex.verbs.has(t.lower) && objectOf(doc, k, a)) return false;
  }
  // "reached agreement with the union on a new contract": the verb governs the first agreement noun, and the
  // second is what the first is about; not "signed a variety of agreements ... as well as technical pacts".
  // (read up to the agreement noun's first word, so that a noun modifying it is none of its own: "an Extended
  // Credit Facility programme")
  for (let k = Math.max(v + 1, a - 25); k < a; k++) {
    const other = nounAt(doc, k, v + 1, a + 1);
    if (!other || other.b > a) continue;
    let coordinated = false;
    let comma = false;
    for (let q = k + 1; q < a; q++) {
      if (/^(and|or|as|plus)$/.test(tokens[q].lower)) coordinated = true;
      if (tokens[q].lower === ',') comma = true;
    }
    // "won an order for 500 jets, the largest order in its history": after a comma alone, an apposition; a list
    // goes on ("signed agreements, pacts and memoranda").
    if (!coordinated && comma && /^(,|and|or)$/.test(tokens[b]?.lower ?? '')) coordinated = true;
    if (!coordinated) return false;
  }
  if (!/^enter/.test(verb) || tokens[v + 1]?.lower === 'into') return true;
  // "entered a new, unsecured revolving credit agreement", "entered a five-year loan and security agreement".
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    const modifier = /^(DET|ADJ|NUM|NOUN|PROPN|SYM|ADV|CCONJ)$/.test(t.pos) || /^[,-]$/.test(t.lower) || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower));
    if (!modifier) return false;
  }
  return a - v <= 8;
}

const WITNESS = /^(witness|witnesses|witnessed|attend|attends|attended|oversaw|oversee|oversees|hosted|hosts|held|holds|celebrated|marked|welcomed|announced)$/;

/**
 * A signing spoken of as an event that took place: "witnessed the signing of 20 agreements", "presided over the
 * signing of", "held a signing ceremony for the refinery agreement", "The signing ceremony of the agreement between X
 * and Y was held", "after the signing of". The index of the verb whose subject held or witnessed it (-1 if none).
 */
export function signingEvent(doc: Doc, v: number, hit: NounHit, first: number, last: number): { witness: number } | null {
  const tokens = doc.tokens;
  if (!/^(the|a)$/.test(tokens[v - 1]?.lower ?? '') || !/^(of|ceremony)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  const w = v - 2 >= first && tokens[v - 2].lower === 'over' && /^presid/.test(tokens[v - 3]?.lower ?? '') ? v - 3 : v - 2;
  if (w >= first && WITNESS.test(tokens[w].lower) && tokens[w].pos !== 'NOUN') return { witness: w };
  if (w >= first && /^(after|following)$/.test(tokens[w].lower)) return { witness: -1 };
  // "The forum concluded with the signing of 15 agreements", "The visit saw the signing of", "talks that culminated
  // in the signing of": the occasion, not a party to what was signed.
  if (w >= first && tokens[w].lower === 'saw') return { witness: -1 };
  if (w - 1 >= first && /^(with|in)$/.test(tokens[w].lower) && /^(concluded|ended|closed|culminated|resulted|wound|wrapped|closes|ends|concludes)$/.test(tokens[w - 1].lower === 'up' ? (tokens[w - 2]?.lower ?? '') : tokens[w - 1].lower)) return { witness: -1 };
  // the signing as the subject: "... took place", "... was held"
  if (v - 1 !== first) return null;
  for (let k = hit.b; k < Math.min(last, hit.b + 20); k++) {
    const t = tokens[k].lower;
    if (t === ';') break;
    if ((t === 'took' && tokens[k + 1]?.lower === 'place') || (/^(was|were)$/.test(t) && /^(held|witnessed|attended)$/.test(tokens[k + 1]?.lower ?? ''))) return { witness: -1 };
  }
  return null;
}

/**
 * "The agreement, which Japan and South Korea signed in 2015", "the third agreement the two companies have signed":
 * the past concluding verb of a relative clause whose subject is the whole phrase between it and the noun.
 */
export function objectRelative(doc: Doc, hit: NounHit, first: number, last: number): { verbAt: number; parties: Party[] } | null {
  const tokens = doc.tokens;
  let s = hit.b;
  // ("an agreement in principle it reached with": past what kind of agreement it is)
  if (tokens[s]?.lower === 'in' && tokens[s + 1]?.lower === 'principle') s += 2;
  const comma = tokens[s]?.lower === ',';
  if (comma) s++;
  const pronoun = /^(which|that)$/.test(tokens[s]?.lower ?? '');
  if (pronoun) s++;
  // without a pronoun, only right after the noun and only a name, a described group ("the two companies") or "it"
  // and "they" ("an agreement it has signed with Trafalgar House PLC": whom the sentence names before)
  else if (comma || !(tokens[s]?.cap || /^(the|its|their|both|it|they)$/.test(tokens[s]?.lower ?? ''))) return null;
  for (let k = s + 1; k < Math.min(last, s + 9); k++) {
    const w = tokens[k].lower;
    if (/^[,.;:]$/.test(w)) return null;
    if (!lex.verbs.has(w) || lex.verbs.get(w)!.tense !== 'past' || ANNOUNCE.test(w) || objectOnly(w)) continue;
    // ("agreements it previously reached with its creditors": an adverb between too)
    if (/^(it|they)$/.test(tokens[s].lower) && s + 1 < k && !tokens.slice(s + 1, k).every((t) => /^(has|have|had)$/.test(t.lower) || (t.pos === 'ADV' && /ly$/.test(t.lower)))) return null;
    const subj = /^(it|they)$/.test(tokens[s].lower) ? pronounSubject(doc, s, first) : subjectBefore(doc, k, s);
    return subj && subj.start === s ? { verbAt: k, parties: subj.parties } : null;
  }
  return null;
}

/**
 * "became the first country to sign", "was the second company to ink": the index of that past "became"/"was" when
 * the infinitive at v ends such a phrase with nothing planned before it, else -1.
 */
export function firstToSign(doc: Doc, v: number, first: number): number {
  const tokens = doc.tokens;
  // ("the first G7 country": a word or two between)
  let o = v - 3;
  while (o > v - 5 && o > first && /^(NOUN|PROPN|ADJ)$/.test(tokens[o].pos) && !/^(first|second|third|latest|last|only)$/.test(tokens[o].lower)) o--;
  const b = o - 2;
  if (b < first || tokens[v - 1].lower !== 'to' || tokens[v - 2].pos !== 'NOUN' || !/^(first|second|third|latest|last|only)$/.test(tokens[o].lower) || tokens[o - 1].lower !== 'the') return -1;
  if (!/^(became|was|were)$/.test(tokens[b].lower)) return -1;
  for (let k = Math.max(first, b - 3); k < b; k++) if (lex.blockers.has(tokens[k].lower)) return -1;
  return b;
}

/** Only an article, a possessive or modifiers between the verb at v and the noun at a: the noun is its object. */
function objectOf(doc: Doc, v: number, a: number): boolean {
  for (let k = v + 1; k < a; k++) if (!/^(DET|ADJ|NUM|PROPN|NOUN|PRON)$/.test(doc.tokens[k].pos) || doc.tokens[k].lower === ',') return false;
  return true;
}
