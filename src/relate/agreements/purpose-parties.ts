// Parties named inside a purpose: the buyer, seller, merger partner or customer ("to buy 15 planes from Boeing",
// "to supply Iraq with wheat").
import type { Doc, MentionRef } from '../../analyse/doc.js';
import { mentionAt, mentionCovering, mentionList, possessiveAt, writtenMention } from '../mentions.js';
import { OWNER, type Party } from './lexicon.js';
import { partyOf, writtenParty } from './parties.js';
import { describedCompany } from './party-phrase.js';
import { pastTickers } from './noun-phrase.js';

/** What an unnamed buyer is: "a private investment group", "an investor group", "a Japanese company". */
const BUYER_GROUP = /^(group|company|firm|consortium|investor|investors|partnership|syndicate|concern|buyer|purchaser)$/;

/**
 * The other side of an agreement that its purpose names, in the order they are tried: the buyer of a sale ("to sell
 * its Swedish subsidiary Volvo Cars to China's Zhejiang Geely Holding Group"), whose products are sold or
 * distributed ("to distribute Walt Disney Co's home video cassettes", "to sell and service Western Union Corp's
 * telex"), the buyer, merger partner or customer after its verb ("to be acquired by R-C Acquisitions Inc", "to
 * merge with Lotoquik", "to supply National Medical with dialysis solutions").
 */
