// A verdict from the words around a piece: a title or role before it, a verb after it, an apposition,
// a ticker, an owner's possessive.
import type { Doc, Token } from '../../analyse/doc.js';
import { headKind, MEMBERS_HEAD, spanKey, verdict, type Verdict } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import type { Piece } from './piece.js';
import { INITIALS } from './person-names.js';
import { MODEL, sets, TRADE_WORDS, UNIT_NOUNS } from './words.js';
import { allCapWords, isAcronym, tickerAt } from './candidates.js';
import { capWordsWithTrades, INDUSTRY_WORDS, tradesJoinedIn } from './coordination.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { hyphenAt } from '../../analyse/numbers.js';

/** Articles that open names of papers, firms and places ("El Peruano", "La Repubblica", "Der Spiegel"). */
const ARTICLE_OPENING = /^(el|la|der|die|das|den|il)$/;

/** A party's member, as news describes a politician: "the Louisiana Democrat". */
const PARTY_MEMBER = /^(democrat|republican|conservative|liberal|socialist|communist|democrats|republicans)$/;

/** A given name, a title, a role or a profession among tokens [a, b) ("Investor Paul Bilzerian", "Treasurer Paul Keating"). */
function personWordIn(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (lex.givenNames.has(w) || lex.titles.has(w) || lex.roles.has(w) || sets.professions.has(w)) return true;
  }
  return false;
}

/** Token a opens the article's text, or its first sentence after a dateline ("NEW YORK, March 3 (Reuters) - "). */
function leadSubject(doc: Doc, a: number): boolean {
  const before = doc.text.slice(0, doc.tokens[a].start).trimEnd();
  return before === '' || (before.length < 80 && !before.includes('\n') && /(-|--|—)$/.test(before));
}

/** Verbs of buying a company. */
const BUYING = /^(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)$/;

/** Nouns for a publication or a broadcaster, written after its name ("the Economic Information newspaper"). */
const PUBLICATION = /^(newspaper|paper|daily|weekly|magazine|journal|news|agency|television|radio|bulletin)$/;
/** What a company issues and holds, not a company: "Series A preferred stock". */
const SECURITIES = /^(preferred|common|stock|stocks|shares|notes|bonds|debentures|warrants)$/;
/** Adjectives for who owns a body, between "the" and its name ("the official Tanjug news agency"). */
const OWNED = /^(official|semi-official|state-run|state-owned|government-run|government-owned|party-run)$/;

/** State abbreviations that are places only after a town ("LaSalle, Ill."). */
const STATES_AFTER_TOWN = lexiconSet('state-abbreviations-after-town.txt');

/** The Arabic article a surname opens with, in lower case and glued by a hyphen: "al-Ansari", "el-Sisi". */
const ARABIC_ARTICLE = /^(al|el|ul|ad|ash|as|at|ar|an|az)$/;

/**
 * How many words tokens [a, b) hold when capitalised words a glued hyphen joins count as one ("Lolwah Al-Khater",
 * "Majed al-Ansari": 2); 0 when another token is there, or no hyphen is.
 */
function hyphenedWords(doc: Doc, a: number, b: number): number {
  const tokens = doc.tokens;
  let count = 0;
  let hyphens = 0;
  for (let i = a; i < b; i++) {
    if (hyphenAt(doc, i) && i > a && i + 1 < b && tokens[i + 1].cap && tokens[i + 1].type === 'word') {
      hyphens++;
      i++;
      continue;
    }
    // ("Majed al-Ansari": an Arabic article glued to the surname is part of that word)
    if (ARABIC_ARTICLE.test(tokens[i].lower) && i > a && hyphenAt(doc, i + 1) && i + 2 < b && tokens[i + 2].cap && tokens[i + 2].type === 'word') {
      hyphens++;
      count++;
      i += 2;
      continue;
    }
    if (tokens[i].type !== 'word' || !tokens[i].cap) return 0;
    count++;
  }
  return hyphens > 0 ? count : 0;
}

