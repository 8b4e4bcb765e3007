// Decides what a candidate name is from its own words: lexicons, legal forms, head nouns, given names.
// Context rules (titles, roles, "X said") live in context.ts.
import type { Doc, Token } from '../../analyse/doc.js';
import type { EntityType } from '../../schema/records.js';
import { MONTHS } from '../../analyse/calendar.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { allCapWords, isAcronym } from './candidates.js';
import { key, spanKey, type EntityLexicon } from './lexicon.js';
import { sets, SPELLED_OUT_FORM } from './words.js';

export { spanKey };

export interface Verdict {
  type: EntityType;
  rule: string;
  /** Strong evidence (suffix, head noun, lexicon); weak verdicts yield to document-level evidence. */
  strong: boolean;
  /** Canonical name when it differs from the text (a demonym stands for its country). */
  canonical?: string;
}

/** Every verdict is built here, so that all of them share one object shape (one hidden class for V8). */
export function verdict(type: EntityType, rule: string, strong: boolean, canonical?: string): Verdict {
  return { type, rule, strong, canonical };
}

function tokText(doc: Doc, t: Token): string {
  return doc.text.slice(t.start, t.end);
}

/** Index of the head word: the last word before a post-modifier ("Center" in "Center of the Ministry of Education"). */
export function headIndex(doc: Doc, a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const l = doc.tokens[i].lower;
    if (l === 'of' || l === 'for' || l === 'on') return i - 1;
  }
  return b - 1;
}

/** A place's name opens tokens [s, e), past "the" ("Iran" in "Iran News", not "the Union"). */
function placeOpensAt(doc: Doc, lex: EntityLexicon, s: number, e: number): boolean {
  if (doc.tokens[s]?.lower === 'the') s++;
  for (let n = 1; n <= 3 && s + n <= e; n++) if (lex.places.has(spanKey(doc, s, s + n))) return true;
  return false;
}

/** Trades a utility is named by after its place. */
const UTILITY = /^(power|electric|electricity|gas|energy)$/;

/** Heads of unions named for their members ("United Auto Workers"), never a name's first word. */
export const MEMBERS_HEAD = /^(workers|steelworkers|machinists)$/;

/** The last word of a law's name. */
const LAW = /^(act|acts|bill|code|directive|amendment)$/;

/** Tokens a..b are a place's head, "of" and a capitalised name with no organisation head and no "and" in it. */
function headFirstPlace(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  const tokens = doc.tokens;
  if (b - a < 3 || tokens[a + 1].lower !== 'of' || !tokens[a + 2].cap || lex.orgHeads.has(tokens[b - 1].lower)) return false;
  for (let i = a + 2; i < b; i++) if (tokens[i].lower === 'and' || tokens[i].lower === '&') return false;
  return true;
}