export function partiesInPurpose(doc: Doc, purpose: string, start: number, end: number): Party[] {
  const tokens = doc.tokens;
  const out: Party[] = [];
  // ("to license a smoking deterrent product to a unit of Pharmacia AB": whom it is licensed or leased to, likewise)
  const sale = /^(to )?(sell|transfer|license|lease)\b/.exec(purpose);
  if (sale) {
    const role = sale[2] === 'license' ? 'licensee in purpose' : sale[2] === 'lease' ? 'lessee in purpose' : 'buyer in purpose';
    const to = afterTo(doc, start + 2, end);
    const buyer = to?.m;
    const place = !to ? null : buyer?.type === 'place' ? buyer : buyer ? null : mentionAt(doc, to.at + 1);
    // ("an agreement to sell 500,000 tonnes of wheat to China": a country buys too)
    if (buyer?.type === 'organisation' || (buyer && countryThatBuys(doc, buyer, end))) out.push(partyOf(buyer, role));
    // "to sell its mobile phone business to Taiwan's BenQ": the name after the place's possessive, as written.
    else if (place?.type === 'place' && possessiveAt(doc, place.b)) {
      const owned = companyAfterPlace(doc, place, end, 'buyer in purpose');
      if (owned) out.push(owned);
    } else if (to && !buyer && !place) {
      // "to sell its Hudson's Bay Wholesale unit to a private investment group": a buyer no name was given for.
      // ("to a group of investors led by Commerzbank AG": the company that leads it stands for it, as in "an agreement
      // with a consortium led by ...")
      const group = buyerGroupAt(doc, to.at + 1, end);
      const k = group ? doc.tokenAt(group.end) : -1;
      const leader = k > 0 && /^(led|headed)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'by' ? mentionList(doc, k + 2, end)?.items[0] : undefined;
      if (leader?.type === 'organisation') out.push(partyOf(leader, role));
      else if (group) out.push(group);
    }
  }
  // "a definitive agreement to pay 4.5 mln dlrs to the Internal Revenue Service": whom it pays.
  if (/^to (pay|repay)\b/.test(purpose)) {
    const payee = afterTo(doc, start + 2, end)?.m;
    if (payee && firmOrCountry(payee)) out.push(partyOf(payee, 'payee in purpose'));
  }
  // "an agreement for Sun Chemical Corp to study the potential of Savin infrared technology": who is to do it.
  // ("for <Teleco USA Inc> to sell", "for an affiliate of Public Storage Inc to acquire")
  // ("for Wright Engineers Ltd of British Columbia to recoup": past where the company is from)
  // ("for Orimedia of Paris to become", a name no rule typed; "for Sages Group of France and X of Italy to represent": each)
  out.push(...doersOfPurpose(doc, start, end));
  // "awarded a contract valued at 28 mln dlrs to a unit of Grumman Corp": who it went to.
  if (tokens[start]?.lower === 'to' && tokens[start + 1]?.pos !== 'VERB' && tokens[start + 1]?.pos !== 'PART') {
    const to = openingName(doc, start + 1, end);
    if (to && firmOrCountry(to.m)) out.push(partyOf(to.m, 'recipient in purpose'));
  }
  const named = termsName(doc, start, end);
  if (named) {
    out.push(partyOf(named, 'counterparty in purpose'));
    const customer = customerOfTerms(doc, named, end);
    if (customer) out.push(partyOf(customer, 'customer in purpose'));
  } else if (/^(that|which) (will|would) see (it|them) /.test(purpose)) {
    // ("Nokia signed a deal that will see it supply radio equipment to Deutsche Telekom": whom the signer supplies)
    const customer = customerOfTerms(doc, writtenMention(doc, start + 3, start + 4), end);
    if (customer) out.push(partyOf(customer, 'customer in purpose'));
  }
  // ("under which its First National Bank and Trust Co of Washington unit will merge with <Second National Bank of
  // Masontown>": the signer, or its unit, merges with the other side)
  const merged = /^under which (it|its .{1,80} (unit|subsidiary)) (will|would) (be )?merged? (with|into) /.exec(purpose);
  if (merged) {
    let q = start + 2;
    while (q < end && !/^(merge|merged)$/.test(tokens[q].lower)) q++;
    const m = openingName(doc, q + 2, end)?.m;
    if (m?.type === 'organisation') out.push(partyOf(m, 'counterparty in purpose'));
  }
  const partner = partnerInPurpose(doc, purpose, start, end);
  if (partner) out.push(partyOf(partner, 'partner in purpose'));
  const lender = fromInPurpose(doc, purpose, start, end);
  if (lender) out.push(partyOf(lender, 'lender in purpose'));
  // "to resolve a territorial dispute with Union Rural Electric Association": the other side of the dispute.
  if (/^to (resolve|settle|end)\b/.test(purpose)) {
    for (let q = start + 2; q < end - 1 && q - start <= 8; q++) {
      if (tokens[q].lower === ',' || tokens[q].lower === 'which' || tokens[q].lower === 'that') break;
      if (tokens[q].lower !== 'with' || !/^(dispute|disputes|litigation|lawsuit|suit|differences|claims|conflict|row|feud)$/.test(tokens[q - 1].lower)) continue;
      const m = openingName(doc, q + 1, end)?.m;
      if (m && firmOrCountry(m)) out.push(partyOf(m, 'counterparty in purpose'));
      break;
    }
  }
  // "to reschedule Nigeria's official debt to France", "covering 120 mln dlrs in official debts to Britain": the
  // creditor of a rescheduled debt.
  for (let q = start + 1; q < end - 1 && q - start <= 12; q++) {
    if (tokens[q].lower === ',' || tokens[q].lower === 'which' || tokens[q].lower === 'that') break;
    let at = q + 1;
    if (tokens[at]?.lower === 'owed' || tokens[at]?.lower === 'owing') at++;
    if (!/^(debt|debts|arrears)$/.test(tokens[q].lower) || tokens[at]?.lower !== 'to') continue;
    const m = openingName(doc, at + 1, end)?.m;
    if (m && firmOrCountry(m) && m.rule !== 'place.demonym') out.push(partyOf(m, 'creditor in purpose'));
    break;
  }
  // "for the sale to Dillard of the Joske's and the Cain-Sloan divisions": the buyer.
  if (/^(the )?(sale|transfer) to\b/.test(purpose)) {
    const to = afterTo(doc, start, Math.min(end, start + 4));
    if (to?.m && firmOrCountry(to.m)) out.push(partyOf(to.m, 'buyer in purpose'));
  }
  // ("a letter of intent for a controlling interest to be acquired by an investor group": the passive after what)
  const afterFor = tokens[start]?.lower === 'for' ? start + 1 : tokens[start - 1]?.lower === 'for' ? start : -1;
  if (afterFor >= 0 && out.length === 0) {
    for (let q = afterFor + 1; q < end - 3 && q - afterFor <= 5 && !tokens[q].cap; q++) {
      if (tokens[q].lower === 'to' && tokens[q + 1].lower === 'be') return partiesInPurpose(doc, doc.text.slice(tokens[q].start, tokens[end - 1].end), q, end);
    }
  }
  if (tokens[start]?.lower !== 'to') return out;
  let q = start + 1;
  // ("to convert Statoil's semisubmersible rig West Vision": whose rig it is, the customer, as whose products are sold)
  while (q < end && q - start < 5 && /^(distribute|market|sell|service|license|manufacture|produce|promote|convert|modify|upgrade|repair|overhaul|refurbish|maintain|modernize|modernise|expand|operate|manage|and)$/.test(tokens[q].lower)) q++;
  const owner = q > start + 1 ? mentionAt(doc, q) : undefined;
  if (owner?.type === 'organisation' && possessiveAt(doc, owner.b) && owner.b < end) out.push(partyOf(owner, 'owner in purpose'));
  const v = start + 1;
  const w = tokens[v]?.lower ?? '';
  const at = w === 'be' && /^(acquired|bought|purchased|taken)$/.test(tokens[v + 1]?.lower ?? '') ? (tokens[v + 2]?.lower === 'by' ? v + 3 : tokens[v + 3]?.lower === 'by' ? v + 4 : -1)
    : /^(merge|merger)$/.test(w) && /^(with|into)$/.test(tokens[v + 1]?.lower ?? '') ? v + 2
    : /^(supply|provide)$/.test(w) ? v + 1
    : -1;
  // ("to build warships for the Royal Navy": who it is built for is a customer too)
  const builds = /^(build|make|design|develop|produce|manufacture)$/.test(w);
  const supplies = builds || /^(supply|provide|deliver)$/.test(w);
  // ("to merge with an affiliate of First Boston Inc", "with its partly-owned subsidiary Medco Containment Services Inc")
  let other = at > 0 && at < end ? (mentionList(doc, at, end)?.items[0] ?? openingName(doc, at, end)?.m) : undefined;
  // "to supply touch panel monitors to Matrox Electronics Systems Ltd": the customer after what is supplied (after
  // what is built: "for the Royal Navy").
  // ("to supply merchandise for Entertainment Marketing Inc's home shopping subsidiary": or "for", if no "to")
  if (!other && supplies) {
    let q = customerPreposition(doc, v, end, builds ? 'for' : 'to');
    if (q < 0 && !builds) q = customerPreposition(doc, v, end, 'for');
    if (q >= 0) {
      const after = tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1;
      other = mentionList(doc, after, end)?.items[0] ?? describedNameAt(doc, after, end);
    }
  }
  // (a country buys too: "a 30-year deal to supply gas to China")
  const country = supplies && !!other && countryThatBuys(doc, other, end);
  // ("an order to deliver 10 sets of casting equipment to Venezuela's Venalum": the company after the country's possessive)
  const owned = supplies && other?.type === 'place' && possessiveAt(doc, other.b) ? companyAfterPlace(doc, other, end, 'customer in purpose') : null;
  if (owned) out.push(owned);
  else if (other && (other.type === 'organisation' || country)) out.push(partyOf(other, w === 'be' ? 'buyer in purpose' : supplies ? 'customer in purpose' : 'counterparty in purpose'));
  // ("to be acquired by an investor group led by William Landa": a buyer no name was given for)
  else if (!other && w === 'be' && at > 0 && at < end) {
    const group = buyerBehind(doc, at, end) ?? buyerGroupAt(doc, at, end);
    if (group) out.push(group);
  }
  return out;
}