/** Evidence from the words around a name. */
export function contextVerdict(doc: Doc, lex: EntityLexicon, p: Piece): Verdict | null {
  const tokens = doc.tokens;
  const prev = tokens[p.a - 1];
  const prev2 = tokens[p.a - 2];
  const next = tokens[p.b];
  const next2 = tokens[p.b + 1];
  const n = p.b - p.a;
  // A single letter is no name the context can type: "California Credit Card Trust 1987-B, a unit of ...".
  if (n === 1 && tokens[p.a].end - tokens[p.a].start === 1) return null;
  const words = allCapWords(tokens, p.a, p.b);
  // (a person's name may join two of its words with a hyphen: "Lolwah Al-Khater", two name words)
  const nameWords = words ? n : hyphenedWords(doc, p.a, p.b);
  // "Providence, R.I.", "Mountainside, N.J.": a town before a state as news agencies abbreviate it.
  if (next?.lower === ',' && next2?.lower.endsWith('.') && words && n <= 3 && (lex.places.get(next2.lower)?.kind === 'region' || (next2.cap && STATES_AFTER_TOWN.has(next2.lower)))) {
    return verdict('place', 'place.before-state', true);
  }
  // ("LaSalle, Ill.": the state itself, where its abbreviation is also a word)
  if (n === 1 && tokens[p.a].cap && STATES_AFTER_TOWN.has(tokens[p.a].lower) && prev?.lower === ',' && prev2?.cap) return verdict('place', 'place.state-after-town', true);
  // "plants in Moraine, Ohio; Oshawa, Ontario": a town no list has, before the state or province written out.
  // Not "Goodyear, Ohio's largest employer" (regionAfter), nor a run with a given name first or an organisation's
  // head noun, nor the end of a longer name ("Des Moines, Iowa", "El Paso, Texas", "Dar es Salaam, Arusha").
  const partOfName = prev && (prev.cap || /^(the|es|de|del|da|do|di|la|le|el|al|van|von)$/.test(prev.lower));
  if (next?.lower === ',' && words && n <= 2 && !partOfName && tokens[p.a].end - tokens[p.a].start >= 3 && !lex.givenNames.has(tokens[p.a].lower) && headKind(doc, lex, p.a, p.b) === null && regionAfter(doc, lex, p.b + 1)) {
    return verdict('place', 'place.before-state', true);
  }
  // "its plants in Salo, Finland, and Komarom, Hungary": after a preposition of place, a town no list has before its
  // country.
  if (next?.lower === ',' && words && n <= 2 && prev && /^(in|at|near|outside|from|and)$/.test(prev.lower) && tokens[p.a].end - tokens[p.a].start >= 3 && !lex.givenNames.has(tokens[p.a].lower) && headKind(doc, lex, p.a, p.b) === null && !lex.known.has(spanKey(doc, p.a, p.b)) && regionAfter(doc, lex, p.b + 1, 'country')) {
    return verdict('place', 'place.before-country', true);
  }
  // "Airbus A380", "Boeing 787-8": the maker of a model.
  if (next && n <= 3 && !sets.modelStops.has(tokens[p.b - 1].lower) && !lex.places.has(spanKey(doc, p.a, p.b)) && next.start - tokens[p.b - 1].end === 1 && MODEL.test(doc.text.slice(next.start, next.end)) && !/^(19|20)\d\d$/.test(next.lower)) {
    return verdict('organisation', 'org.maker-of-model', false);
  }
  // "NV Philips Gloeielampenfabrieken <PGLO.AS>": a name with a stock ticker after it is a listed company.
  // Not a fragment of a name that other rules cut ("Chesebrough-Pond's Inc", "Cheung Kong (Holdings) Ltd",
  // "Johnson and Johnson", "A/S", "Brown Boveri und Cie"): the whole name is the company, not this piece alone.
  // ("Eastman Kodak Co <EK> and W.R. Grace <WR>": not an "and" after another company's ticker, which joins two names)
  const afterTicker = !!prev && /^(and|&)$/.test(prev.lower) && tokens[p.a - 2]?.lower === '>';
  const fragment = (prev && !afterTicker && (prev.cap || /^('s|\)|\/|and|&|-|of|und|et|des|de|du|di|da|del|van|von|y)$/.test(prev.lower))) || (n === 1 && (lex.legalForms.has(tokens[p.a].lower) || tokens[p.a].end - tokens[p.a].start <= 2));
  if (next?.lower === '<' && !fragment && tickerAt(doc, p.b)) return verdict('organisation', 'org.ticker', true);
  // Photo credits: "Photo by Tusken", "Photo: Tusken".
  if (prev && (prev.lower === 'by' || prev.lower === ':') && prev2 && /^photos?$/.test(prev2.lower) && n <= 3) {
    return verdict('person', 'person.photo-credit', true);
  }
  // "Barra, 51, will be ...": an age in commas; "Smith, who ...": a person.
  if (next?.lower === ',' && words && n <= 3 && !lex.places.has(spanKey(doc, p.a, p.b))) {
    const age = next2 && /^\d{1,3}$/.test(next2.lower) && Number(next2.lower) >= 16 && Number(next2.lower) <= 110 && tokens[p.b + 2]?.lower === ',';
    // (not "the Ministry, who declined to be named": a body, with its article, as British news writes it)
    const body = prev?.lower === 'the' || lex.orgHeads.has(tokens[p.b - 1].lower);
    if (age || (next2?.lower === 'who' && !body && !(n === 1 && groupNoun(lex, tokens[p.a].lower)))) return verdict('person', age ? 'person.age' : 'person.who', !!age);
  }
  // "Der Spiegel said", "El Peruano, the official newspaper": a name a Spanish, French, Italian or German article
  // opens is a title or a firm, not a person (a person's particle is "de", "van", "le": "Le Pen"; "Les" is a given
  // name: "Les Aspin").
  const titled = n >= 2 && ARTICLE_OPENING.test(tokens[p.a].lower) && tokens[p.a].cap;
  if (titled && words && next && (sets.speech.has(next.lower) || (next.lower === ',' && /^(the|a|an)$/.test(next2?.lower ?? '')))) return verdict('organisation', 'org.article-opening', false);
  // "Name, director of ..." and "Name, 45, ..."
  // (not the body a role is held at: "formerly president of American Hoechst, vice chairman")
  // (nor a scheme before who speaks: "under the Meat Price Stabilisation Scheme, Finance Minister Roger Douglas said")
  if (next?.lower === ',' && next2 && words && n >= 2 && n <= 4 && headKind(doc, lex, p.a, p.b) === null && !lex.thingHeads.has(tokens[p.b - 1].lower) && !(prev?.lower === 'of' && prev2 && lex.roles.has(prev2.lower))) {
    const role = roleAt(doc, lex, p.b + 1);
    if (role > 0) return verdict('person', 'person.appositive-role', true);
    // ("Nita Ambani, wife of Reliance chairman Mukesh Ambani,": a relative of someone)
    if (sets.kin.has(next2.lower) && tokens[p.b + 2]?.lower === 'of') return verdict('person', 'person.appositive-role', true);
  }
  // "lead manager Credit Lyonnais said", "co-lead manager Banque Paribas": a bond issue's manager is a bank (unless a
  // given name opens the name).
  if (prev?.lower === 'manager' && prev2 && /^(lead|co-lead|sole|joint)$/.test(prev2.lower) && !lex.givenNames.has(tokens[p.a].lower)) {
    return verdict('organisation', 'org.lead-manager', true);
  }
  // "chief executive Noel Forgeard", "analyst Paul Nesbit"
  // (not "the official Economic Information newspaper": the name of what a publication noun after it names)
  if (prev && !prev.cap && nameWords >= 2 && nameWords <= 3 && !PUBLICATION.test(next?.lower ?? '') && roleEndingAt(doc, lex, p.a - 1)) {
    return verdict('person', 'person.role-before', true);
  }
  // "president Reagan's veto", "chairman Volcker said": one name word after a person's title in lower case (not a
  // body the article knows, "committee chairman Citibank"; nor "general Government", an adjective).
  if (n === 1 && prev && !prev.cap && prev.pos !== 'ADJ' && lex.titles.has(prev.lower) && words && !lex.known.has(tokens[p.a].lower) && !lex.places.has(tokens[p.a].lower) && headKind(doc, lex, p.a, p.b) === null && !isAcronym(doc.text.slice(tokens[p.a].start, tokens[p.a].end))) {
    return verdict('person', 'person.title-before', true);
  }
  // "his wife Coretta Scott King", "Thatcher's son Mark": a relative's name after a possessive and a family word.
  const owned = prev2 && (/^(his|her|their)$/.test(prev2.lower) || prev2.lower === "'s");
  if (prev && owned && !prev.cap && sets.kin.has(prev.lower) && words && n <= 3 && headKind(doc, lex, p.a, p.b) === null && !lex.places.has(spanKey(doc, p.a, p.b))) {
    return verdict('person', 'person.relative', true);
  }
  // "A company spokesman, Takashi Saito, said": a role, then the name between commas.
  // ("the authority's director-general, Kelechi Ohiri,": a role written with a hyphen too)
  const role = prev2 && tokens[p.a - 3]?.lower === '-' && tokens[p.a - 3].end === prev2.start ? `${tokens[p.a - 4]?.lower}-${prev2.lower}` : prev2?.lower;
  if (prev?.lower === ',' && prev2 && PERSONS_ROLE.test(role ?? '') && next?.lower === ',' && words && n >= 2 && n <= 3 && headKind(doc, lex, p.a, p.b) === null) {
    return verdict('person', 'person.role-before', true);
  }
  // "eight unions, including Unison and the PCS", "carmakers such as Volvo": one of the firms or bodies just named.
  if (prev && words && n <= 4 && (prev.lower === 'including' || (prev.lower === 'as' && prev2?.lower === 'such'))) {
    // (the group's noun, before a comma or not)
    const at = prev.lower === 'as' ? p.a - 3 : p.a - 2;
    const g = tokens[at]?.lower === ',' ? tokens[at - 1] : tokens[at];
    if (g && !g.cap && MEMBER_GROUPS.test(g.lower) && !lex.places.has(spanKey(doc, p.a, p.b)) && !lex.demonyms.has(spanKey(doc, p.a, p.b))) return verdict('organisation', 'org.member-of-group', false);
  }
  // "aircraft manufacturer Boeing", "the carrier, Aeroflot"
  if (prev && sets.descriptors.has(prev.lower) && !prev.cap) return verdict('organisation', 'org.descriptor-before', false);
  // ("includes Chinese state-owned Chinalco", "Hungary's state-owned Mogurt": who owns it, written as one word; not
  // what a company holds, "its privately-held Series A preferred stock")
  if (prev && /^(owned|run|controlled|held|listed)$/.test(prev.lower) && tokens[p.a - 2]?.lower === '-' && tokens[p.a - 2].end === prev.start && /^(state|government|privately|publicly|family)$/.test(tokens[p.a - 3]?.lower ?? '') && tokens[p.a - 3].end === tokens[p.a - 2].start && words && n <= 3 && !lex.givenNames.has(tokens[p.a].lower) && !SECURITIES.test(next?.lower ?? '')) return verdict('organisation', 'org.descriptor-before', false);
  // ("The President of the African Development Bank, Akinwumi Adesina,", "the head of the bank, X,": the holder of a
  // role in the body the comma follows)
  // (or ending the sentence: "... and the President of the African Development Bank, Akinwumi Adesina.")
  if (prev?.lower === ',' && prev2 && /^[,.;]$/.test(next?.lower ?? '') && words && n >= 2 && n <= 4 && roleOfBefore(doc, lex, p.a - 2)) return verdict('person', 'person.role-before', true);
  // ("the carrier, Aeroflot"; not a name's capitalised last word: "the African Development Bank, Akinwumi Adesina")
  if (prev?.lower === ',' && prev2 && !prev2.cap && sets.descriptors.has(prev2.lower)) return verdict('organisation', 'org.descriptor-before', false);
  // "the United Auto Workers union", "the Tata group": the descriptor after the name, closing the noun phrase.
  // Not "the Hummer brand" (a product), nor a place or its people first ("the Detroit carmaker", "the West
  // German bank"), nor a generic word last, which the descriptor continues ("the U.S. Central bank", "the New
  // York Stock exchange").
  // (nor a lone head noun: "the Government broker")
  // ("the Old Mutual insurance company": a trade, then the descriptor; not "the Brazilian central bank", "the Latin
  // development bank": a kind of bank after a people's adjective)
  const descAt = !next || next.cap ? 0 : sets.descriptors.has(next.lower) ? 1 : next2 && !next2.cap && next2.lower !== 'brand' && next.type === 'word' && (next.pos === 'NOUN' || next.pos === 'ADJ') && !/^(central|development|national|federal|state|regional|commercial)$/.test(next.lower) && sets.descriptors.has(next2.lower) ? 2 : 0;
  const afterDesc = tokens[p.b + descAt];
  // ("Russia's Alfa group": after a country's possessive, as after "the")
  // ("BASF's Wintershall unit": or a company's, one a list knows or one with its legal form; not "Jaguar PLC's Jaguar
  // Cars Inc U.S. subsidiary", whose last word after the legal form says where the unit is)
  const company = !!prev2 && (lex.known.get(prev2.lower)?.type === 'organisation' || lex.legalForms.has(prev2.lower)) && !(lex.places.has(tokens[p.b - 1].lower) && lex.legalForms.has(tokens[p.b - 2]?.lower ?? ''));
  const countrys = prev?.lower === "'s" && lex.places.get(prev2?.lower ?? '')?.kind === 'country';
  const owners = countrys || (prev?.lower === "'s" && company);
  // ("the official Tanjug news agency": or after "the" and an owner's adjective)
  const theOrCountrys = prev?.lower === 'the' || owners || (prev2?.lower === 'the' && OWNED.test(prev?.lower ?? ''));
  // (nor one whose descriptor a name follows, which it describes: "the Channel Tunnel operator Eurostar"; a title may
  // follow: "the United Auto Workers union President Owen Bieber")
  const namedAfter = afterDesc?.type === 'word' && afterDesc.cap && afterDesc.pos === 'PROPN' && !lex.titles.has(afterDesc.lower);
  if (theOrCountrys && descAt > 0 && next!.lower !== 'brand' && words && !namedAfter && !(afterDesc?.type === 'word' && !afterDesc.cap && afterDesc.pos === 'NOUN') && !placeOrPeopleFirst(doc, lex, p) && (descAt === 2 || !lex.genericWords.has(tokens[p.b - 1].lower)) && tokens[p.b - 1].lower !== 'stock' && !(n === 1 && sets.state.has(tokens[p.a].lower))) {
    return verdict('organisation', 'org.descriptor-after-name', false);
  }
  // "Boeing, the planemaker" / "Boeing's chief executive" / "shares of Boeing"
  // ("ONGC Videsh, the overseas arm of the state-run explorer": or the part of a company it is, with its "of")
  if (next?.lower === ',' && (next2?.lower === 'the' || next2?.lower === 'a' || next2?.lower === 'an') && tokens[p.b + 2] && (descriptorWithin(tokens, p.b + 2, 4) || partOfWithin(tokens, p.b + 2, 4))) {
    return verdict('organisation', 'org.descriptor-after', false);
  }
  // "Rosoboronexport, Russia's state arms exporter,", "Rover, Britain's state-owned carmaker": a country's, in apposition.
  if (next?.lower === ',' && next2?.cap && words) {
    const own = tokens[p.b + 2]?.lower === "'s" ? p.b + 2 : tokens[p.b + 3]?.lower === "'s" ? p.b + 3 : -1;
    if (own > 0 && lex.places.get(spanKey(doc, p.b + 1, own))?.kind === 'country' && descriptorWithin(tokens, own + 1, 5)) return verdict('organisation', 'org.descriptor-after', false);
    // ("Perkins Engines, Varity's British-based diesel engine subsidiary,": or another company's unit)
    if (own > 0 && unitWithin(tokens, own + 1, 6)) return verdict('organisation', 'org.descriptor-after', false);
  }
  if (next?.lower === "'s" || next?.lower === "'") {
    const after = tokens[p.b + 1];
    if (after && (lex.roles.has(after.lower) || /^(shares|stock|board|profit|profits|revenue|revenues|sales|earnings|subsidiary|unit|headquarters|ceo)$/.test(after.lower))) {
      return verdict('organisation', 'org.possessive-business', false);
    }
  }
  if (prev?.lower === 'of' && prev2 && /^(shares|stock|stake|chairman|ceo|president|subsidiary|unit)$/.test(prev2.lower)) {
    return verdict('organisation', 'org.shares-of', false);
  }
  // "General Motors Corp's <GM> Bedford Trucks subsidiary", "its Allegheny Ludlum Steel unit": a company's unit,
  // named between its owner and what it is (not "its U.S. unit", "its West German subsidiary", "Jaguar Cars Inc U.S.
  // subsidiary": where it is).
  if (next && /^(subsidiary|unit|division|affiliate)$/.test(next.lower) && words && n >= 2 && ownerBefore(doc, p.a) && !lex.places.has(spanKey(doc, p.a, p.b)) && !lex.demonyms.has(spanKey(doc, p.a, p.b)) && !lex.places.has(tokens[p.b - 1].lower) && !lex.demonyms.has(tokens[p.b - 1].lower)) {
    return verdict('organisation', 'org.unit-of-owner', false);
  }
  // "Jeff Bezos, founder of Amazon": the body a role is held in (not "Secretary of State", a generic word, nor a
  // minister's portfolio: "minister of Economy and Communication").
  // ("analysts at Credit Suisse First Boston", "an economist at Dresdner Kleinwort Wasserstein", "an analyst with
  // Shearson Lehman Brothers")
  const atRole = (prev?.lower === 'at' || prev?.lower === 'with') && !!prev2 && (sets.professions.has(prev2.lower) || sets.professions.has(prev2.lower.replace(/s$/, '')));
  if ((prev?.lower === 'of' || atRole) && prev2 && (!prev2.cap || (atRole && p.a - 2 === doc.sentences[prev2.sent].first)) && (atRole || (lex.roles.has(prev2.lower) && !lex.titles.has(prev2.lower))) && words && n <= 4 && (atRole && n >= 2 ? !lex.places.has(spanKey(doc, p.a, p.b)) : !placeOrPeopleFirst(doc, lex, p)) && !(lex.genericWords.has(tokens[p.a].lower) && (n === 1 || !atRole)) && !(next && !next.cap && next.pos === 'NOUN')) {
    return verdict('organisation', 'org.role-of', false);
  }
  // "Safaricom chief executive Peter Ndegwa", "Nomura analyst Paul Nesbit": the body a role is held in, before the
  // role and its holder (not a place or its people first: "Kenyan trade minister", nor a title's own words).
  // Only a company's roles, and only a proper name: not "Planning minister", "the Commission president",
  // "Presidential spokesman", "Deputy chairman".
  const last = tokens[p.b - 1];
  // At a sentence's start, not a word the article writes in lower case too ("Nickel analyst Ilmar Martens").
  const opening = () => p.a === doc.sentences[tokens[p.a].sent].first && doc.writesInLowerCase(tokens[p.a].lower);
  if (next && !next.cap && COMPANY_ROLE_FIRST.has(next.lower) && words && n <= 3 && prev?.lower !== 'the' && last.pos === 'PROPN' && !opening() && !lex.orgHeads.has(last.lower) && !lex.eventHeads.has(last.lower) && !lex.placeHeads.has(last.lower) && !/committee$/.test(last.lower) && !NOT_HOLDER.test(tokens[p.a].lower) && !(n === 1 && ADJECTIVE_ENDING.test(last.lower)) && !placeOrPeopleFirst(doc, lex, p) && !lex.genericWords.has(tokens[p.a].lower) && !lex.titles.has(last.lower) && !lex.roles.has(last.lower)) {
    const r = roleFrom(doc, lex, p.b);
    const holder = tokens[p.b + r];
    if (r > 0 && COMPANY_ROLE.test(spanKey(doc, p.b, p.b + r)) && holder?.cap && holder.type === 'word' && !lex.roles.has(holder.lower) && !lex.titles.has(holder.lower)) return verdict('organisation', 'org.role-holder', false);
  }
  // "its $69 billion purchase of Activision Blizzard", "a stake in Hutchison Whampoa", "its merger with Texas Air".
  // So too the object of buying, two name words or more: "agreed to buy Ralston Purina", "to take over Dobbies
  // Garden Centres" (one word may be anything bought: "to buy Treasury"; "Acquired Immune Deficiency Syndrome" is
  // a name of its own).
  const bought = n >= 2 && !prev?.cap && (BUYING.test(prev?.lower ?? '') || (prev?.lower === 'over' && /^(take|takes|took|taken|taking)$/.test(prev2?.lower ?? '')));
  const dealOf = bought || (prev?.lower === 'of' && /^(acquisition|purchase|takeover|buyout)$/.test(prev2?.lower ?? '')) || (prev?.lower === 'in' && /^(stake|stakes|holding|interest)$/.test(prev2?.lower ?? '')) || (prev?.lower === 'with' && prev2?.lower === 'merger');
  // (not a name that modifies a noun: "interest in Hog Ranch gold mine")
  // ("purchase of West Kootenay Power and Light": two words more for a pair of trades)
  const tradeName = dealOf && !words && n <= 6 && tradesJoinedIn(tokens, p.a, p.b) && capWordsWithTrades(tokens, p.a, p.b);
  // (nor the first half of a compound: "a stake in Oporto-based Banco Portugues")
  const compound = next?.lower === '-' && next.start === tokens[p.b - 1].end && !!tokens[p.b + 1] && !tokens[p.b + 1].cap && tokens[p.b + 1].start === next.end;
  if (dealOf && ((words && n <= 4) || tradeName) && !placeOrPeopleFirst(doc, lex, p) && !(next && !next.cap && next.pos === 'NOUN') && !compound) return verdict('organisation', 'org.deal-target', false);
  // "to sell its U.S. confectionery business to Ferrero for $2.8 billion": whom a business is sold to is a company
  // (not a person: "sold the stake to Rupert Murdoch"; nor a place or its people: "sold its unit to Japan's ...").
  // ("a contract to supply iron ore to China's Baosteel": whom goods are supplied to, past the country it is in)
  const to = countrys ? p.a - 3 : p.a - 1;
  if (tokens[to]?.lower === 'to' && words && n <= 4 && soldOrSuppliedBefore(doc, to) && !placeOrPeopleFirst(doc, lex, p) && !personWordIn(doc, lex, p.a, p.b) && !(next && !next.cap && next.pos === 'NOUN')) return verdict('organisation', 'org.buyer', false);
  // "signed a contract worth about $6 billion with South Korea's Hyundai Rotem": the other side of a contract or an
  // order, two name words or more, past the country whose company it is.
  const withAt = countrys ? countryStart(doc, lex, p.a - 1) - 1 : p.a - 1;
  if (tokens[withAt]?.lower === 'with' && words && n >= 2 && n <= 4 && contractBefore(doc, withAt) && !placeOrPeopleFirst(doc, lex, p) && !personWordIn(doc, lex, p.a, p.b) && !(next && !next.cap && next.pos === 'NOUN')) return verdict('organisation', 'org.contractor', false);
  // "Name said" with a name of two or three words: a speaker.
  // "..., said Tavita Oyelaran.": the same, inverted, as news writes it after a quotation.
  // ("..., said J.C. Walter of <Walter Oil and Gas Corp>": initials and a name, then the body spoken for)
  const inverted = prev && (prev.lower === 'said' || prev.lower === 'says') && !!next && (/^[,.;:]$/.test(next.lower) || (next.lower === 'of' && INITIALS.test(tokens[p.a].lower)));
  // Not "Japan Line said", "White House said": a place first or an organisation's head noun last.
  // "Bank Negara said": nor a head noun first.
  // ("Airbus Industrie said", "Toshiba Machine said": nor a known company's name first)
  const orgLike = !lex.givenNames.has(doc.tokens[p.a].lower) && (lex.places.has(doc.tokens[p.a].lower) || lex.known.get(doc.tokens[p.a].lower)?.type === 'organisation' || lex.places.has(doc.tokens[p.b - 1].lower) || headKind(doc, lex, p.a, p.b) !== null || lex.orgHeads.has(doc.tokens[p.b - 1].lower) || (lex.orgHeads.has(doc.tokens[p.a].lower) && !MEMBERS_HEAD.test(doc.tokens[p.a].lower)));
  // Nor "Treasury Secretary said", "Oil World said", "American Express said": a role, a generic word of
  // organisation names or a demonym first is no part of a person's name.
  // ("Treasurer Paul Keating", "Commerce Bruce Smart": a role or a given name after the word still makes one.)
  // ("The Crown Prince said": a title alone names no one)
  // ("Varity Corp said Perkins Engines, Varity's British-based diesel engine subsidiary, introduced": nor a trade last)
  let notPerson = lex.demonyms.has(doc.tokens[p.a].lower) || lex.roles.has(doc.tokens[p.b - 1].lower) || lex.titles.has(spanKey(doc, p.a, p.b)) || TRADE_WORDS.test(doc.tokens[p.b - 1].lower) || /^(engines|industries|enterprises|products|services|holdings)$/.test(doc.tokens[p.b - 1].lower);
  for (let i = p.a; i < p.b && !notPerson; i++) {
    if (!lex.genericWords.has(doc.tokens[i].lower)) continue;
    notPerson = true;
    for (let j = i + 1; j < p.b; j++) if (lex.givenNames.has(doc.tokens[j].lower) || lex.roles.has(doc.tokens[j].lower) || lex.titles.has(doc.tokens[j].lower)) notPerson = false;
  }
  // "Hyundai Engineering and Construction", "Cargill Metals": a known company's one-word name, then the
  // trades of one of its companies, capitalised (joined by "and" or "&").
  // (not a state's body, whose committees and programmes are named so: "the Senate Finance subcommittee", "the House
  // Ways and Means", "The U.N. Development program"; nor a title: "Petrobras Commercial Director")
  const namesMore = !!next && ((next.type === 'word' && !next.cap && next.pos === 'NOUN') || lex.titles.has(next.lower) || lex.roles.has(next.lower));
  if (n >= 2 && lex.known.get(tokens[p.a].lower)?.type === 'organisation' && !sets.state.has(tokens[p.a].lower) && !/\./.test(tokens[p.a].lower) && !lex.givenNames.has(tokens[p.a].lower) && !namesMore && tradesOnly(tokens, p.a + 1, p.b)) return verdict('organisation', 'org.known-trades', false);
  // "Siemens Gamesa said", "Honeywell Bull said": a speaker whose name opens with a known company's is a company.
  // (a word of its own after it, no common noun nor a person's name: not "the U.N. Body", "GATT Michael Samuels";
  // nor one told something: "told Reuters MITI asked")
  const speaks = !!next && sets.speech.has(next.lower) && words && n >= 2 && n <= 3;
  // (the first word as written, sliced only for a speaker)
  const firstText = speaks ? doc.text.slice(tokens[p.a].start, tokens[p.a].end) : '';
  // ("LG Display said", "IG Metall said": or a short name in capitals, that no person's name opens with, before words
  // in lower case)
  const acronymFirst = speaks && /^[A-Z]{2,5}$/.test(firstText) && /[a-z]/.test(doc.text.slice(tokens[p.a + 1].start, tokens[p.b - 1].end)) && !lex.places.has(tokens[p.a].lower);
  const companyFirst = speaks && !/^(told|tell|tells|telling)$/.test(prev?.lower ?? '') && (acronymFirst || (lex.known.get(tokens[p.a].lower)?.type === 'organisation' && /[a-z]/.test(firstText))) && !lex.givenNames.has(tokens[p.a].lower);
  if (companyFirst && !notPerson && !personWordIn(doc, lex, p.a, p.b) && properNamesAfter(tokens, p.a + 1, p.b) && !lex.places.has(spanKey(doc, p.a, p.b))) return verdict('organisation', 'org.speaker', false);
  if (((next && sets.speech.has(next.lower)) || inverted) && nameWords >= 2 && nameWords <= 3 && !orgLike && !notPerson && !lex.places.has(spanKey(doc, p.a, p.b))) {
    // "Wyse Technology said it agreed ...", "Initials Plus said it expects ...": the subject that opens a wire story
    // is a company unless a given name, a title, a role or a profession is in the name ("Investor Paul Bilzerian").
    if (!inverted && leadSubject(doc, p.a) && !personWordIn(doc, lex, p.a, p.b)) return verdict('organisation', 'org.lead-speaker', false);
    // "The Music Shop said it signed", "the Intelligence Unit said": no person's name takes "the" (though a person's
    // description does: "the Louisiana Democrat said").
    if (!inverted && prev?.lower === 'the' && !personWordIn(doc, lex, p.a, p.b) && !PARTY_MEMBER.test(tokens[p.b - 1].lower)) return verdict('organisation', 'org.the-speaker', false);
    return verdict('person', 'person.speaker', false);
  }
  return null;
}

/** A role, "of" and the body end at token e: "President of the African Development Bank", "head of the bank". */
function roleOfBefore(doc: Doc, lex: EntityLexicon, e: number): boolean {
  const tokens = doc.tokens;
  for (let q = e - 1; q > 0 && e - q <= 8; q--) {
    const w = tokens[q].lower;
    if (w === ',' || w === '.' || w === ';') return false;
    if (w === 'of') return roleEndingAt(doc, lex, q - 1) && !/^(one|some|many|all|most)$/.test(tokens[q - 1].lower);
  }
  return false;
}

/** Tokens [a, b) are capitalised trades, joined by "and" or "&" ("Engineering and Construction"), and end with one. */
function tradesOnly(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    const trade = t.cap && (INDUSTRY_WORDS.test(t.lower) || TRADE_WORDS.test(t.lower));
    if (!trade && !(/^(and|&)$/.test(t.lower) && i > a && i < b - 1)) return false;
  }
  return b > a;
}

/** Tokens [a, b) are all proper nouns. */
function properNamesAfter(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].pos !== 'PROPN') return false;
  return true;
}

