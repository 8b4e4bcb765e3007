// One agreement noun's clause: its governing verb, status, parties, purpose, date and place, or null when
// it reports no agreement concluded.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { isHeadline } from '../../recognise/entities/candidates.js';
import { mentionAt, mentionCovering, mentionList, possessiveAt } from '../mentions.js';
import { GROUP_NOUNS, lex, type NounHit, type Party, TITLES } from './lexicon.js';
import { afterAgreed, agreedToIn, ANNOUNCE, blocked, BOUGHT, BUYING, dealPreposition, EXCHANGE, firstToSign, governsDirectly, NEEDS_NOUN, NEEDS_VERB, objectOnly, objectRelative, signingEvent, talksConcluded, WINS } from './verbs.js';
import { describedOneBefore, oneParty, sameParty, shortOf, theOneBefore } from './same-agreement.js';
import { agreementNounNear, amountObject, amountWord, announcedObject, copiesObject, closingQuote, formerName, nounAt, pastAgreementAddedTo, pastCalled, pastDescription, pastWorth, receivedObject, sidesBefore, singular, tradedVolume } from './noun.js';
import { fieldsAfter, PURPOSE_START, purposeStartAt, purposeText, tickerPoint } from './purpose.js';
import { afterTo, companyAfterOf, customerOfTerms, firmOrCountry, openingName, PAIR_WRITTEN, partiesInPurpose, partnerOfTerms, purchasedFrom } from './purpose-parties.js';
import { awardedTheCompany, bodyBeforeShortForm, bodyOf, countedCountries, homeCountry, namesAt, officerAfter, partyOf, placeKindOf, relativeAntecedent, subjectOfSentence, writtenParty } from './parties.js';
import { subjectBefore } from './subject.js';
import { sentenceSpeaker, speakerBefore } from './speaker.js';
import { governmentAfter, personsRole } from './noun-phrase.js';
import { partyPhrase } from './party-phrase.js';
import { beforeWhenWhere, circumstanceAt, clauseAfter, dealWorthAt, pastClauseBefore, skipWhenWhere } from './clauses.js';
import { afterAnchor, dateIn, dateRowAt, inDate, ownClauseDate, pastDateAfter, pastMonthOfSigning, SIGNING_TIME } from './date.js';
import { cityAtEnd, pastOccasion, pastSidelines, placeBefore, placeIn } from './place.js';
import { bodyNamedAt } from './signers.js';

/** The verb of a relative clause that says what an agreement does: "that will see", "which allows". */
const WHAT_IT_DOES = /^(will|would|allows?|gives?|covers?|calls?|sets?|provides?|includes?|commits?|paves?|ends?|creates?|grants?)$/;

/** Texts one speaks in: "said in a joint statement". */
const SPOKEN_IN = /^(statement|statements|communique|communiqué|declaration)$/;