/** Words that name who stands behind funds or a vehicle that buys: "funds managed by", "an affiliate of". */
const BEHIND = /^(managed|advised|led|controlled|owned|sponsored|backed|of)$/;

/**
 * "to be acquired by funds managed by Helix Capital Partners", "by an affiliate of Apollo Global Management": the
 * company behind the vehicle that buys, named after a few lower-case words.
 */
function buyerBehind(doc: Doc, a: number, end: number): Party | null {
  const tokens = doc.tokens;
  let e = /^(a|an|the|certain)$/.test(tokens[a]?.lower ?? '') ? a + 1 : a;
  const from = e;
  while (e < end && e - from < 4 && tokens[e].type === 'word' && !tokens[e].cap && !BEHIND.test(tokens[e].lower)) e++;
  if (e === from || e >= end || !BEHIND.test(tokens[e].lower)) return null;
  const at = tokens[e].lower === 'of' ? e + 1 : tokens[e + 1]?.lower === 'by' ? e + 2 : -1;
  if (at < 0 || at >= end) return null;
  const m = mentionList(doc, at, end)?.items[0] ?? openingName(doc, at, end)?.m;
  return m?.type === 'organisation' ? partyOf(m, 'buyer in purpose') : null;
}

/**
 * Place mention m is a country that buys: "to supply gas to China", "to China's railways ministry" (a country's state
 * body stands for the country); not "to Venezuela's Venalum", "to the Soviet motor industry", "to the U.S. mints" (a
 * country before what it owns or what it describes).
 */