/** A state or province written out at token i ("Ohio", "New South Wales"), ending a phrase: not "Ohio's", "Ohio State". */
function regionAfter(doc: Doc, lex: EntityLexicon, i: number, kind: 'region' | 'country' = 'region'): boolean {
  const tokens = doc.tokens;
  for (let n = 3; n >= 1; n--) {
    if (i + n > tokens.length || tokens[i + n - 1].nl) continue;
    const place = lex.places.get(spanKey(doc, i, i + n));
    if (place?.kind !== kind || !tokens[i].cap) continue;
    const after = tokens[i + n];
    // (after a country, only the end of the phrase: not "Zeta, Germany said")
    return !after || (kind === 'country' ? /^(,|;|\.|\)|and)$/ : /^(,|;|\.|\)|and|on|in|to|for|where|which|that|said|--?)$/).test(after.lower);
  }
  return false;
}

/** Token a is after "its", "their" or an owner's "'s" (and the ticker Reuters writes there: "Corp's <GM>"). */
function ownerBefore(doc: Doc, a: number): boolean {
  const tokens = doc.tokens;
  let k = a - 1;
  if (tokens[k]?.lower === '>') {
    while (k > a - 6 && k > 0 && tokens[k].lower !== '<') k--;
    if (!tickerAt(doc, k)) return false;
    k--;
  }
  return /^(its|their|'s|’s)$/.test(tokens[k]?.lower ?? '');
}

/** What a company sells: a business, a unit, a stake. */
const SOLD_BUSINESS = /^(business|businesses|unit|units|division|divisions|subsidiary|subsidiaries|operations|assets|arm|stake|stakes|brand|brands)$/;

/**
 * The "to" at token t ends "sell|sold ... <business>" or "supply|deliver|export ... <goods>" within one clause: "sold
 * its U.S. confectionery business to", "selling a 49 pct stake to", "to supply iron ore to".
 */
function soldOrSuppliedBefore(doc: Doc, t: number): boolean {
  const tokens = doc.tokens;
  const business = SOLD_BUSINESS.test(tokens[t - 1]?.lower ?? '');
  for (let k = t - 2; k >= 0 && t - k <= 9; k--) {
    const w = tokens[k].lower;
    if (business && /^(sell|sells|sold|selling)$/.test(w)) return true;
    // ("to supply iron ore to": goods supplied, delivered or exported; not "sold shares to", a market)
    if (/^(supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|export|exports|exported|exporting)$/.test(w)) return t - k >= 3;
    if (/^[,.;:]$/.test(w) || tokens[k].pos === 'VERB') return false;
  }
  return false;
}

/** Where the country whose possessive "'s" is at token k starts ("South Korea's": at "South"). */
function countryStart(doc: Doc, lex: EntityLexicon, k: number): number {
  for (let n = 3; n >= 1; n--) if (k - n >= 0 && lex.places.get(spanKey(doc, k - n, k))?.kind === 'country') return k - n;
  return k - 1;
}

/** Words for a contract a company is the other side of. */
const CONTRACT_WORDS = /^(contract|contracts|order|orders)$/;

/**
 * A contract or an order written before the "with" at token w, in its clause, past what it is worth: "a contract worth
 * about $6 billion with".
 */
function contractBefore(doc: Doc, w: number): boolean {
  const tokens = doc.tokens;
  for (let q = w - 1; q >= 0 && w - q <= 8 && tokens[q].sent === tokens[w].sent; q--) {
    if (CONTRACT_WORDS.test(tokens[q].lower)) return !tokens[q].cap;
    if (/^[,;:.]$/.test(tokens[q].lower) || tokens[q].pos === 'VERB') return false;
  }
  return false;
}

/** The run opens with a place or a people's name, of one or two words: "Detroit", "West German", "New York". */
function placeOrPeopleFirst(doc: Doc, lex: EntityLexicon, p: Piece): boolean {
  for (let n = 1; n <= Math.min(2, p.b - p.a); n++) {
    const k = spanKey(doc, p.a, p.a + n);
    if (lex.places.has(k) || lex.demonyms.has(k)) return true;
  }
  return false;
}

/**
 * "Officials, who asked not to be named", "Producers, who are in favour": the plural of a role, a profession or a
 * company's description, capitalised at a sentence's start, is people in general, not one person's name.
 */
function groupNoun(lex: EntityLexicon, w: string): boolean {
  if (w === 'others') return true;
  const one = w.endsWith('men') ? `${w.slice(0, -3)}man` : w.endsWith('s') ? w.slice(0, -1) : '';
  return one !== '' && (lex.roles.has(one) || sets.professions.has(one) || sets.descriptors.has(one));
}

/** Plural nouns for firms and bodies whose members a list names ("unions, including Unison"). */
const MEMBER_GROUPS = /^(unions|companies|firms|banks|lenders|insurers|airlines|carriers|carmakers|automakers|manufacturers|makers|groups|retailers|supermarkets|utilities|operators|brokers|brokerages|newspapers|broadcasters|parties|agencies|organisations|organizations|charities|universities|clubs|teams|exchanges)$/;

/** A word for a company's unit within n words from `from` that ends the apposition: "British-based diesel engine subsidiary,". */
function unitWithin(tokens: Token[], from: number, n: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + n) && tokens[i].lower !== ','; i++) if (UNIT_NOUNS.test(tokens[i].lower)) return /^[,.;]$/.test(tokens[i + 1]?.lower ?? '.');
  return false;
}