/** Sentence s is a headline: in title case, or a line that ends without a full stop. */
function headline(doc: Doc, s: number): boolean {
  const sentence = doc.sentences[s];
  return isHeadline(doc, sentence) || !/^[.!?"'”’)]$/.test(doc.tokens[sentence.last - 1]?.lower ?? '.');
}

/**
 * Words after a comma that go on to say what the agreement does: ", covering trade", ", aimed at ...", ", allowing
 * troops to train in each other's territory".
 */
const AFTER_COMMA = /^(covering|aimed|allowing|enabling|granting|permitting|paving|providing|giving)$/;

/**
 * Past where the other side is, between commas, to words that say what the agreement does: "with Ozaki Trading Co
 * Ltd of Osaka, Japan, allowing Ozaki to ...", "with Sumitomo Bakelite Co Ltd, Tokyo, Japan, providing for ...".
 */
function pastPlaceAside(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  let p = k;
  for (;;) {
    const m = tokens[p]?.lower === ',' ? mentionAt(doc, p + 1) : undefined;
    if (m?.type !== 'place' || m.b >= last || tokens[m.b].lower !== ',') break;
    p = m.b;
  }
  return p > k && AFTER_COMMA.test(tokens[p + 1]?.lower ?? '') ? p : k;
}

/** Another "on behalf of" from token k to the clause's end. */
function behalfAfter(doc: Doc, k: number, last: number): boolean {
  for (let r = k; r < last; r++) if (doc.tokens[r].lower === 'behalf') return true;
  return false;
}

/** Participles that say what an agreement is about, done nowhere: "covering areas such as ...". */
const COVERING = /^(covering|concerning|regarding)$/;

/** Joining another side (then "with"): "teamed up", "joined forces", "linked up"; "partnered", "allied". */
const JOINED_TWO = /^(team(ed|s)? up|join(ed|s)? forces|link(ed|s)? up)$/;
const JOINED_ONE = /^(partner(ed|s)|allied)$/;

/** The noun (with its "with"/"between" parties) is the subject of a passive concluding verb: "... with Chile was signed". */
function passiveAfter(doc: Doc, hit: NounHit, last: number): boolean {
  const tokens = doc.tokens;
  let k = hit.b;
  if (/^(with|between)$/.test(tokens[k]?.lower ?? '')) {
    const ph = partyPhrase(doc, k + 1, last, 'counterparty');
    if (ph.parties.length === 0) return false;
    k = ph.end;
  }
  if (/^(has|have|had)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2;
  else if (/^(was|were)$/.test(tokens[k]?.lower ?? '')) k++;
  else return false;
  if (tokens[k]?.pos === 'ADV') k++;
  const w = tokens[k]?.lower ?? '';
  return lex.verbs.has(w) && /(ed|won|struck)$/.test(w);
}

/** The tokens of each agreement's purpose, for the agreement nouns inside it. */
export const purposeTokens = new WeakMap<AgreementRow, [number, number]>();
/** Rows read as one of the documents signed together ("Among them was ...", "including ..."). */
export const signedTogether = new WeakSet<AgreementRow>();

export function agreementFor(doc: Doc, hit: NounHit, first: number, last: number, prevSubject: Party[] | null): AgreementRow | null {
  const tokens = doc.tokens;
  // ("Qantas and JAL signed a codeshare agreement ..., the two carriers said in a joint statement": what they said
  // it in, not a text they signed)
  if (SPOKEN_IN.test(tokens[hit.b - 1].lower) && tokens[hit.a - 2]?.lower === 'in' && /^(a|an|the|their|its)$/.test(tokens[hit.a - 1].lower) && /^(said|says|say|announced|added|stated|confirmed)$/.test(tokens[hit.a - 3]?.lower ?? '')) return null;
  // ("The deal, the first such pact Japan has struck with a major agricultural exporter, was signed": a kind of
  // agreement, not one more)
  if (tokens[hit.a - 1]?.lower === 'such' && hit.a - 1 >= first) return null;
  // "denied that it had signed any agreement with Huawei", "no agreement was reached": none was made.
  if (/^(any|no)$/.test(tokens[hit.a - 1]?.lower ?? '') && hit.a - 1 >= first) return null;
  // ("cease-fire": the hyphened word is the head)
  const hyphened = hit.b - hit.headA >= 3 && tokens[hit.b - 2].lower === '-';
  const headWord = hyphened ? `${tokens[hit.b - 3].lower}-${tokens[hit.b - 1].lower}` : tokens[hit.b - 1].lower;
  // The governing verb: before the noun (active: "X signed a deal") or after it (passive: "a deal was signed by").
  let verbAt = -1;
  let passive = false;
  let announcedAsSettled = false;
  let boughtInDeal = false;
  let joinedInDeal = false;
  let soldInDeal = false;
  let penToPaper = false;
  let approvedBetween = false;
  let signedAmong = false;
  let beatFor = false;
  let hasWith = false;
  let talksSides: Party[] = [];
  let approvedWith = false;
  for (let k = hit.a - 1; k >= Math.max(first, hit.a - 25); k--) {
    const w = tokens[k].lower;
    if (w === ';' || (w === '.' && k < hit.a - 1)) break;
    // "took place after an agreement was reached": "place" concludes only an order.
    if (/^place/.test(w) && !/^orders?$/.test(headWord)) continue;
    // "announced a definitive agreement": only with the agreement as its object; "a previously announced
    // agreement", "announced a tender for a pact", "announced in December an agreement" leave the verb to others.
    if (ANNOUNCE.test(w) && !announcedObject(doc, k, hit.a)) continue;
    // So do "formed a joint venture" and "renewed its contract": "Renewed optimism stems from the accord reached by
    // OPEC" leaves the accord to "reached".
    // ("set up a joint venture": "set" only with its "up")
    if (/^sets?$/.test(w) && tokens[k + 1]?.lower !== 'up') continue;
    // ("Emirates has extended its shirt sponsorship of Real Madrid until 2031 in a deal worth 70 million euros": what
    // it already had, extended in a deal, as a purchase is made in one)
    if (/^(extended|renewed)$/.test(w) && /^(its|their)$/.test(tokens[k + 1]?.lower ?? '') && dealPreposition(doc, k + 1, hit.a) === 'in') {
      verbAt = k;
      boughtInDeal = true;
      break;
    }
    // ("renewed their 15 billion yuan currency swap agreement": an amount before it as well)
    // ("the two sides exchanged signed copies of the agreement": or the signed texts of it, exchanged)
    if (objectOnly(w) && !announcedObject(doc, k, hit.a) && !amountObject(doc, k, hit.a) && !(EXCHANGE.test(w) && copiesObject(doc, k, hit.a))) continue;
    if (w === 'signed' && EXCHANGE.test(tokens[k - 1]?.lower ?? '') && copiesObject(doc, k - 1, hit.a)) continue;
    // ("a currency exchange agreement", "a telephone exchange order": the noun, part of the kind)
    if (EXCHANGE.test(w) && tokens[k].pos !== 'VERB') continue;
    // ("Lightning strikes hit the grain sector ... in a new labour agreement": "strikes" as a noun governs only an
    // agreement right after it, as headlines write it: "Boeing strikes deal with Airbus")
    if (/^strikes?$/.test(w) && tokens[k].pos !== 'VERB' && hit.a - k > 4) continue;
    // ("The UAW struck at three GM factories as labor contract talks broke down": a strike, unless the agreement is
    // what was struck: "struck a 2.5 billion dlr deal")
    if (/^(strike|strikes|struck|striking)$/.test(w) && !amountObject(doc, k, hit.a)) continue;
    // ("a 15.5 mln bag offer": "bag" only as a verb, or after a name, as headlines write it: "L&T bags order")
    if (/^bags?$/.test(w) && tokens[k].pos !== 'VERB' && !(k > first && tokens[k - 1].cap && tokens[k - 1].pos === 'PROPN')) continue;
    // One accepts the agreement itself, as its object: "the unions accepted a pay deal" (not "accepted bids ... at a
    // tender for a repurchase pact", "accepted an offer ... in contract talks").
    if (/^accept/.test(w) && (hit.a < k || !announcedObject(doc, k, hit.a))) continue;
    // ("long term and short term secured revolving credit agreements", "a fully secured loan agreement": an adjective)
    if (w === 'secured' && /^(a|an|the|its|their|term|fully|partly|senior)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // ("penned a 1.5 trillion won contract": the Korean currency after an amount, not the verb)
    if (w === 'won' && k - 1 >= first && amountWord(tokens[k - 1].lower)) continue;
    // ("signed an Extended Credit Facility programme": a verb's form right after an article describes the noun)
    if (k - 1 >= first && /^(a|an|the)$/.test(tokens[k - 1].lower) && w.endsWith('ed')) continue;
    // ("a similar previously-announced agreement with Bally": so does one an adverb joins by a hyphen; not "co-signed")
    if (k - 2 >= first && tokens[k - 1].lower === '-' && tokens[k - 1].end === tokens[k].start && tokens[k - 2].end === tokens[k - 1].start && /(ly|^already|^long|^much|^well)$/.test(tokens[k - 2].lower)) continue;
    // A seller receives an order or a contract, as its object: "received a 3.5 billion yen credit under an agreement
    // signed with ..." leaves the agreement to "signed"; "received final approval ... of a power contract" to none.
    if (/^receiv/.test(w) && !receivedObject(doc, k, hit.a, headWord)) continue;
    // ("bonus awards": "award" only as a verb)
    // ("have both struck deals": wink may tag a participle after an auxiliary or a subject as an adjective; "the
    // signed agreement" stays no verb)
    const participle = tokens[k].pos === 'ADJ' && k > first && (/^(has|have|had|both|also|jointly|all)$/.test(tokens[k - 1].lower) || tokens[k - 1].pos === 'PROPN');
    // "US drugs giant Pfizer is to buy rival Wyeth in a $68bn deal": a purchase announced as settled, and the deal
    // it is made in, read as "has agreed to buy ... in a deal".
    // (not "details are to be spelled out in a partnership agreement to be negotiated": one still to come)
    // ("Pfizer will acquire Seagen for $43 billion under a deal announced on Monday": the same)
    // ("Exxon to buy Pioneer in $59.5 billion deal": a headline's infinitive after the name, as "is to buy")
    // (a headline: written in title case, or a line without a full stop)
    const headlineTo = w === 'to' && k > first && tokens[k - 1].cap && BUYING.test(tokens[k + 1]?.lower ?? '') && headline(doc, tokens[k].sent) && agreedToIn(doc, k - 1, hit.a, true);
    if ((/^(is|are)$/.test(w) && tokens[k + 2]?.lower !== 'be' && agreedToIn(doc, k, hit.a)) || (w === 'will' && BUYING.test(tokens[k + 1]?.lower ?? '') && dealPreposition(doc, k + 2, hit.a) !== null) || headlineTo) {
      verbAt = k;
      announcedAsSettled = true;
      break;
    }
    // "Jet Airways has bought 10 Boeing 777s in a deal worth $2.5bn": a purchase made in a deal, concluded.
    // ("Ford sold Volvo Cars to Geely in a deal worth $1.8bn": a sale too)
    // (in a deal, not "under an agreement it had with UNC": one that was there before)
    // ("Pfizer bought Seagen in a deal": what was bought may be one word)
    // ("SABMiller won control of Colombian brewer Bavaria in a deal worth $7.8bn": control won, as a purchase)
    const control = /^(won|took|gained|acquired)$/.test(w) && tokens[k + 1]?.lower === 'control' && tokens[k + 2]?.lower === 'of';
    if ((((BOUGHT.test(w) || w === 'sold') && tokens[k].pos === 'VERB') || control) && dealPreposition(doc, k + 1, hit.a) === 'in') {
      verbAt = k;
      boughtInDeal = true;
      soldInDeal = w === 'sold';
      break;
    }
    // "Sony Ericsson has teamed up with Google in a deal to put its software on phones", "Nokia joined forces with
    // Siemens in a deal": two sides joined in a deal, as a purchase is made in one.
    const joined = JOINED_TWO.test(`${w} ${tokens[k + 1]?.lower}`) ? 2 : JOINED_ONE.test(w) ? 1 : 0;
    if (joined && tokens[k + joined]?.lower === 'with' && dealPreposition(doc, k + joined + 1, hit.a) === 'in') {
      verbAt = k;
      boughtInDeal = true;
      joinedInDeal = true;
      break;
    }
    // "Among the documents signed were an agreement between the governments of Kazakhstan and China ...": a list of
    // what was signed, each with its own sides (the documents sign nothing).
    if (w === 'signed' && /^(were|was)$/.test(tokens[k + 1]?.lower ?? '') && k - 2 >= first && tokens[k - 1].pos === 'NOUN' && /s$/.test(tokens[k - 1].lower) && tokens.slice(first, k - 1).some((t) => t.lower === 'among')) {
      verbAt = k;
      signedAmong = true;
      break;
    }
    // "Vietnam and Laos signed 15 cooperation documents ... The documents include an agreement ... between the two
    // governments, a memorandum of understanding ... between EVN and EDL": so does what the signed ones include.
    // ("They include ...", "Among them was a memorandum of understanding ... between ONGC Videsh and Sistema": the
    // signed ones named by a pronoun)
    if ((/^(include|includes|included)$/.test(w) || (/^(was|were|is|are)$/.test(w) && k === first + 2 && tokens[first].lower === 'among' && /^(them|these|those)$/.test(tokens[first + 1].lower))) && documentsSignedBefore(doc, first, k)) {
      verbAt = k;
      signedAmong = true;
      break;
    }
    // "signed nine agreements, including a memorandum of understanding ... between ONGC Videsh and Sistema": one of
    // the signed ones, named with its own sides.
    if (w === 'including' && tokens[hit.b]?.lower === 'between' && signedDocumentsBefore(doc, first, k)) {
      verbAt = k;
      signedAmong = true;
      break;
    }
    // "Northrop Grumman and EADS have unexpectedly defeated Boeing for a US$ 40 billion contract": won it, over a rival.
    if (/^(defeat|defeats|defeated|beat|beats|outbid|outbids|outbidded)$/.test(w) && tokens[k].pos === 'VERB' && /^(orders?|contracts?|tenders?)$/.test(headWord)) {
      // (the rival, then "for" and the noun with its amount: "for a US$ 40 billion (GB # 20.1 billion) contract")
      let f = k + 1;
      while (f < hit.a && f - k <= 6 && tokens[f].lower !== 'for' && tokens[f].pos !== 'VERB' && tokens[f].lower !== ',') f++;
      if (tokens[f].lower === 'for' && hit.a - f <= 12 && !tokens.slice(f + 1, hit.a).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === ',')) {
        verbAt = k;
        beatFor = true;
        break;
      }
    }
    // "Toshiba has an agreement with Motorola Inc to sell the U.S. firm's chips in Japan": one in force, concluded.
    if (/^(has|have|had)$/.test(w) && tokens[hit.b]?.lower === 'with' && announcedObject(doc, k, hit.a) && tokens[k + 1]?.lower !== 'been') {
      verbAt = k;
      hasWith = true;
      break;
    }
    // "Talks between Airbus and the Chinese government ended with an agreement for 150 A320 jets": the talks' sides
    // agreed it.
    if (/^(ended|end|ends|concluded|culminated)$/.test(w) && tokens[k + 1]?.lower === 'with' && tokens.slice(k + 2, hit.a).every((t) => /^(DET|ADJ)$/.test(t.pos))) {
      talksSides = sidesOfTalks(doc, first, k);
      if (talksSides.length >= 2) {
        verbAt = k;
        break;
      }
    }
    // "The European Commission has approved a deal between Lufthansa and Swiss": the deal the sides agreed, which
    // whoever approves it is no party to.
    if (/^(approve|approves|approved|clear|clears|cleared)$/.test(w) && tokens[k].pos === 'VERB' && tokens[hit.b]?.lower === 'between' && announcedObject(doc, k, hit.a)) {
      verbAt = k;
      approvedBetween = true;
      break;
    }
    // "Lufthansa's board approved an agreement with Swiss", "Greenwood's board approved an agreement with Colorado
    // National": the subject's side of an agreement with the other, agreed.
    // (a company, a country or a company's board approves; not its shareholders, who vote on what it signed)
    if (/^(approve|approves|approved)$/.test(w) && tokens[k].pos === 'VERB' && tokens[hit.b]?.lower === 'with' && announcedObject(doc, k, hit.a) && approverBefore(doc, k, first)) {
      verbAt = k;
      approvedWith = true;
      break;
    }
    // ("Regulators signed off on a deal between Disney and Fox": approved it; one who signs off signs nothing)
    if (lex.verbs.has(w) && tokens[k + 1]?.lower === 'off' && tokens[k + 2]?.lower === 'on') {
      if (tokens[hit.b]?.lower !== 'between' || hit.a - (k + 3) > 4) break;
      verbAt = k;
      approvedBetween = true;
      break;
    }
    // "Britain and Mauritius put pen to paper on the accord": signed it.
    if (w === 'paper' && k - 3 >= first && tokens[k - 1].lower === 'to' && tokens[k - 2].lower === 'pen' && /^(put|puts|putting)$/.test(tokens[k - 3].lower) && /^(on|to)$/.test(tokens[k + 1]?.lower ?? '')) {
      verbAt = k - 3;
      penToPaper = true;
      break;
    }
    // ("hammered out a deal", "thrashed out an agreement": only with "out"; "shares were hammered" is no deal)
    if (/^(hammer|thrash)/.test(w) && tokens[k + 1]?.lower !== 'out') continue;
    // (a verb wink tags as a noun, as headlines write it, governs only near the noun: not "writedown of land and
    // ... settlements with U.S. agencies", twenty words on)
    // ("attended the signing ceremony of the Igdir-Nakhchivan gas pipeline agreement": "the signing of" or "the
    // signing ceremony of" further)
    const signingOf = w === 'signing' && /^(of|ceremony)$/.test(tokens[k + 1]?.lower ?? '') && hit.a - k <= 12;
    if (lex.verbs.has(w) && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || participle || ((tokens[k].pos === 'NOUN' || k === first || tokens[k].pos === 'PROPN') && !/^award/.test(w) && (hit.a - k <= 6 || signingOf)))) {
      // ("notes secured by sales contracts": the agreement is what secures, no party to it is named)
      if (tokens[k + 1]?.lower === 'by') break;
      // ('It concluded: "The nature ... of the deals"': a verb of saying, what was said after it)
      if (tokens[k + 1]?.lower === ':') break;
      // ("volume reached a record 78,546 contracts": futures traded, no agreement)
      if (/^reach/.test(w) && tradedVolume(doc, k + 1, hit.a)) break;
      // ("Financing agreements were reached recently with Chile and Venezuela, an accord with the Philippines seems
      // ...": a passive verb has its agreement before it; a noun past a comma after it is another clause's (but "was
      // awarded a five-year, 1.2 billion dlr contract" is given one)
      const be = tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
      const given = /^(award|grant|give|given|offer|hand)/.test(w);
      if (!given && be >= first && /^(is|are|was|were|be|been|being)$/.test(tokens[be].lower) && tokens.slice(k + 1, hit.a).some((t) => t.lower === ',')) break;
      // "The EU signed a pact with Singapore in May, and an interim agreement with Chile was signed in December":
      // a verb of its own after the noun, not the earlier clause's.
      if (!passiveAfter(doc, hit, last)) verbAt = k;
      break;
    }
  }
  // "The agreement between Israel and the United Arab Emirates was signed": the parties may come before the verb.
  let before: { parties: Party[]; end: number } | null = null;
  // "The agreement, which Japan and South Korea signed in 2015, ...": signed by the relative clause's subject.
  const relative = verbAt < 0 ? objectRelative(doc, hit, first, last) : null;
  if (relative) {
    verbAt = relative.verbAt;
    before = { parties: relative.parties, end: relative.verbAt };
    passive = true;
  }
  // What a passive agreement is about, written before its verb: [first token, end token).
  let topic: [number, number] | null = null;
  if (verbAt < 0) {
    let from = hit.b;
    const w0 = tokens[hit.b]?.lower;
    if (w0 === 'between' || w0 === 'with') {
      before = partyPhrase(doc, hit.b + 1, last, w0 === 'with' ? 'counterparty' : 'between');
      if (before.parties.length > 0) from = before.end;
      else before = null;
    }
    // ("An agreement between India and Japan on civil nuclear cooperation was signed": past what it is about; "A
    // framework agreement on the establishment of a China-Kyrgyzstan-Uzbekistan railway company was signed")
    // ("A $700 million deal between India's Adani Group and the Sri Lanka Ports Authority to develop a container
    // terminal in Colombo was signed": past what it is for, an infinitive whose words are the purpose)
    const infinitive = tokens[from]?.lower === 'to' && tokens[from + 1]?.pos === 'VERB' ? 1 : 0;
    // ("a treaty of friendship and cooperation, signed by Mr Wen and ...": what it is of, in lower case, up to the
    // comma before its participle)
    const ofWhat = tokens[from]?.lower === 'of' && !tokens[from + 1]?.cap && tokens[from + 1]?.pos === 'NOUN';
    if ((before || from === hit.b) && (/^(on|for)$/.test(tokens[from]?.lower ?? '') || infinitive || ofWhat)) {
      for (let c = from + 1 + infinitive; c < Math.min(last, from + (before ? 9 : 16) + 4 * infinitive); c++) {
        if (ofWhat && tokens[c].lower === ',' && lex.verbs.has(tokens[c + 1]?.lower ?? '') && /ed$/.test(tokens[c + 1].lower)) {
          topic = [from + 1, c];
          from = c + 1;
          break;
        }
        if (/^(was|were)$/.test(tokens[c].lower)) {
          // ("... for 20 jets that was reached": the relative pronoun is no part of it)
          const pronoun = /^(that|which)$/.test(tokens[c - 1].lower) ? 1 : 0;
          topic = [from + 1 - infinitive, c - pronoun];
          from = c;
          break;
        }
        // ("the Agreement between India and Brazil on Social Security, which was signed in March 2017")
        if (tokens[c].lower === ',' && /^(which|that)$/.test(tokens[c + 1]?.lower ?? '') && /^(was|were)$/.test(tokens[c + 2]?.lower ?? '')) {
          topic = [from + 1 - infinitive, c];
          from = c + 2;
          break;
        }
        if (tokens[c].pos === 'VERB' || tokens[c].pos === 'AUX' || /^[,.;]$/.test(tokens[c].lower)) break;
      }
    }
    // "The contract, worth $2bn, was awarded": past an aside between commas that has no verb of its own.
    // ("The agreement, which still needs regulatory approval, was signed": past a relative clause too; "The
    // agreement between Vodafone and Verizon, which has been under discussion for months, was finally signed": and
    // after the parties.)
    if (tokens[from]?.lower === ',') {
      const relativeAside = /^(which|that)$/.test(tokens[from + 1]?.lower ?? '');
      for (let c = from + 1; c < Math.min(last, from + (relativeAside ? 16 : 13)); c++) {
        // (not "The agreement, which was signed in 2015, ...": the clause's own verb is the agreement's)
        if ((tokens[c].pos === 'VERB' || tokens[c].pos === 'AUX') && (!relativeAside || lex.verbs.has(tokens[c].lower))) break;
        if (tokens[c].lower !== ',') continue;
        if (/^(was|were|has|have|had)$/.test(tokens[c + 1]?.lower ?? '')) from = c + 1;
        break;
      }
    }
    // ("The agreement between India and Brazil, which was signed in March 2017, ...": past the relative pronoun)
    if (before && tokens[from]?.lower === ',' && /^(which|that)$/.test(tokens[from + 1]?.lower ?? '') && /^(was|were)$/.test(tokens[from + 2]?.lower ?? '')) from += 2;
    // After such a phrase, only "was signed", "signed" right after it or after a comma ("..., signed in").
    const reach = before ? 3 : 6;
    for (let k = from; k < Math.min(last, from + reach); k++) {
      const w = tokens[k].lower;
      // "its joint venture with X has signed": active, the venture signs something else.
      if (/^(has|have|had)$/.test(w) && tokens[k + 1]?.lower !== 'been' && k === from) break;
      // ("progress was being made towards a merger agreement and added that Japanese industry agreed with the
      // government": "and" and a verb open the subject's next clause, whose verbs are not the noun's)
      if (w === 'and' && tokens[k + 1]?.pos === 'VERB' && !/ing$/.test(tokens[k + 1].lower) && !lex.verbs.has(tokens[k + 1].lower)) break;
      // ("a deal announced by the banks": who announces a deal need not be a party to it; "The agreement between
      // Boeing and Embraer was announced" names its sides)
      // ("Britain will write off its share of Tanzania's debt under a deal announced by Gordon Brown": the terms
      // the main clause's subject is under, announced as made; opening the sentence, one not named before: "Under an
      // agreement announced on Tuesday, Chrysler Corp will supply engines to Volvo")
      const announcedBetween = ANNOUNCE.test(w) && ((w0 === 'between' && !!before && /^(was|were|been)$/.test(tokens[k - 1].lower)) || (k === hit.b && /^(under|in)$/.test(tokens[hit.a - 2]?.lower ?? '') && /^(a|an|the)$/.test(tokens[hit.a - 1]?.lower ?? '') && (hit.a - 2 > first || (hit.a - 2 === first && /^(a|an)$/.test(tokens[hit.a - 1].lower)))));
      if (lex.verbs.has(w) && /ed$|ned$|ink$|won$|struck$|reached$/.test(w) && tokens[k].pos !== 'ADJ' && (!ANNOUNCE.test(w) || announcedBetween)) {
        // "was signed", "was finally agreed"
        const aux = tokens[k - 1].pos === 'ADV' && k - 1 > from ? k - 2 : k - 1;
        if (before && !(k === from || /^(was|were|been|is|are|be|,)$/.test(tokens[aux].lower))) break;
        // ("BAE and Saab's joint venture signed a contract": the verb has an object of its own; the noun is its
        // subject, not what was signed)
        if (k === hit.b && /^(a|an|the|its|their)$/.test(tokens[k + 1]?.lower ?? '') && agreementNounNear(doc, k + 1, last)) break;
        verbAt = k;
        passive = true;
        break;
      }
      // "a free trade agreement between Thailand and Australia came into force on Saturday, after being signed last
      // July": the signing the sentence goes on to report.
      const signing = k === from ? signedBeforeForce(doc, k, last) : -1;
      if (signing >= 0) {
        verbAt = signing;
        passive = true;
        break;
      }
      // "The deal, signed in Beijing by ...": a comma right after the noun may open the participle, as may one
      // right after its parties ("An agreement between Tata Group and Rolls-Royce, also signed on Tuesday, ...").
      // ("The pact with Chevron, signed last month, ..." too, but not "which replaces a prior agreement with the
      // Virgin Islands, was signed": that is the relative clause's antecedent, signed.)
      const participleNext = tokens[hit.b].lower === 'between' || tokens[k + 1]?.pos !== 'AUX';
      if ((w === ',' && k > hit.b && !(before && k === from && participleNext && /^(between|with)$/.test(tokens[hit.b].lower))) || w === '.') break;
      // ("The agreement follows a deal struck last year": the noun's own verb, in the present; what its object was
      // is the object's)
      if (tokens[k].pos === 'VERB' && /[^s]s$/.test(w) && !lex.verbs.has(w)) break;
    }
  }
  if (verbAt < 0) return null;
  if (!passive) before = null;
  // ("Boeing announced 35 new orders from German airline Air Berlin": orders it received)
  const announcedOrders = ANNOUNCE.test(tokens[verbAt].lower) && !passive && /^orders?$/.test(headWord) && tokens[hit.b]?.lower === 'from';
  // ("Toshiba has an agreement with Motorola": in force, concluded; "has a tentative agreement with": agreed)
  const inForce = hasWith ? (tokens.slice(verbAt + 1, hit.b).some((t) => /^(tentative|preliminary)$/.test(t.lower)) ? 'agreed' : 'concluded') : null;
  const verb = signedAmong ? 'signed' : announcedAsSettled ? 'agreed' : boughtInDeal ? 'completed' : penToPaper ? 'signed' : approvedBetween || approvedWith || talksSides.length ? 'agreed' : beatFor ? 'won' : announcedOrders ? 'received' : (inForce ?? tokens[verbAt].lower);
  const need = NEEDS_VERB[headWord];
  if (need && !need.test(verb)) return null;
  if (NEEDS_NOUN.some(([v, n]) => v.test(verb) && !n.test(headWord))) return null;
  // "received a 30 mln dlr order from Micro D Inc" (read above, by receivedObject): only actively; "orders received
  // by the industry" are statistics.
  if (passive && /^receiv/.test(verb)) return null;
  // "nuclear cooperation accords have been extended by a series of waiver orders", "a partnership formed by
  // financier Asher B. Edelman": whoever extends or forms it need not be a party.
  // ("The MoU was exchanged between officials of the Bangladesh Power Development Board and Adani Power": a
  // signing ceremony, between its sides)
  const exchangedBetween = EXCHANGE.test(verb) && (tokens[verbAt + 1]?.lower === 'between' || before?.parties.some((p) => p.role === 'between'));
  if (passive && objectOnly(verb) && !exchangedBetween) return null;
  // "formed Charterhouse Mezzanine Partners, a limited partnership", "formed a general partnership with several
  // investment groups": a firm of that legal form, not an agreement; a partnership formed is one only with a partner,
  // or between two named sides (checked once the sides are read, below).
  const formedPartnership = /^form/.test(verb) && /^partnerships?$/.test(headWord);
  if (formedPartnership && /^(limited|general)$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  // Contracts and orders are awarded; a pay rise "awarded last year" or damages "awarded by the jury" are no pact.
  if (/^award/.test(verb) && !/^(contract|contracts|order|orders|tender|tenders)$/.test(headWord)) return null;
  // "orders placed with U.S. factories" are statistics, not an order someone signed; "the swap agreement is
  // secured by a charge on the bonds" is about collateral.
  if (passive && /^(place|secur)/.test(verb)) return null;
  // ("Emails regarding a $23 billion deal with Boeing have been entered into the public record": entered into
  // something else; an agreement is "entered into by" its sides, or "in November")
  if (passive && /^enter/.test(verb) && tokens[verbAt + 1]?.lower === 'into' && /^(the|a|an|its|their|his|her)$/.test(tokens[verbAt + 2]?.lower ?? '')) return null;
  // "a trade deal to be signed with China next month", "the contract, which will be signed next week": one still to
  // come (not "the first to be finalised between the government and ...", which was).
  if (passive) {
    const be = tokens[verbAt - 1]?.pos === 'ADV' ? verbAt - 2 : verbAt - 1;
    const ordinal = tokens[be - 1]?.lower === 'to' && /^(first|second|third|last|latest|only)$/.test(tokens[be - 2]?.lower ?? '');
    if (tokens[be]?.lower === 'be' && /^(to|will|would|shall|should|could|can|may|might|must)$/.test(tokens[be - 1]?.lower ?? '') && !ordinal) return null;
  }
  // "after the agreement with the IMF is signed", "once the deal is approved": one still to come.
  if (passive && /^(is|are|be)$/.test(tokens[verbAt - 1]?.lower ?? '') && /^(after|once|when|until|before|if|unless)$/.test(tokens[hit.a - 2]?.lower ?? '')) return null;
  // ("won permanent relief from various provisions of the 1952 Consent Judgment and 1980 Order": what is won is the
  // verb's object, not a noun behind "from"; "won 7.6 mln dlrs worth of Navy contracts", "received 669,000 dlrs in
  // orders" are, and so is the means: "has won breathing space from its creditors through yesterday's Paris Club
  // refinancing agreement")
  if (!passive && WINS.test(verb)) {
    let behind = false;
    for (let q = verbAt + 1; q < hit.a; q++) {
      if (tokens[q].lower === 'through') behind = false;
      else if (/^(from|against)$/.test(tokens[q].lower)) behind = true;
    }
    if (behind) return null;
  }
  // ("won a bidding war for the contract, which is expected to be signed next month": one still to be signed)
  if (!passive && tokens[hit.b]?.lower === ',' && /^(which|that)$/.test(tokens[hit.b + 1]?.lower ?? '')) {
    for (let q = hit.b + 2; q + 2 < last && q - hit.b < 12 && !/^[,;.]$/.test(tokens[q].lower); q++) {
      if (/^(to|will|would|shall|should|could|may|might)$/.test(tokens[q].lower) && tokens[q + 1].lower === 'be' && lex.verbs.has(tokens[q + 2].lower)) return null;
    }
  }
  // ("Police won a court order to evict the protesters": a court's order, whatever the verb)
  if (/^orders?$/.test(headWord) && /^(court|restraining|executive|gag|protection|injunction|cease-and-desist)$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  // A buyer's order is for something or with a seller ("signed a firm order for 250 jets", "placed an order with
  // Boeing"); "Reagan signed an order", "placed buy orders", "received a disappointing rate order" are no purchases.
  // ("received a court order requiring ...": an order received is a purchase only with what or whom it is from)
  if (/^orders?$/.test(headWord) && (!WINS.test(verb) || /^receiv/.test(verb))) {
    const after = tokens[hit.b]?.lower ?? '';
    // ("Emirates has placed an order for 32 A380s. The order was signed at the Dubai Airshow": the purchase named before)
    // ("Alstom has won a contract to build 40 trains ... The £600m order was signed in Paris": or the contract won, past
    // its amount; not "said that orders were signed", where "that" opens a clause)
    // ("The order, which comprises 150 firm orders and 150 options, was signed": or past a relative clause)
    const namedBefore = passive && theOneBefore(doc, hit) && tokens[hit.a - 1]?.lower !== 'that' && (/^(was|were)$/.test(tokens[hit.b]?.lower ?? '') || (tokens[hit.b]?.lower === ',' && /^(which|that)$/.test(tokens[hit.b + 1]?.lower ?? ''))) && purchaseOrderBefore(doc, hit.a);
    // ("received a 60 mln dlr order to provide CF6-80C2 engines", "received an order of more than one mln dlrs from",
    // "received orders totalling about 2.5 mln dlrs": what the seller will do, or what the order is worth)
    const supplies = after === 'to' && /^(provide|supply|deliver|build|manufacture|make|produce|install|design|develop)$/.test(tokens[hit.b + 1]?.lower ?? '');
    const worth = /^(of|totalling|totaling|totalled|totaled)$/.test(after) && moneyWithin(doc, hit.b + 1, 4);
    const received = /^receiv/.test(verb) && (after === 'from' || supplies || worth);
    if (!namedBefore && (!(/^(for|with|worth|valued)$/.test(after) || received || (after === 'to' && /^award/.test(verb))) || /^(buy|sell|stop|limit|market|transfer|rate|"|')$/.test(tokens[hit.b - 2]?.lower ?? ''))) return null;
  }
  // ("<M-L Technology Ventures L.P.>, a research and development limited partnership": a firm's legal form)
  if (/^partnerships?$/.test(headWord) && /^(limited|general)$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  // ("agreed in principle for Indian LP, a partnership associated with Sherman Clay Group, to purchase": a name's
  // apposition, the firm and not what was agreed)
  if (/^partnerships?$/.test(headWord) && /^(a|an)$/.test(tokens[hit.a - 1]?.lower ?? '') && tokens[hit.a - 2]?.lower === ',') return null;
  const info = lex.verbs.get(verb)!;
  // ("Italy joined the initiative by signing a memorandum": signed, by the subject of "joined")
  const byGerund = info.tense === 'progressive' && tokens[verbAt - 1]?.lower === 'by';
  // ("witnessed the signing of 20 agreements", "The signing ceremony of the agreement ... was held": signed)
  const event = info.tense === 'progressive' && !passive ? signingEvent(doc, verbAt, hit, first, last) : null;
  // ("Japan and India agreed Thursday to strengthen defence cooperation, signing a pact on ...": signed, by the
  // subject of the main clause)
  const mainVerb = info.tense === 'progressive' && !passive && !event && tokens[verbAt - 1]?.lower === ',' ? pastClauseBefore(doc, verbAt - 1, first) : -1;
  if (info.tense === 'progressive' && !byGerund && !event && mainVerb < 0 && !/^(is|are|was|were)$/.test(tokens[verbAt - 1]?.lower ?? '')) return null;
  // "agreed to sign", "plans to sign", "failed to reach", "would sign": not concluded.
  if (blocked(doc, verbAt, hit, first, passive)) return null;
  // "Kazakhstan became the first country to sign the deal" (not "will become", "aims to be"): it signed, and the
  // subject of "became" signed it.
  // (the infinitive's "to", past an adverb: "to formally sign the agreement with China")
  const toAt = tokens[verbAt - 1]?.lower === 'to' ? verbAt - 1 : tokens[verbAt - 1]?.pos === 'ADV' && /ly$/.test(tokens[verbAt - 1].lower) && tokens[verbAt - 2]?.lower === 'to' ? verbAt - 2 : -1;
  const became = !passive && toAt === verbAt - 1 ? firstToSign(doc, verbAt, first) : -1;
  // Infinitive "to sign" without a concluding verb before it; "defeated Boeing to win an order" did win it.
  let agreedTo = false;
  if (!passive && toAt >= 0) {
    let realised = false;
    // ("agreed on Monday to form a joint venture": past when, as past an adverb)
    let agreedAt = toAt - 1;
    // ("have agreed in principle to form a joint venture": past "in principle" too)
    while (agreedAt > first && (inDate(doc, agreedAt) || tokens[agreedAt].pos === 'ADV' || (/^(on|in)$/.test(tokens[agreedAt].lower) && inDate(doc, agreedAt + 1)) || (tokens[agreedAt].lower === 'principle' && tokens[agreedAt - 1].lower === 'in'))) agreedAt -= tokens[agreedAt].lower === 'principle' ? 2 : 1;
    for (let k = toAt - 1; k >= Math.max(first, toAt - 5); k--) {
      const w = tokens[k].lower;
      if (lex.blockers.has(w)) break;
      if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && /ed$/.test(w) && WINS.test(verb)) realised = true;
      // "have agreed to form a joint venture", "agreed to extend their pact", "agreed to enter into a standstill
      // agreement": agreed on, if not yet signed.
      if (k === agreedAt && /^(agreed|agree|agrees)$/.test(w) && (NEEDS_NOUN.some(([v]) => v.test(verb)) || verb === 'enter')) realised = agreedTo = true;
      // ("Boeing factory workers voted on Monday to accept a new contract": a vote that accepts it agrees it)
      if (k === agreedAt && /^(voted|vote|votes)$/.test(w) && verb === 'accept') realised = agreedTo = true;
    }
    // ("BP has agreed to pay $6.75bn to form a joint venture with Russian firm TNK": past what is paid for it)
    for (let q = toAt - 1; !agreedTo && q - 2 >= first && toAt - q <= 7 && NEEDS_NOUN.some(([v]) => v.test(verb)); q--) {
      if (!PAYING.test(tokens[q].lower)) continue;
      if (tokens[q - 1].lower === 'to' && /^(agreed|agree|agrees)$/.test(tokens[q - 2].lower) && !lex.blockers.has(tokens[q - 3]?.lower ?? '')) realised = agreedTo = true;
      break;
    }
    if (became >= 0) realised = true;
    if (!realised) return null;
  }
  // "Sony and Samsung have agreed to share patents in a cross-licensing deal": what was agreed, then the deal.
  const agreedIn = boughtInDeal || announcedAsSettled || (!passive && /^agree(d|s)?$/.test(verb) && agreedToIn(doc, verbAt, hit.a));
  if (/^agree(d|s)?$/.test(verb) && !agreedIn) {
    // "agreed a deal" / "agreed on a deal" / "agreed to a ceasefire"; "agreed to buy" is not an agreement noun
    // phrase anyway.
    // ("agreed on Wednesday to a permanent cessation of hostilities": past when)
    let from = verbAt + 1;
    while (from < hit.a && (inDate(doc, from) || (/^(on|late|early)$/.test(tokens[from].lower) && inDate(doc, from + 1)))) from++;
    const between = tokens.slice(from, hit.a).map((t) => t.lower);
    const toTheNoun = between[0] === 'to' && /^(a|an|the)$/.test(between[1] ?? '');
    if (between.some((w, j) => w === 'to' && !(j === 0 && toTheNoun))) return null;
    // ("agreed that the current agreement had worked": a clause agreed with, no agreement made)
    if (between[0] === 'that') return null;
  }
  if (!passive && !agreedIn && !signedAmong && !governsDirectly(doc, verb, verbAt, hit.a, hit.b)) return null;
  const parties: Party[] = [];
  const push = (p: Party) => {
    const same = parties.findIndex((q) => q.name.toLowerCase() === p.name.toLowerCase());
    if (same < 0) parties.push(p);
    // ("The agreement with Airbus was signed ... by ... and Airbus Chief Executive Guillaume Faury": the side named
    // again by its officer, who signs for it)
    else if (p.role === 'passive agent' && !parties[same].signatory) {
      const officer = officerAfter(doc, p)?.signatory;
      if (officer) parties[same] = { ...parties[same], signatory: officer };
    }
  };
  talksSides.forEach(push);
  let evStart = Math.min(verbAt, hit.a);
  let evEnd = hit.b;
  if (!passive && !approvedBetween && !signedAmong && !talksSides.length) {
    // "Northrop Grumman and EADS defeated Boeing to win an order": the subject of the verb before "to".
    let subjVerb = became >= 0 ? became : verbAt;
    if (became < 0 && (tokens[verbAt - 1]?.lower === 'to' || byGerund)) {
      for (let k = verbAt - 2; k >= Math.max(first, verbAt - (byGerund ? 15 : 8)); k--) {
        if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && /ed$/.test(tokens[k].lower)) {
          subjVerb = k;
          break;
        }
      }
    }
    // (who witnessed or held the signing, when they did; "The signing of the agreement took place" names none)
    if (event) subjVerb = event.witness;
    if (mainVerb >= 0) subjVerb = mainVerb;
    const subj = subjVerb >= 0 ? subjectBefore(doc, subjVerb, first) : null;
    if (subj) {
      subj.parties.forEach(push);
      evStart = Math.min(evStart, subj.start);
    } else {
      // "..., and signed a strategic cooperation agreement with ...": the subject of the first clause.
      // ("signed a joint statement and witnessed the signing of 30 documents": before the one who witnessed)
      const v0 = event && event.witness >= 0 ? event.witness : verbAt;
      let andAt = -1;
      for (let k = v0 - 1; k >= Math.max(first, v0 - 5); k--) {
        if (tokens[k].lower === 'and') {
          andAt = k;
          break;
        }
        if (!(tokens[k].pos === 'ADV' || inDate(doc, k) || /^(has|have|had|also|then|last|week|month|year)$/.test(tokens[k].lower))) break;
      }
      if (andAt >= 0) {
        const elided = relativeAntecedent(doc, first, andAt) ?? prevSubject ?? subjectOfSentence(doc, first, verbAt);
        if (elided) elided.forEach((p) => push({ ...p, role: 'elided subject' }));
        evStart = Math.min(evStart, andAt);
      }
    }
  }
  // ("Maersk and Hapag-Lloyd had agreed to form a new long-term operational partnership": formed by two named sides
  // together; "Edelman formed a partnership to buy shares" is a firm)
  if (formedPartnership && tokens[hit.b]?.lower !== 'with' && parties.filter((p) => p.entityId && !p.entityId.startsWith('per_')).length < 2) return null;
  // "awarded Shell a contract", "awarded a contract to Boeing", "has been awarded a contract by the Pentagon": the
  // one who gives it as well as the one who receives it.
  const awarded = /^award/.test(verb) && !passive;
  const beenAwarded = awarded && /^(been|being|was|were|is|are)$/.test(tokens[verbAt - 1]?.lower ?? '');
  // ("Control Data Corp said the Air Force awarded it a contract": the one who said it)
  const awardedIt = awarded && !beenAwarded && tokens[verbAt + 1]?.lower === 'it' ? sentenceSpeaker(doc, verbAt + 1, first) : null;
  if (awardedIt) push({ ...awardedIt, role: 'counterparty' });
  else if (awarded && !beenAwarded) (namesAt(doc, verbAt + 1, hit.a, 'counterparty') ?? awardedTheCompany(doc, verbAt + 1, hit.a))?.parties.forEach(push);
  // "Boeing's deal with Ryanair was signed": whose agreement it is.
  if (possessiveAt(doc, hit.a - 1) && !parties.length && tokens[hit.b]?.lower === 'with') {
    const owner = mentionCovering(doc, hit.a - 2);
    if (owner && owner.type !== 'person') {
      push(partyOf(owner, 'subject'));
      evStart = Math.min(evStart, owner.a);
    }
  }
  // "Microsoft agreed with the European Commission on a settlement": the other side between the verb and the noun.
  // ("Volkswagen agreed terms with the IG Metall union on a new wage deal": past "terms")
  // ("teamed up with Google in a deal", "joined forces with Siemens": past "up" and "forces")
  const withAt = /^(terms|up|forces)$/.test(tokens[verbAt + 1]?.lower ?? '') ? verbAt + 2 : verbAt + 1;
  if (!passive && !talksSides.length && tokens[withAt]?.lower === 'with' && withAt + 1 < hit.a) partyPhrase(doc, withAt + 1, hit.a, 'counterparty').parties.forEach(push);
  // "agreed a takeover of Cadbury": the company taken over is the other side.
  if (headWord === 'takeover' && tokens[hit.b]?.lower === 'of') {
    // ("Malcolm Glazer's takeover of Manchester United was agreed": and whose takeover it is)
    const owner = possessiveAt(doc, hit.a - 1) ? mentionCovering(doc, hit.a - 2) : undefined;
    if (owner && !owner.nested && owner.b === hit.a - 1 && (owner.type === 'organisation' || owner.type === 'person') && !parties.some((p) => oneParty(p, partyOf(owner, 'buyer')))) {
      push(partyOf(owner, 'buyer'));
      evStart = Math.min(evStart, owner.a);
    }
    const target = companyAfterOf(doc, hit.b + 1);
    if (target) {
      push(partyOf(target, 'taken over'));
      evEnd = Math.max(evEnd, target.b);
    }
  }
  // "Deutsche Boerse's board has agreed to a takeover by the London Stock Exchange": the company taking over.
  if (headWord === 'takeover' && tokens[hit.b]?.lower === 'by' && !passive) {
    const buyer = mentionAt(doc, tokens[hit.b + 1]?.lower === 'the' ? hit.b + 2 : hit.b + 1);
    if (buyer && !buyer.nested && buyer.type === 'organisation' && !parties.some((p) => oneParty(p, partyOf(buyer, 'buyer')))) {
      push(partyOf(buyer, 'buyer'));
      evEnd = Math.max(evEnd, buyer.b);
    }
  }
  // After the noun: "with X", "between X and Y", "by X" (passive), then the purpose.
  let k = hit.b;
  // "inked 15 agreements and MoUs with Chinese firms": what follows the second noun is the first's too.
  // ("signed agreements and memorandums on trade", "a contract and an agreement with Russia")
  if (!passive && tokens[k]?.lower === 'and') {
    const at = /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const second = at < last ? nounAt(doc, at, first, last) : null;
    // (what an agreement with its own article is about is its own: "a treaty and an agreement on payments")
    if (second && second.a === at && (/^(with|between)$/.test(tokens[second.b]?.lower ?? '') || (at === k + 1 && /^(on|for|covering)$/.test(tokens[second.b]?.lower ?? '')))) k = second.b;
  }
  // "Acme Corp announced an agreement reached with Baird Corp": the participle that says it was made, then the other
  // side.
  if (!passive && k === hit.b && /^(reached|signed|concluded|struck|negotiated)$/.test(tokens[k]?.lower ?? '') && /^(with|between)$/.test(tokens[k + 1]?.lower ?? '')) k++;
  if (passive) {
    before?.parties.forEach(push);
    k = skipWhenWhere(doc, verbAt + 1, last);
    // "The contract was awarded to Boeing by the Pentagon"
    const to = /^award/.test(verb) && tokens[k]?.lower === 'to' ? namesAt(doc, k + 1, last, 'subject') : null;
    if (to) {
      to.parties.forEach(push);
      k = skipWhenWhere(doc, to.end, last);
    }
    if (tokens[k]?.lower === 'by') {
      const by = partyPhrase(doc, k + 1, last, 'passive agent');
      // (who announced it need not be a party: "under a deal announced by Gordon Brown")
      // (nor are the parties' own people: "between the University of Nairobi and Zhejiang University was signed
      // by their vice-chancellors")
      if (!ANNOUNCE.test(verb)) by.parties.filter((p) => !(parties.length && theirOwnPeople(doc, p))).forEach(push);
      k = by.end;
    }
    // "The EU signed a pact with Singapore in May, and an interim agreement with Chile was signed in December":
    // with only its counterparty named, the agreement is the earlier clause's subject's.
    if (prevSubject && before && parties.every((p) => p.role === 'counterparty')) {
      const own = [...parties];
      parties.length = 0;
      prevSubject.forEach((p) => push({ ...p, role: 'elided subject' }));
      own.forEach(push);
    }
  }
  // "a contract worth £1 billion from the British Ministry of Defence": the amount, then who gave it.
  // ("a contract initially worth about 1,500,000 dlrs to supply ...": an adverb before the amount too)
  const beforeWorth = k;
  if (tokens[k]?.pos === 'ADV' && /^(worth|valued)$/.test(tokens[k + 1]?.lower ?? '')) k++;
  if (/^(worth|valued|totalling|totaling)$/.test(tokens[k]?.lower ?? '')) {
    const q = tokens[k + 1]?.lower === 'at' ? k + 2 : k + 1;
    const c = tokens[q] ? doc.counts.find((x) => x.start <= tokens[q].start && tokens[q].start < x.end && x.kind === 'money') : undefined;
    if (c) {
      let e = q;
      while (e < last && tokens[e].start < c.end) e++;
      // ("worth $60 million a year with Reddit": past the rate)
      if (/^(a|an|per|each|every)$/.test(tokens[e]?.lower ?? '') && /^(year|month|week|day|annum)$/.test(tokens[e + 1]?.lower ?? '')) e += 2;
      else if (/^(annually|yearly|monthly)$/.test(tokens[e]?.lower ?? '')) e++;
      // ("worth 330 mln crowns over four years from General Electric Co": past how long it runs)
      else if (/^(over|for)$/.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.pos === 'NUM' && /^(years|months|weeks)$/.test(tokens[e + 2]?.lower ?? '')) e += 3;
      // ... or what it is for: "two loan agreements worth $500m for social protection"
      if (/^(from|with|for)$/.test(tokens[e]?.lower ?? '') || (tokens[e]?.lower === 'to' && (awarded || tokens[e + 1]?.pos === 'VERB'))) k = e;
    }
    // (the adverb only with the amount it goes with)
    if (k === beforeWorth + 1) k = beforeWorth;
  }
  // Skip an amount or appositive in brackets: "a $6bn (£3.12bn) deal" is before the noun; "deal (worth ...)" after.
  if (tokens[k]?.lower === '(') {
    while (k < last && tokens[k].lower !== ')') k++;
    k++;
  }
  // "an order for 179 tankers from the United States Air Force": the buyer comes after what is bought.
  // ("placed orders for three ... container ships with the state-owned <China Shipbuilding Corp>": an order is placed
  // with the seller too)
  if (/^(order|orders|contract|contracts)$/.test(headWord) && tokens[k]?.lower === 'for') {
    const withSeller = /^orders?$/.test(headWord);
    for (let q = k + 1; q < Math.min(last, k + (withSeller ? 20 : 10)); q++) {
      if (tokens[q].lower === ',' || tokens[q].lower === '.') break;
      if (tokens[q].lower === 'from' && (mentionAt(doc, q + 1) || mentionAt(doc, q + 2))) {
        const ph = partyPhrase(doc, q + 1, last, 'counterparty');
        ph.parties.forEach(push);
        break;
      }
      if (withSeller && tokens[q].lower === 'with') {
        // (past what the seller is: "the state-owned <China Shipbuilding Corp>")
        for (let e = q + 1; e < Math.min(last, q + 7) && !/^(,|;|\.|for|to|and)$/.test(tokens[e].lower); e++) {
          const m = mentionAt(doc, e);
          if (!m) continue;
          // ("with Japan's Mitsui Engineering and Shipbuilding Co Ltd": past the country the seller is of)
          if (m.type === 'place' && possessiveAt(doc, m.b)) {
            e = m.b;
            continue;
          }
          if (m.type === 'organisation') push(partyOf(m, 'counterparty'));
          break;
        }
        break;
      }
    }
  }
  // "an agreement in principle with Dart Group Corp under which ...": the other side after "in principle".
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'principle' && /^(with|between)$/.test(tokens[k + 2]?.lower ?? '')) k += 2;
  // "to form a joint venture company with Bridgestone Corp", "a joint venture in factory automation with Matsushita":
  // the other side after what the venture is and does.
  if (/^ventures?$/.test(headWord)) {
    if (/^(company|companies|firm|concern)$/.test(tokens[k]?.lower ?? '')) k++;
    // ("an equally-owned joint venture called Uniclub Marketing Inc with Goodway Marketing Inc": past its name)
    const called = pastCalled(doc, k, last);
    if (called > k && /^(with|between)$/.test(tokens[called]?.lower ?? '')) k = called;
    if (tokens[k]?.lower === 'in') {
      for (let q = k + 1; q < Math.min(last, k + 6) && tokens[q].type === 'word' && !/^(VERB|AUX)$/.test(tokens[q].pos); q++) {
        if (tokens[q].lower === 'with' && mentionAt(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1)) {
          k = q;
          break;
        }
      }
    }
  }
  // "agreed a £50m package of aid with Ethiopia's prime minister": past what the package is of.
  if (tokens[k]?.lower === 'of' && /^(packages?|programmes?|programs?)$/.test(headWord)) {
    let q = k + 1;
    while (q < last && q - k <= 3 && tokens[q].type === 'word' && !tokens[q].cap && tokens[q].pos === 'NOUN') q++;
    if (q > k + 1 && tokens[q]?.lower === 'with') k = q;
  }
  for (let guard = 0; guard < 3 && k < last; guard++) {
    // ("signed the agreement here with the Soviet central bank": past where; "signed here yesterday between": and when)
    let adverbs = k;
    // ("Financing agreements were reached recently with Chile and Venezuela": past an adverb of manner or time)
    // ("signed a $700 million agreement on Friday with India's Adani Ports": past the day)
    while (adverbs < last && adverbs - k < 5 && (/^(here|there|today|yesterday|jointly|earlier|separately)$/.test(tokens[adverbs].lower) || (tokens[adverbs].pos === 'ADV' && /ly$/.test(tokens[adverbs].lower)) || inDate(doc, adverbs) || (tokens[adverbs].lower === 'on' && inDate(doc, adverbs + 1)))) adverbs++;
    if (adverbs > k && /^(with|between|from)$/.test(tokens[adverbs]?.lower ?? '')) k = adverbs;
    // ("signed the treaty in Kigali with Rwandan Foreign Minister Vincent Biruta": past where)
    const where = /^(in|at)$/.test(tokens[k]?.lower ?? '') ? mentionAt(doc, k + 1) : undefined;
    if (where?.type === 'place' && /^(with|between)$/.test(tokens[where.b]?.lower ?? '')) k = where.b;
    // ("signed the deal at a ceremony in Warsaw with Hanwha Aerospace chief executive Son Jae-il": past the ceremony
    // and where it was)
    if (tokens[k]?.lower === 'at' && /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) {
      let e = tokens[k + 2]?.lower === 'signing' ? k + 3 : k + 2;
      if (tokens[e]?.lower === 'ceremony') {
        const place = /^(in|at)$/.test(tokens[e + 1]?.lower ?? '') ? mentionAt(doc, e + 2) : undefined;
        e = place?.type === 'place' ? place.b : e + 1;
        if (/^(with|between)$/.test(tokens[e]?.lower ?? '')) k = e;
      }
    }
    // ("was awarded a contract worth more than 20 mln dlrs by Boeing's Boeing Commercial Airplane Co": past what it is
    // worth, to who gave it)
    k = pastWorth(doc, k, last, /^(with|between|from|by)$/);
    const w = tokens[k]?.lower;
    // "won an order from the city of Munich", "Nokia wins 5G deal from Vodafone": who gave it.
    // ("Egypt secured a $3 billion loan agreement from the International Monetary Fund": any agreement won)
    if (w === 'with' || w === 'between' || (w === 'from' && (/^(order|orders|contract|contracts)$/.test(headWord) || WINS.test(verb)))) {
      const ph = partyPhrase(doc, k + 1, last, w === 'with' ? 'counterparty' : w === 'between' ? 'between' : 'counterparty');
      ph.parties.forEach(push);
      k = ph.end;
      // "with the Paris Club of creditor nations to write off $18bn": past what the party is, to the purpose.
      if (ph.parties.length && tokens[k]?.lower === 'of') {
        let e = k + 1;
        while (e < last && e - k <= 4 && tokens[e].type === 'word' && !tokens[e].cap && /^(NOUN|ADJ|DET)$/.test(tokens[e].pos)) e++;
        if (e > k + 1 && e < last && PURPOSE_START.test(tokens[e].lower)) k = e;
      }
      continue;
    }
    let given = (beenAwarded && w === 'by') || (awarded && !beenAwarded && w === 'to') ? namesAt(doc, k + 1, last, 'counterparty') : null;
    // ("awarded contracts to five U.S. companies for seven shipments", "a contract to its Data Systems division": to
    // whom, described, right after the contract)
    if (!given && awarded && !beenAwarded && w === 'to' && k === hit.b && (tokens[k + 1]?.pos === 'NUM' || /^(its|their|several|both)$/.test(tokens[k + 1]?.lower ?? ''))) {
      const ph = partyPhrase(doc, k + 1, last, 'counterparty');
      if (ph.parties.length) given = ph;
    }
    if (given) {
      given.parties.forEach(push);
      k = given.end;
      continue;
    }
    if (w === 'signed' && tokens[k + 1]?.lower === 'by') {
      const by = partyPhrase(doc, k + 2, last, 'passive agent');
      by.parties.forEach(push);
      k = by.end;
      continue;
    }
    break;
  }
  // "Airbus lands $12 billion IndiGo order", "Pakistan signed the IMF deal": a company named before the noun.
  if (!passive && parties.length < 2) {
    const m = mentionCovering(doc, hit.a - 1);
    if (m && m.b === hit.a && m.a > verbAt && m.type === 'organisation' && !possessiveAt(doc, hit.a - 1)) push(partyOf(m, 'counterparty'));
  }
  evEnd = Math.max(evEnd, tokens[Math.min(k, last) - 1].end > tokens[hit.b - 1].end ? k : hit.b);
  let purpose: string | null = null;
  // "reached an agreement in principle to transfer its South American service": the purpose after "in principle".
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'principle' && PURPOSE_START.test(tokens[k + 2]?.lower ?? '')) k += 2;
  // "a contract with IBM worth 300 mln stg to run the new database": past what it is worth.
  // ("a new protocol to their Fisheries Partnership Agreement on Monday, allowing ...": past the agreement it adds to)
  k = pastWorth(doc, pastCalled(doc, pastDescription(doc, pastAgreementAddedTo(doc, k, first, last), last), last), last);
  // ("signed foreign loan agreements for 6.94 billion dlrs last year": how much is no purpose either)
  if (tokens[k]?.lower === 'for' && k + 1 < last) {
    const amount = doc.counts.find((c) => c.kind === 'money' && c.start === tokens[k + 1].start);
    if (amount) {
      let e = k + 1;
      while (e < last && tokens[e].start < amount.end) e++;
      // (not an amount that describes what follows: "for an estimated 75 mln dlr research partnership", "for more
      // than 8.0 mln dlrs of computer equipment")
      const next = tokens[e];
      if (!(next && (next.lower === 'of' || (next.type === 'word' && /^(NOUN|ADJ|PROPN)$/.test(next.pos) && !inDate(doc, e))))) k = e;
    }
  }
  // "signed 15 agreements on Monday covering energy": the purpose may follow a date or a place.
  // Not past a comma: ", for which Mellon Bank is agent", ", on the one hand" begin other clauses.
  k = pastPlaceAside(doc, k, last);
  const q0 = skipWhenWhere(doc, k, last);
  let comma = false;
  for (let q = k; q < q0; q++) if (tokens[q].lower === ',') comma = true;
  // (", covering trade, defence and counter-terrorism" past where and when: what the agreement covers)
  // ("signed a free trade agreement Sunday that will eliminate 99% of tariffs": a relative clause that says what it does)
  if (q0 > k && q0 < last && (!comma || (tokens[q0 - 1].lower === ',' && AFTER_COMMA.test(tokens[q0].lower))) && purposeStartAt(doc, q0) && (!/^(that|which)$/.test(tokens[q0].lower) || (!comma && WHAT_IT_DOES.test(tokens[q0 + 1]?.lower ?? '')))) k = q0;
  // "signed 14 agreements on Monday during a visit": a day after "on" is when, and no purpose follows; nor after
  // "on the sidelines of the summit" to the sentence's end.
  // (", ending nearly a decade of negotiations" after the day: a comment on the deal after the comma, as it is
  // without the day)
  else if (q0 > k && ((tokens[k].lower === 'on' && inDate(doc, k + 1)) || (!comma && (q0 >= last || /^[.;]$/.test(tokens[q0].lower))))) k = comma && tokens[q0 - 1].lower === ',' ? q0 - 1 : q0;
  // "an agreement with Renault, under which Renault will take a stake", "37 documents, covering trade"
  if (tokens[k]?.lower === ',' && ((tokens[k + 1]?.lower === 'under' && tokens[k + 2]?.lower === 'which') || AFTER_COMMA.test(tokens[k + 1]?.lower ?? ''))) k++;
  // ("signed an action plan for 2024-2026 on cultural exchanges": the years it runs for are no purpose)
  if (tokens[k]?.lower === 'for' && inDate(doc, k + 1) && !/^(the|a|an)$/.test(tokens[k + 1].lower)) {
    k++;
    while (k < last && inDate(doc, k)) k++;
  }
  let purposeStart = k;
  let purposeEnd = k;
  // "a franchise deal with Tata Group that will see it supply stores": a relative clause that says what the
  // agreement does is its purpose; "the agreement that was signed last year" is not.
  const what = /^(that|which)$/.test(tokens[k]?.lower ?? '') && WHAT_IT_DOES.test(tokens[k + 1]?.lower ?? '');
  // (not "for" or "on" that ends the text: "MoU inked on ", found by the word-salad test)
  if (k < last && purposeStartAt(doc, k) && (!(tokens[k].lower === 'that' || tokens[k].lower === 'which') || what) && !(/^(for|on)$/.test(tokens[k].lower) && k + 1 >= last)) {
    const fields = fieldsAfter(doc, k);
    const startTok = tokens[k].lower === 'for' || tokens[k].lower === 'on' || tokens[k].lower === 'over' ? k + 1 : fields > 0 ? fields : k;
    let e = startTok;
    // (nor past the end of words quoted: 'an agreement to enter into a contract with Okamoto," adding')
    // (nor at the point inside a ticker: "Cable and Wireless PLC <CAWL.L> to instal ...")
    // (nor, when the agreement is the sentence's subject, into its own verb after an infinitive: "the agreement
    // reached ... to cooperate in bringing about currency stability has prevented speculative concerns")
    const infinitive = passive && tokens[startTok].lower === 'to';
    let relative = false;
    while (e < last && !(/^[;.]$/.test(tokens[e].lower) && !tickerPoint(doc, e)) && !(tokens[e].lower === ',' && ((clauseAfter(doc, e + 1, last) && !lastOfList(doc, startTok, e, last)) || closingQuote(doc, e + 1))) && !(e > startTok && circumstanceAt(doc, e))) {
      if (/^(that|which|who|whom|where|when|if|whether|because|as|while|after|before|since|until|once)$/.test(tokens[e].lower)) relative = true;
      if (infinitive && !relative && e > startTok + 2 && /^(has|have|had|is|are|was|were)$/.test(tokens[e].lower) && tokens[e + 1]?.pos === 'VERB' && tokens[e - 1].pos !== 'PRON') break;
      // ("a deal to tackle illegal migration across the Channel, under which Britain will pay £54m": a clause of its
      // own about the deal ends a purpose already read)
      if (e > startTok + 1 && tokens[e].lower === ',' && /^(under|in|by)$/.test(tokens[e + 1]?.lower ?? '') && /^(which|whom)$/.test(tokens[e + 2]?.lower ?? '')) break;
      // ("over the labeling of some down-filled garments sold in 1978 \"to avoid further legal expenses\"": words quoted
      // after it say why, not what it is; not a word quoted inside it, "its \"Comprex\" supercharger")
      if (e > startTok + 1 && /^["“]$/.test(tokens[e].lower) && tokens[e - 1].end < tokens[e].start && tokens[e + 1]?.start === tokens[e].end && tokens[e + 1].lower === 'to') break;
      // ("a revenue-sharing pact on transatlantic routes, subject to regulatory approval": a condition on the deal)
      if (e > startTok && tokens[e].lower === ',' && ((tokens[e + 1]?.lower === 'subject' && tokens[e + 2]?.lower === 'to') || /^(pending|conditional)$/.test(tokens[e + 1]?.lower ?? ''))) break;
      // ("to provide FLP Communications with voicemail systems ... and has also contracted to provide ...": the subject's
      // next verb)
      if (e > startTok + 1 && tokens[e].lower === 'and' && /^(has|have|had|will|would)$/.test(tokens[e + 1]?.lower ?? '')) {
        const v = tokens[e + 2]?.pos === 'ADV' ? e + 3 : e + 2;
        if (tokens[v]?.pos === 'VERB') break;
      }
      // ("the pact it signed last year to end dumping semiconductors in world markets and opened its home market": a
      // past verb and its object after "and" go on with the sentence, not the infinitive; not "and related services")
      if (e > startTok + 1 && tokens[startTok].lower === 'to' && tokens[e].lower === 'and' && tokens[e + 1]?.pos === 'VERB' && /ed$/.test(tokens[e + 1].lower) && /^(its|their|his|her|the|a|an)$/.test(tokens[e + 2]?.lower ?? '')) break;
      // ("to use Somaliland's Berbera port, a deal that Somalia's government described as an act of aggression": the
      // agreement named again in apposition, with what is said of it)
      // ("to reopen Ukraine's Black Sea ports for grain exports, in an agreement brokered by Turkey": or the agreement it
      // was made in)
      const inIt = /^(in|under)$/.test(tokens[e + 1]?.lower ?? '') ? 1 : 0;
      if (e > startTok + 1 && tokens[e].lower === ',' && /^(a|an|the)$/.test(tokens[e + 1 + inIt]?.lower ?? '') && nounAt(doc, e + 2 + inIt, first, last)?.a === e + 2 + inIt) break;
      // ("an agreement ... on mutual visa exemption and a memorandum of understanding between ...": the next
      // document of a list ends it)
      if (e > startTok && tokens[e].lower === 'and' && /^(a|an)$/.test(tokens[e + 1]?.lower ?? '') && nounAt(doc, e + 2, first, last)) break;
      // ("to buy 50 737 MAX jets in a deal worth about $10 billion": the deal named again with what it is worth)
      if (e > startTok + 1 && dealWorthAt(doc, e)) break;
      e++;
    }
    // "a memorandum on nuclear cooperation on Monday": when it was signed is not part of its purpose (a date
    // of the purpose itself stays: "to return Macao to China in 1999", "for delivery between May 10 and July 30").
    const e0 = e;
    // ("covering areas such as agriculture, science and technology, and media in Islamabad": a list of fields, then
    // where it was signed; not "covering a certificates of deposit issue in London", the issue's)
    const coversList = COVERING.test(tokens[k].lower) && tokens.slice(startTok, e).some((t) => t.lower === ',');
    const when = e > startTok && inDate(doc, e - 1) ? dateRowAt(doc, e - 1) : null;
    // ("to supply chips from next year", "to cut output until next month": a term of the purpose)
    // ("to launch two satellites next year": or a time still to come)
    const term = when && (/^(from|until|till|through|by|starting|beginning|within)$/.test(tokens[doc.tokenAt(when.start) - 1]?.lower ?? '') || afterAnchor(doc, when));
    // (after a participle, any past date: "an agreement delineating their maritime boundaries in August 2020")
    const participle = !PURPOSE_START.test(tokens[startTok].lower);
    if (when && !term && (SIGNING_TIME.has(when.rule) || pastMonthOfSigning(doc, when, info.tense, participle)) && !ownClauseDate(doc, when, verbAt)) {
      while (e > startTok && inDate(doc, e - 1)) e--;
      if (e > startTok && /^(on|at|in)$/.test(tokens[e - 1].lower)) e--;
      // ("a deal on gas prices late on Tuesday": the part of the day goes with it)
      if (e > startTok + 1 && /^(late|early)$/.test(tokens[e - 1].lower)) e--;
      // "for 20 jets in Paris on Monday": where it was signed comes before when.
      if (e > startTok) e = placeBefore(doc, e, startTok);
      if (e === startTok) e = e0;
    } else if ((tokens[k].lower === 'on' || coversList || (e < last && circumstanceAt(doc, e))) && cityAtEnd(doc, e, startTok) && (coversList || !doingIn(doc, startTok, e))) {
      // "a memorandum on counter-narcotics co-operation in Tehran": a city the subject of the memorandum ends with
      // is where it was signed (and so is one before the visit it was signed during: "for eight 787-10 Dreamliners
      // in Hanoi during Mr Trump's visit"; and one a list of what it covers ends with: "covering ..., and media in
      // Islamabad").
      e = placeBefore(doc, e, startTok);
    } else {
      // "on a free trade deal in Brussels on Friday after 20 years of talks": a weekday inside the purpose is when
      // the deal was made, and what follows it is about the making.
      for (let q = startTok + 1; q < e - 1; q++) {
        if (tokens[q].lower !== 'on' || !inDate(doc, q + 1) || !/^date\.(weekday|yesterday|today)$/.test(dateRowAt(doc, q + 1)?.rule ?? '')) continue;
        e = placeBefore(doc, q, startTok);
        break;
      }
    }
    // "agreed a deal with Saudi Arabia on Tuesday": a date is no purpose, nor is a term ("renewed the swap
    // agreement for another three years").
    let onlyDate = true;
    let q0 = startTok;
    // ("extend kit deal to 2030": nor when it ends)
    if (/^(another|further|additional|to|until|till|through)$/.test(tokens[q0]?.lower ?? '')) q0++;
    else if (/^(a|an|the)$/.test(tokens[q0]?.lower ?? '') && /^(further|additional|next)$/.test(tokens[q0 + 1]?.lower ?? '')) q0 += 2;
    if (q0 > startTok && !inDate(doc, q0)) q0 = startTok;
    for (let q = q0; q < e && onlyDate; q++) onlyDate = inDate(doc, q);
    if (e > startTok && !onlyDate) {
      purpose = purposeText(doc, startTok, e);
      purposeStart = startTok;
      purposeEnd = e;
    }
  }
  // "a joint marketing agreement for its Model 730 scanner with Xerox Corp.": the counterparty after what it is for.
  // ("an agreement on new traffic rights with the Japanese government which clears the way ...": a country's
  // government, before a clause about the agreement)
  const about = tokens[purposeStart - 1]?.lower;
  if (purpose && (about === 'for' || about === 'on') && !parties.some((p) => p.role === 'counterparty')) {
    for (let q = purposeStart + 1; q < purposeEnd; q++) {
      if (tokens[q].lower !== 'with') continue;
      // (not "to buy shares in association with Polo Energy Corp": partners of what the purpose does)
      if (/^(association|conjunction|cooperation|partnership|together|along)$/.test(tokens[q - 1].lower)) break;
      const list = mentionList(doc, q + 1, purposeEnd);
      // ("signed a separate agreement on Skagerrak quotas with Sweden and Denmark": or the names that end what it is
      // on, when the row has a side)
      const side = (m: MentionRef) => (about === 'for' ? m.type === 'organisation' : (m.type === 'organisation' || m.type === 'place') && !!m.entityId && parties.length > 0 && !parties.some((p) => p.entityId === m.entityId));
      if (list && list.end === purposeEnd && list.items.every(side)) {
        list.items.forEach((m) => push(partyOf(m, 'counterparty')));
        purposeEnd = q;
        purpose = purposeText(doc, purposeStart, q);
      }
      const place = mentionAt(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1);
      const h = place?.type === 'place' ? governmentAfter(doc, place, purposeEnd) : -1;
      if (place && h >= 0 && (h + 1 === purposeEnd || /^(which|that|,)$/.test(tokens[h + 1]?.lower ?? ''))) {
        push(partyOf(place, 'counterparty'));
        purposeEnd = q;
        purpose = purposeText(doc, purposeStart, q);
      }
      break;
    }
  }
  // ("The documents include an agreement on the 2024 cooperation plan between the two governments": the sides of
  // one a list names, after what it is on)
  if (purpose && signedAmong && parties.length === 0) {
    for (let q = purposeStart + 1; q < purposeEnd; q++) {
      if (tokens[q].lower !== 'between') continue;
      const ph = partyPhrase(doc, q + 1, last, 'between');
      if (ph.parties.length < 2 || ph.end > purposeEnd) break;
      ph.parties.forEach(push);
      evEnd = Math.max(evEnd, ph.end);
      purposeEnd = q;
      purpose = purposeText(doc, purposeStart, q);
      break;
    }
  }
  // ("a contract signed in February for the Saudis to supply Brazil with 125,000 barrels per day": who is to supply
  // whom, when no one else is named)
  if (purpose && parties.length === 0 && tokens[purposeStart - 1]?.lower === 'for') {
    const supplier = mentionList(doc, purposeStart, purposeEnd);
    const customer = supplier?.items.length === 1 && tokens[supplier.end]?.lower === 'to' ? customerOfTerms(doc, supplier.items[0], purposeEnd) : null;
    if (supplier && customer && firmOrCountry(supplier.items[0])) {
      push(partyOf(supplier.items[0], 'seller in purpose'));
      push(partyOf(customer, 'customer in purpose'));
    }
  }
  // ("signed agreements for Computer Systems and Consultants BV of the Netherlands and Sages Group of France to
  // represent the Rapitech Conversionware product line": the companies it is signed for, then what they are to do)
  if (purpose && parties.length > 0 && tokens[purposeStart - 1]?.lower === 'for') {
    const named = mentionList(doc, purposeStart, purposeEnd);
    const to = named ? named.end : -1;
    // (not "for Boeing to acquire the ... firm", a side named already, whom the purpose says acquires; nor "for the
    // Italian carmaker to take a 35% stake", a side only described)
    if (named && named.items.every((m) => m.type === 'organisation' && !!m.entityId && !parties.some((p) => p.entityId === m.entityId)) && tokens[to]?.lower === 'to' && tokens[to + 1]?.pos === 'VERB' && to + 2 < purposeEnd) {
      for (const m of named.items) push(partyOf(m, 'counterparty'));
      purposeStart = to;
      purpose = purposeText(doc, purposeStart, purposeEnd);
    }
  }
  // "agreed to share patents in a cross-licensing deal": what was agreed is the purpose.
  // (not who was joined: "partnered with Pixar in a deal")
  // (before what the deal goes on to do after a comma: "agreed to acquire Hess Corp for $53 billion in an all-stock
  // deal on Monday, giving the second-largest U.S. oil producer access to ...")
  const trailing = !!purpose && tokens[purposeStart - 1]?.lower === ',' && AFTER_COMMA.test(tokens[purposeStart]?.lower ?? '');
  if (agreedIn && (!purpose || trailing) && !joinedInDeal) {
    let e = hit.a - 1;
    // (a headline's "Exxon to buy Pioneer in ... deal": from its "to", as from the "is" of "is to buy")
    const v = tokens[verbAt].lower === 'to' ? verbAt - 1 : verbAt;
    // (past "to" and one word at least: "agreed to share patents in", "bought Seagen in")
    const after = afterAgreed(doc, v);
    const least = tokens[after]?.lower === 'to' || after > v + 1 ? after + 1 : after;
    while (e > least && !/^(in|under)$/.test(tokens[e].lower)) e--;
    // ("Cadbury has agreed to a takeover by US food giant Kraft in a deal worth £11.5bn": what was agreed to is an
    // agreement itself, the row of its own noun)
    const agreedNoun = tokens[after]?.lower === 'to' && /^(a|an|the)$/.test(tokens[after + 1]?.lower ?? '') ? nounAt(doc, after + 2, first, hit.a) : null;
    if (agreedNoun && agreedNoun.b <= e) return null;
    if (e > least) {
      purposeStart = after;
      // ("will buy cancer drug developer Seagen Inc for $43 billion, the companies said on Monday, in a deal": before
      // the clause of the report)
      for (let q = least; q < e; q++) {
        if (tokens[q].lower === ',' && clauseAfter(doc, q + 1, e)) {
          e = q;
          break;
        }
      }
      e = beforeWhenWhere(doc, purposeStart, e);
      purposeEnd = e;
      purpose = purposeText(doc, purposeStart, e);
      evStart = Math.min(evStart, verbAt);
    }
  }
  if (!purpose && topic) {
    purposeStart = topic[0];
    purposeEnd = topic[1];
    purpose = purposeText(doc, topic[0], topic[1]);
  }
  if (purpose) evEnd = Math.max(evEnd, purposeEnd);
  // ("Cadbury has agreed to a takeover by US food giant Kraft": who takes it over)
  if (/^(takeover|buyout|buy-out|acquisition)s?$/.test(headWord) && tokens[hit.b]?.lower === 'by' && !passive) {
    const buyer = mentionList(doc, hit.b + 1, last)?.items[0];
    if (buyer?.type === 'organisation') {
      push(partyOf(buyer, 'buyer'));
      evEnd = Math.max(evEnd, buyer.b);
    }
  }
  // A purchase names the seller when no counterparty was given: "signed a contract to purchase ... Airbus jets".
  // An order for what a maker makes names the maker: "placed an order for 90 Boeing 777X jets".
  // (and a contract for them: "signed a contract for three <Airbus Industrie> A310-300 aircraft")
  const counted = !!purpose && (/^(up to )?\d/.test(purpose) || amountWord(purpose.split(' ')[0].toLowerCase()));
  // ("signed a memorandum of understanding for 70 Airbus A350s": a deal of another name counted in the models it is
  // for, whose maker is named before them)
  const modelsOnly = counted && /^(deals?|agreements?|understanding|mous?|intent|accords?|pacts?)$/.test(headWord);
  const madeBy = (/^(orders?|contracts?)$/.test(headWord) && counted) || modelsOnly;
  // ("a definitive agreement for the previously-announced acquisition of Lincoln Savings Bank": what is bought)
  // The buyer of what was sold in a deal: "sold Volvo Cars to Zhejiang Geely Holding Group in a deal".
  if (soldInDeal && parties.length === 1 && purpose) {
    const buyer = afterTo(doc, purposeStart + 1, purposeEnd)?.m;
    if (buyer?.type === 'organisation') push(partyOf(buyer, 'buyer in purpose'));
  }
  // ("LNM Holdings and Ispat International ... agreed a $4.5bn deal to buy US firm International Steel Group": two
  // buyers alike, with no other side named)
  const buyersOnly = parties.length === 1 || (parties.length > 1 && parties.every((p) => p.role === 'subject' || p.role === 'elided subject'));
  // ("to lease a shipping cask to General Public Utilities": leased out, to a lessee the purpose names)
  const leasedOut = !!purpose && /^to lease\b.* to /.test(purpose) && !/ from /.test(purpose);
  if (buyersOnly && purpose && !soldInDeal && !leasedOut && (madeBy || boughtInDeal || (/^(to )?(purchase|buy|order|acquire|lease|take over|assume|take (a|an) ([\w-]+ ){0,4}(stake|interest|holding) in)\b/.test(purpose) || PURCHASE_OF.test(purpose)))) {
    // "to lease four Airbus A321 aircraft from International Lease Finance Corp": the company dealt with is the
    // one the aircraft come from, not their maker; the loop reads only up to it.
    // ("covering Camco's purchase from Baker International Corp of ...", "the purchase of Reed Tool Co from Baker")
    const source = /^to (buy|purchase|lease|acquire)\b/.test(purpose) || PURCHASE_OF.test(purpose) ? dealtFrom(doc, purposeStart + 1, purposeEnd) : null;
    for (let q = purposeStart; q < (madeBy ? Math.min(purposeEnd, purposeStart + 4) : source ? source.at : purposeEnd); q++) {
      const m = mentionAt(doc, q);
      // ("to purchase its West German affiliate <Bankhaus Centrale Credit AG>": what is bought, not who sells it)
      const before = tokens[q - 1]?.lower === '<' ? tokens[q - 2]?.lower : tokens[q - 1]?.lower;
      if (m && /^(its|their|affiliate|subsidiary|unit)$/.test(before ?? '')) break;
      // ("to buy 200,000 tonnes of wheat under the Export Enhancement Program": the scheme it is bought under)
      if (m && (before === 'under' || (before === 'the' && tokens[q - 2]?.lower === 'under'))) break;
      if (m && formerName(doc, q)) continue;
      // (the maker of what comes from the source: "Airbus" before "A321")
      const model = tokens[m ? m.b : q + 1];
      if (source && tokens[q].cap && model && /^[A-Z]{0,3}\d{2,4}/.test(doc.text.slice(model.start, model.end))) continue;
      if (m && m.type === 'organisation' && !(modelsOnly && !(model && /^[A-Z]{0,3}\d{2,4}/.test(doc.text.slice(model.start, model.end))))) {
        // ("Saab SF340 aircraft" after "an agreement with Saab Scania AB": the same company)
        if (!parties.some((p) => shortOf(p, partyOf(m, 'seller in purpose')))) push(partyOf(m, 'seller in purpose'));
        // ("to acquire GWF Power Systems Co and Combustion Power Co Inc from Allied-Signal Inc": each company bought)
        const bought = !madeBy && source ? mentionList(doc, q, source.at) : null;
        for (const other of bought && bought.end === source!.at ? bought.items.slice(1) : []) if (other.type === 'organisation') push(partyOf(other, 'seller in purpose'));
        break;
      }
      const t = tokens[q];
      const next = tokens[q + 1];
      // "agreed to acquire Wyeth in a cash-and-stock deal": a name no rule typed, right after the verb of buying, that
      // no lower-case noun follows (not "to buy Treasury bills") and that is not a place.
      // ("to buy Singapore's NatSteel": past the place the company is from)
      const from = possessiveAt(doc, q - 1) ? mentionCovering(doc, q - 2) : undefined;
      const v = from?.type === 'place' ? from.a - 1 : q - 1;
      // ("Pfizer bought Seagen in a deal", "will acquire Seagen under a deal": or right after the verb of a purchase
      // made in a deal)
      const buying = (BUYING.test(tokens[v].lower) && ((v === purposeStart + 1 && tokens[v - 1].lower === 'to') || (v === purposeStart && tokens[v - 1].lower === 'will'))) || (boughtInDeal && v === purposeStart - 1 && /^(bought|acquired|purchased)$/.test(tokens[v].lower));
      if (!madeBy && !m && buying) {
        let e = q;
        while (e < purposeEnd && e - q < 4 && tokens[e].cap && tokens[e].type === 'word' && tokens[e].pos === 'PROPN' && !mentionCovering(doc, e) && !inDate(doc, e)) e++;
        const after = tokens[e];
        if (e > q && !(after && !after.cap && after.type === 'word' && (after.pos === 'NOUN' || after.pos === 'PROPN'))) {
          push(writtenParty(doc, q, e, 'seller in purpose'));
          break;
        }
      }
      // "Airbus A320 passenger jets": the maker of what is bought (for a contract counted in what it buys, only a
      // company the article names: not "a contract for 1,403 HEMTT 977 series trucks")
      if (t.cap && t.pos === 'PROPN' && next && next.start - t.end === 1 && /^[A-Z]{0,3}\d{2,4}/.test(doc.text.slice(next.start, next.end))) {
        const name = doc.text.slice(t.start, t.end);
        const e = doc.entities.find((x) => x.type === 'organisation' && (x.name === name || x.aliases.includes(name)));
        if (!e && madeBy && /^contracts?$/.test(headWord)) break;
        const maker: Party = { name: e ? e.name : name, entityId: e ? e.id : null, start: t.start, end: t.end, role: 'seller in purpose' };
        if (!parties.some((p) => shortOf(p, maker))) push(maker);
        break;
      }
    }
    if (source && !parties.some((p) => oneParty(p, partyOf(source.m, 'seller in purpose')))) push(partyOf(source.m, 'seller in purpose'));
  }
  // "Lenovo has completed its purchase of IBM's PC business, after the deal was cleared": the deal is the purchase
  // the verb took, and the company bought from is its other side.
  if (buyersOnly && !soldInDeal && !passive && verbAt < hit.a && /^(complete|completes|completed|conclude|concludes|concluded|finali[sz]e|finali[sz]es|finali[sz]ed)$/.test(tokens[verbAt].lower)) {
    const seller = purchasedFrom(doc, verbAt, hit.a);
    if (seller && !parties.some((p) => oneParty(p, partyOf(seller, 'seller in purpose')))) push(partyOf(seller, 'seller in purpose'));
  }
  // "signed a trade protocol to buy up to 15,000 tonnes of asbestos fibre from Zimbabwe": the country bought from;
  // else, "signed a contract to buy 200,000 tonnes of U.S. soft red winter wheat", the country the goods are of.
  if (parties.length === 1 && purpose && /^to (buy|purchase|import)\b/.test(purpose)) {
    for (let q = purposeStart + 2; q < purposeEnd - 1; q++) {
      if (tokens[q].lower !== 'from') continue;
      const m = openingName(doc, q + 1, purposeEnd)?.m;
      if (m && ((m.type === 'place' && m.placeKind === 'country') || m.type === 'organisation') && !oneParty(partyOf(m, 'seller in purpose'), parties[0])) push(partyOf(m, 'seller in purpose'));
      // ("to buy a gypsum wallboard plant in Seattle from Norwest Gypsum.": a name no rule typed that closes the purpose)
      let e = q + 1;
      while (!m && e < purposeEnd && e - q <= 4 && tokens[e].cap && tokens[e].type === 'word' && tokens[e].pos === 'PROPN' && !mentionCovering(doc, e) && !inDate(doc, e)) e++;
      if (!m && e > q + 2 && e === purposeEnd) push(writtenParty(doc, q + 1, e, 'seller in purpose'));
      break;
    }
    const origin = parties.length === 1 ? originOfGoods(doc, purposeStart + 2, purposeEnd) : null;
    if (origin && !oneParty(partyOf(origin, 'seller in purpose'), parties[0])) push(partyOf(origin, 'seller in purpose'));
  }
  // "Ram Industries Inc said an agreement has been reached with <Treasure Valley Foods>": who says so is the other side.
  // ("Mark IV ... in which it listed several agreements reached with Baird": who lists or discloses them, too)
  if (passive && parties.length === 1 && parties[0].role === 'counterparty') {
    let q = hit.a - 1;
    if (q >= first && /^(a|an|the|several|two|three|other|various)$/.test(tokens[q].lower)) q--;
    if (q >= first && tokens[q].lower === 'that') q--;
    const discloser = q > first && DISCLOSE.test(tokens[q].lower) && tokens[q].pos === 'VERB' ? subjectBefore(doc, q, first) : null;
    const speaker = q > first && lex.speech.has(tokens[q].lower) ? speakerBefore(doc, q + 1, first) : discloser?.parties.length === 1 ? discloser.parties[0] : null;
    if (speaker && !oneParty(speaker, parties[0])) {
      parties.unshift({ ...speaker, role: 'speaker' });
      evStart = Math.min(evStart, doc.tokenAt(speaker.start));
    }
  }
  // "received about 500,000 dlrs in orders for its new CF1000 Scanner and RAVE software, a document scanning system,
  // from McDonnell Douglas Corp": who an order or a contract won came from, after what it is for.
  // ("an order for 60 A321neo jets from Saudi budget carrier Flynas": past what the company is)
  const giver = purpose && !passive && /^(orders?|contracts?)$/.test(headWord) && WINS.test(verb) && tokens[purposeStart - 1]?.lower === 'for' ? mentionCovering(doc, purposeEnd - 1) : undefined;
  if (giver && giver.b === purposeEnd && giver.type === 'organisation' && !giver.nested) {
    let q = giver.a - 1;
    while (q > purposeStart && giver.a - q <= 5 && tokens[q].lower !== 'from' && (!tokens[q].cap || mentionCovering(doc, q)?.rule === 'place.demonym' || mentionCovering(doc, q)?.type === 'place') && tokens[q].type === 'word') q--;
    // (not "terminals capable of receiving messages from the Defense Satellite Communications System": a verb's own)
    let verbBetween = false;
    for (let v = purposeStart + 1; v < q; v++) if (tokens[v].pos === 'VERB' && !/^(NOUN|PROPN|DET|NUM|CCONJ)$/.test(tokens[v - 1].pos)) verbBetween = true;
    if (q > purposeStart && tokens[q].lower === 'from' && !verbBetween) {
      if (!parties.some((p) => p.entityId === giver.entityId)) push(partyOf(giver, 'counterparty'));
      purpose = purposeText(doc, purposeStart, tokens[q - 1].lower === ',' ? q - 1 : q);
      purposeEnd = q;
    }
  }
  // The other side a purpose names: a buyer, whose products, a merger partner, a customer.
  if (parties.length === 1 && purpose) {
    const found = partiesInPurpose(doc, purpose, purposeStart, purposeEnd);
    // ("The two companies inked a supply pact, under which Samsung will provide memory chips to Apple": the two,
    // when the article named neither before)
    if (!parties[0].entityId && PAIR_WRITTEN.test(parties[0].name) && found.length === 2 && found[0].entityId !== found[1].entityId) parties.splice(0, 1, ...found);
    else {
      // (not the signer itself, named again in the terms: "an agreement which would merge CBC with Union")
      for (const p of found) {
        if (p.entityId && parties.some((q) => q.entityId === p.entityId)) continue;
        push(p);
        if (parties.length > 1) break;
      }
    }
  } else if (purpose && parties.length > 1 && parties.every((p) => p.role === 'subject') && WINS.test(verb)) {
    // ("Northrop Grumman and EADS have defeated Boeing for a contract to supply the United States Air Force": the
    // customer of sellers who won together)
    for (const p of partiesInPurpose(doc, purpose, purposeStart, purposeEnd)) if (p.role === 'customer in purpose') push(p);
  }
  // ("Angola and Uruguay have established diplomatic relations ..., according to a joint communique signed by their
  // U.N. representatives": the sides the signers represent open the sentence)
  if (parties.length === 1 && !parties[0].entityId && THEIR_PEOPLE.test(parties[0].name)) {
    const sides = subjectOfSentence(doc, first, hit.a);
    if (sides && sides.length >= 2 && sides.every((p) => p.entityId && !p.entityId.startsWith('per_'))) {
      parties.splice(0, 1, ...sides.map((p) => ({ ...p, role: 'represented' })));
      evStart = Math.min(evStart, doc.tokenAt(sides[0].start));
    }
  }
  // ("FMC Corp has received a 46.6 mln dlr contract for work on the MK-41 vertical launching system, the Navy said": the
  // body that reports a contract won, and gave no other side, is the one that awarded it)
  if (parties.length === 1 && parties[0].role === 'subject' && /^(orders?|contracts?)$/.test(headWord) && (WINS.test(verb) || verb === 'awarded')) {
    const reporter = reportingBody(doc, last);
    if (reporter && reporter.entityId !== parties[0].entityId) {
      push(partyOf(reporter, 'counterparty reporting'));
      evEnd = Math.max(evEnd, reporter.b);
    }
  }
  // "Gordon Brown has signed a deal with Kenya under which Britain will pay 10% of the country's debts": the country
  // the terms bind signs, through the person who signed for it.
  // ("The chancellor announced a deal with Tanzania under which Britain will pay", "The government has signed ...
  // under which the UK will": or the title or government that signed it, unnamed)
  if (purpose && /^under which\b/.test(purpose)) {
    const country = mentionAt(doc, purposeStart + (tokens[purposeStart + 2]?.lower === 'the' ? 3 : 2));
    const unnamedOfficial = (p: Party) => !p.entityId && /^the /i.test(p.name) && (TITLES.has(p.name.toLowerCase().slice(4)) || p.name.toLowerCase() === 'the government');
    const n = parties.findIndex((p) => (p.entityId?.startsWith('per_') || unnamedOfficial(p)) && p.role === 'subject');
    if (n >= 0 && country?.type === 'place' && country.placeKind === 'country' && country.rule !== 'place.demonym' && !parties.some((p) => p.entityId === country.entityId)) parties[n] = partyOf(country, 'subject');
  }
  // "Under an agreement reached with the World Bank last week, Pakistan will receive $500m", "Under the deal,
  // signed last week, Gazprom will supply ...": the subject of the main clause is a party too.
  // (Not after "signed by Narendra Modi and Emmanuel Macron": the signers are named.)
  // ("Under the terms of the agreement, signed in Doha on Sunday, Qatar will supply ...")
  const terms = tokens[first + 1]?.lower === 'the' && /^(terms|provisions)$/.test(tokens[first + 2]?.lower ?? '') && tokens[first + 3]?.lower === 'of' ? 3 : 0;
  if (passive && /^(under|in)$/.test(tokens[first].lower) && hit.a - first - terms <= 3 && !parties.some((p) => p.role === 'passive agent')) {
    // "In a separate deal, Unilever agreed with Procter & Gamble to swap brands": the verb is the main clause's own,
    // its subject between the comma and the verb.
    // (not "Under the pact, Tokyo agreed to stop ...": the terms of one reported before)
    let comma = -1;
    if (/^(a|an)$/.test(tokens[first + 1]?.lower ?? '')) for (let q = hit.b; q < verbAt; q++) if (tokens[q].lower === ',') comma = q;
    const own = comma >= 0 ? mentionList(doc, comma + 1, verbAt) : null;
    if (own && own.end === verbAt) {
      parties.unshift(...own.items.map((m) => partyOf(m, 'subject')));
      evStart = Math.min(evStart, own.items[0].a);
    }
    // ("Under a 125,000 bpd contract signed in February the Saudis agreed to supply oil": no comma after when)
    const q0 = skipWhenWhere(doc, verbAt + 1, last);
    const bare = !own && q0 > verbAt + 1 && tokens[q0 - 1].lower !== ',' ? mentionList(doc, q0, last) : null;
    const from = bare && /^(VERB|AUX)$/.test(tokens[bare.end]?.pos ?? '') ? q0 - 1 : -1;
    for (let q = from >= 0 ? from : verbAt + 1; q < last && !own; q++) {
      if (tokens[q].lower !== ',' && q !== from) continue;
      const main = mentionList(doc, q + 1, last);
      if (main) {
        main.items.forEach((m) => push(partyOf(m, 'subject')));
        evEnd = Math.max(evEnd, main.end);
        // ("Gazprom will supply gas to China", "Norway will supply Germany with hydrogen": whom it supplies)
        const customer = main.items.length === 1 ? customerOfTerms(doc, main.items[0], last) : null;
        if (customer && !parties.some((p) => sameParty(p.name, customer.name))) push(partyOf(customer, 'customer'));
        // ("Egypt will import 1 million tonnes of wheat from the United States": whom it buys from)
        const seller = !customer && main.items.length === 1 ? boughtFrom(doc, main.end, clauseEnd(doc, main.end, last)).m : null;
        if (seller && !parties.some((p) => oneParty(p, partyOf(seller, 'counterparty')))) push(partyOf(seller, 'counterparty'));
        // ("the Kenya Ports Authority will work with China Road and Bridge Corp": whom it works with)
        const partner = !customer && !seller && main.items.length === 1 ? partnerOfTerms(doc, main.items[0], last) : null;
        if (partner && !parties.some((p) => oneParty(p, partyOf(partner, 'counterparty')))) push(partyOf(partner, 'counterparty'));
      }
      break;
    }
  }
  // "Volkswagen said it would cut 35,000 jobs by 2030 under a deal reached with the IG Metall union": the name
  // the sentence opens with, when the agreement is named in the middle of it.
  // ("has started to overhaul government firms in line with a package agreed with the IMF": or in line with it)
  const lineWith = tokens[hit.a - 2]?.lower === 'with' && tokens[hit.a - 3]?.lower === 'line' && tokens[hit.a - 4]?.lower === 'in' ? hit.a - 4 : -1;
  // ("will provide technical services under agreements signed with QTELC": or under agreements without an article)
  const bare = hit.a - 1 > first && tokens[hit.a - 1].lower === 'under' && /s$/.test(tokens[hit.b - 1].lower) ? hit.a - 1 : -1;
  // ("has started to implement a cooperation contract signed last year with", "will submit a settlement agreement
  // reached with its former president": or what it carries out)
  const carried = hit.a - 2 > first && /^(a|an|the|its|their)$/.test(tokens[hit.a - 1].lower) && /^(implement|submit|ratify|honour|honor|renew|extend)$/.test(tokens[hit.a - 2].lower) ? hit.a - 2 : -1;
  const under = hit.a - 1 > first && /^(a|an|the|its|their)$/.test(tokens[hit.a - 1].lower) && (tokens[hit.a - 2].lower === 'under' || lineWith > first) ? (lineWith > first ? lineWith : hit.a - 2) : bare >= 0 ? bare : carried;
  if (passive && under > first && !parties.some((p) => p.role !== 'counterparty')) {
    // ("DETROIT, June 13 (Reuters) - General Motors and ...": past the dateline the first sentence opens with)
    const line = doc.article.dateline;
    let at = line && tokens[first].start < line.end ? doc.tokenAt(line.end) : first;
    // ("Meanwhile, the African Development Bank approved ...": past a sentence adverb and its comma)
    const s0 = at;
    if (!mentionAt(doc, s0) && tokens[s0 + 1]?.lower === ',' && tokens[s0].pos === 'ADV') at = s0 + 2;
    // ("Despite the furore, Fujitsu will proceed ... in line with the basic agreement reached with Schlumberger": past
    // an opening phrase and its comma)
    else if (!mentionAt(doc, s0) && /^(ADP|SCONJ)$/.test(tokens[s0].pos)) {
      for (let c = s0 + 2; c < Math.min(under, s0 + 6); c++) {
        if (mentionCovering(doc, c)) break;
        if (tokens[c].lower === ',') {
          at = c + 1;
          break;
        }
      }
    }
    let opener = mentionAt(doc, at) ?? (tokens[at]?.lower === 'the' ? mentionAt(doc, at + 1) : null);
    // ("India's state-owned Oil India Ltd (OIL) said it received a credit under an agreement": the company, past the
    // country whose it is)
    if (opener?.type === 'place' && possessiveAt(doc, opener.b)) {
      let q = opener.b + 1;
      // ("Yugoslavia's top oil and natural gas producer <Ina-Naftaplin>": past what it is and the wire's bracket)
      while (q < under && q - opener.b < 9 && ((!tokens[q].cap && tokens[q].type === 'word') || tokens[q].lower === '-' || tokens[q].lower === '<')) q++;
      const owned = mentionAt(doc, q);
      if (owned?.type === 'organisation') opener = owned;
    }
    // (not a source: "China Daily said the factory ...")
    const source = (m: MentionRef) => lex.speech.has(tokens[m.b]?.lower ?? '') && !/^(it|they)$/.test(tokens[m.b + 1]?.lower ?? '');
    if (opener && !opener.nested && opener.type !== 'person' && opener.b < under && !source(opener) && !parties.some((q) => sameParty(opener.name, q.name))) {
      parties.unshift(partyOf(opener, 'subject'));
      evStart = Math.min(evStart, opener.a);
      // ("Nippon Steel and Posco will raise their cross-shareholdings under a strategic alliance": each of the names)
      let put = 1;
      for (const m of mentionList(doc, opener.a, under)?.items.slice(1) ?? []) {
        if (m.type !== 'person' && !m.nested && m.b < under && !parties.some((q) => sameParty(m.name, q.name))) parties.splice(put++, 0, partyOf(m, 'subject'));
      }
      // "Bangladesh will import 60,000 tons of diesel oil from the Soviet Union under a barter agreement": the other
      // side is whom the goods or the money come from.
      // ("The Soviet Union bought 20,000 tonnes of Malaysian palm oil under a barter deal": the country the goods are of)
      const { bought, m: from } = boughtFrom(doc, opener.b, under);
      const seller = from ?? (bought ? originOfGoods(doc, opener.b, under) : null);
      if (seller && !parties.some((x) => oneParty(x, partyOf(seller, 'counterparty')))) push(partyOf(seller, 'counterparty'));
      // "Britain will write off its share of Tanzania's debt under a deal": the country whose debt or trade it is.
      for (let q = opener.b; q < under - 2 && !bought && parties.length < 2; q++) {
        const m = mentionAt(doc, q);
        if (m?.type !== 'place' || m.placeKind !== 'country' || m.rule === 'place.demonym' || !possessiveAt(doc, m.b) || m.entityId === opener.entityId) continue;
        if (/^(debt|debts|loans|arrears|exports|imports|trade|oil|gas|claims)$/.test(tokens[m.b + 1]?.lower ?? '')) push(partyOf(m, 'counterparty'));
        break;
      }
    }
  }
  // "Britain's first post-Brexit trade deal was signed with Australia", "The U.S.-China trade deal was signed": the
  // sides named before the noun, when nothing else says who signed.
  if (passive && !parties.some((p) => p.role !== 'counterparty')) {
    const sides = sidesBefore(doc, hit.a, first);
    if (sides.length) {
      parties.unshift(...sides.map((m) => partyOf(m, 'subject')).filter((p) => !parties.some((q) => q.name === p.name)));
      evStart = Math.min(evStart, sides[0].a);
    }
  }
  // "The deal, inked at the presidential palace on Tuesday, commits Petrobras and Sinopec to develop two blocks": whom
  // the agreement binds, when nothing else says who signed.
  if (passive && !parties.some((p) => p.role !== 'counterparty')) {
    const bound = boundSides(doc, verbAt, last);
    if (bound) {
      bound.items.forEach((m) => push(partyOf(m, 'bound')));
      evEnd = Math.max(evEnd, bound.end);
      // (and what it binds them to, when nothing before said what it is for)
      let e = bound.end + 1;
      while (e < last && !/^[;.]$/.test(tokens[e].lower) && !(tokens[e].lower === ',' && clauseAfter(doc, e + 1, last))) e++;
      if (!purpose && e > bound.end + 1) {
        purposeStart = bound.end;
        purposeEnd = e;
        purpose = purposeText(doc, bound.end, e);
        evEnd = e;
      }
    }
  }
  // "An agreement was reached with the Federal Trade Commission that certain assets would be divested, it said",
  // "A settlement was reached with the FTC, Acme Corp said": the company that reports an agreement reached with
  // another, when nothing else says who reached it.
  if (passive && parties.length > 0 && parties.every((p) => p.role === 'counterparty')) {
    const reporter = reportingBody(doc, last) ?? articleCompanyReporting(doc, first, last);
    if (reporter && !parties.some((p) => p.entityId === reporter.entityId || sameParty(p.name, reporter.name))) parties.unshift(partyOf(reporter, 'subject reporting'));
  }
  // "signed by Ali Khan on behalf of the Ministry of Energy and John Smith on behalf of Siemens": the bodies the
  // signers stand for are the parties, not the signers.
  for (let q = verbAt + 1; q + 3 < last; q++) {
    if (tokens[q].lower !== 'on' || tokens[q + 1].lower !== 'behalf' || tokens[q + 2].lower !== 'of') continue;
    // ("and on behalf of the bank by its country director": the bank the article named)
    const m = bodyNamedAt(doc, q + 3, first);
    if (!m) continue;
    // (the signer is named right before, or is the subject of "Ali Khan signed the agreement on behalf of ...")
    let signer = parties.findIndex((p) => p.end === tokens[q - 1].end);
    if (signer < 0 && q === hit.b) signer = parties.findIndex((p) => p.role === 'subject' && p.entityId?.startsWith('per_'));
    // (who signed is kept as the body's signatory: the signer found above, or the person named right before, past a
    // list's "and": "and country director Keith Hansen on behalf of the World Bank")
    const before = mentionCovering(doc, q - 1);
    const signed = signer >= 0 ? parties.splice(signer, 1)[0] : before?.type === 'person' && before.b === q && !before.nested ? partyOf(before, 'signer') : null;
    const body = partyOf(m, 'on behalf of');
    push(signed?.entityId?.startsWith('per_') ? { ...body, signatory: { name: signed.name, entityId: signed.entityId } } : body);
    evEnd = Math.max(evEnd, m.b);
    if (purpose?.startsWith('behalf of')) purpose = null;
    // ("signed by Ports Minister Rohitha Abeygunawardena on behalf of Sri Lanka and Adani Ports chief executive Karan
    // Adani": and the other signer, after "and", whose title names the body they sign for, when no "on behalf of"
    // names it after them)
    if (tokens[m.b]?.lower === 'and' && tokens[verbAt + 1]?.lower === 'by' && !behalfAfter(doc, m.b, last) && !parties.some((p) => p.start >= tokens[m.b].end)) {
      const other = partyPhrase(doc, m.b + 1, last, 'passive agent');
      other.parties.forEach(push);
      if (other.parties.length) evEnd = Math.max(evEnd, other.end);
    }
  }
  // "The ministers witnessed the signing of a memorandum between Kenya Power and Siemens Energy": those it is
  // between are its parties; who watched is not, when the text names two such.
  if (event && event.witness >= 0 && parties.filter((p) => p.role === 'between').length >= 2) {
    for (let n = parties.length - 1; n >= 0; n--) if (parties[n].role === 'subject') parties.splice(n, 1);
  }
  // "The agreement was reached after two days of talks in Geneva between Iran and France": the sides of the talks it
  // came out of (two named).
  if (parties.length === 0 && passive && verbAt > hit.b) talksAfter(doc, verbAt, last).forEach(push);
  // "The deal, which was signed on Wednesday, will see BT provide broadband services to the BBC": who the main clause
  // after the aside says will do what, and for whom.
  if (parties.length === 0 && passive && verbAt > hit.b) {
    const doer = seenAfterAside(doc, hit, verbAt, last);
    if (doer) {
      push(partyOf(doer, 'counterparty in purpose'));
      const customer = customerOfTerms(doc, doer, last);
      if (customer) push(partyOf(customer, 'customer in purpose'));
      evEnd = Math.max(evEnd, (customer ?? doer).b);
    }
  }
  // A titled signer stands for the body the title names ("Kazakh President Tokayev" signs for Kazakhstan); a body
  // two of its people sign for is one party.
  for (let n = 0; n < parties.length; n++) {
    const body = bodyOf(doc, parties[n]) ?? bodyElsewhere(doc, parties[n]) ?? bodyBeforeShortForm(doc, parties[n]) ?? officerAfter(doc, parties[n]);
    if (!body) continue;
    if (parties.some((q, i) => i !== n && oneParty(q, body))) parties.splice(n--, 1);
    else parties[n] = body;
  }
  // "by the transport ministers of the three countries": the countries the sentence names, as many.
  for (let n = 0; n < parties.length; n++) {
    const counted = countedCountries(doc, parties[n], first, last);
    if (!counted) continue;
    parties.splice(n, 1, ...counted.filter((c) => !parties.some((q) => oneParty(q, c))));
    break;
  }
  // "Mr Brown has signed a debt relief deal with Tanzania": a person no title ties to a body, signing with a
  // country, signs for the country the article is about.
  const person = parties.findIndex((p) => p.entityId?.startsWith('per_') && !p.signatory);
  if (person >= 0 && parties.length === 2 && placeKindOf(doc, parties[1 - person]) === 'country') {
    const home = homeCountry(doc, parties[1 - person].entityId!);
    if (home) parties[person] = { ...partyOf(home, parties[person].role), signatory: { name: parties[person].name, entityId: parties[person].entityId } };
  }
  // "factories sign contracts with the government", "The government had also awarded it an order": the government of
  // the country the article names most (three times at least, more often than any other), if no other party is it.
  for (let n = 0; n < parties.length; n++) {
    if (parties[n].entityId || !/^the (federal |central |national )?government$/i.test(parties[n].name)) continue;
    const other = parties.find((q, i) => i !== n && q.entityId?.startsWith('plc_'))?.entityId ?? '';
    const home = homeCountry(doc, other);
    if (home && !parties.some((q) => q.entityId === home.entityId)) parties[n] = partyOf(home, parties[n].role);
  }
  // "IBM sued Papermaster ..., but a settlement was reached": the sides of the suit the settlement ends.
  if (parties.length === 0 && /^settlements?$/.test(headWord)) litigants(doc, first, hit.a)?.forEach(push);
  // ("The agreement was signed in Frankfurt on Tuesday": no party named, but when and where the one reported before was)
  // ("They include a bilateral investment treaty": or one of the documents signed together, by those who signed them)
  if (parties.length === 0 && !signedAmong && !theOneBefore(doc, hit) && !describedOneBefore(doc, hit)) return null;
  // A text is adopted by countries, bodies or their leaders ("Leaders of the BRICS nations adopted the Johannesburg II
  // Declaration"), not by a crowd ("the demonstrators adopted a declaration").
  // ("formally adopted by a United Nations Conference": a body named, if no rule typed it)
  if (/^adopt/.test(verb) && !parties.some((p) => p.entityId || /\b[A-Z]/.test(p.name) || GROUP_NOUNS[p.name.split(' ').pop()!.toLowerCase()])) return null;
  // A package is agreed between sides ("the government and IMF agreed on a package", "a package agreed with the
  // IMF"); one a cabinet or ministers agree alone ("The Spanish cabinet agreed a ... aid package") is a decision.
  if (/^packages?$/.test(headWord) && parties.length < 2 && !parties.some((p) => p.role === 'counterparty')) return null;
  const start = tokens[evStart].start;
  const end = tokens[Math.max(evStart, Math.min(evEnd, last) - 1)].end;
  const written = doc.text.slice(tokens[hit.a].start, tokens[hit.b - 1].end).replace(/\s+/g, ' ');
  // ("Agreement was reached late on Friday": a common noun capitalised only because it opens the sentence)
  // ("JAPAN, U.S. AGREE ON SEMICONDUCTOR PACT": nor are the words of a headline set in capitals)
  const kindText = inCapitals(doc, first, last) ? written.toLowerCase() : hit.a === first && /^[A-Z][a-z]+( [a-z-]+)*$/.test(written) ? written[0].toLowerCase() + written.slice(1) : written;
  const row: AgreementRow = {
    articleId: doc.article.id,
    id: '',
    kind: hit.plural ? singular(kindText) : kindText,
    status: agreedTo || (!passive && talksConcluded(doc, verbAt, hit)) ? 'agreed' : info.status,
    plural: hit.plural,
    parties,
    purpose,
    // (an agreement in force was made before: the sentence's dates are of something else, "plans to sign a deal with a
    // third company next month")
    date: hasWith ? null : dateIn(doc, tokens[first].start, tokens[last - 1].end, verbAt, passive, purpose ? [purposeStart, purposeEnd] : null, hit),
    // "signed a free trade agreement in Hanoi": where, just after the evidence.
    // (past a noun phrase that goes on after a named agreement: "sealed the Trans-Pacific Partnership trade deal in Atlanta")
    // ("signed by the chief executives of both companies at a ceremony in Tokyo": past the occasion)
    // ("signed the trade deal on November 30, 2018 in Buenos Aires": past the date after the noun)
    // ("agreed on a ceasefire at a summit in Sharm el-Sheikh": the occasion right after the evidence, too)
    // ("signed a declaration on Monday at the presidential palace in Khartoum": past the date, then the building)
    place: placeIn(doc, verbAt, Math.min(Math.max(pastOccasion(doc, Math.max(evEnd, verbAt + 6, pastDateAfter(doc, hit.b, last) + 2), last), pastOccasion(doc, evEnd, last), pastOccasion(doc, pastDateAfter(doc, hit.b, last), last), pastSidelines(doc, Math.max(hit.b, purpose ? purposeEnd : 0), last)) + 2, last), parties, purpose ? [purposeStart, purposeEnd] : null, last),
    evidence: { start, end, text: doc.text.slice(start, end) },
    rule: relative ? 'agreement.relative' : event ? 'agreement.signing-event' : passive ? 'agreement.passive' : parties.some((p) => p.role === 'elided subject') ? 'agreement.elided-subject' : 'agreement.active',
  };
  if (purpose) purposeTokens.set(row, [purposeStart, purposeEnd]);
  if (signedAmong || oneOfThem(doc, first, hit.a)) signedTogether.add(row);
  return row;
}

/** "commits Petrobras and Sinopec to", "binds Toyota and Suzuki to": the sides the main verb after a signed agreement binds. */
function boundSides(doc: Doc, verbAt: number, last: number): ReturnType<typeof mentionList> {
  const tokens = doc.tokens;
  for (let q = verbAt + 1; q < last; q++) {
    const w = tokens[q].lower;
    if (w === ';' || w === 'between' || w === 'by' || w === 'with') return null;
    if (!/^(commits|committed|binds|obliges|obligates|requires)$/.test(w) || tokens[q].pos !== 'VERB') continue;
    const list = mentionList(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1, last);
    return list && list.items.length >= 2 && tokens[list.end]?.lower === 'to' ? list : null;
  }
  return null;
}

/** A purpose that is a purchase: "the acquisition of", "its purchase of", "covering Camco's purchase from". */
const PURCHASE_OF = /^((covering|for|on|regarding) )?(the |its |a |an |[\w-]+'s )?([\w-]+ )?(acquisition|purchase) (of|from)\b/;

/** Plural nouns for signed documents. */
const DOCUMENTS = /^(documents|agreements|deals|accords|memorandums|memoranda|mous|contracts|pacts|instruments|projects)$/;

/** "The documents include", "The agreements signed included": the subject [first, k) is the documents a sentence shortly before says were signed. */
function documentsSignedBefore(doc: Doc, first: number, k: number): boolean {
  const tokens = doc.tokens;
  const pronoun = (k === first + 1 && /^(they|these)$/.test(tokens[first].lower)) || (k === first + 2 && tokens[first].lower === 'among');
  if (!pronoun && (!/^(the|these|those)$/.test(tokens[first].lower) || !DOCUMENTS.test(tokens[first + 1]?.lower ?? ''))) return false;
  if (!pronoun && k !== first + 2 && !(k === first + 3 && /^(signed|inked)$/.test(tokens[first + 2].lower))) return false;
  const s = tokens[first].sent;
  // (a pronoun stands for the plural the sentence right before says were signed: "signed nine agreements ... Among
  // them was")
  for (let n = Math.max(0, pronoun ? s - 1 : s - 3); n < s; n++) {
    const sent = doc.sentences[n];
    for (let q = sent.first; q < sent.last; q++) {
      // ("The documents were exchanged in the presence of ...": documents exchanged at a signing were signed)
      const exchanged = tokens[q].lower === 'exchanged';
      if (!/^(signed|inked|signing)$/.test(tokens[q].lower) && !exchanged) continue;
      if (!pronoun && !exchanged) return true;
      // (the plural after the verb, "signed nine agreements", or before it, "The documents were signed", past its
      // worth: "28 cooperation agreements worth a total of 12.6 billion yuan were signed")
      const back = /^(were|been)$/.test(tokens[q - 1]?.lower ?? '') ? 20 : 3;
      for (let r = Math.max(sent.first, q - back); r < Math.min(sent.last, q + 6); r++) if (r !== q && DOCUMENTS.test(tokens[r].lower)) return true;
    }
  }
  return false;
}

/** "signed 12 agreements on Tuesday, including": a plural of signed documents in the sentence, before token k. */
function signedDocumentsBefore(doc: Doc, first: number, k: number): boolean {
  const tokens = doc.tokens;
  for (let q = k - 1; q >= first; q--) if (DOCUMENTS.test(tokens[q].lower) && tokens.slice(Math.max(first, q - 5), q).some((t) => /^(signed|inked)$/.test(t.lower))) return true;
  return false;
}

/** A party written as the parties' own people: "their vice-chancellors", "its chief executive". */
function theirOwnPeople(doc: Doc, p: Party): boolean {
  if (p.entityId) return false;
  const a = doc.tokenAt(p.start);
  const b = doc.tokenAt(p.end) - 1;
  // (the role's last part: "vice-chancellors", one token)
  return /^(their|its|his|her)$/.test(doc.tokens[a].lower) && b > a && personsRole(doc.tokens[b].lower.replace(/^.*-/, ''));
}

/**
 * "a memorandum on establishing a Luban Workshop in Samarkand": a purpose that does something ends with where it is
 * done, not where the memorandum was signed (a gerund in lower case opens it).
 */
function doingIn(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens[a];
  return a < b && !t.cap && t.type === 'word' && t.lower.endsWith('ing') && t.lower.length > 5 && (t.pos === 'VERB' || t.pos === 'NOUN');
}

/**
 * "Xi and Tokayev jointly witnessed the signing ...", after "Chinese President Xi Jinping" and "Kazakh President
 * Kassym-Jomart Tokayev": a person the title of another mention of theirs ties to a body signs for that body.
 */
function bodyElsewhere(doc: Doc, p: Party): Party | null {
  if (!p.entityId?.startsWith('per_') || p.signatory) return null;
  for (const m of doc.mentions) {
    if (m.entityId !== p.entityId || m.start === p.start || m.nested) continue;
    const body = bodyOf(doc, { ...p, start: m.start, end: m.end, name: m.name });
    if (body?.signatory) return { ...body, signatory: { name: p.name, entityId: p.entityId } };
  }
  return null;
}

/** "IBM sued Papermaster": who sued whom, in tokens [first, end). */
function litigants(doc: Doc, first: number, end: number): Party[] | null {
  const tokens = doc.tokens;
  for (let k = first + 1; k < end - 1; k++) {
    if (!/^(sued|sues)$/.test(tokens[k].lower)) continue;
    const plaintiff = mentionCovering(doc, k - 1);
    const defendant = mentionAt(doc, k + 1);
    if (plaintiff && defendant && plaintiff.b === k && !plaintiff.nested && plaintiff.entityId !== defendant.entityId) return [partyOf(plaintiff, 'subject'), partyOf(defendant, 'counterparty')];
  }
  return null;
}

/**
 * ", and media" after "areas such as the Belt and Road Initiative, agriculture, science and technology": the last
 * item of a list the purpose [start, comma) holds, a noun with no verb after it, not a clause of its own.
 */
function lastOfList(doc: Doc, start: number, comma: number, last: number): boolean {
  const tokens = doc.tokens;
  if (tokens[comma + 1]?.lower !== 'and' || !tokens.slice(start, comma).some((t) => t.lower === ',')) return false;
  const t = tokens[comma + 2];
  if (!t || t.cap || !/^(NOUN|ADJ)$/.test(t.pos)) return false;
  for (let k = comma + 3; k < Math.min(last, comma + 7) && !/^[,.;]$/.test(tokens[k].lower); k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return false;
  return true;
}

/**
 * "came into force on Saturday, after being signed last July", "took effect in 2005, having been signed in 2003": the
 * verb of signing after an agreement's coming into force at token k, or -1.
 */
function signedBeforeForce(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  const into = tokens[k + 1]?.lower === 'into' && tokens[k + 2]?.lower === 'force';
  if (!/^(came|comes|come|entered|enters|took|takes|went|goes)$/.test(tokens[k].lower) || !(into || tokens[k + 1]?.lower === 'effect')) return -1;
  for (let q = k + 2; q < last - 2; q++) {
    if (tokens[q].lower !== ',') continue;
    const [w1, w2, w3] = [tokens[q + 1].lower, tokens[q + 2].lower, tokens[q + 3]?.lower ?? ''];
    if ((w1 === 'after' && w2 === 'being') || (w1 === 'having' && w2 === 'been')) return lex.verbs.has(w3) && /ed$/.test(w3) && !ANNOUNCE.test(w3) ? q + 3 : -1;
  }
  return -1;
}

/** "Talks between Airbus and the Chinese government ended": the sides of the talks the clause before token v opens with. */
function sidesOfTalks(doc: Doc, first: number, v: number): Party[] {
  const tokens = doc.tokens;
  let q = first;
  if (/^(the|but|and)$/.test(tokens[q].lower)) q++;
  if (!/^(talks|negotiations)$/.test(tokens[q]?.lower ?? '') || tokens[q + 1]?.lower !== 'between') return [];
  const ph = partyPhrase(doc, q + 2, v, 'between');
  return ph.end === v ? ph.parties : [];
}

/**
 * An earlier sentence than token a's names a purchase order: "placed an order for 32 A380s", "an order worth $2bn",
 * or a contract won ("has won a contract to build 40 high-speed trains").
 */
function purchaseOrderBefore(doc: Doc, a: number): boolean {
  const tokens = doc.tokens;
  const end = doc.sentences[tokens[a].sent].first;
  for (let k = 0; k < end; k++) {
    if (/^orders?$/.test(tokens[k].lower) && /^(for|worth|valued|with)$/.test(tokens[k + 1]?.lower ?? '') && !/^(buy|sell|stop|limit|market|court|executive)$/.test(tokens[k - 1]?.lower ?? '')) return true;
    // ("Ryanair has agreed to buy up to 300 Boeing 737 MAX 10 jets ... The order ... was signed": a purchase agreed)
    if (/^(agreed|agrees)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'to' && /^(buy|purchase|order)$/.test(tokens[k + 2]?.lower ?? '')) return true;
    if (!/^contracts?$/.test(tokens[k].lower)) continue;
    for (let q = Math.max(0, k - 4); q < k; q++) if (WINS.test(tokens[q].lower)) return true;
  }
  return false;
}

/** Right before the verb at v: a company or a country, or its board ("Lufthansa's board", "its directors"). */
function approverBefore(doc: Doc, v: number, first: number): boolean {
  const tokens = doc.tokens;
  let k = v - 1;
  while (k > first && /^(has|have|had|also|unanimously|formally|today|yesterday)$/.test(tokens[k].lower)) k--;
  if (/^(board|directors)$/.test(tokens[k]?.lower ?? '')) {
    k--;
    if (/^(its|their)$/.test(tokens[k]?.lower ?? '')) return true;
    if (tokens[k]?.lower !== "'s") return false;
    k--;
  }
  const m = k >= first ? mentionCovering(doc, k) : undefined;
  return !!m && m.b === k + 1 && firmOrCountry(m);
}

/**
 * The company or country the main clause names after an aside that reports the signing: "The deal, which was signed
 * on Wednesday, will see BT provide ...", "The agreement, signed in Beijing on Monday, will see China lend Pakistan
 * $2bn", "The contract, signed on Friday, means that Alstom will build ...". The agreement noun at hit is the
 * sentence's subject, the aside opens with a comma right after it and closes with the one before the main verb.
 */
function seenAfterAside(doc: Doc, hit: NounHit, verbAt: number, last: number): MentionRef | null {
  const tokens = doc.tokens;
  if (tokens[hit.b]?.lower !== ',') return null;
  // (the noun opens the sentence, past its article and the words that describe it: "The $2bn deal")
  const first = doc.sentences[tokens[hit.a].sent].first;
  for (let k = first; k < hit.a; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || /^[,;:]$/.test(tokens[k].lower) || mentionAt(doc, k)) return null;
  let q = verbAt + 1;
  while (q < last && q - verbAt <= 10 && !/^[,;.]$/.test(tokens[q].lower)) q++;
  if (tokens[q]?.lower !== ',') return null;
  let at = q + 1;
  if (/^(will|would)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'see') at += 2;
  else if (/^(means|meant)$/.test(tokens[at]?.lower ?? '')) at += tokens[at + 1]?.lower === 'that' ? 2 : 1;
  else return null;
  const m = openingName(doc, at, last)?.m;
  if (!m || !firmOrCountry(m) || m.rule === 'place.demonym') return null;
  // (a verb follows the name: "China lend", "Alstom will build")
  const next = tokens[m.b];
  return next && (next.pos === 'VERB' || next.pos === 'AUX' || /^(supply|provide|pay|lend|build|buy|sell|invest)$/.test(next.lower)) ? m : null;
}

/**
 * "was reached after two days of talks in Geneva between Iran and France", "was reached at a meeting in Siem Reap
 * between ...": the sides of the talks or meeting after the verb at v.
 */
function talksAfter(doc: Doc, v: number, last: number): Party[] {
  const tokens = doc.tokens;
  if (!/^(after|following|at|in)$/.test(tokens[v + 1]?.lower ?? '')) return [];
  for (let q = v + 2; q < Math.min(last, v + 10); q++) {
    if (/^[,.;]$/.test(tokens[q].lower)) return [];
    if (!/^(talks|negotiations|meeting|meetings|summit)$/.test(tokens[q].lower)) continue;
    let b = q + 1;
    // (past where the talks were: "in Geneva")
    if (tokens[b]?.lower === 'in' && mentionAt(doc, b + 1)?.type === 'place') b = mentionAt(doc, b + 1)!.b;
    if (tokens[b]?.lower !== 'between') return [];
    const ph = partyPhrase(doc, b + 1, last, 'between');
    return ph.parties.length >= 2 ? ph.parties : [];
  }
  return [];
}

/**
 * Tokens [from, end) buy ("will import", "bought", "borrowed") and the company or country after "from" that they buy
 * from: "will import 60,000 tons of diesel oil from the Soviet Union" (the Soviet Union); `bought` without a "from".
 */
function boughtFrom(doc: Doc, from: number, end: number): { bought: boolean; m: MentionRef | null } {
  const tokens = doc.tokens;
  let bought = false;
  for (let q = from; q < end; q++) {
    if (/^(import|imports|imported|importing|buy|buys|bought|buying|purchase|purchases|purchased|receive|receives|received|borrow|borrows|borrowed|obtain|obtained)$/.test(tokens[q].lower)) bought = true;
    if (tokens[q].lower !== 'from' || !bought) continue;
    return { bought, m: firmAfterFrom(doc, q, end) };
  }
  return { bought, m: null };
}

/**
 * The company or country after the first "from" in [from, end) of a purpose to buy or lease, and where that "from" is:
 * "to lease four Airbus A321 aircraft from International Lease Finance Corp".
 */
function dealtFrom(doc: Doc, from: number, end: number): { m: MentionRef; at: number } | null {
  const tokens = doc.tokens;
  for (let q = from; q < end - 1; q++) {
    if (tokens[q].lower !== 'from') continue;
    const m = firmAfterFrom(doc, q, end);
    return m ? { m, at: q } : null;
  }
  return null;
}

/** The company or country named right after the "from" at token q (past "the" or a wire bracket), ending by `end`. */
function firmAfterFrom(doc: Doc, q: number, end: number): MentionRef | null {
  const m = mentionAt(doc, /^(the|<)$/.test(doc.tokens[q + 1]?.lower ?? '') ? q + 2 : q + 1);
  return m && firmOrCountry(m) && m.b <= end ? m : null;
}

/** The first comma, semicolon or full stop from token k, or last. */
function clauseEnd(doc: Doc, k: number, last: number): number {
  while (k < last && !/^[,;.]$/.test(doc.tokens[k].lower)) k++;
  return k;
}

/**
 * The country goods are of, after an amount of them and "of", before what they are, in [from, end): "200,000 tonnes of
 * U.S. soft red winter wheat" (the United States), "20,000 tonnes of Malaysian palm oil" (Malaysia).
 */
function originOfGoods(doc: Doc, from: number, end: number): MentionRef | null {
  const tokens = doc.tokens;
  for (let q = from + 1; q < end - 2; q++) {
    if (tokens[q].lower !== 'of' || !/^(tonnes|tons|tonne|bushels|barrels|bales|head|units)$/.test(tokens[q - 1].lower)) continue;
    const m = mentionAt(doc, q + 1);
    return m?.type === 'place' && m.placeKind === 'country' && tokens[m.b] && !tokens[m.b].cap && tokens[m.b].type === 'word' ? m : null;
  }
  return null;
}

/**
 * "China and Pakistan signed 13 agreements ... The most important was a treaty of friendship": a sentence that opens
 * by picking one of those just reported, the agreement noun at a its complement.
 */
function oneOfThem(doc: Doc, first: number, a: number): boolean {
  const t = doc.tokens;
  if (t[first].lower !== 'the' || !/^(most|biggest|largest|main|key)$/.test(t[first + 1]?.lower ?? '')) return false;
  let k = t[first + 1].lower === 'most' ? first + 3 : first + 2;
  if (t[k]?.lower === 'of' && /^(them|these|those|the)$/.test(t[k + 1]?.lower ?? '')) k += t[k + 1].lower === 'the' ? 3 : 2;
  return /^(was|is)$/.test(t[k]?.lower ?? '') && /^(a|an|the)$/.test(t[k + 1]?.lower ?? '') && a - k <= 4;
}

/** Verbs of paying for what one agrees to form: "agreed to pay $6.75bn to form a joint venture". */
const PAYING = /^(pay|invest|spend|contribute|commit)$/;

/** People who sign for the sides a sentence names: "their U.N. representatives", "their foreign ministers". */
const THEIR_PEOPLE = /^their\b.*\b(representatives|ministers|leaders|envoys|ambassadors|delegations|delegates|negotiators|presidents|premiers|heads of state|heads of government|officials|chiefs)$/i;

/** News outlets, which report contracts they do not award: "the China Daily said", "Xinhua news agency said". */
const NEWS_OUTLET = /\b(daily|times|journal|post|press|news|radio|television|tv|herald|gazette|tribune|xinhua|kyodo|tass|reuters|bernama|yonhap|interfax|newspaper|magazine)\b/i;

/**
 * "..., it said.", "..., the company said." closing the sentence, or "It said", "The company said" opening it: the
 * company the article is about, the name it opens with past any dateline, else null.
 */
function articleCompanyReporting(doc: Doc, first: number, last: number): MentionRef | null {
  const tokens = doc.tokens;
  const closing = tokens[last - 1]?.lower === '.' && /^(said|says)$/.test(tokens[last - 2]?.lower ?? '');
  const it = closing && tokens[last - 3]?.lower === 'it' && tokens[last - 4]?.lower === ',';
  const company = closing && tokens[last - 3]?.lower === 'company' && tokens[last - 4]?.lower === 'the' && tokens[last - 5]?.lower === ',';
  // ("The company said it was notified by the union that the agreement reached with Local 998 ... had been rejected":
  // or opening it)
  const opening = (tokens[first].lower === 'it' && /^(said|says)$/.test(tokens[first + 1]?.lower ?? '')) || (tokens[first].lower === 'the' && tokens[first + 1]?.lower === 'company' && /^(said|says)$/.test(tokens[first + 2]?.lower ?? ''));
  if (!it && !company && !opening) return null;
  // (only an article that opens with a company: "it" in one about a country is the country's)
  const main = doc.mentions.find((m) => !m.nested && !m.rule.startsWith('dateline.'));
  return main?.type === 'organisation' ? main : null;
}

/** ", the Navy said." closing the sentence that ends before token last: the organisation that says it. */
function reportingBody(doc: Doc, last: number): MentionRef | null {
  const tokens = doc.tokens;
  if (!/^[.]$/.test(tokens[last - 1]?.lower ?? '') || !/^(said|says|announced)$/.test(tokens[last - 2]?.lower ?? '')) return null;
  const m = mentionCovering(doc, last - 3);
  if (!m || m.b !== last - 2 || m.type !== 'organisation' || m.nested || NEWS_OUTLET.test(m.name)) return null;
  const before = tokens[m.a - 1]?.lower === 'the' ? m.a - 2 : m.a - 1;
  return tokens[before]?.lower === ',' ? m : null;
}

/** Verbs a company reports its own agreements by: "it listed several agreements reached with Baird". */
const DISCLOSE = /^(listed|disclosed|described|detailed|outlined|cited)$/;

/** An amount of money starts within n tokens from token a ("of more than one mln dlrs"). */
function moneyWithin(doc: Doc, a: number, n: number): boolean {
  const t = doc.tokens;
  if (!t[a]) return false;
  const to = t[Math.min(t.length - 1, a + n - 1)].end;
  return doc.counts.some((c) => c.kind === 'money' && c.start >= t[a].start && c.start < to);
}

/** The sentence from token first to last is set in capitals, three words or more, as some headlines are. */
function inCapitals(doc: Doc, first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k];
    if (t.type !== 'word' || !/\p{L}/u.test(t.lower)) continue;
    if (/\p{Ll}/u.test(doc.text.slice(t.start, t.end))) return false;
    words++;
  }
  return words >= 3;
}