export function headKind(doc: Doc, lex: EntityLexicon, a: number, b: number): EntityType | 'legal' | null {
  const tokens = doc.tokens;
  if (b - a >= 2 && lex.legalForms.has(tokens[b - 1].lower)) return 'legal';
  // ("Rural Banking and Finance Corporation of New Zealand": a legal form written out, then its country)
  for (let o = a + 2; o < b - 1; o++) if (tokens[o].lower === 'of' && SPELLED_OUT_FORM.test(tokens[o - 1].lower) && lex.places.get(spanKey(doc, o + 1, b))?.kind === 'country') return 'legal';
  // "Banque Paribas", "Banca Commerciale Italiana", "Caisse d'Epargne": a head that opens the name, as French,
  // Italian, Spanish and German write them, then a capitalised word.
  // (not a law named after what it governs: "the Bank Secrecy Act")
  // (not "Credit and Rural Development", a subcommittee's topics: "and" joins no name to such a head)
  if (b - a >= 2 && lex.orgOpeningHeads.has(tokens[a].lower) && tokens[a].cap && (tokens[a + 1].cap || (b - a >= 3 && lex.connectors.has(tokens[a + 1].lower) && tokens[a + 1].lower !== 'and')) && !LAW.test(tokens[b - 1].lower)) return 'organisation';
  // "Deutsche Bahn", "Norsk Hydro", "Svenska Handelsbanken": a national adjective in its own language opens the
  // name, and only capitalised words follow (not "Norske Fina A/S and BP", "Draukraftwerke AG of Klagenfurt", nor
  // the currency "Deutsche Mark").
  if (b - a >= 2 && tokens[a].cap && lex.orgOpeningAdjectives.has(tokens[a].lower) && !/^marks?$/.test(tokens[b - 1].lower) && allCapWords(tokens, a + 1, b)) return 'organisation';
  // "Manchester United", "Blackburn Rovers": a club named for its town, the town's name then one such word.
  if (b - a >= 2 && b - a <= 3 && lex.clubHeads.has(tokens[b - 1].lower) && tokens[b - 1].cap && lex.places.has(spanKey(doc, a, b - 1))) return 'organisation';
  const h = headIndex(doc, a, b);
  if (h <= a && b - a < 2) return null;
  const one = tokens[h].lower;
  const two = h > a ? spanKey(doc, h - 1, h + 1) : '';
  // Two-word heads first: "Convention Center" is a place, "Stock Exchange" an organisation.
  if (two && lex.placeHeads.has(two)) return 'place';
  if (two && lex.orgHeads.has(two)) return 'organisation';
  if (two && lex.eventHeads.has(two)) return 'event';
  // ("Workers of the Contratas Ferroviarias franchise firm": a union named for its members has words before them)
  if (lex.orgHeads.has(one)) return h > a || (b - a > 1 && !MEMBERS_HEAD.test(one)) ? 'organisation' : null;
  // "Forum on China-Africa Cooperation", "Conference on Disarmament": the head first, then its topic.
  if (lex.eventHeads.has(one)) return h > a || (b - a >= 3 && tokens[a + 1].lower === 'on') ? 'event' : null;
  // ("the Islamic Republic of Iran News Agency", "the Gulf of Mexico Fishery Management Council": a place's name
  // that opens a body's, whose own head ends it)
  if (lex.placeHeads.has(one) && h < b - 2 && tokens[b - 1].cap && lex.orgHeads.has(tokens[b - 1].lower) && placeOpensAt(doc, lex, h + 2, b - 1)) return 'organisation';
  // "Gulf of Mexico", "Bay of Biscay", "Strait of Hormuz": or the head first, then "of" and a name (not "State of
  // the Union", "the Port of Singapore Authority", nor two places joined: "the District of Columbia and Maryland").
  if (lex.placeHeads.has(one)) return h > a || (h === a && headFirstPlace(doc, lex, a, b)) ? 'place' : null;
  return null;
}

const COMPASS = /^(north|south|east|west)$/;
/** Months that are given names too. */
const MONTH_NAMES_GIVEN = /^(april|may|june|august)$/;
/** Nouns for what a maker sells under a name of its own. */
const PRODUCTS = /^(model|models|sedan|sedans|saloon|hatchback|coupe|minivan|pickup|car|cars|truck|trucks|brand|brands|jet|jets|airliner|phone|phones|handset|handsets|smartphone|tablet|laptop|range|line-up)$/;
/** Courtesy and office titles written right before a name ("Sen. John Tower"). */
const NAME_TITLE = /^(mr|mrs|ms|dr|sen|senator|rep|gov|gen|lt|col|capt|sir|lord|lady|prof)\.?$/;
/** Is the token a title or role written right before a name ("Sen.", "chairman")? */
function afterTitle(lex: EntityLexicon, t: { lower: string } | undefined): boolean {
  return !!t && (NAME_TITLE.test(t.lower) || lex.titles.has(t.lower) || lex.roles.has(t.lower));
}
/** Words that make the noun after them one of many: "a U.S. Bank", "one major U.S. Bank", "the largest U.S. Bank". */
const ONE_OF_MANY = /^(a|an|one|another|any|each|every|some|many|other|largest|biggest|big|major|leading|only)$/;
/**
 * "a U.S. Bank", "a dealer at a U.S. Securities house", "the U.K. Equity market": wire copy capitalises the word after
 * "U.S." and "U.K.", so the pair [a, b) is the country and a common noun when "a" comes before it or a noun in lower
 * case after it (not a state's own body, "U.S. Treasury", nor the short form of a longer name the article gives, "U.S.
 * Rice" for the "U.S. Rice Millers Association"). The verbs and common nouns no name takes ("U.S. Dlrs") end the run
 * already, in candidates.ts (wireCapital); this reads the trades, which names do take ("U.S. Steel").
 */