function descriptorWithin(tokens: Token[], from: number, n: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + n); i++) {
    // "in Jubail, the companies said": the subject of a reporting clause, not a description of the name; nor "in
    // Soviet Tadzhikistan, the official news agency Tass said", with the subject's name (not "X, a company Michaels
    // would form").
    const after = tokens[i + 1];
    const named = after?.cap && after.type === 'word' && after.pos === 'PROPN' && sets.speech.has(tokens[i + 2]?.lower ?? '');
    if (sets.descriptors.has(tokens[i].lower)) return !(after && (sets.speech.has(after.lower) || named));
  }
  return false;
}

/** "the overseas arm of", "an affiliate of": the part of a company a name is, within n tokens from `from`. */
function partOfWithin(tokens: Token[], from: number, n: number): boolean {
  for (let i = from; i < Math.min(tokens.length - 1, from + n); i++) if (/^(arm|affiliate|division)$/.test(tokens[i].lower) && tokens[i + 1].lower === 'of') return true;
  return false;
}

/** Length of a role phrase starting at token i ("director", "chief executive"), skipping one adjective. */
function roleAt(doc: Doc, lex: EntityLexicon, i: number): number {
  // (after an article, one adjective or noun in lower case still, when the role ends the phrase: "a company
  // spokesman,", not "an ICCO spokesman said", "a 40,000 member health maintenance organization")
  const article = /^(a|an|the)$/.test(doc.tokens[i]?.lower ?? '');
  if (article && !doc.tokens[i + 1]?.cap && doc.tokens[i + 1]?.type === 'word' && lex.roles.has(doc.tokens[i + 2]?.lower ?? '')) {
    const after = doc.tokens[i + 3];
    if (!after || after.lower === ',' || after.lower === '.' || /^(of|at|for|with)$/.test(after.lower)) return 3;
  }
  // ("Ahsan Iqbal, Pakistan's Minister for Planning": after a country's or a body's possessive too, a role only people
  // hold: not "Granada R and D Ventures, Integrated's partner")
  const owned = doc.tokens[i + 1]?.lower === "'s" && doc.tokens[i + 1].start === doc.tokens[i]?.end && doc.tokens[i].cap && (PERSONS_ROLE.test(doc.tokens[i + 2]?.lower ?? '') || OWNED_ROLE_FIRST.test(doc.tokens[i + 2]?.lower ?? '')) ? i + 2 : -1;
  for (const s of owned > 0 ? [i, i + 1, owned] : [i, i + 1]) {
    for (let n = 3; n >= 1; n--) {
      if (s + n > doc.tokens.length) continue;
      if (!lex.roles.has(spanKey(doc, s, s + n))) continue;
      // ("Soviet Tadzhikistan, the official news agency Tass said": "official" describing the noun after it, as
      // "chief" in "chief dealer" does not)
      const after = doc.tokens[s + n];
      if (n === 1 && doc.tokens[s].lower === 'official' && after && !after.cap && after.type === 'word' && after.pos === 'NOUN') continue;
      return s + n - i;
    }
  }
  return 0;
}

