// From candidate runs of capitalised words to pieces: trimmed of sentence openers, titles and descriptions,
// split where two names meet ("Chevron Corp of Britain"), with names nested inside a longer one, and a
// dateline's place and agency.
import type { Doc, Token } from '../../analyse/doc.js';
import type { EntityType } from '../../schema/records.js';
import { ARABIC_ARTICLE, gluedHyphen, isAcronym, isNameToken, isQuote, jointNationalityAt, tickerAt } from './candidates.js';
import { classify, countryThenWireCapital, headIndex, headKind, spanKey, verdict, type Verdict } from './classify.js';
import { roleThenOf, type EntityLexicon } from './lexicon.js';
import { piece, type Piece } from './piece.js';
import { arabicName, arabicNameEnd, nameWordsTo, personFirstWord, personOf, portfolioThenName, roleLength, threeNameWords, threeNameWordsEnd, titledNameEnd, titleLength, twoNameWords, twoNameWordsEnd } from './person-names.js';
import { genericOpener } from './sentence-opener.js';
import { isPortfolio, PORTFOLIO_HEAD, portfolioEnd, portfolioListFrom } from './portfolio-list.js';
import { nameOfPlace, splitCoordination } from './coordination.js';
import { spelledBy } from './acronyms.js';
import { CORPORATE_FORM, NAME_PARTICLE, sets, SPELLED_OUT_FORM, WEEKDAY } from './words.js';

/** Tokens [t, a) are a title in the plural ("Prime Ministers", "Presidents"). */
function pluralTitle(doc: Doc, lex: EntityLexicon, t: number, a: number): boolean {
  return a > t && doc.tokens[a - 1].lower.endsWith('s') && !lex.titles.has(spanKey(doc, t, a));
}

/** The "of" at o or o + 1 before a country that ends [o, b) ("of Portugal", "of the Soviet Union"), else -1. */
function countryOfAt(doc: Doc, lex: EntityLexicon, o: number, b: number): number {
  for (let k = o; k <= o + 1 && k < b - 1; k++) {
    if (doc.tokens[k].lower !== 'of') continue;
    const s = doc.tokens[k + 1].lower === 'the' ? k + 2 : k + 1;
    return s < b && lex.places.get(spanKey(doc, s, b))?.kind === 'country' ? k : -1;
  }
  return -1;
}

/** A strong verdict of anything but a person. */
function notPerson(v: Verdict | null): boolean {
  return !!v && v.strong && v.type !== 'person';
}

/** The last "and" in tokens [a, b), else -1. */
function lastAnd(tokens: Token[], a: number, b: number): number {
  for (let k = b - 1; k > a; k--) if (tokens[k].lower === 'and') return k;
  return -1;
}

/** A company's roles written after its name ("Apple Computer CEO"). */
const COMPANY_ROLE_END = /^(ceo|cfo|coo|cto|chairman|chairwoman)$/;
/** A legislature and a member of a party written after it ("Senate Republican", "House Democrats"). */
const LEGISLATURE = /^(senate|house|congress|parliament|assembly)$/;
const PARTY_MEMBER = /^(republicans?|democrats?|democratic|conservatives?|liberals?|socialists?)$/;

/** Words that follow "General" in companies' names, never a general's name. */
const GENERAL_COMPANY = /^(acquisition|tire|cinema|instrument|instruments|signal|host|foods|mills|dynamics|electric|motors|re|housewares|homes|nutrition|defense|datacomm|partners|refractories|microwave|automation|physics|devices|kinetics|employment|public)$/;

/** The second half of a compound adjective ("cash-strapped", "privately-held", "oil-rich"), not of a name ("Coca-cola"). */
const COMPOUND_ADJECTIVE = /^[a-z]*(ed|ing|rich|laden|run|held|owned|led|backed|listed|hit|bound|free|poor|wide)$/;

/** First words of the two-word entries of not-names.txt ("third" of "Third World"): built once per lexicon. */
const pairFirsts = new WeakMap<EntityLexicon, Set<string>>();
function notNamePairFirst(lex: EntityLexicon): Set<string> {
  let set = pairFirsts.get(lex);
  if (!set) {
    set = new Set([...lex.notNames].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]));
    pairFirsts.set(lex, set);
  }
  return set;
}

/** A known organisation's short form written in capitals at token a: "WHO", not "Who". */
function knownAcronym(doc: Doc, lex: EntityLexicon, a: number): boolean {
  const t = doc.tokens[a];
  return isAcronym(doc.text.slice(t.start, t.end)) && lex.known.has(t.lower);
}

/** Descriptions that never begin a company's own name (unlike "Union", "Group" or "Carrier"). */
export const SENTENCE_DESCRIPTOR = /^(rival|firm|miner|driller|broadcaster|carmaker|automaker|planemaker|chipmaker|drugmaker|steelmaker|lender|insurer|retailer|brewer|refiner|shipbuilder|housebuilder|conglomerate|supermarket|regulator)$/;

/**
 * "Shares fell in Tokyo Monday", "in Europe and Asia Monday": the day after a known name is no part of it (a name
 * no list has keeps it: "Black Monday").
 */
function withoutDay(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  const t = tokens[b - 1];
  if (b - a < 2 || !t.cap) return b;
  const known = (k: string) => lex.places.has(k) || lex.known.has(k);
  // ("U.S. trade representative Clayton Yeutter Monday warned", "President Reagan Friday announced": nor after a
  // person's name, a given name first or a surname last)
  // (two words may be a person's own name: "Scott replaces Thomas Sunday, former chairman")
  const person = (b - a >= 3 && (personFirstWord(lex, tokens[a].lower) || lex.surnames.has(tokens[b - 2].lower))) || (a > 0 && titleLength(doc, lex, a - 1, a) > 0);
  if (WEEKDAY.test(t.lower) && (known(spanKey(doc, a, b - 1)) || person)) return b - 1;
  // ("CEO Richard Ripley July 17, 1987", "arrive in Moscow April 13": a month and its day, after a person or a
  // name a list knows)
  if (MONTH.test(t.lower) && /^\d{1,2}$/.test(tokens[b]?.lower ?? '') && tokens[b].start === t.end + 1 && (known(spanKey(doc, a, b - 1)) || person)) return b - 1;
  return b;
}
const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "Ambassador to Bangladesh Iwama Kiminori", "envoy to China Nicholas Burns": after an envoy's title and "to", a
 * place, then one to three capitalised words: where the place ends (0 when the run is not so written).
 */
