// Whether two mentions name the same agreement or the same party: the words that point back ("the deal"),
// the words that do not ("another agreement"), and the variants of one party's name.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import type { NounHit, Party } from './lexicon.js';
import { mentionCovering } from '../mentions.js';
import { ownerBefore } from './signers.js';
import { amountWord, measureAfterNumber } from './noun.js';
import { UNIT_NOUNS } from '../../recognise/entities/words.js';
import { entityLexicon, key } from '../../recognise/entities/lexicon.js';

/**
 * "the agreement", "this deal": a bare noun that points back to the agreement reported before (past its length or
 * amount: "The 10-year contract", "the $6bn deal").
 */
export function theOneBefore(doc: Doc, hit: NounHit): boolean {
  return determinerOf(doc, hit) >= 0;
}

/** The token of the "the", "this" or "that" that makes the noun at hit theOneBefore; -1 when there is none. */
export function determinerOf(doc: Doc, hit: NounHit): number {
  if (!oneWord(doc, hit)) return -1;
  const tokens = doc.tokens;
  let k = hit.a - 1;
  while (k > 0 && hit.a - k <= 6 && (amountWord(tokens[k].lower) || tokens[k].type === 'currency' || tokens[k].lower === '-' || measureAfterNumber(doc, k, 0))) k--;
  // ("The so-called 123 agreement": a name the article gives the one it reported, past its number)
  if (tokens[k]?.lower === 'called' && tokens[k - 1]?.lower === '-' && tokens[k - 2]?.lower === 'so') k -= 3;
  return /^(the|this|that)$/.test(tokens[k]?.lower ?? '') ? k : -1;
}

/** "the licensing agreement": the article, then what the agreement is, in lower case, before its noun. */
export function describedOneBefore(doc: Doc, hit: NounHit): boolean {
  if (hit.b - hit.a > 3 || doc.tokens[hit.a - 1]?.lower !== 'the') return false;
  // (not how it ranks: "in one of the largest orders in its history")
  for (let k = hit.a; k < hit.b; k++) if (doc.tokens[k].cap || doc.tokens[k].type !== 'word' || (doc.tokens[k].pos === 'ADJ' && /[^e]est$/.test(doc.tokens[k].lower))) return false;
  return true;
}

/** The agreement noun at hit is one word, or two glued by a hyphen ("the tie-up", "the cease-fire"). */
export function oneWord(doc: Doc, hit: NounHit): boolean {
  const t = doc.tokens;
  return hit.b - hit.a === 1 || (hit.b - hit.a === 3 && t[hit.a + 1].lower === '-' && t[hit.a + 1].start === t[hit.a].end && t[hit.a + 2].start === t[hit.a + 1].end);
}

/**
 * "Japan and the Philippines signed a defence pact on Monday. The Reciprocal Access Agreement (RAA) was signed by
 * ...": the agreement named, opening the sentence or in the next one, between the same sides (every side named, each
 * in both rows) as the one reported before.
 */
export function namedAgain(doc: Doc, hit: NounHit, row: AgreementRow, prev: AgreementRow): boolean {
  const tokens = doc.tokens;
  const the = hit.a - 1;
  if (hit.b - hit.a < 2 || tokens[the]?.lower !== 'the') return false;
  // ("Philippine Defence Secretary Gilberto Teodoro and Japanese Foreign Minister Yoko Kamikawa signed the Reciprocal
  // Access Agreement": or the object of the next sentence, unless it says the agreement is another)
  const first = doc.sentences[tokens[the].sent].first;
  if (first !== the) {
    if (tokens[the].sent !== tokens[doc.tokenAt(prev.evidence.start)].sent + 1) return false;
    for (let k = first; k < the; k++) if (/^(also|another|separate|second|further|other)$/.test(tokens[k].lower)) return false;
  }
  for (let k = hit.a; k < hit.b; k++) if (!tokens[k].cap) return false;
  const named = (ps: Party[]) => ps.length >= 2 && ps.every((p) => p.entityId);
  return named(row.parties) && named(prev.parties) && row.parties.length === prev.parties.length && row.parties.every((p) => prev.parties.some((q) => q.entityId === p.entityId));
}