export function countryThenWireCapital(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  if (b - a !== 2 || !/^u\.[sk]\.$/.test(tokens[a].lower) || sets.state.has(tokens[a + 1].lower)) return false;
  const next = tokens[b];
  if (!ONE_OF_MANY.test(tokens[a - 1]?.lower ?? '') && !(next && !next.cap && next.type === 'word' && next.pos === 'NOUN')) return false;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].lower === tokens[a + 1].lower && tokens[i - 1].lower === tokens[a].lower && tokens[i + 1].cap && tokens[i + 1].type === 'word') return false;
  }
  return true;
}
/** Bodies named after the building they sit in, and the prepositions that mean the building. */
const SEATS = new Set(['white house', 'kremlin', 'pentagon']);
const LOCATIVE = /^(at|from|in|inside|outside|near)$/;

export function classify(doc: Doc, lex: EntityLexicon, a: number, b: number): Verdict | null {
  const tokens = doc.tokens;
  const k = spanKey(doc, a, b);
  const known = lex.known.get(k);
  // ("a speech from the White House", "talks at the Kremlin": the building where a body sits is a place)
  // (not "recommend to the White House", "Kremlin plans", "the White House briefing room")
  if (known && SEATS.has(k) && tokens[a - 1]?.lower === 'the' && LOCATIVE.test(tokens[a - 2]?.lower ?? '') && !(tokens[b] && !tokens[b].cap && tokens[b].pos === 'NOUN')) return verdict('place', 'place.seat', true, known.name);
  // ("the Emirates news agency": a company's name that is also a country's, after "the", is the country; "Emirates has
  // placed an order" is the airline) ("the official Emirates news agency": past an adjective)
  const the = tokens[a - 1]?.lower === 'the' || (tokens[a - 2]?.lower === 'the' && !tokens[a - 1].cap && (tokens[a - 1].pos === 'ADJ' || /^(official|state|state-run|national)$/.test(tokens[a - 1].lower)));
  const theCountry = known?.type === 'organisation' && the && lex.places.get(k)?.kind === 'country';
  if (known && !theCountry && !(b - a === 1 && lex.commonWordNames.has(k) && commonWordOpening(doc, a))) return verdict(known.type, known.source === 'user' ? 'lexicon.user' : 'lexicon.known', true, known.name);
  // "Exxon Co USA", "Exxon USA", "Texaco Canada": a company's arm in a country, named by the company and the country.
  // (not a country that opens what is said, "told Reuters Peru was", nor one that describes the next noun, "Jaguar
  // Cars Inc U.S. subsidiary", "a Senate Iran committee aide")
  const next = tokens[b];
  const describes = !!next && !next.cap && next.type === 'word' && next.pos === 'NOUN';
  if (b - a >= 2 && lex.places.get(spanKey(doc, b - 1, b))?.kind === 'country' && !describes && !/^(told|tell|tells|telling)$/.test(tokens[a - 1]?.lower ?? '')) {
    const firm = lex.known.get(spanKey(doc, a, b - 1));
    if ((firm?.type === 'organisation') || (b - a >= 3 && lex.legalForms.has(tokens[b - 2].lower))) return verdict('organisation', 'org.national-arm', true);
  }
  // "North and South Korea", "East and West Germany": the first compass word names the first place.
  if (b - a === 1 && COMPASS.test(k) && tokens[b]?.lower === 'and' && COMPASS.test(tokens[b + 1]?.lower ?? '') && tokens[b + 1].cap) {
    for (const n of [1, 2]) {
      const rest = b + 2 + n <= doc.tokens.length ? spanKey(doc, b + 2, b + 2 + n) : '';
      const whole = rest ? lex.places.get(`${k} ${rest}`) : undefined;
      if (whole && lex.places.has(spanKey(doc, b + 1, b + 2 + n))) {
        const name = `${tokens[a].cap ? doc.text.slice(tokens[a].start, tokens[a].end) : k} ${doc.text.slice(tokens[b + 2].start, tokens[b + 1 + n].end)}`;
        return verdict('place', 'place.elided', true, lex.countryNames.get(`${k} ${rest}`) ?? name);
      }
    }
  }
  const place = lex.places.get(k);
  // A country's or region's whole name wins over a head noun inside it: "Soviet Union" is not a union, nor is
  // "the West Bank" a bank.
  if ((place?.kind === 'country' || place?.kind === 'region') && b - a >= 2) return verdict('place', 'place.gazetteer', true, lex.countryNames.get(k));
  const head = headKind(doc, lex, a, b);
  if (head === 'legal') return verdict('organisation', 'org.legal-form', true);
  // ("the U.S. House", "the Soviet Army": a country's own body, by a head no other name takes)
  if (head === null && b - a === 2 && sets.state.has(tokens[a + 1].lower) && tokens[a + 1].cap && (lex.places.get(tokens[a].lower)?.kind === 'country' || lex.demonyms.has(tokens[a].lower))) return verdict('organisation', 'org.state-institution', true);
  if (head === 'organisation' && countryThenWireCapital(doc, a, b)) return null;
  if (head === 'organisation') return verdict('organisation', 'org.head-noun', true);
  if (head === 'event') return verdict('event', 'event.head-noun', true);
  // "GAO" is not the town of Gao: an all-capital word matches only an all-capital gazetteer name.
  // "Saudi", "Thai": a country's other name that is also its demonym stands for the country's name.
  // ("Volkswagen's Santana model", "GM's Malibu sedan": a maker's product named after a town is no place)
  if (place && place.kind !== 'country' && (tokens[a - 1]?.lower === "'s" || tokens[a - 1]?.lower === "'") && PRODUCTS.test(tokens[b]?.lower ?? '') && !lex.places.has(tokens[a - 2]?.lower ?? '')) return null;
  if (place && b - a === 1 && lex.commonWordNames.has(k) && commonWordOpening(doc, a)) return null;
  if (place && !(b - a === 1 && isAcronym(tokText(doc, tokens[a])) && !place.upper)) return verdict('place', 'place.gazetteer', true, place.kind === 'country' ? (lex.countryNames.get(k) ?? lex.demonyms.get(k)) : undefined);
  // ("James C. Castle": a given name, an initial and one more word make a person, whatever that word)
  // ("Sen. John Tower", "board chairman John Tower": so do a given name and one more word after a title)
  if (head === 'place') return (b - a === 3 && lex.givenNames.has(tokens[a].lower) && /^[A-Z]\.$/.test(tokText(doc, tokens[a + 1]))) || (b - a === 3 && lex.givenNames.has(tokens[a + 1].lower) && NAME_TITLE.test(tokens[a].lower)) || (b - a === 2 && lex.givenNames.has(tokens[a].lower) && afterTitle(lex, tokens[a - 1])) ? verdict('person', 'person.given-name', true) : verdict('place', 'place.head-noun', true);
  const demonym = lex.demonyms.get(k);
  // "European leaders": a continent's adjective describes, it does not mention a place (news annotation practice).
  if (demonym && lex.places.get(key(demonym))?.kind !== 'continent') return verdict('place', 'place.demonym', true, demonym);
  // ("the Saudis agreed to supply oil", "the Iraqis": a country's people after "the", as news names its side)
  const people = b - a === 1 && tokens[a - 1]?.lower === 'the' && /[^s]s$/.test(tokens[a].lower) ? lex.demonyms.get(k.slice(0, -1)) : undefined;
  if (people && lex.places.get(key(people))?.kind === 'country') return verdict('place', 'place.people', true, people);
  const n = b - a;
  const first = tokText(doc, tokens[a]);
  if (n === 1 && isAcronym(first)) {
    // "NINE MTHS" in an earnings table: a number word in capitals is no acronym.
    if (lex.notAcronyms.has(first) || isNumberWord(k)) return null;
    return verdict('organisation', 'org.acronym', false);
  }
  // "KazMunayGas", "PetroChina", "GenCorp", "BankAmerica": one word with a capital inside, one of its parts a word of
  // companies' names, is a company's coined name (not a product's, "LaserWriter", "NutraSweet", nor a surname with a
  // particle glued on, "McDonald", "DeBartolo").
  if (n === 1 && CAMEL_CASE.test(first) && !SURNAME_CAMEL.test(first) && first.match(/[A-Z][a-z]+/g)!.some((w) => COMPANY_PARTS.has(w))) return verdict('organisation', 'org.camel-case', false);
  // A head noun inside the name: "Thai Airways International", "Apple Computer Inc"; not a law named after what it
  // governs ("the Financial Services Act", "the Banking Bill").
  for (let i = a + 1; i < b && !LAW.test(tokens[b - 1].lower); i++) {
    if (lex.orgHeads.has(tokens[i].lower) && tokens[i].cap && !lex.connectors.has(tokens[i - 1].lower)) return verdict('organisation', 'org.head-noun-inside', true);
  }
  // "Larsen & Toubro", "Hyundai Engineering & Construction", "Ernst & Young": an ampersand joins the names of a
  // firm's founders or trades (a country written so is in the gazetteer, read above).
  for (let i = a + 1; i < b - 1; i++) {
    if (tokens[i].lower === '&' && tokens[i - 1].cap && tokens[i + 1].cap && tokens[i - 1].type === 'word' && tokens[i + 1].type === 'word') {
      // "Trinidad & Tobago", "Bosnia & Herzegovina": a country the gazetteer writes with "and".
      if (lex.places.has(k.split(' & ').join(' and '))) return verdict('place', 'place.gazetteer', true, doc.text.slice(tokens[a].start, tokens[b - 1].end).split(' & ').join(' and '));
      return verdict('organisation', 'org.ampersand', true);
    }
  }
  // "Kenya Power", "Taiwan Power", "Tokyo Gas", "Hong Kong Electric": a utility named for its place and its trade
  // (not a head noun of its own: "Samantha Power" is a person).
  if (n === 2 && tokens[a + 1].cap && UTILITY.test(tokens[a + 1].lower) && lex.places.has(tokens[a].lower) && lex.places.get(tokens[a].lower)!.kind !== 'continent') {
    return verdict('organisation', 'org.place-utility', false);
  }
  // "Air China", "Air France", "Korean Air": an airline named after its country ("Air New Zealand": of any length).
  const airOf = n >= 2 && n <= 4 && tokens[a].lower === 'air' && tokens[a].cap && (lex.places.has(spanKey(doc, a + 1, b)) || (n === 2 && lex.demonyms.has(tokens[a + 1].lower)));
  if (airOf || (n === 2 && tokens[a + 1].lower === 'air' && tokens[a + 1].cap && lex.demonyms.has(tokens[a].lower))) {
    return verdict('organisation', 'org.air-country', true);
  }
  // Five words only with a particle among them ("Antonio de Padua Seixas"), or five tokens of which a hyphen joins
  // the first two, both given names ("Jean-Marie Le Pen"; not "Karl-Lorimar Home Video").
  const hyphenedGiven = n === 5 && tokens[a + 1].lower === '-' && tokens[a + 1].start === tokens[a].end && tokens[a + 2].start === tokens[a + 1].end && lex.givenNames.has(tokens[a + 2].lower);
  if (n >= 2 && (n <= 4 || (n === 5 && (hasParticle(tokens, a, b) || hyphenedGiven))) && allWords(tokens, a, b)) {
    const firstPlace = lex.places.get(tokens[a].lower);
    const initial = (i: number) => /^[A-Z]\.$/.test(tokText(doc, tokens[i]));
    const plainWords = (() => {
      // (an initial, "Philip D. Dixon", or the generation that ends a name after a surname or an initial, "Philip D.
      // Dixon III", "James Robinson III", is no acronym; "Beverly Hills Cop II" is a film)
      const generation = (i: number) => i === b - 1 && i - a >= 2 && /^(II|III|IV)$/.test(tokText(doc, tokens[i])) && (lex.surnames.has(tokens[i - 1].lower) || initial(i - 2));
      for (let i = a + 1; i < b; i++) if (isAcronym(tokText(doc, tokens[i])) && !initial(i) && !generation(i)) return false;
      return true;
    })();
    const lastWord = tokens[b - 1].lower;
    // ("Murphy Oil said": a trade no person is named after, though it heads no name of its own: "Soybean Oil")
    // ("the RICO Act": nor a law; "Marshall Plan": nor a scheme)
    // ("the Pearl River Mouth basin": or a place's head inside it)
    const headed = lex.orgHeads.has(lastWord) || lex.placeHeads.has(lastWord) || lex.eventHeads.has(lastWord) || lex.thingHeads.has(lastWord) || TRADE_TAIL.test(lastWord) || LAW.test(lastWord) || (n >= 3 && tokens.slice(a + 1, b - 1).some((t) => t.cap && lex.placeHeads.has(t.lower)));
    // "London Heathrow" is no person: a first word that is also a place needs a known surname after it ("Paris Hilton").
    const placeFirst = firstPlace && (firstPlace.kind === 'country' || firstPlace.kind === 'continent' || (!lex.surnames.has(lastWord) && !lex.givenNotPlaces.has(tokens[a].lower)));
    // "German Finance Minister": a demonym first is the country's adjective, not the given name Germán;
    // "due May One", "Record April Eight": a date written in words, not a woman named May.
    const dateInWords = b - a === 2 && Object.hasOwn(MONTHS, tokens[a].lower) && isNumberWord(tokens[a + 1].lower);
    // ("between January and May Ecuador sold", "May Brent prices", "May Day": as a place first, a month first needs a
    // known surname after it, "April Smith")
    const monthFirst = MONTH_NAMES_GIVEN.test(tokens[a].lower) && !lex.surnames.has(lastWord);
    // "Royal Dutch": a generic word of company names first is no given name ("Samantha Power" stays a person).
    const companyWord = lex.genericWords.has(tokens[a].lower);
    // ("R. Martin Hall", "J. Graham Harwood": an initial before the given name)
    const given = n >= 3 && initial(a) && lex.givenNames.has(tokens[a + 1].lower) ? a + 1 : a;
    if (lex.givenNames.has(tokens[given].lower) && plainWords && !headed && !placeFirst && !lex.demonyms.has(tokens[a].lower) && !dateInWords && !monthFirst && !companyWord) {
      return verdict('person', 'person.given-name', true);
    }
    // "GAO Senior Associate", "Sun Chemical": an acronym or a word of company names is no part of a Chinese name.
    // ("Li Ka-shing": the hyphen and the syllable after it count as no words of their own)
    if (lex.chineseSurnames.has(tokens[a].lower) && n - 2 * hyphenCount(tokens, a, b) <= 3 && !isAcronym(first) && pinyinLike(doc, a + 1, b) && !lex.genericWords.has(tokens[b - 1].lower) && !lex.orgHeads.has(tokens[b - 1].lower)) {
      return verdict('person', 'person.chinese-name', true);
    }
    // ("Samsung vice chairman Yun Jong-yong", "Moon Jae-in": a Korean surname, then a given name of two syllables a
    // hyphen joins)
    if (n === 4 && lex.koreanSurnames.has(tokens[a].lower) && hyphenCount(tokens, a, b) === 1 && tokens[a + 2].lower === '-' && koreanGivenName(doc, a + 1, b)) {
      return verdict('person', 'person.korean-name', true);
    }
  }
  return null;
}