function envoyPost(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const t = doc.tokens;
  // ("Counsellor of the Chinese Embassy in Uzbekistan Zhang Wei": a mission's country, then its diplomat's name)
  const mission = a >= 2 && t[a - 1].lower === 'in' && /^(embassy|consulate|mission|office)$/.test(t[a - 2].lower) && t[a - 2].cap && personFirstWord(lex, t[b - 2]?.lower ?? '');
  if (!mission && (a < 2 || t[a - 1].lower !== 'to' || !/^(ambassador|envoy|consul|consul-general|commissioner|representative)$/.test(t[a - 2].lower))) return 0;
  for (let e = Math.min(b - 1, a + 3); e > a; e--) {
    if (!lex.places.has(spanKey(doc, a, e))) continue;
    if (b - e > 3) return 0;
    for (let i = e; i < b; i++) if (!t[i].cap || t[i].type !== 'word') return 0;
    return e;
  }
  return 0;
}

/** Trims a run, splits coordinated names and adds names nested after "of the". */
export function piecesOf(doc: Doc, lex: EntityLexicon, a0: number, b0: number, sent: number, split = false): Piece[] {
  const tokens = doc.tokens;
  // "<Airbus Industrie>", "<Mutual of Omaha>": wire copy brackets one company's whole name (a possessive written
  // as a word of its own inside the brackets is no part of it). A known name keeps its own form, "<Societe
  // Generale>" Société Générale, by the rules below.
  if (!split && wireBracketed(doc, a0, b0)) {
    const a = tokens[a0].lower === 'the' ? a0 + 1 : a0;
    const b = tokens[b0 - 1].lower === "'s" ? b0 - 1 : b0;
    if (b > a && !lex.known.has(spanKey(doc, a, b))) return [piece(a, b, -1, sent, verdict('organisation', 'org.wire-brackets', true), false)];
  }
  let a = a0;
  let b = b0;
  let titleA = -1;
  const sentence = doc.sentences[sent];
  while (a < b) {
    const t = tokens[a];
    if (isQuote(t, doc)) break;
    // "General Agreement on Tariffs and Trade", "El Salvador", "The Hague": a known name or a place the gazetteer
    // holds whole keeps what would otherwise be trimmed (not "the Netherlands": the article written in lower case).
    if (b - a > 1 && (lex.known.has(spanKey(doc, a, b)) || (t.cap && lex.places.has(spanKey(doc, a, b))))) break;
    const k = t.lower;
    // (not "Du Pont said", "Van Driel said": a capitalised particle before a capitalised word opens a name)
    if (lex.connectors.has(k) && !arabicArticleAt(doc, a) && !particleOpening(doc, a, b)) {
      a++;
      continue;
    }
    // "between January and May Ecuador sold", "May Dubai": a month before a place or a known name is the date's.
    if (MONTH.test(k) && a + 1 < b && (lex.places.has(spanKey(doc, a + 1, b)) || lex.known.has(spanKey(doc, a + 1, b)))) {
      a++;
      continue;
    }
    // "Cash-strapped Ivory Coast", "Privately-held NeoRx Corp": a compound adjective before the name.
    if (a + 3 < b && tokens[a + 1].lower === '-' && tokens[a + 1].start === t.end && tokens[a + 2].start === tokens[a + 1].end && !tokens[a + 2].cap && COMPOUND_ADJECTIVE.test(tokens[a + 2].lower) && tokens[a + 3].cap) {
      a += 3;
      continue;
    }
    // "Build the X ...": a capitalised word followed by "the" does not start a name.
    if (a + 1 < b && tokens[a + 1].lower === 'the' && !t.type.startsWith('number')) {
      a += 2;
      continue;
    }
    // "General Motors and General Mills": a known name that opens the run, then "and", is no title and a name.
    if (knownThenAnd(doc, lex, a, b)) break;
    // "Chief Operating Officer of AirTran Airways": a role written in capitals, then the organisation.
    const rl = roleLength(doc, lex, a, b);
    if (rl > 0 && a + rl < b - 1 && tokens[a + rl].lower === 'of' && titleLength(doc, lex, a, b) === 0) {
      a += rl;
      titleA = -1;
      continue;
    }
    const tl = titleLength(doc, lex, a, b);
    // "General Acquisition", "General Cinema", "General Instrument": a company, not a general; its one word after
    // "General" is a common noun no person is named (one that names, "General Electric", "General Motors", is known).
    if (tl === 1 && k === 'general' && b === a + 2 && GENERAL_COMPANY.test(tokens[a + 1].lower) && !lex.givenNames.has(tokens[a + 1].lower)) {
      return [piece(a, b, -1, sent, verdict('organisation', 'org.general-company', false), false)];
    }
    if (tl > 0 && a + tl < b) {
      // (a capitalised particle after the title opens the name: "Deputy Finance Minister Le Thi Bang Tam")
      if (lex.connectors.has(tokens[a + tl].lower) && !particleOpening(doc, a + tl, b)) {
        // "President of the United States Barack Obama": a title of a country, then the person's name.
        const titled = titleOfPlaceOrBody(doc, lex, a, a + tl, b);
        if (titled) {
          const own = titled.map((x) => piece(x.a, x.b, x.titleA, sent, x.verdict, x.nested));
          // ("... Odiljon Tojiev and Rector Ryu Hong-lim": the name ends at "and", the rest is read on its own)
          const end = titled[titled.length - 1].b;
          return end < b ? [...own, ...piecesOf(doc, lex, end + 1, b, sent, true)] : own;
        }
        // "Federal Minister for Planning Ahsan Iqbal", "Minister of State for Finance Jane Doe": the title with its
        // portfolio (one to three capitalised words), then the person's name to the end of the run.
        const nameAt = portfolioThenName(doc, lex, a + tl, b);
        if (nameAt > 0) {
          if (titleA < 0) titleA = a;
          a = nameAt;
          continue;
        }
        // "Prime Minister of Singapore": a role, not a name; what follows may still be one.
        a += tl;
        titleA = -1;
        continue;
      }
      if (titleA < 0) titleA = a;
      a += tl;
      continue;
    }
    // ("WHO", all in capitals, is the World Health Organization, not the pronoun; after a title, "He" is a
    // Chinese surname: "Vice Premier He Lifeng")
    const surnameAfterTitle = titleA >= 0 && a + 1 < b && lex.chineseSurnames.has(k) && tokens[a + 1].cap;
    if (lex.notNames.has(k) && !(b - a > 1 && lex.known.has(spanKey(doc, a, b))) && !knownAcronym(doc, lex, a) && !surnameAfterTitle) {
      a++;
      continue;
    }
    // ("Third World debt", "El Nino": two words that name no body)
    if (a + 1 < b && notNamePairFirst(lex).has(k) && lex.notNames.has(spanKey(doc, a, a + 2))) {
      a += 2;
      continue;
    }
    // A sentence-initial common noun ("Shares of Monfort of Colorado Inc") is no part of a name, unless it is
    // itself a head noun ("Bank of China", "Ministry of Education").
    const ownHead = lex.orgHeads.has(k) || lex.placeHeads.has(k) || lex.eventHeads.has(k);
    const initial = (a === sentence.first && !split) || (a > 0 && OPENS_NAME.test(doc.text.slice(tokens[a - 1].start, tokens[a - 1].end)));
    // "Monfort of Colorado Inc soared": a company named "X of Y Inc" keeps its first word when the article
    // writes it as a name elsewhere ("each of Monfort's shares"), never as a common word ("Shares of ... Inc").
    const beforeOf = a + 1 < b && tokens[a + 1].lower === 'of' && !ownHead && !(t.pos === 'PROPN' && lex.legalForms.has(tokens[b - 1].lower) && writtenAsNameElsewhere(doc, a));
    // ("Inland Steel Industries said", the article going on to write "owned by Inland": a name's own first word.)
    // ("Dole said", after "leader Robert Dole": so is a lone word in small letters, when the article writes it after
    // a given name and never in lower case; not "LEAD" in a metals table)
    const ownWord = () => t.pos !== 'PROPN' && (b - a > 1 ? !beforeOf && writtenAsNameElsewhere(doc, a) : !doc.writesInLowerCase(k) && /\p{Ll}/u.test(doc.text.slice(t.start, t.end)) && afterGivenName(doc, lex, a));
    if (initial && (t.pos !== 'PROPN' || beforeOf) && !ownWord() && !inAnyLexicon(lex, k) && !(b - a > 1 && ownHead && headKind(doc, lex, a, b)) && !genericOpener(doc, lex, a, b) && !particleOpening(doc, a, b)) {
      a++;
      continue;
    }
    // "Analyst Lawrence Cohn of Merrill Lynch": a profession, then a given name.
    if (a === sentence.first && a + 1 < b && sets.professions.has(k) && lex.givenNames.has(tokens[a + 1].lower)) {
      a++;
      continue;
    }
    // "Rival J Sainsbury Plc announced", "Carmaker Toyota said": a description capitalised at a sentence's start
    // (the mention still reads it, as it does "rival Sainsbury"; the name does not).
    // Any other description ("Carrier Aeroflot said") only before a known name: "Carrier Corp" is a company.
    if (a === sentence.first && a + 1 < b && tokens[a + 1].cap && (SENTENCE_DESCRIPTOR.test(k) || (sets.descriptors.has(k) && !lex.orgHeads.has(k) && lex.known.has(spanKey(doc, a + 1, b))))) {
      a++;
      continue;
    }
    break;
  }
  // No name starts at a glued hyphen: "Allied-Signal Inc" keeps the word trimmed before it, "Privately-held NeoRx
  // Corp", "Cash-strapped Ivory Coast" lose the word after it too.
  while (a > a0 && a < b && tokens[a].lower === '-' && tokens[a].start === tokens[a - 1].end) {
    // (not "MS-DOS", read as the title "Ms": no name there)
    if (tokens[a + 1]?.cap && tokens[a + 1].start === tokens[a].end && !lex.titles.has(tokens[a - 1].lower)) a--;
    else a += 2;
  }
  // Nor at a comma: "In January, SAS officials said" loses the month, and the comma that joined ", SAS" to it as a
  // legal form.
  while (a < b && tokens[a].lower === ',') a++;
  // A possessive ends no name ("Boeing's"), unless the name is known to end in one ("Standard and Poor's").
  while (b > a && (lex.connectors.has(tokens[b - 1].lower) || (tokens[b - 1].lower === "'s" && !lex.known.has(spanKey(doc, a, b))))) b--;
  b = withoutDay(doc, lex, a, b);
  if (a >= b) return [];
  const out: Piece[] = [];
  // "Prime Ministers Pham Minh Chinh and Sonexay Siphandone": a plural title names each person of the two, however
  // unknown their names (two or three name words after "and", no known name).
  // ("Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal": the second, too, with the country
  // the person is of)
  const and = titleA >= 0 && pluralTitle(doc, lex, titleA, a) ? lastAnd(tokens, a, b) : -1;
  const named2 = and > a ? countryOfAt(doc, lex, and + 3, b) : -1;
  const end2 = named2 > 0 ? named2 : b;
  if (and > a && end2 - and - 1 >= 2 && end2 - and - 1 <= 3 && nameWordsTo(lex, tokens, and + 1, end2) && !notPerson(classify(doc, lex, and + 1, end2))) {
    const second = piece(and + 1, end2, -1, sent, verdict('person', 'person.title', true), false);
    return [...piecesOf(doc, lex, titleA, and, sent, true), second, ...(end2 < b ? piecesOf(doc, lex, end2 + 1, b, sent, true) : [])];
  }
  // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": a titled name, then "and".
  // ("Jordanian Water Minister Raed Abu Saud and Israeli Infrastructure Minister Uzi Landau": or an Arabic name's)
  // ("Vietnamese President Vo Van Thuong and South Korean President Yoon Suk Yeol": or three name words)
  const named = titleA >= 0 ? Math.max(twoNameWordsEnd(lex, tokens, a, b), arabicNameEnd(doc, lex, a, b), threeNameWordsEnd(doc, lex, a, b)) : -1;
  if (named > 0 && named < b) return [...piecesOf(doc, lex, titleA, named, sent, true), ...piecesOf(doc, lex, named + 1, b, sent, true)];
  // "Japanese Ambassador to Bangladesh Iwama Kiminori": the country of the post, then the envoy's name.
  const post = envoyPost(doc, lex, a, b);
  if (post > 0) return [...piecesOf(doc, lex, a, post, sent, true), piece(post, b, -1, sent, verdict('person', 'person.title', true), false)];
  // "Apple CEO Steve Jobs": a title inside the run starts a person's name.
  for (let i = a + 1; i < b - 1; i++) {
    const tl = titleLength(doc, lex, i, b);
    if (tl === 0) continue;
    // "U.S. President Barack Obama": a title followed by a given name, or by the last two words of the run.
    // "Oil Minister Sheikh Ali al-Khalifa al-Sabah": or by another title, then such a name.
    const tl2 = i + tl < b ? titleLength(doc, lex, i + tl, b) : 0;
    const nameAt = i + tl + tl2;
    // "the UAE Energy Minister", "the French Foreign Minister": a title that ends the run names no one; the country
    // before it is a mention of its own.
    // ("the UAE Minister of State for Foreign Trade": or its portfolio after it)
    const ofPortfolio = () => /^(of|for)$/.test(tokens[i + tl]?.lower ?? '') && (portfolioEnd(doc, i + tl + 1, b) === b || portfolioListFrom(doc, i + tl + 1, b) === b);
    // ("White House Chief of Staff" before a line break: or a body the article's lists know)
    if (titleA < 0 && (i + tl === b || ofPortfolio())) {
      const owner = lex.places.get(spanKey(doc, a, i));
      if (owner?.kind === 'country' || lex.demonyms.has(spanKey(doc, a, i)) || lex.known.get(spanKey(doc, a, i))?.type === 'organisation') return piecesOf(doc, lex, a, i, sent, true);
    }
    if (nameAt >= b) continue;
    // "Indonesian Energy Minister Subroto": after a demonym or a country, one name word is enough; not "U.S.
    // Justice Department", "American President Lines", nor a name the line break cut ("Kiichi\nMiyazawa").
    const w = tokens[nameAt].lower;
    // ("Mr Blair and President Chirac": or after "and", a second titled person's surname)
    const oneName = () =>
      nameAt === b - 1 && tokens[nameAt].pos === 'PROPN' && !lex.orgHeads.has(w) && !lex.genericWords.has(w) && !lex.legalForms.has(w) && !(tokens[b]?.nl && tokens[b].cap) &&
      (lex.demonyms.has(spanKey(doc, a, i)) || lex.places.get(spanKey(doc, a, i))?.kind === 'country' || (tokens[i - 1].lower === 'and' && tl2 === 0 && !lex.places.has(w) && !lex.known.has(w)));
    // ("Odiljon Tojiev and Rector of Seoul National University Ryu Hong-lim": a title of a place or body, then a name;
    // "World Bank Country Director for Egypt Stephane Guimbert": after a body, a title for a place)
    const nameAfter = lex.givenNames.has(w) || twoNameWords(lex, tokens, nameAt, b) || threeNameWords(doc, lex, nameAt, b) || threeNameWordsEnd(doc, lex, nameAt, b) > 0 || arabicName(doc, lex, nameAt, b) || oneName() || (tl2 === 0 && (portfolioThenName(doc, lex, i + tl, b) > 0 || ((tokens[i - 1].lower === 'and' || tokens[i + tl].lower === 'for') && titleOfPlaceOrBody(doc, lex, i, i + tl, b) !== null)));
    // "Prime Minister Abiy Ahmed and President Isaias Afwerki": the first person keeps the title read above.
    if (nameAfter && (!lex.connectors.has(tokens[i - 1].lower) || tokens[i - 1].lower === 'and')) {
      return [...piecesOf(doc, lex, titleA >= 0 ? titleA : a, i, sent, true), ...piecesOf(doc, lex, i, b, sent, true)];
    }
  }
  // "Robert Brusca of Nikko Securities", "John Smith of IBM": a person, then the body the person speaks for.
  const po = personOf(doc, lex, a, b);
  if (po > 0) {
    const person = piecesOf(doc, lex, titleA >= 0 ? titleA : a, po, sent, true);
    // (what the name alone may also be, "David" a town in Panama, the "of" settles)
    for (const p of person) if (p.b === po && p.verdict?.type !== 'person') p.verdict = verdict('person', 'person.of-organisation', true);
    return [...person, ...piecesOf(doc, lex, po + 1, b, sent, true)];
  }
  // "Senator Pete Domenici of New Mexico", "President Reagan for the Bank position": a title and a name, then
  // where the person is from or what for; the name ends there.
  const to = titleA >= 0 ? titledNameEnd(doc, lex, a, b) : -1;
  if (to > 0) {
    const person = piecesOf(doc, lex, titleA, to, sent, true);
    for (const p of person) if (p.b === to) p.verdict = verdict('person', 'person.title', true);
    return [...person, ...piecesOf(doc, lex, to + 1, b, sent, true)];
  }
  // "Kidde Inc of Clifton and Hoechst AG of West Germany": a company, then where it is.
  const o = corporateOf(doc, lex, a, b);
  if (o > 0) {
    const s = tokens[o + 1].lower === 'the' ? o + 2 : o + 1;
    let e = Math.min(b, s + 4);
    while (e > s && !lex.places.has(spanKey(doc, s, e))) e--;
    if (e > s && (e === b || tokens[e].lower === 'and') && !placeNamesCompany(doc, lex, a, o, e)) {
      return [...piecesOf(doc, lex, a, o, sent, true), ...piecesOf(doc, lex, o + 1, e, sent, true), ...(e + 1 < b ? piecesOf(doc, lex, e + 1, b, sent, true) : [])];
    }
  }
  // "the Government of Nigeria", "the Government of the Republic of Kenya": a country's government is a mention of
  // the country, as "the government of Nigeria" is (its extent takes the words back in, see extent.ts).
  if (b - a >= 3 && tokens[a].lower === 'government' && tokens[a + 1].lower === 'of') {
    const s = tokens[a + 2].lower === 'the' ? a + 3 : a + 2;
    if (s < b && lex.places.get(spanKey(doc, s, b))?.kind === 'country') return piecesOf(doc, lex, s, b, sent, true);
  }
  const coordinated = splitCoordination(doc, lex, a, b);
  for (let [pa, pb] of coordinated) {
    // "Tom Enders of Airbus and Tony Fernandes of AirAsia": each person of a list read with the body they are of.
    if (coordinated.length > 1 && (personOf(doc, lex, pa, pb) > 0 || (personFirstWord(lex, tokens[pa].lower) && nameOfPlace(doc, lex, pa, pb) > 0))) {
      out.push(...piecesOf(doc, lex, pa, pb, sent, true));
      continue;
    }
    while (pa < pb - 1 && lex.connectors.has(tokens[pa].lower) && !arabicArticleAt(doc, pa) && !(tokens[pa].cap && lex.places.has(spanKey(doc, pa, pb))) && !particleOpening(doc, pa, pb)) pa++;
    // "The Hague and La Paz": a place whose name opens with the article the trimming took off.
    if (pa > a0 && tokens[pa - 1].lower === 'the' && tokens[pa - 1].cap && lex.places.has(spanKey(doc, pa - 1, pb))) pa--;
    pb = withoutDay(doc, lex, pa, pb);
    // "Apple Computer CEO and co-founder Steve Jobs": a company's role at the end of its name is the role of a person.
    if (pb - pa >= 2 && COMPANY_ROLE_END.test(tokens[pb - 1].lower) && tokens[pb - 1].cap && !/^(vice|deputy|co|executive|acting|former)$/.test(tokens[pb - 2].lower) && tokens[pb - 2].cap) pb--;
    // ("U.S. Senate Republican leader Robert Dole": a party's member after a legislature is no part of its name)
    if (pb - pa >= 2 && PARTY_MEMBER.test(tokens[pb - 1].lower) && LEGISLATURE.test(tokens[pb - 2].lower) && tokens[pb - 2].cap) pb--;
    // "MS-DOS" read as the title "Ms" leaves "-": a name has a word in it.
    if (!hasWord(tokens, pa, pb)) continue;
    // "The U.S. Airline Brockway Air", "the U.S. Company Doe Run": the wire capitalises the word after "U.S."; a
    // descriptor written so, then a name, is the country and the company it describes, each on its own.
    // (not a plural, nor a name the descriptor is a word of: "the U.K. Companies Act", "the U.S. Producer Price Index")
    if (pb - pa >= 3 && /^u\.[sk]\.$/.test(tokens[pa].lower) && tokens[pa + 1].cap && sets.descriptors.has(tokens[pa + 1].lower) && !/s$/.test(tokens[pa + 1].lower) && tokens[pa + 2].cap && tokens[pa + 2].type === 'word' && !lex.known.has(spanKey(doc, pa, pb))) {
      const named = piecesOf(doc, lex, pa + 2, pb, sent, true);
      if (named.every((x) => !x.verdict || x.verdict.type === 'organisation')) {
        out.push(...piecesOf(doc, lex, pa, pa + 1, sent, true), ...named.map((x) => (x.verdict || x.a !== pa + 2 ? x : { ...x, verdict: verdict('organisation', 'org.descriptor-before', false) })));
        continue;
      }
    }
    let v = classify(doc, lex, pa, pb);
    // "a U.S. Bank", "the U.K. Equity market": the country alone is the name.
    if (!v && countryThenWireCapital(doc, pa, pb)) {
      out.push(...piecesOf(doc, lex, pa, pa + 1, sent, true));
      continue;
    }
    // "Anglo-Dutch Shell", "Franco-German EADS": the nationalities a company joins are no part of its name.
    if (!v && jointNationality(doc, lex, pa, pb)) {
      out.push(...piecesOf(doc, lex, pa + 3, pb, sent, true));
      continue;
    }
    // "the Apple Chief Executive Officer", "Air France Flight 447": a known company, then a role or a flight.
    if (!v && pa === a && titleA < 0) {
      const e = knownCompanyThen(doc, lex, pa, pb);
      if (e > 0) {
        out.push(...piecesOf(doc, lex, pa, e, sent, true));
        // (and the holder named after the company: "the chief executive of Airbus Guillaume Faury")
        if (holderAfterRoleOf(doc, lex, pa, e, pb)) out.push(...piecesOf(doc, lex, e, pb, sent, true).map((x) => (x.verdict ? x : { ...x, verdict: verdict('person', 'person.role-before', false) })));
        continue;
      }
    }
    // "Hospital Corp of America", "Financial Corp of Santa Barbara": a name with "of" after its legal form.
    // "Dyneer Corp of Scotsdale, Ariz.": a company and where it is, read on their own (a whole run only: "Mitsui and
    // Co Ltd of Japan" is no "Co Ltd").
    if (!v) {
      const o = corporateOf(doc, lex, pa, pb);
      if (o > 0 && placeNamesCompany(doc, lex, pa, o, pb)) v = verdict('organisation', 'org.legal-form', true);
      else if (o > 0 && pa === a) {
        out.push(...piecesOf(doc, lex, pa, o, sent, true), ...piecesOf(doc, lex, o + 1, pb, sent, true));
        continue;
      }
      // "bought by Hutchison Whampoa of Hong Kong": a name no rule types, then the place it is from, read on
      // their own (a name that is only heads or titles, "Duke of Edinburgh", "Gulf of Mexico", is left whole).
      const op = !v && pa === a ? nameOfPlace(doc, lex, pa, pb) : -1;
      if (op > 0) {
        out.push(...piecesOf(doc, lex, pa, op, sent, true), ...piecesOf(doc, lex, op + 1, pb, sent, true));
        continue;
      }
    }
    let start = pa;
    let title = pa === a ? titleA : -1;
    // (a title of two or more words is one: "Deputy Energy Minister", "Trade Cabinet Secretary")
    if (title >= 0 && pa - title === 1) {
      // "General Motors Corporation": the would-be title belongs to an organisation's name.
      const whole = classify(doc, lex, title, pb);
      if (whole && whole.strong && whole.type !== 'person') {
        v = whole;
        start = title;
        title = -1;
      }
    }
    // "at the Prime Minister House", "the President Office": a title and a building or an office, no person.
    const seat = title >= 0 && pb - start === 1 ? SEAT.exec(tokens[start].lower) : null;
    if (seat) {
      v = verdict(seat[1] ? 'place' : 'organisation', seat[1] ? 'place.head-noun' : 'org.head-noun', true);
      start = title;
      title = -1;
    }
    const p = piece(start, pb, title, sent, v, false);
    // "Princess Diana" is no region of Madagascar: a title and a given name make a person.
    const givenPlace = v?.type === 'place' && pb - start <= 2 && lex.givenNames.has(tokens[start].lower);
    // ("50 Hit or Miss Shops", "its Silver Queen Mine", "QNB's General Manager": after a would-be title, one word that
    // heads a body's or a place's name, or is a role, names no person)
    const headAfterTitle = p.titleA >= 0 && pb - start === 1 && (lex.orgHeads.has(tokens[start].lower) || lex.placeHeads.has(tokens[start].lower) || lex.roles.has(tokens[start].lower));
    // ("shipping cask to General Public Utilities <GPU>": a name with a wire ticker after it is a listed company's,
    // its would-be title included)
    const listed = p.titleA >= 0 && (!v || !v.strong) && tokens[pb]?.lower === '<' && tickerAt(doc, pb);
    if (listed) {
      p.a = p.titleA;
      p.titleA = -1;
      p.verdict = verdict('organisation', 'org.ticker', true);
    } else if (headAfterTitle && (!v || v.type === 'person')) p.verdict = null;
    else if (p.titleA >= 0 && (!v || v.type === 'person' || !v.strong || givenPlace)) {
      p.verdict = verdict('person', 'person.title', true);
    }
    out.push(p);
    const state = stateBefore(doc, lex, p);
    if (state) out.push(piece(state.a, state.b, -1, sent, state.verdict, true));
    const nested = nestedAfterOf(doc, lex, pa, pb);
    if (nested) out.push(piece(nested.a, nested.b, -1, sent, nested.verdict, true));
  }
  return out;
}