function countryThatBuys(doc: Doc, m: MentionRef, end: number): boolean {
  const tokens = doc.tokens;
  if (m.type !== 'place' || m.placeKind !== 'country' || m.rule === 'place.demonym') return false;
  const after = tokens[m.b];
  return (!/^('s|'|’s)$/.test(after?.lower ?? '') && !(after?.type === 'word' && /^(NOUN|PROPN|ADJ)$/.test(after.pos))) || stateBodyOf(doc, m.b, end);
}

/**
 * The company named after the possessive of place mention `place`: "Taiwan's BenQ", "Venezuela's Venalum" (a name
 * no rule typed, as written, when up to three capitalised words make it and a lower-case word follows).
 */
function companyAfterPlace(doc: Doc, place: MentionRef, end: number, role: string): Party | null {
  const tokens = doc.tokens;
  const a = place.b + 1;
  const owned = mentionAt(doc, a);
  if (owned) return owned.type === 'organisation' ? partyOf(owned, role) : null;
  let e = a;
  while (e < end && e - a < 3 && tokens[e].cap && tokens[e].type === 'word' && tokens[e].pos === 'PROPN' && !mentionCovering(doc, e)) e++;
  return e > a && !tokens[e]?.cap ? writtenParty(doc, a, e, role) : null;
}

/** "a private investment group", "a group of local investors" at token a: a buyer no name was given for. */
function buyerGroupAt(doc: Doc, a: number, end: number): Party | null {
  const tokens = doc.tokens;
  let e = a + 1;
  if (/^(a|an)$/.test(tokens[a]?.lower ?? '')) while (e < end && e - a < 5 && !tokens[e].cap && /^(ADJ|NOUN)$/.test(tokens[e].pos)) e++;
  // ("a group of local investors")
  if (e - a >= 2 && BUYER_GROUP.test(tokens[e - 1].lower) && tokens[e]?.lower === 'of') {
    let f = e + 1;
    while (f < end && f - e < 4 && !tokens[f].cap && /^(ADJ|NOUN)$/.test(tokens[f].pos)) f++;
    if (f > e + 1 && tokens[f - 1].pos === 'NOUN') e = f;
  }
  return e - a >= 2 && (BUYER_GROUP.test(tokens[e - 1].lower) || tokens[e - 1].lower === 'investors') ? writtenParty(doc, a, e, 'buyer in purpose') : null;
}