const CAMEL_CASE = /^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
const COMPANY_PARTS = new Set(['Corp', 'Bank', 'Banc', 'Gas', 'Oil', 'Petro', 'Energy', 'Air', 'Chem', 'Pharma', 'Group', 'Capital', 'Fin', 'Trans', 'Steel', 'Motors', 'Telecom', 'Tel', 'Airlines', 'Mobil', 'Kline']);
const SURNAME_CAMEL = /^(Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Van|Vander|Von|Fitz|Ab|Al|El|Ben|Bin|Abu|St)[A-Z]/;

/** Trades that end companies' names and no person's. */
export const TRADE_TAIL = /^(oil|gas|minerals|metals|refining|drilling|exploration)$/;

/**
 * Capitalised words, with the particles of a surname between them ("Hans van der Broek", "Kika de la Garza") and
 * hyphens that join two of them ("Kassym-Jomart Tokayev").
 */
function allWords(tokens: Token[], a: number, b: number): boolean {
  // (a hyphenated name is one part of a person's name, not all of it: "Petro-Canada", "Franco-German")
  let spaced = false;
  for (let i = a + 1; i < b; i++) if (tokens[i].start > tokens[i - 1].end) spaced = true;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.lower === '-' && spaced && i > a && i < b - 1 && tokens[i - 1].end === t.start && t.end === tokens[i + 1].start && tokens[i + 1].cap && /^[a-z]{2,}$/.test(tokens[i + 1].lower) && /^[a-z]{2,}$/.test(tokens[i - 1].lower)) continue;
    // ("Li Ka-shing", "Lee Teng-hui": a syllable glued in lower case after a hyphen)
    if (t.lower === '-' && spaced && i > a + 1 && i < b - 1 && tokens[i - 1].end === t.start && t.end === tokens[i + 1].start && tokens[i - 1].cap && !tokens[i + 1].cap && /^[a-z]{2,6}$/.test(tokens[i + 1].lower)) {
      i++;
      continue;
    }
    if (t.type !== 'word' || (!t.cap && !(i > a && i < b - 1 && SURNAME_PARTICLES.has(t.lower)))) return false;
  }
  return true;
}
const SURNAME_PARTICLES = lexiconSet('surname-particles.txt');
/** How many hyphens tokens [a, b) hold. */
function hyphenCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i].lower === '-') n++;
  return n;
}