/**
 * "won an order from Saudi Aramco ... The contract, signed with Aramco's subsidiary Saudi Aramco Power Co": a side
 * named as the unit of a side of the agreement before is that side's, not a side of another agreement.
 */
export function unitOfSide(doc: Doc, p: Party, prev: AgreementRow): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(p.start);
  // ("a distribution agreement with American Telephone and Telegraph Co. Terms of the contract, reached with ATT's
  // Network Systems Group": a part of a side, named after the side's possessive, by any name it goes by)
  const whose = tokens[k - 1]?.lower === "'s" ? mentionCovering(doc, k - 2) : undefined;
  if (whose && whose.type === 'organisation' && prev.parties.some((x) => (!!whose.entityId && x.entityId === whose.entityId) || sameParty(doc.text.slice(tokens[whose.a].start, tokens[whose.b - 1].end), x.name))) return true;
  let q = UNIT_NOUNS.test(tokens[k]?.lower ?? '') ? k : k - 1;
  if (!UNIT_NOUNS.test(tokens[q]?.lower ?? '')) return false;
  // (past what the unit is: "its Spanish unit", "Amro's London-based subsidiary")
  while (q - 1 >= 0 && k - q < 5 && tokens[q - 1].lower !== "'s" && tokens[q - 1].type === 'word') q--;
  if (tokens[q - 1]?.lower !== "'s") return false;
  const owner = mentionCovering(doc, q - 2);
  return !!owner?.entityId && prev.parties.some((x) => x.entityId === owner.entityId);
}

/** "Côte d'Ivoire signed a similar deal last month", "another agreement": not the agreement reported before. */
export function anotherOne(row: AgreementRow): boolean {
  const kind = row.kind.split(' ').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // ("signed separate agreements with Turkey and the United Nations": agreements separate from each other, the ones
  // the headline names)
  const words = row.plural ? 'similar|another|second|other|further|earlier|previous' : 'similar|another|separate|second|other|further|earlier|previous';
  return new RegExp(`\\b(${words})\\s+(?:\\S+\\s+){0,3}?${kind}`, 'i').test(row.evidence.text);
}

/**
 * Two names of one party as an article varies them: equal, the same first word ("Plessey", "Plessey Co Plc"), or
 * an acronym of the other ("ATT", "American Telephone and Telegraph Co").
 */
export function sameParty(x: string, y: string): boolean {
  if (x === y || x.split(' ')[0] === y.split(' ')[0]) return true;
  const initials = (s: string) => s.split(/[\s-]+/).filter((w) => !/^(and|of|the|&)$/i.test(w)).map((w) => w[0]).join('').toUpperCase();
  const acronym = (a: string, b: string) => /^[A-Z&]{2,}$/.test(a) && initials(b).startsWith(a.replace('&', ''));
  return acronym(x, y) || acronym(y, x);
}

/** One party's name the start of the other's ("Saab", "Saab Scania AB"), or the same entity. */
export function shortOf(p: Party, q: Party): boolean {
  const [a, b] = [p.name.toLowerCase(), q.name.toLowerCase()];
  return (!!p.entityId && p.entityId === q.entityId) || a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');
}

/** Two parties that are one: the same entity, or the same name as an article varies it. */
export function oneParty(p: Party, q: Party): boolean {
  if (p.entityId && q.entityId) {
    if (p.entityId === q.entityId) return true;
    // ("Leeds City Council", then "the Lord Mayor of Leeds": a city and its council are one side)
    if (councilOf(p, q) || councilOf(q, p)) return true;
    // (a country and a body named after it are two: "Sudan", "Sudan People's Liberation Movement")
    if (p.entityId.slice(0, 4) !== q.entityId.slice(0, 4) && (p.entityId.startsWith('plc_') || q.entityId.startsWith('plc_'))) return false;
    // ("signs subsidy deal with Berlin", then "Intel Corp and the German government signed": a capital for its country)
    if (p.entityId.startsWith('plc_') && q.entityId.startsWith('plc_') && (capitalOf(p, q) || capitalOf(q, p))) return true;
  }
  // ("bondholders", then "its international bondholders": sides only described, by the same noun)
  if (!p.entityId && !q.entityId && describedBySameNoun(p.name, q.name)) return true;
  return sameParty(p.name, q.name);
}