/** [a, b) opens with a nationality of two countries joined by a hyphen, and what follows is a name of its own. */
function jointNationality(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  return b - a >= 4 && jointNationalityAt(doc, lex, a) && !!classify(doc, lex, a + 3, b);
}

/**
 * Where a known organisation's name that opens [a, b) ends, when the words after it are a role ("the Apple Chief
 * Executive Officer"), a flight ("Air France Flight 447") or the holder of the role it is "of" (holderAfterRoleOf);
 * else -1. Not any capitalised words after it: "Airbus Industrie", "Toshiba Machine", "Prudential Bache" are
 * companies of their own.
 */
function knownCompanyThen(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  for (let e = b - 1; e > a; e--) {
    if (lex.known.get(spanKey(doc, a, e))?.type !== 'organisation') continue;
    const flight = e === b - 1 && tokens[e].lower === 'flight' && tokens[b]?.type.startsWith('number');
    return flight || roleLength(doc, lex, e, b) === b - e || holderAfterRoleOf(doc, lex, a, e, b) ? e : -1;
  }
  return -1;
}

/**
 * "the chief executive of Airbus Guillaume Faury": after a role in lower case and "of", a known company's name
 * [a, e) and then a person's, of two or three words that open with a given name, [e, b).
 */
function holderAfterRoleOf(doc: Doc, lex: EntityLexicon, a: number, e: number, b: number): boolean {
  return (b - e === 2 || b - e === 3) && lex.givenNames.has(doc.tokens[e].lower) && roleThenOf(doc, lex.roles, a);
}