function hasParticle(tokens: Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) if (SURNAME_PARTICLES.has(tokens[i].lower) && !tokens[i].cap) return true;
  return false;
}

/** Words that could be romanised Chinese given names: short, capitalised, letters only. */
export function pinyinLike(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  for (let i = a; i < b; i++) {
    let w = tokText(doc, tokens[i]);
    // ("Li Ka-shing", "Lee Teng-hui": a given name whose syllables a hyphen joins, read as one word)
    if (i + 2 < b && tokens[i + 1].lower === '-' && tokens[i + 1].start === tokens[i].end && tokens[i + 2].start === tokens[i + 1].end) {
      w = doc.text.slice(tokens[i].start, tokens[i + 2].end);
      i += 2;
    }
    if (!/^[A-Z][a-z]{1,11}(?:-[a-z]{1,6})?$/.test(w) || !ROMANISED_SYLLABLES.test(w.toLowerCase())) return false;
  }
  return true;
}

/**
 * Syllables of Chinese names as pinyin, Wade-Giles and Cantonese write them, and of Vietnamese names (which share
 * surnames): an onset (with a glide: "Kwok", "Hwa"), vowels and a coda ("Xiaoping", "Teng-hui", "Kum Choon",
 * "Siew", "Minh Chinh"). English words mostly have clusters no romanisation writes ("Sun Microsystems", "Sun
 * Banks", "Pan Am Express" are no people).
 */