/** A country's state body after its possessive at `at`, in lower case: "'s railways ministry", "'s air force". */
function stateBodyOf(doc: Doc, at: number, end: number): boolean {
  const tokens = doc.tokens;
  if (!/^('s|’s)$/.test(tokens[at]?.lower ?? '')) return false;
  // (the last of up to three lower-case words: not "'s government bonds")
  let q = at + 1;
  while (q < end && q <= at + 3 && !tokens[q].cap && tokens[q].type === 'word') q++;
  return q > at + 1 && /^(ministry|government|military|army|navy|force|forces|railways|authorities|cabinet)$/.test(tokens[q - 1].lower) && !(tokens[q]?.type === 'word' && !tokens[q].cap);
}

/**
 * Who lends, finances or supplies what the signer receives: "to borrow up to 150 billion yen ... from Japan's
 * governmental Export-Import Bank", "under which it would receive financing from I.C.H. Corp."
 */
function fromInPurpose(doc: Doc, purpose: string, start: number, end: number): MentionRef | null {
  if (!/^(to (borrow|receive|obtain|raise)|under which (it|they|the company) (would|will) (receive|obtain|borrow|get))\b/.test(purpose)) return null;
  const tokens = doc.tokens;
  for (let q = start + 2; q < end - 1 && q - start <= 16; q++) {
    const w = tokens[q].lower;
    if (w === ',' || w === 'which' || w === 'that' || w === 'and') return null;
    if (w !== 'from') continue;
    let k = q + 1;
    // ("from Japan's governmental Export-Import Bank": past the country that owns it and what it is)
    const place = mentionAt(doc, k);
    if (place?.type === 'place' && possessiveAt(doc, place.b)) {
      k = place.b + 1;
      while (k < end && k - place.b < 4 && !tokens[k].cap && tokens[k].pos === 'ADJ') k++;
    }
    const m = openingName(doc, k, end)?.m;
    return m && firmOrCountry(m) ? m : null;
  }
  return null;
}

/**
 * The partner in what an agreement sets up or leads to: "a letter of intent to create a joint venture with <Computer
 * Design Equipment Co>", "an agreement to form a joint venture for franchising service centers with Seal-It Corp",
 * "an agreement to enter into a contract with Okamoto".
 */
function partnerInPurpose(doc: Doc, purpose: string, start: number, end: number): MentionRef | null {
  // ("a letter of intent for a proposed business combination with privately owned <DataGene Scientific Laboratories
  // Inc>": or what it is for, a combination with another)
  const combination = /^(a |an |the )?(proposed |possible |planned )?(business combination|combination|merger|joint venture|partnership|alliance) with\b/.test(purpose);
  // ("to co-finance ten motion pictures with Hemdale Releasing Corp", "to jointly develop a drug with Merck": what is
  // done together, with whom)
  const together = /^to (co-\w+|jointly \w+|cooperate|collaborate|work together|develop|produce|explore)\b/.test(purpose);
  // ("an agreement which would merge CBC with Union": the terms merge the signer with another)
  const merges = /^(which|that) (will|would) merge\b/.test(purpose);
  if (!combination && !together && !merges && !/^to (form|create|establish|set up|launch|start|enter into|sign)\b/.test(purpose)) return null;
  const tokens = doc.tokens;
  for (let q = start + (combination ? 1 : merges ? 3 : 2); q < end - 1 && q - start <= 15; q++) {
    const w = tokens[q].lower;
    if (w === ',' || w === 'to' || w === 'which' || w === 'that') return null;
    if (w !== 'with') continue;
    // (not "in association with", "together with": partners of the one who signs)
    if (/^(association|conjunction|cooperation|partnership|together|along)$/.test(tokens[q - 1].lower)) return null;
    let e = q + 1;
    while (e < end && e - q < 8 && !/^(,|;|\.|to|for|which|that)$/.test(tokens[e].lower)) e++;
    // ("with Britain's Cable and Wireless PLC": the company the country's name describes)
    const m = mentionList(doc, q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m ?? describedCompany(doc, q + 1, e);
    return m && firmOrCountry(m) ? m : null;
  }
  return null;
}

/**
 * The name a purpose opens with, past "the", a wire bracket, "an affiliate of" or "its subsidiary" ("for <Teleco USA
 * Inc> to sell", "for an affiliate of Public Storage Inc to acquire"), and the token after it, past the closing bracket.
 */
export function openingName(doc: Doc, at: number, end: number): { m: MentionRef; after: number } | null {
  const tokens = doc.tokens;
  let k = at;
  if (/^(a|an|its|the)$/.test(tokens[k]?.lower ?? '') && /^(affiliate|unit|subsidiary|division)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') k += 3;
  // "its partly-owned subsidiary Medco Containment Services Inc": the unit named after its description
  else if (OWNER.test(tokens[k]?.lower ?? '')) {
    for (let j = k + 1; j < end && j - k <= 5 && !tokens[j].cap; j++) {
      if (!/^(affiliate|unit|subsidiary|division|parent)$/.test(tokens[j].lower)) continue;
      k = j + 1;
      break;
    }
  }
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === '<') k++;
  const m = k < end ? mentionAt(doc, k) : undefined;
  if (!m || m.b > end) return null;
  return { m, after: tokens[m.b]?.lower === '>' ? m.b + 1 : m.b };
}

/** "for Sun Chemical Corp to study", "for A of Paris and B of Rome to represent": who the purpose opening at start has do it. */
function doersOfPurpose(doc: Doc, start: number, end: number): Party[] {
  const tokens = doc.tokens;
  const doers: Party[] = [];
  let k = start;
  while (doers.length < 4) {
    const d = openingName(doc, k, end);
    let after = -1;
    if (d?.m.type === 'organisation') {
      doers.push(partyOf(d.m, 'counterparty in purpose'));
      after = d.after;
    } else if (!d && tokens[k]?.cap && tokens[k].pos === 'PROPN' && !mentionCovering(doc, k)) {
      after = k;
      while (after < end && tokens[after].cap && tokens[after].pos === 'PROPN' && !mentionCovering(doc, after)) after++;
      doers.push(writtenParty(doc, k, after, 'counterparty in purpose'));
    } else return [];
    // (past its ticker: "for Contel Corp <CTC> to purchase")
    after = pastTickers(doc, after);
    // (past where the company is from: "for Wright Engineers Ltd of British Columbia to recoup")
    if (tokens[after]?.lower === 'of') {
      const from = mentionAt(doc, tokens[after + 1]?.lower === 'the' ? after + 2 : after + 1);
      if (from?.type === 'place') after = from.b;
    }
    if (tokens[after]?.lower === 'to' && tokens[after + 1]?.pos === 'VERB') return doers;
    if (tokens[after]?.lower !== 'and' && tokens[after]?.lower !== ',') return [];
    k = after + 1;
  }
  return [];
}

/** A company, or a country named as such (not a demonym): who can be the other side of an agreement. */
export function firmOrCountry(m: MentionRef): boolean {
  return m.type === 'organisation' || (m.type === 'place' && m.placeKind === 'country' && m.rule !== 'place.demonym');
}

/**
 * The first "to" in [from, end) and the name after it, past an affiliate or a bracket ("to an affiliate of Wesray
 * Capital Corp": the company the affiliate belongs to); null without a "to".
 */
export function afterTo(doc: Doc, from: number, end: number): { at: number; m: MentionRef | undefined } | null {
  for (let q = from; q < end; q++) {
    // (not "all power to be generated by the project, to Carolina Power and Light Co": an infinitive)
    if (doc.tokens[q].lower !== 'to' || (/^(VERB|AUX)$/.test(doc.tokens[q + 1]?.pos ?? '') && !doc.tokens[q + 1].cap)) continue;
    return { at: q, m: mentionList(doc, q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m };
  }
  return null;
}

/** A pair written as what they are, not named ("The two companies", "both firms"). */
export const PAIR_WRITTEN = /^(the two|both) (companies|firms|groups|sides|partners|carriers|airlines|banks|countries|nations|governments|carmakers|automakers|planemakers|manufacturers|producers|operators|insurers|lenders|retailers|studios|brewers|conglomerates)$/i;

/**
 * "Under a memorandum signed last week, the Kenya Ports Authority will work with China Road and Bridge Corp": whom
 * the one the terms bind works with (the name right after "work with", "cooperate with", "team up with").
 */
export function partnerOfTerms(doc: Doc, named: MentionRef, end: number): MentionRef | null {
  const tokens = doc.tokens;
  let v = named.b;
  while (/^(will|would|shall|also|jointly|now)$/.test(tokens[v]?.lower ?? '')) v++;
  if (!/^(work|works|cooperate|cooperates|co-operate|collaborate|collaborates|partner|partners|team)$/.test(tokens[v]?.lower ?? '')) return null;
  v++;
  if (/^(up|together|closely)$/.test(tokens[v]?.lower ?? '')) v++;
  if (tokens[v]?.lower !== 'with') return null;
  const m = mentionAt(doc, tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1);
  return m && m.b <= end && m.entityId !== named.entityId && firmOrCountry(m) && m.rule !== 'place.demonym' ? m : null;
}

/**
 * Whom the company the terms name supplies: "under which Samsung will provide memory chips to Apple through 2028"
 * gives Apple (a company named within a few words of the verb, after "to").
 */
export function customerOfTerms(doc: Doc, named: MentionRef, end: number): MentionRef | null {
  const tokens = doc.tokens;
  let v = named.b;
  if (/^(will|would|shall|is|are|agreed)$/.test(tokens[v]?.lower ?? '')) v++;
  if (tokens[v]?.lower === 'to') v++;
  const w = tokens[v]?.lower ?? '';
  const paying = /^(pay|pays|lend|lends)$/.test(w);
  if (paying || /^compensates?$/.test(w)) {
    // ("that will see Britain pay Mauritius": whom it pays, right after the verb)
    const payee = mentionAt(doc, tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1);
    if (payee) return payee.entityId !== named.entityId && firmOrCountry(payee) ? payee : null;
    // ("BP will pay $2bn to TNK": or after the sum, past "to", as below)
    if (!paying) return null;
  } else if (!/^(supply|provide|deliver|sell|supplies|provides|delivers|sells|license|licence|licenses|licences|lease|leases|export|exports|transfer|transfers)$/.test(w)) {
    // ("Sony will license its chip technology to Samsung", "will lease 20 aircraft to Iberia": the verbs a customer follows)
    return null;
  }
  // ("will supply Germany with hydrogen": the customer right after the verb, before "with")
  const direct = /^(supply|provide|supplies|provides)$/.test(tokens[v].lower) ? mentionList(doc, tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1, end) : null;
  const q = direct && tokens[direct.end]?.lower === 'with' ? v : customerPreposition(doc, v, end, 'to');
  if (q < 0) return null;
  const m = mentionList(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m;
  return m && m.entityId !== named.entityId && firmOrCountry(m) && (m.type === 'organisation' || m.rule !== 'place.demonym') ? m : null;
}

/** A name whose mention opens, at token `at`, with what it is ("the Channel Tunnel operator Eurostar"), before `end`. */
function describedNameAt(doc: Doc, at: number, end: number): MentionRef | undefined {
  const start = doc.tokens[at]?.start;
  return doc.mentions.find((m) => m.start === start && m.a > at && m.b <= end && !m.nested);
}

/** The "to" (or "for") before whom the verb at v supplies: within a few words after what is supplied, before a comma; else -1. */
function customerPreposition(doc: Doc, v: number, end: number, word: 'to' | 'for'): number {
  const tokens = doc.tokens;
  // (past the commas of a list of what is supplied: "to provide operations, maintenance and test support to the U.S.
  // Air Force Weapons Laboratory")
  // (ten words: "will supply 38 billion cubic metres of gas a year to China")
  let listed = 0;
  for (let q = v + 2; q < end && q - v <= 10 + listed; q++) {
    if (tokens[q].lower === ',') {
      if (!listComma(doc, q, end)) break;
      listed += 2;
    }
    if (tokens[q].lower === word) return q;
  }
  return -1;
}

/** The comma at q joins items of a list of things in lower case, "and" or "or" before the last: "operations, maintenance and". */
function listComma(doc: Doc, q: number, end: number): boolean {
  const tokens = doc.tokens;
  for (let r = q + 1; r < end && r - q <= 4; r++) {
    const t = tokens[r];
    if (t.lower === 'and' || t.lower === 'or') return r > q + 1;
    if (t.type !== 'word' || t.cap || !/^(NOUN|ADJ)$/.test(t.pos)) return false;
  }
  return false;
}

const GRANTING = /^(giving|granting|allowing|enabling|permitting)$/;

/**
 * The company or country the terms of an agreement name first: "a two-year agreement under which Pacific Telesis
 * Group's Pacific Bell unit will buy ...", "an agreement whereby Libya would sell ...", "an agreement giving Kyowa
 * exclusive rights". After "under which" and "whereby" the name is the subject of the clause: a verb follows it
 * (its own or, after a possessive, its unit's).
 */
function termsName(doc: Doc, start: number, end: number): MentionRef | null {
  const tokens = doc.tokens;
  const w = tokens[start]?.lower;
  // ("a framework deal that will see Britain pay Mauritius": the clause "that will see" opens)
  const sees = /^(that|which)$/.test(w ?? '') && /^(will|would)$/.test(tokens[start + 1]?.lower ?? '') && /^see$/.test(tokens[start + 2]?.lower ?? '');
  const clause = /^(under|in|by)$/.test(w ?? '') && tokens[start + 1]?.lower === 'which' ? start + 2 : w === 'whereby' ? start + 1 : sees ? start + 3 : -1;
  const at = clause >= 0 ? clause : w && GRANTING.test(w) ? start + 1 : -1;
  if (at < 0 || at >= end) return null;
  const o = openingName(doc, at, end);
  const m = o?.m;
  if (!m || !firmOrCountry(m)) return null;
  if (clause < 0) return m;
  // A verb within a few words: "Libya would sell", "Pacific Telesis Group's <PAC> Pacific Bell unit will buy".
  for (let k = o.after; k < Math.min(end, o.after + 8); k++) {
    const t = tokens[k];
    // ("that will see Nokia supply radio equipment": wink may tag the verb right after the name a noun)
    if (t.pos === 'VERB' || t.pos === 'AUX' || (k === o.after && sees && /^(supply|provide|deliver|sell|buy|build|pay|lend|invest|acquire|take)$/.test(t.lower))) return m;
    if (t.lower === ',' || t.lower === 'which' || t.lower === 'that') break;
  }
  return null;
}

/**
 * The company a purchase the verb at v took as its object was made from: "Lenovo has completed its purchase of
 * IBM's PC business, after the deal was cleared" (IBM), "completed the takeover of Skype" (Skype); a place's company
 * past the place ("its acquisition of Singapore's NatSteel"). Null when the object is no purchase or names no company.
 */
export function purchasedFrom(doc: Doc, v: number, end: number): MentionRef | null {
  const tokens = doc.tokens;
  let k = v + 1;
  if (/^(its|the|their|his|her)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(purchase|acquisition|takeover|buyout|buy-out)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return null;
  const m = companyAfterOf(doc, k + 2);
  return m && m.b < end ? m : null;
}

/**
 * The company named from token k on, after "takeover of" or "purchase of": past "the", a place's possessive
 * ("Singapore's NatSteel") and the words in lower case that say what it is ("mobile phone operator O2").
 */
export function companyAfterOf(doc: Doc, k: number): MentionRef | null {
  const tokens = doc.tokens;
  if (tokens[k]?.lower === 'the') k++;
  for (let q = k; q < tokens.length && q <= k + 4; q++) {
    let m = mentionAt(doc, q);
    if (m?.type === 'place' && q === k && possessiveAt(doc, m.b)) m = mentionAt(doc, m.b + 1);
    // (a nationality may open the description: "British confectioner Cadbury")
    else if (m?.type === 'place' && q === k && !tokens[m.b]?.cap && tokens[m.b]?.pos === 'NOUN') {
      q = m.b - 1;
      continue;
    }
    if (m) return m.type === 'organisation' ? m : null;
    const t = tokens[q];
    if (t.cap || t.type !== 'word' || !/^(NOUN|ADJ)$/.test(t.pos)) return null;
  }
  return null;
}