/** Tokens [a, b) are all that stands between "<" and ">" glued to them, with a word in lower case ("<BA>" is a ticker). */
function wireBracketed(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  const open = tokens[a - 1];
  const close = tokens[b];
  if (open?.lower !== '<' || close?.lower !== '>' || open.end !== tokens[a].start || close.start !== tokens[b - 1].end || b - a > 12) return false;
  // ("<Siemens AG's>" read as one word "AG's": left to the rules that cut a possessive)
  if (/.['’]s$/.test(tokens[b - 1].lower)) return false;
  for (let k = a; k < b; k++) if (/[a-z]/.test(doc.text.slice(tokens[k].start, tokens[k].end))) return tokens[a].cap;
  return false;
}

/** A known name opens [a, b) and "and" follows it: "General Motors and General Mills". */
function knownThenAnd(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  for (let e = a + 2; e < b - 1 && e <= a + 5; e++) if (doc.tokens[e].lower === 'and' && lex.known.has(spanKey(doc, a, e))) return true;
  return false;
}

/**
 * "Du Pont said", "Van Driel said": a capitalised particle at a, before a capitalised word, opens a name; so does the
 * Arabic article written apart, "Al Rajhi Bank", "the Al Futtaim Group" (and "Al Gore", the given name).
 */
function particleOpening(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens[a];
  const next = doc.tokens[a + 1];
  return t.cap && a + 1 < b && next.cap && next.type === 'word' && (NAME_PARTICLE.test(t.lower) || t.lower === 'al');
}

/** "Al-Farabi Kazakh National University": a capitalised Arabic article glued to the name, no connector to trim. */
function arabicArticleAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t.cap && ARABIC_ARTICLE.test(t.lower) && gluedHyphen(doc.tokens, i + 1, doc);
}

/**
 * Token index of the first "of" after a company's legal form or a known company's name in [a, b) ("Kidde Inc of
 * Clifton", "Philips of the Netherlands"), or -1. Not inside a known name ("Lloyd's of London").
 */
function corporateOf(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  for (let o = a + 1; o < b - 1; o++) {
    if (tokens[o].lower !== 'of' || !(tokens[o + 1].cap || (tokens[o + 1].lower === 'the' && tokens[o + 2]?.cap))) continue;
    const legal = CORPORATE_FORM.test(tokens[o - 1].lower) || groupOfPlace(doc, lex, o, b);
    if ((o >= a + 2 && legal) || lex.known.get(spanKey(doc, a, o))?.type === 'organisation') {
      return lex.known.has(spanKey(doc, a, b)) ? -1 : o;
    }
  }
  return -1;
}

/**
 * "the Majid Al Futtaim Group of Dubai", "Tata Group of India": a group or holding company at `of`, then a country or
 * city to the end of the run. (A U.S. state names the company: "Shamrock Holdings of California", as it does a bank,
 * "United Bancorp of Arizona".)
 */
function groupOfPlace(doc: Doc, lex: EntityLexicon, o: number, b: number): boolean {
  if (!/^(group|holding|holdings)$/.test(doc.tokens[o - 1].lower)) return false;
  const place = lex.places.get(spanKey(doc, doc.tokens[o + 1].lower === 'the' ? o + 2 : o + 1, b));
  return !!place && place.kind !== 'continent' && !(place.kind === 'region' && place.country === 'US');
}

/**
 * Is the place after "of" part of the company's name? "Hospital Corp of America", "Associates Corp of North
 * America" (American companies' names); "Financial Corp of Santa Barbara", "Trust Co of New York" (generic words
 * and a legal form are no name without their place). Not "Kidde Inc of Clifton".
 */
function placeNamesCompany(doc: Doc, lex: EntityLexicon, a: number, o: number, b: number): boolean {
  if (/^((north|south|latin) )?america$/.test(spanKey(doc, o + 1, b))) return true;
  // "Solar Energy Corporation of India (SECI)": the short form in brackets spells the place too.
  if (spelledBy(doc, a, b, b)) return true;
  // ("Aluminum Corporation of China (Chinalco)": the short name in brackets is the whole name's)
  if (doc.tokens[b]?.lower === '(' && doc.tokens[b + 2]?.lower === ')' && doc.tokens[b + 1].cap && doc.tokens[b + 1].type === 'word' && !lex.places.has(doc.tokens[b + 1].lower)) return true;
  if (!CORPORATE_FORM.test(doc.tokens[o - 1].lower)) return false;
  const country = lex.places.get(spanKey(doc, doc.tokens[o + 1].lower === 'the' ? o + 2 : o + 1, b))?.kind === 'country';
  // ("State Grid Corporation of China", "Food Corporation of India", "Trading Corporation of Pakistan": a legal form
  // written out before a country is a state company's own name; "Mazda Motor Corp of Japan" is where it is from)
  if (country && SPELLED_OUT_FORM.test(doc.tokens[o - 1].lower)) return true;
  // ("Aluminum Corporation of China": a commodity and a legal form are no name without their country either; not
  // "United Grain Corp of Oregon", a company and its state)
  for (let i = a; i < o - 1; i++) if (!lex.genericWords.has(doc.tokens[i].lower) && !lex.connectors.has(doc.tokens[i].lower) && !(country && COMMODITY.test(doc.tokens[i].lower))) return false;
  return true;
}

/** Commodities a state company is named by: "Aluminum Corporation of China", "Steel Authority of India". */
const COMMODITY = /^(aluminum|aluminium|steel|oil|petroleum|gas|coal|copper|nickel|iron|metals|minerals|mining|chemical|chemicals|shipping|shipbuilding|railway|railways|tobacco|cotton|rice|grain|sugar)$/;

/** A building (group 1) or an office named after the title that holds it: "Prime Minister House", "President Office". */
const SEAT = /^(?:(house|palace|residence)|office|secretariat)$/;

/**
 * Token i's word appears capitalised inside a sentence, after a word that is not (not in a title-case headline),
 * and never in lower case. (Token i itself opens its sentence or follows a colon, bracket or dash, so it is never
 * one of those places.)
 */
function writtenAsNameElsewhere(doc: Doc, i: number): boolean {
  let names = namesInside.get(doc);
  if (!names) {
    names = new Set();
    const tokens = doc.tokens;
    for (let j = 1; j < tokens.length; j++) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      if (t.cap && j > doc.sentences[t.sent].first && !prev.cap && !isQuote(prev, doc) && !OPENS_NAME.test(doc.text.slice(prev.start, prev.end))) names.add(t.lower);
    }
    namesInside.set(doc, names);
  }
  const lower = doc.tokens[i].lower;
  return names.has(lower) && !doc.writesInLowerCase(lower);
}
const namesInside = new WeakMap<Doc, Set<string>>();