/** Two descriptions in lower case that end in the same noun: "bondholders", "its international bondholders". */
function describedBySameNoun(x: string, y: string): boolean {
  const [a, b] = [x.split(' '), y.split(' ')];
  const [ha, hb] = [a[a.length - 1], b[b.length - 1]];
  return ha === hb && /^[a-z]{4,}$/.test(ha) && [...a, ...b].every((w) => !/^[A-Z]/.test(w));
}

/**
 * The organisation party body has the place party city's name as words of its own: "University of Melbourne",
 * "Melbourne".
 */
export function bodyNamedAfterCity(body: Party, city: Party): boolean {
  if (!body.entityId?.startsWith('org_') || !city.entityId?.startsWith('plc_')) return false;
  return ` ${body.name} `.includes(` ${city.name} `);
}

/** The organisation party body is the council of the place party city: "Leeds City Council", "Leeds". */
function councilOf(body: Party, city: Party): boolean {
  if (!body.entityId?.startsWith('org_') || !city.entityId?.startsWith('plc_')) return false;
  const [b, c] = [body.name.toLowerCase(), city.name.toLowerCase()];
  return b.startsWith(c + ' ') && COUNCIL_WORDS.test(b.slice(c.length + 1));
}

/** What the council of a city is called after its name. */
const COUNCIL_WORDS = /^(city council|council|municipality|municipal council|metropolitan government|city government)$/;

/** The place party city is the capital of the country party country ("Berlin", "Germany"). */
function capitalOf(city: Party, country: Party): boolean {
  const lexicon = entityLexicon();
  const cc = lexicon.capitals.get(key(city.name));
  const c = lexicon.places.get(key(country.name));
  return !!cc && c?.kind === 'country' && c.country === cc;
}

/** Every side of row a is a side of row b, or the person who signed for one ("Blair" for the UK Blair signed for). */
export function sidesWithin(a: AgreementRow, b: AgreementRow): boolean {
  const signedFor = (p: Party, q: Party) => !!p.entityId?.startsWith('per_') && !!q.signatory && (q.signatory.entityId === p.entityId || sameParty(p.name, q.signatory.name));
  return a.parties.every((p) => b.parties.some((q) => oneParty(p, q) || signedFor(p, q)));
}

/**
 * The id of the country among `sides` that the name of the body p holds, by name or by its people's adjective: "Gas
 * Authority of India Limited" (India), "National Iranian Gas Export Company" (Iran), "QatarEnergy"; with the
 * document, or the one that owns it where it is named: "South Korea's Hyundai Rotem", "Bolivia's state lithium
 * company YLB".
 */
export function countryNamedIn(p: Party, sides: Party[], doc?: Doc): string | null {
  if (!p.entityId?.startsWith('org_')) return null;
  const words = p.name.split(/\s+/);
  const demonyms = entityLexicon().demonyms;
  // ("QatarEnergy": or a word the country's name opens, before a capital)
  const opens = (w: string, c: string) => w.length > c.length && w.startsWith(c) && /[A-Z]/.test(w[c.length]);
  const named = sides.find((q) => q.entityId?.startsWith('plc_') && (` ${p.name} `.includes(` ${q.name} `) || words.some((w) => demonyms.get(key(w)) === q.name || opens(w, q.name))))?.entityId;
  if (named || !doc) return named ?? null;
  // ("Bolivia's state lithium company YLB": from the name's first token, as a side's text may open with the owner)
  const name = mentionCovering(doc, doc.tokenAt(p.end) - 1);
  const first = name ? name.a : doc.tokenAt(p.start);
  const owner = ownerBefore(doc, first, doc.sentences[doc.tokens[first].sent].first);
  return owner?.type === 'place' && sides.some((q) => q.entityId === owner.entityId) ? owner.entityId : null;
}

/**
 * A headline's sides the body's agreement names more closely, one of them as written: sides only described ("China
 * signs cooperation deals with African states", then "with Nigeria, Kenya and Senegal"), or a country by its body
 * ("Kenya Power signs deal with Ethiopia", then "with Ethiopian Electric Power").
 */