/** Other words that open a role only people hold, after a possessive ("MITI's director for ...", "Goodyear's chief executive"). */
const OWNED_ROLE_FIRST = /^(director|head|chief|deputy|vice|managing|executive|senior|permanent|ceo)$/;

/** Roles only people hold (not "its financial advisor, L.F. Rothschild", "its European partner, European Silicon Structures"). */
const PERSONS_ROLE = /^(spokesman|spokeswoman|spokesperson|chairman|chairwoman|president|minister|secretary|ambassador|governor|mayor|economist|strategist|analyst|founder|director|director-general|secretary-general|officer)$/;

/** Roles held in a company, before their holder's name ("Safaricom chief executive Peter Ndegwa"). */
const COMPANY_ROLE = /^(chief executive|chief executive officer|chief financial officer|chief operating officer|chief economist|ceo|cfo|coo|cto|chairman|chairwoman|founder|co-founder|owner|managing director|general manager|analyst|economist|strategist|spokesman|spokeswoman|spokesperson)$/;
const COMPANY_ROLE_FIRST = new Set(['chief', 'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'co', 'co-founder', 'owner', 'managing', 'general', 'analyst', 'economist', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words that open a role's description, not a company's name: "Deputy chairman", "Former chief executive". */
const NOT_HOLDER = /^(deputy|assistant|acting|former|current|previous|sole|senior|junior|fellow|then|new|outgoing|incoming|interim|joint|vice|executive|group|company|prime|chief|top|special|local)$/;
/** "Presidential", "Republican", "Socialist": a one-word adjective, not a company. */
const ADJECTIVE_ENDING = /(al|an|ic|ive|ist|ous|ary)$/;

/** Tokens in the role starting exactly at i ("chief executive", "analyst"), or 0. */
function roleFrom(doc: Doc, lex: EntityLexicon, i: number): number {
  for (let n = 3; n >= 1; n--) if (i + n <= doc.tokens.length && lex.roles.has(spanKey(doc, i, i + n))) return n;
  return 0;
}

function roleEndingAt(doc: Doc, lex: EntityLexicon, i: number): boolean {
  // ("chairman-elect Denys Henderson", "president designate John Smith": a role not yet taken up is still one)
  if (/^(elect|designate)$/.test(doc.tokens[i]?.lower ?? '') && i > 0) i -= doc.tokens[i - 1].lower === '-' ? 2 : 1;
  for (let n = 1; n <= 3 && i - n + 1 >= 0; n++) if (lex.roles.has(spanKey(doc, i - n + 1, i + 1))) return true;
  return false;
}