/** The word at token i follows a given name somewhere in the article ("Robert Dole"): a surname. */
function afterGivenName(doc: Doc, lex: EntityLexicon, i: number): boolean {
  let words = afterGivenNames.get(doc);
  if (!words) {
    words = new Set();
    const tokens = doc.tokens;
    for (let j = 1; j < tokens.length; j++) if (tokens[j].cap && tokens[j - 1].cap && lex.givenNames.has(tokens[j - 1].lower)) words.add(tokens[j].lower);
    afterGivenNames.set(doc, words);
  }
  return words.has(doc.tokens[i].lower);
}
const afterGivenNames = new WeakMap<Doc, Set<string>>();
/** After these a capitalised word may open a name or a sentence ("initial" in piecesOf). */
const OPENS_NAME = /^[:"“(‘'`\-–—]$/;

function hasWord(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].type === 'word') return true;
  return false;
}

export function inAnyLexicon(lex: EntityLexicon, k: string): boolean {
  return lex.places.has(k) || lex.givenNames.has(k) || lex.known.has(k) || lex.demonyms.has(k) || lex.chineseSurnames.has(k);
}

/**
 * "President of the United States Barack Obama": title [t, te), "of (the)", a country or region (or a body), then two
 * or three name words to the end of the run. Gives the person (title included) and the nested place (or body).
 */