const SYLLABLE = '(?:ngh|zh|ch|sh|hs|ts|tz|ng|nh|ph|th|tr|kh|gi|qu|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiouü]{1,3}w?(?:ng|nh|ch|[nmrhkptc])?';
const ROMANISED_SYLLABLES = new RegExp(`^(?:${SYLLABLE}){1,3}(?:-(?:${SYLLABLE}){1,2})?$`);

/** Korean romanisation also closes a syllable with "l" ("Jae-il", "Hyun-chul", "Sung-kil"). */
const KOREAN_SYLLABLE = SYLLABLE.replace('[nmrhkptc]', '[nmrhkptcl]');
const KOREAN_GIVEN = new RegExp(`^(?:${KOREAN_SYLLABLE}){1,3}-(?:${KOREAN_SYLLABLE}){1,2}$`);

/** Tokens [a, b) are a Korean given name of two syllables a hyphen joins ("Jae-il", "Jong-yong"). */
function koreanGivenName(doc: Doc, a: number, b: number): boolean {
  const w = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
  return /^[A-Z][a-z]{1,11}-[a-z]{1,6}$/.test(w) && KOREAN_GIVEN.test(w.toLowerCase());
}

function isNumberWord(lower: string): boolean {
  const w = NUMBER_WORDS;
  return Object.hasOwn(w.units, lower) || Object.hasOwn(w.tens, lower) || Object.hasOwn(w.scales, lower) || Object.hasOwn(w.ordinals, lower);
}

/**
 * "Labour costs rose": a known name that is also a common word, opening its sentence before a lower-case noun,
 * is the word, unless the article writes it capitalised inside a sentence too ("... a Labour victory").
 */
function commonWordOpening(doc: Doc, a: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[a];
  const next = tokens[a + 1];
  if (tokens[a - 1]?.sent === t.sent || !next || next.cap || next.pos !== 'NOUN') return false;
  for (let i = 1; i < tokens.length; i++) if (tokens[i].lower === t.lower && tokens[i].cap && tokens[i - 1].sent === tokens[i].sent) return false;
  return true;
}