function namedCloser(h: AgreementRow, o: AgreementRow, doc?: Doc): boolean {
  const left = o.parties.filter((q) => !h.parties.some((p) => oneParty(p, q)));
  const byItsBody = (p: Party) => !!p.entityId?.startsWith('plc_') && left.some((q) => countryNamedIn(q, [p], doc) === p.entityId);
  // (one side named as in the headline, or a country's body: "China, Brazil central banks sign currency swap deal",
  // then "The People's Bank of China and the Central Bank of Brazil signed")
  if (left.length === 0 || (left.length === o.parties.length && !h.parties.some(byItsBody))) return false;
  // ("NBA signs ... deals with Disney, NBC and Amazon", then "with Walt Disney Co, Comcast's NBCUniversal and
  // Amazon.com": or the start of a side's name, as a headline shortens it)
  const shortened = (p: Party) => left.some((q) => q.name.length > p.name.length && q.name.startsWith(p.name) && /^[A-Z ]/.test(q.name.slice(p.name.length)));
  return h.parties.every((p) => o.parties.some((q) => oneParty(p, q)) || !p.entityId || byItsBody(p) || shortened(p));
}

/**
 * A headline's countries whose bodies, each named after its country, are the sides of the body's next agreement
 * ("India and Japan sign pact on joint lunar mission", then "The Indian Space Research Organisation (ISRO) and the
 * Japan Aerospace Exploration Agency (JAXA) on Friday signed an implementing arrangement").
 */
export function bodiesOfCountries(h: AgreementRow, o: AgreementRow): boolean {
  if (h.parties.length < 2 || o.parties.length !== h.parties.length) return false;
  return h.parties.every((p) => p.entityId?.startsWith('plc_') && o.parties.some((q) => countryNamedIn(q, [p]) === p.entityId));
}

/** Rows a and b name the same sides. */
export function sameSides(a: AgreementRow, b: AgreementRow): boolean {
  return a.parties.length === b.parties.length && sidesWithin(a, b);
}

/** Words news uses for one agreement in its headline and its body ("free trade deal", "free trade agreement"). */
const ONE_THING = /^(deal|agreement|accord|pact|treaty)$/;

/**
 * A headline's agreement the body reports under another of those words, with its parties and its modifiers, which
 * a headline may shorten ("investment pact", then "an investment protection agreement"). With the document, a
 * headline's country may be the one that owns a company the body names ("South Korea's Hyundai Rotem").
 */