function titleOfPlaceOrBody(doc: Doc, lex: EntityLexicon, t: number, te: number, b: number): Array<Omit<Piece, 'sent'>> | null {
  const tokens = doc.tokens;
  // ("World Bank Country Director for Egypt Stephane Guimbert", "UN Special Envoy for Syria Geir Pedersen": or "for")
  if (tokens[te].lower !== 'of' && tokens[te].lower !== 'for') return null;
  // "Deputy Minister of Higher Education, Science and Innovation of Uzbekistan Odiljon Tojiev": the portfolios first.
  const portfolios = portfolioListFrom(doc, te + 1, b);
  const pe = portfolios > 0 ? portfolios : portfolioEnd(doc, te + 1, b);
  const of = pe > 0 && tokens[pe]?.lower === 'of' ? pe : te;
  let s = of + 1;
  if (tokens[s]?.lower === 'the') s++;
  // Where the name from k ends: the run's end, or (two words) the "and" before the next name.
  const nameEnd = (k: number) => {
    let proper = b - k >= 2 && b - k <= 3;
    for (let i = k; i < b && proper; i++) proper = tokens[i].cap && tokens[i].pos === 'PROPN';
    if (proper) return b;
    const e = twoNameWordsEnd(lex, tokens, k, b);
    return e > 0 && e < b ? e : -1;
  };
  for (let n = Math.min(4, b - s - 2); n >= 1; n--) {
    const place = lex.places.get(spanKey(doc, s, s + n));
    if (!place || (place.kind !== 'country' && place.kind !== 'region')) continue;
    const end = nameEnd(s + n);
    if (end < 0) return null;
    return [
      { a: of + 1, b: s + n, titleA: -1, verdict: verdict('place', 'place.gazetteer', true, lex.countryNames.get(spanKey(doc, s, s + n))), nested: true },
      { a: s + n, b: end, titleA: t, verdict: verdict('person', 'person.title', true), nested: false },
    ];
  }
  // "Rector of Seoul National University Ryu Hong-lim", "President of the African Development Bank Akinwumi Adesina":
  // a body its head noun names, then the person's name (not "of Mineral and Energy Affairs Louw Alberts", a
  // portfolio).
  // ("CEO of ACWA Power Marco Arcelli", "chairman of Acme Power Corp John Smith": or a known company, or one its legal
  // form ends)
  for (let e = Math.min(s + 6, b - 2); e >= s + 1; e--) {
    const named = lex.known.has(spanKey(doc, s, e)) || (e >= s + 2 && lex.legalForms.has(tokens[e - 1].lower));
    if (!tokens[e - 1].cap || !(named || (e >= s + 2 && lex.orgHeads.has(tokens[e - 1].lower) && !isPortfolio(doc, e - 1, e)))) continue;
    const end = threeNameWords(doc, lex, e, b) ? b : twoNameWordsEnd(lex, tokens, e, b);
    if (end < 0) continue;
    const body = classify(doc, lex, s, e);
    if (body?.type !== 'organisation') return null;
    return [
      { a: s, b: e, titleA: -1, verdict: body, nested: true },
      { a: e, b: end, titleA: t, verdict: verdict('person', 'person.title', true), nested: false },
    ];
  }
  return null;
}