export function sameUnderOtherWord(h: AgreementRow, o: AgreementRow, doc?: Doc): boolean {
  const a = h.kind.toLowerCase().split(' ');
  const b = o.kind.toLowerCase().split(' ');
  const hh = kindKey(a.pop()!);
  const oh = kindKey(b.pop()!);
  // (or the body's purpose: "Mr Blair signs climate pact", then "signed an agreement to work together on climate change")
  const about = (o.purpose ?? '').toLowerCase().split(/[\s,]+/);
  // ("rail deal", then "an agreement with China to build a railway line": a word the purpose's word starts with)
  // ("migrant deal", then "an agreement to tackle illegal immigration": a word that holds the headline word's stem)
  const said = (w: string) => b.includes(w) || about.includes(w) || (w.length >= 3 && about.some((x) => x.startsWith(w) || (w.length >= 6 && x.includes(w.slice(0, 5)))));
  // ("Kraft agrees £11.5bn takeover of Cadbury", then "Kraft has agreed a deal to buy British confectioner Cadbury")
  const takeover = hh === 'takeover' && ONE_THING.test(oh) && /^to (buy|acquire|purchase|take over)\b/i.test(o.purpose ?? '');
  // ("Airbus wins Chinese jet order", then "China has signed a deal to buy 150 Airbus A320 jets": a purchase the
  // headline names as the seller's order, by what is bought)
  const ordered = hh === 'order' && ONE_THING.test(oh) && /^to (buy|purchase|order|lease)\b/i.test(o.purpose ?? '') && a.every(said);
  if (takeover || ordered) return sidesWithin(h, o);
  // ("Egypt, World Bank sign $500 million loan", then "signed a 500-million-U.S.-dollar loan agreement": the agreement
  // the headline names by what it is for, between the same sides)
  // ("Colombia and ELN rebels agree six-month ceasefire", then "signed an agreement ... for a bilateral ceasefire of
  // six months": or the thing its purpose names first)
  const purposeNames = (w: string) => new RegExp(`^(a|an|the) (\\S+ ){0,3}?${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test((o.purpose ?? '').toLowerCase());
  const forWhat = ONE_THING.test(oh) && !ONE_THING.test(hh) && (b.includes(hh) || purposeNames(hh)) && a.every(said);
  // ("Sri Lanka rebels agree ceasefire", then "Sri Lanka's government and the Tamil Tiger rebels have signed a permanent
  // ceasefire agreement": or sides the headline only describes)
  if (forWhat) return (h.parties.length >= 2 && sidesWithin(h, o)) || (onlyDescribed(h) && o.parties.length >= 2);
  // ("Boeing and Embraer sign joint venture deal", then "a memorandum of understanding to form a joint venture";
  // "Rolls-Royce lands Emirates engine deal", then "a $9.2bn order from Emirates to supply Trent 900 engines": a deal
  // the body names as the document or the order that sets it down, with all of the headline's words)
  // ("Germany, Namibia sign green hydrogen deal", then "a joint communique of intent ... to cooperate in producing
  // green hydrogen")
  const setDown = ONE_THING.test(hh) && /^(mou|order|contract|intent|declaration|communique|communiqué)$/.test(kindKey(o.kind)) && a.length > 0 && a.every(said);
  if (setDown) return sidesWithin(h, o) || namedCloser(h, o, doc);
  // ("Vietnam Airlines signs deal for 50 Boeing 737 MAX jets", then "signed a memorandum of understanding with Boeing
  // ... to buy 50 737 MAX jets": a bare word for the document the same two sides signed)
  // ("Kenya signs $1 billion deal with Adani for power lines", then "Kenya Electricity Transmission Company (KETRACO)
  // signed a 30-year public-private partnership with India's Adani": or the partnership or contract, a country's side
  // named by its body)
  // ("Qantas and Airbus sign deal for A350 jets", then "it had finalised an order with Airbus SE for 12 A350-1000
  // jets": or the order)
  if (ONE_THING.test(hh) && a.length === 0 && /^(mou|intent|partnership|contract|order)$/.test(kindKey(o.kind)) && h.parties.length >= 2 && (sameSides(h, o) || (kindKey(o.kind) !== 'mou' && kindKey(o.kind) !== 'intent' && namedCloser(h, o, doc)))) return true;
  // ("Siemens Energy wins $1.6 bln power plant order in Iraq", then "signed a contract with Iraq's Ministry of
  // Electricity to build two gas-fired power plants": an order the body names as the contract that sets it down)
  // ("Fincantieri clinches $1.6 billion order for cruise ships from Norwegian", then "has signed a contract with
  // Norwegian Cruise Line Holdings": or a bare order between the same two sides)
  if (/^(order|contract)$/.test(hh) && /^(order|contract)$/.test(oh) && (a.length > 0 ? a.every(said) : h.parties.length >= 2 && sameSides(h, o))) return sidesWithin(h, o);
  // ("Lufthansa, Air India deepen codeshare partnership", then "signed an expanded codeshare agreement": the
  // agreement that sets down the partnership, between the same sides)
  // ("Adidas, Arsenal extend kit deal to 2030", then "have agreed a new long-term kit partnership": and the other way)
  if ((hh === 'partnership' ? ONE_THING.test(oh) : ONE_THING.test(hh) && oh === 'partnership') && a.length > 0 && a.every(said) && h.parties.length >= 2 && sameSides(h, o)) return true;
  // ("EU and Mauritania renew fisheries partnership", then "signed a new five-year protocol to their Sustainable
  // Fisheries Partnership Agreement": the document that renews or amends the agreement the headline names)
  if (/^(protocol|amendment|addendum|extension)$/.test(oh) && a.length > 0 && o.evidence.text.toLowerCase().replace(/\s+/g, ' ').includes(h.kind.toLowerCase()) && sameSides(h, o)) return true;
  if (!ONE_THING.test(hh) || !ONE_THING.test(oh)) return false;
  // ("Ethiopia, Somaliland sign port access deal", then "Ethiopia signed a preliminary agreement on Monday to use
  // Somaliland's Berbera port": some of its words, and sides the headline names, which it may add to)
  // ("UK and France sign Channel asylum pact", then "have signed an agreement to close the Sangatte refugee camp": or
  // a bare word for the same two sides or more)
  if (!a.every(said)) return (a.some(said) && h.parties.length >= 2 && o.parties.length > 0 && o.parties.every((q) => h.parties.some((p) => oneParty(p, q)))) || (b.length === 0 && h.parties.length >= 2 && sameSides(h, o));
  // ("Kenya, Tanzania sign deal to end border trade dispute", then "Kenya and Tanzania signed an agreement to remove
  // 14 non-tariff barriers": a bare word for the same sides, two or more of them)
  if (a.length === 0 && h.parties.length < 2) return false;
  // ("Universities sign research pact", then "The University of Nairobi and Germany's Heidelberg University have
  // signed a five-year agreement to ... run joint research": or sides the headline only describes)
  // ("African leaders sign free trade pact", then "Leaders of 44 African countries ... signed an agreement to create
  // the African Continental Free Trade Area": or a group the body describes too, as one side of many)
  const group = o.parties.length === 1 && onlyDescribed(o) && /s$/.test(o.parties[0].name);
  return sidesWithin(h, o) || (onlyDescribed(h) && (o.parties.length >= 2 || group)) || namedCloser(h, o, doc);
}

/**
 * A headline's deal whose sides the body's next agreement names, with more besides, under another of the words for
 * one agreement ("Wal-Mart signs Chinese supply deal", then "Wal-Mart has signed an agreement with the Chinese
 * government to buy more of its goods from China").
 */
export function namesMoreSides(h: AgreementRow, o: AgreementRow): boolean {
  const [hh, oh] = [kindKey(h.kind), kindKey(o.kind)];
  return ONE_THING.test(hh) && ONE_THING.test(oh) && h.parties.length > 0 && o.parties.length > h.parties.length && sidesWithin(h, o);
}

/**
 * A headline's agreements and the body's next ones under another of the words for one, between the same sides, two
 * or more, whatever each says they are about ("Cuba and Venezuela sign trade accords", then "Cuban leader Fidel Castro
 * and Venezuelan President Hugo Chavez have signed 49 economic agreements"): one batch. (One "energy pact" in a
 * headline is not the body's one "investment protection agreement".)
 */
export function sameBatchNext(h: AgreementRow, o: AgreementRow): boolean {
  return h.plural && o.plural && ONE_THING.test(kindKey(h.kind)) && ONE_THING.test(kindKey(o.kind)) && h.parties.length >= 2 && sameSides(h, o);
}

/**
 * A headline's bare deal between sides it only describes, and the body's next agreement under another of the words
 * for one ("Unions agree deal at Royal Mail", then "The Communication Workers Union has reached an agreement with Royal
 * Mail"); or a pact with what it is about, and the body's memorandum that two named sides signed ("Australian and
 * Indian universities sign research pact", then "The University of Melbourne and the Indian Institute of Technology
 * Delhi signed a memorandum of understanding").
 */
export function describedSidesOnly(h: AgreementRow, o: AgreementRow): boolean {
  if (!onlyDescribed(h) || o.parties.length === 0) return false;
  if (h.kind.toLowerCase() === 'deal') return ONE_THING.test(kindKey(o.kind));
  return ONE_THING.test(kindKey(h.kind)) && h.kind.split(' ').length === 2 && kindKey(o.kind) === 'mou' && o.parties.length >= 2 && o.parties.every((p) => !!p.entityId);
}

/** Every side of a row is described, none named ("Unions", "Sri Lanka rebels"). */
function onlyDescribed(h: AgreementRow): boolean {
  return h.parties.length > 0 && h.parties.every((p) => !p.entityId);
}

/** The head of a kind, one form for singular and plural and for "MoUs" and "memoranda of understanding". */
export function kindKey(kind: string): string {
  if (/\b(mous?|memorand(um|a|ums))\b/i.test(kind)) return 'mou';
  // ("declaration", then "a declaration of principles": the document, not what it holds)
  if (/\bdeclarations? of principles$/i.test(kind)) return 'declaration';
  const head = kind.split(' ').pop()!.toLowerCase();
  return head.endsWith('ies') ? head.slice(0, -3) + 'y' : /[^s]s$/.test(head) ? head.slice(0, -1) : head;
}