/** "US Air Force", "United States Senate": the country that owns a state institution is a place mention too. */
function stateBefore(doc: Doc, lex: EntityLexicon, p: Piece): Omit<Piece, 'sent' | 'titleA' | 'nested'> | null {
  if (p.verdict?.type !== 'organisation' || p.b - p.a < 2) return null;
  const head = spanKey(doc, p.b - 2, p.b);
  if (!sets.state.has(head) && !sets.state.has(doc.tokens[p.b - 1].lower)) return null;
  for (let n = Math.min(3, p.b - p.a - 1); n >= 1; n--) {
    const place = lex.places.get(spanKey(doc, p.a, p.a + n));
    if (place && place.kind === 'country') return { a: p.a, b: p.a + n, verdict: verdict('place', 'place.state-institution', true, lex.countryNames.get(spanKey(doc, p.a, p.a + n))) };
  }
  return null;
}

/** "X Center of the Ministry of Education" -> the nested "Ministry of Education" when it is a name itself. */
function nestedAfterOf(doc: Doc, lex: EntityLexicon, a: number, b: number): Omit<Piece, 'sent' | 'titleA' | 'nested'> | null {
  const tokens = doc.tokens;
  for (let i = a + 1; i < b - 1; i++) {
    if (tokens[i].lower !== 'of') continue;
    // ("House of Commons" is known whole: "Commons" is its short form, no name inside it; looked up only for a
    // piece with an "of", not for every piece)
    if (lex.known.has(spanKey(doc, a, b))) return null;
    let s = i + 1;
    if (tokens[s].lower === 'the') s++;
    // The nested name ends where the capitalised words end ("SCO" in "SCO member states").
    let e = s;
    while (e < b && (isNameToken(tokens[e]) || (lex.connectors.has(tokens[e].lower) && e + 1 < b && isNameToken(tokens[e + 1])) || (tokens[e].lower === '-' && e + 1 < b))) e++;
    while (e > s && lex.connectors.has(tokens[e - 1].lower)) e--;
    if (e <= s) continue;
    // ("Ministry of Energy of Kazakhstan": a portfolio after a ministry's "of" names no body of its own)
    if (PORTFOLIO_HEAD.test(tokens[i - 1].lower) && s === i + 1 && portfolioEnd(doc, s, e) > 0) continue;
    // ("the Islamic Republic of Iran News Agency": nor the rest of a body's name after a place's head)
    if (lex.placeHeads.has(tokens[i - 1].lower)) continue;
    // "Monfort of Colorado Inc": the legal form belongs to the whole name, not to "Colorado Inc".
    if (e === b && lex.legalForms.has(tokens[b - 1].lower)) return null;
    // ("Federal Chamber of Automotive Industries", "Federation of Korean Industries": the members a body is of,
    // no body of their own)
    // ("Canadian Union of Postal Workers", "Movement of Landless Rural Workers": a union's members, however described)
    if ((e - s === 2 && MEMBERS.test(tokens[e - 1].lower)) || WORKERS.test(tokens[e - 1].lower)) return null;
    const v = classify(doc, lex, s, e);
    // ("Samarkand Institute of Economics and Service": what a school or an institute is of, with no "the", is its
    // subject; not "Center of the Ministry of Education", a body's parent)
    // (a school inside a university stays one: "University of Rochester School of Medicine")
    if (v && v.type === 'organisation' && TOPIC_HEAD.test(tokens[i - 1].lower) && s === i + 1 && v.rule !== 'lexicon.known' && !TOPIC_HEAD.test(tokens[headIndex(doc, s, e)].lower)) return null;
    if (v && v.type === 'organisation') return { a: s, b: e, verdict: v };
    return null;
  }
  return null;
}
/** Heads of bodies named after the subject they teach or study. */
const TOPIC_HEAD = /^(institute|university|college|school|academy|faculty|laboratory)$/;
/** The members a union is named for, no body of their own after its "of" (see MEMBERS_HEAD in classify.ts). */
const WORKERS = /^(workers|steelworkers|machinists|employees)$/;
const MEMBERS = /^(industries|manufacturers|producers|exporters|importers|engineers|employers|businesses|companies|enterprises|industrialists|retailers|banks|bankers|insurers)$/;

/** Place and news agency of the dateline ("Urumqi, September 9 (Zhongxin Net) --"). */
export function datelinePieces(doc: Doc, lex: EntityLexicon): Piece[] {
  const d = doc.article.dateline;
  if (!d) return [];
  const out: Piece[] = [];
  const add = (span: { start: number; end: number } | null, type: EntityType, rule: string) => {
    if (!span) return;
    const a = doc.tokenAt(span.start);
    let b = a;
    // "NAIROBI, Kenya": the city is the dateline's place; the region after the comma is read as any other name.
    while (b < doc.tokens.length && doc.tokens[b].end <= span.end && !(type === 'place' && doc.tokens[b].lower === ',')) b++;
    // "NATO — The alliance said": a known organisation opening the story is no dateline's place.
    if (type === 'place' && !d.date && !d.source && lex.known.get(spanKey(doc, a, b))?.type === 'organisation') return;
    if (b > a) out.push(piece(a, b, -1, doc.tokens[a].sent, verdict(type, rule, true), false));
  };
  add(d.place, 'place', 'dateline.place');
  add(d.source, 'organisation', 'dateline.source');
  return out;
}
