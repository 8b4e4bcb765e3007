// Entity recognition: candidates -> pieces (trimmed, split at coordination, nested names) -> verdicts from
// the words themselves, then from context, then from the rest of the document -> one entity per real-world
// entity with all its mentions and aliases.
import { hash } from 'node:crypto';
import type { Doc, MentionRef, Token } from '../../analyse/doc.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import type { EntityRow, EntityType } from '../../schema/records.js';
import { ARABIC_ARTICLE, findRuns, gluedHyphen, headlineSentences, isAcronym, isNameToken, isQuote, quotedTitles } from './candidates.js';
import { classify, headIndex, headKind, pinyinLike, spanKey, TRADE_TAIL, verdict, type Verdict } from './classify.js';
import { entityLexicon, key, type EntityLexicon } from './lexicon.js';

export { entityLexicon, readUserLexicon, type UserLexiconEntry } from './lexicon.js';

export interface EntityOptions {
  lexicons?: string[];
}

interface Piece {
  a: number;
  b: number;
  /** First token of a title written before a person's name ("President", "Mr."). */
  titleA: number;
  sent: number;
  verdict: Verdict | null;
  nested: boolean;
  /** Set when the piece is an acronym defined in brackets after another piece. */
  aliasOf?: Piece;
}

/** Every piece is built here, so that all of them share one object shape (one hidden class for V8). */
function piece(a: number, b: number, titleA: number, sent: number, v: Verdict | null, nested: boolean): Piece {
  return { a, b, titleA, sent, verdict: v, nested, aliasOf: undefined };
}

/** Words that follow "General" in companies' names, never a general's name. */
const GENERAL_COMPANY = /^(acquisition|tire|cinema|instrument|instruments|signal|host|foods|mills|dynamics|electric|motors|re|housewares|homes|nutrition|defense|datacomm|partners|refractories|microwave|automation|physics|devices|kinetics|employment|public)$/;

/** The second half of a compound adjective ("cash-strapped", "privately-held", "oil-rich"), not of a name ("Coca-cola"). */
const COMPOUND_ADJECTIVE = /^[a-z]*(ed|ing|rich|laden|run|held|owned|led|backed|listed|hit|bound|free|poor|wide)$/;

/** A model number after a maker's name: A380, 787, 747-400, A330-200. */
const MODEL = /^[A-Z]{0,3}\d{2,4}(?:-\d{1,4}[A-Z]{0,3})?[A-Z]?$/;

/** Articles that open names of papers, firms and places ("El Peruano", "La Repubblica", "Der Spiegel"). */
const ARTICLE_OPENING = /^(el|la|der|die|das|den|il)$/;
/**
 * Particles and articles that open surnames, company names and places, kept when capitalised before a capitalised
 * word ("De Laurentiis", "Van Dyke", "Du Pont", "El Paso Electric Co", "Den Norske Creditbank").
 */
const NAME_PARTICLE = /^(de|du|da|di|del|della|dos|van|von|el|la|le|les|der|den)$/;

const TYPE_PREFIX: Record<EntityType, string> = { organisation: 'org', person: 'per', place: 'plc', event: 'evt' };

const ids = new Map<string, string>();

/** Same type and canonical name give the same id in every article (a bounded memo saves re-hashing). */
export function entityId(type: EntityType, name: string): string {
  const k = type + '|' + key(name);
  let id = ids.get(k);
  if (id === undefined) {
    // crypto.hash (Node >= 20.12): the same digest as createHash, without a Hash object (2.5x faster on short keys).
    id = TYPE_PREFIX[type] + '_' + hash('sha1', k, 'hex').slice(0, 12);
    if (ids.size > 10_000) ids.clear();
    ids.set(k, id);
  }
  return id;
}

export function recogniseEntities(doc: Doc, options: EntityOptions = {}): void {
  if (doc.tokens.length === 0) return;
  const lex = entityLexicon(options.lexicons);
  const titles = quotedTitles(doc);
  const headlines = headlineSentences(doc);
  const pieces: Piece[] = [];
  for (const run of findRuns(doc, lex, titles)) {
    for (const p of piecesOf(doc, lex, run.a, run.b, run.sent)) pieces.push(p);
  }
  // Places are still found inside quoted titles ("Vocational Education Boosts Xinjiang's ...").
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!titles[i] || !isNameToken(doc.tokens[i])) continue;
    for (let n = 3; n >= 1; n--) {
      if (i + n > doc.tokens.length) continue;
      const place = lex.places.get(spanKey(doc, i, i + n));
      if (place && (place.kind === 'country' || place.kind === 'region' || place.kind === 'continent')) {
        pieces.push(piece(i, i + n, -1, doc.tokens[i].sent, verdict('place', 'place.gazetteer', true, lex.countryNames.get(spanKey(doc, i, i + n))), false));
        i += n - 1;
        break;
      }
    }
  }
  // "US dollars", "the U.S. dollar": part of a currency's name, not a mention of the place.
  // "the Nikkei stock index", "the FTSE index": a market index, here and wherever the article names it again.
  const indices = new Set<string>();
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (!isIndexName(doc, p) && !isDayName(doc, p)) continue;
    indices.add(spanKey(doc, p.a, p.b));
    // "Dow Jones Industrial Average (DJIA)": its short form too.
    const q = doc.tokens[p.b]?.lower === '(' ? pieces.find((x) => x.a === p.b + 1 && doc.tokens[x.b]?.lower === ')') : undefined;
    if (q) indices.add(spanKey(doc, q.a, q.b));
  }
  const agreementAcronyms = new Set<string>();
  // Kept in place, in order (a splice per dropped piece is quadratic on a long article).
  let kept = 0;
  for (const p of pieces) {
    if ((p.verdict?.type === 'place' && /^dollars?$/.test(doc.tokens[p.b]?.lower ?? '')) || (indices.size > 0 && indices.has(spanKey(doc, p.a, p.b)))) continue;
    pieces[kept++] = p;
  }
  pieces.length = kept;
  for (const p of pieces) {
    if (p.verdict?.rule === 'org.acronym' && !acronymInContext(doc, p)) p.verdict = null;
    // "Dina Camiones, a truck subsidiary of Diesel Nacional": what the text says the name is beats a first name.
    if (p.verdict?.rule === 'person.given-name' && organisationApposition(doc, p)) p.verdict = verdict('organisation', 'org.descriptor-after', true);
    // "At 0800 UTC, the Bank of Canada": a time zone or unit is never a name, whatever surrounds it.
    const notName = p.b - p.a === 1 && lex.notAcronyms.has(doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.a].end));
    if (!p.verdict && !headlines[p.sent] && !notName) p.verdict = contextVerdict(doc, lex, p);
    // "the International Tin Agreement", "the Economic Partnership Agreement (EPA)": an agreement's name is no
    // organisation, nor "General Agreement on Trade and Tariffs" a person (the known name keeps its type: GATT).
    if (p.verdict && p.verdict.rule !== 'lexicon.known' && AGREEMENT_NAME.test(doc.tokens[p.verdict.type === 'person' ? p.a : p.b - 1].lower)) {
      p.verdict = null;
      // and its short form in brackets: "(EPA)"
      if (doc.tokens[p.b]?.lower === '(' && doc.tokens[p.b + 2]?.lower === ')') agreementAcronyms.add(spanKey(doc, p.b + 1, p.b + 2));
    }
  }
  // ... or after an agreement written in lower case: "a power purchase agreement (PPA)", then "PPAs"
  for (const p of pieces) {
    if (p.b - p.a !== 1 || doc.tokens[p.a - 1]?.lower !== '(' || doc.tokens[p.b]?.lower !== ')' || !AGREEMENT_NAME.test(doc.tokens[p.a - 2]?.lower ?? '')) continue;
    const k = spanKey(doc, p.a, p.b);
    agreementAcronyms.add(k).add(k + 's');
  }
  if (agreementAcronyms.size) for (const p of pieces) if (p.verdict?.rule === 'org.acronym' && agreementAcronyms.has(spanKey(doc, p.a, p.b))) p.verdict = null;
  acronymDefinitions(doc, lex, pieces);
  propagate(doc, lex, pieces, headlines);
  makerOfProduct(doc, lex, pieces);
  const extra = datelinePieces(doc, lex);
  buildEntities(doc, lex, [...extra, ...pieces.filter((p) => p.verdict && !monthMay(doc, p) && !tableRowLabel(doc, p))]);
}

/**
 * "Intel Core Duo processors", "Apple TV": words no rule typed after a known company's one-word name name its
 * product; the company is named all the same.
 */
function makerOfProduct(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const tokens = doc.tokens;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (p.verdict || p.b - p.a < 2 || !tokens[p.a].cap || tokens[p.a].type !== 'word') continue;
    const known = lex.known.get(tokens[p.a].lower);
    if (known?.type !== 'organisation' || lex.commonWordNames.has(tokens[p.a].lower)) continue;
    // (a product is what a noun after it says, "processors", "system", or a short model name in capitals, "Apple
    // TV"; not a company's own longer name no rule typed, "Airbus Industrie", "Pepsi-Cola USA")
    const next = tokens[p.b];
    const product = (next && !next.cap && next.type === 'word' && next.pos === 'NOUN') || (p.b - p.a === 2 && /^[A-Z]{2,3}$/.test(doc.text.slice(tokens[p.a + 1].start, tokens[p.a + 1].end)));
    // (nor a sign-off in capitals, "REUTER TAW")
    let capitals = true;
    for (let i = p.a; i < p.b && capitals; i++) capitals = doc.text.slice(tokens[i].start, tokens[i].end) === tokens[i].lower.toUpperCase();
    let companyWords = false;
    for (let i = p.a + 1; i < p.b; i++) if (lex.genericWords.has(tokens[i].lower) || lex.orgHeads.has(tokens[i].lower) || /^industri/.test(tokens[i].lower)) companyWords = true;
    if (!product || capitals || companyWords || tokens[p.a + 1].start === tokens[p.a].end || lex.places.has(tokens[p.b - 1].lower)) continue;
    pieces[k] = piece(p.a, p.a + 1, -1, p.sent, verdict('organisation', 'org.product-maker', true, known.name), false);
  }
}

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

/**
 * "May" alone is the month ("the May dividend", "end-May", "in May, GM Canada said"), not a company's short name,
 * whatever the context rules said; a person's name stays ("Mrs May", and "May" after "Theresa May").
 */
function monthMay(doc: Doc, p: Piece): boolean {
  return p.b - p.a === 1 && doc.tokens[p.a].lower === 'may' && p.verdict!.type !== 'person' && p.verdict!.rule !== 'lexicon.known';
}

/**
 * The label of an earnings table's row: one word opening its line, a figure after it, and "vs" on the line
 * ("Net 12.6 mln vs 15.8 mln", "Sales 1.2 mln vs 0.9 mln"), is no organisation, whatever the rules made of it elsewhere
 * in the article (a place stays: "U.K. 12.5 vs 11.0" are sales there).
 */
function tableRowLabel(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  if (p.b - p.a !== 1 || p.verdict!.type !== 'organisation' || p.verdict!.rule === 'lexicon.known') return false;
  const lineStart = p.a === 0 || doc.text.lastIndexOf('\n', tokens[p.a].start - 1) >= tokens[p.a - 1].end;
  if (!lineStart || tokens[p.a + 1]?.type !== 'number') return false;
  const eol = doc.text.indexOf('\n', tokens[p.a].end);
  return /\svs\.?\s/.test(doc.text.slice(tokens[p.a].end, eol < 0 ? doc.text.length : eol));
}

/** A known organisation's short form written in capitals at token a: "WHO", not "Who". */
function knownAcronym(doc: Doc, lex: EntityLexicon, a: number): boolean {
  const t = doc.tokens[a];
  return isAcronym(doc.text.slice(t.start, t.end)) && lex.known.has(t.lower);
}

/** Descriptions that never begin a company's own name (unlike "Union", "Group" or "Carrier"). */
const SENTENCE_DESCRIPTOR = /^(rival|firm|miner|driller|broadcaster|carmaker|automaker|planemaker|chipmaker|drugmaker|steelmaker|lender|insurer|retailer|brewer|refiner|shipbuilder|housebuilder|conglomerate|supermarket|regulator)$/;

let marketIndices: Set<string> | null = null;

/** A name followed by "index", "stock index", "indices" or "average" that no rule made a place. */
function isIndexName(doc: Doc, p: Piece): boolean {
  if (p.verdict?.type === 'place' || p.verdict?.type === 'person') return false;
  const tokens = doc.tokens;
  // "Germany's DAX fell", "the Sensex plunged": an index news names bare.
  if ((marketIndices ??= lexiconSet('market-indices.txt')).has(spanKey(doc, p.a, p.b))) return true;
  // "Dow Jones Industrial Average", "Hang Seng Index", "the Nasdaq Composite": the index is named as such.
  if (p.b - p.a >= 2 && /^(index|average|composite)$/.test(tokens[p.b - 1].lower)) return true;
  // "Standard & Poor's 500 index", "the FTSE 100 index", "the Nikkei stock average"
  let i = p.b;
  if (tokens[i]?.lower === "'s") i++;
  if (tokens[i] && (tokens[i].type === 'number' || tokens[i].pos === 'NUM')) i++;
  if (tokens[i] && /^(stock|share|composite|benchmark)$/.test(tokens[i].lower)) i++;
  const t = tokens[i];
  return !!t && !t.cap && /^(index|indices|indexes|average)$/.test(t.lower);
}

/**
 * "in May", "May 22", "from May to July": the month, even where "May" is also a company of the article
 * (May Department Stores).
 */
function monthInDate(doc: Doc, p: Piece): boolean {
  if (p.b - p.a !== 1 || MONTHS[doc.tokens[p.a].lower] === undefined || doc.tokens[p.a].lower.length < 3) return false;
  const prev = doc.tokens[p.a - 1]?.lower ?? '';
  const next = doc.tokens[p.b];
  return (next !== undefined && next.type.startsWith('number')) || DATE_BEFORE.has(prev);
}

const DATE_BEFORE = new Set(['in', 'since', 'until', 'till', 'from', 'to', 'by', 'through', 'last', 'next', 'early', 'late', 'mid', 'of', 'for', 'between', 'and', 'or', ',', 'during', 'before', 'after']);

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "Shares fell in Tokyo Monday", "in Europe and Asia Monday": the day after a known name is no part of it (a name
 * no list has keeps it: "Black Monday").
 */
function withoutDay(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const t = doc.tokens[b - 1];
  const known = (k: string) => lex.places.has(k) || lex.known.has(k);
  return b - a >= 2 && t.cap && WEEKDAY.test(t.lower) && known(spanKey(doc, a, b - 1)) ? b - 1 : b;
}

/**
 * "Ambassador to Bangladesh Iwama Kiminori", "envoy to China Nicholas Burns": after an envoy's title and "to", a
 * place, then one to three capitalised words: where the place ends (0 when the run is not so written).
 */
function envoyPost(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const t = doc.tokens;
  if (a < 2 || t[a - 1].lower !== 'to' || !/^(ambassador|envoy|consul|consul-general|commissioner|representative)$/.test(t[a - 2].lower)) return 0;
  for (let e = Math.min(b - 1, a + 3); e > a; e--) {
    if (!lex.places.has(spanKey(doc, a, e))) continue;
    if (b - e > 3) return 0;
    for (let i = e; i < b; i++) if (!t[i].cap || t[i].type !== 'word') return 0;
    return e;
  }
  return 0;
}

/** "Black Monday", "Cyber Monday": a day's name, not an organisation. */
function isDayName(doc: Doc, p: Piece): boolean {
  return p.b - p.a >= 2 && p.verdict?.type !== 'person' && p.verdict?.type !== 'place' && WEEKDAY.test(doc.tokens[p.b - 1].lower);
}

/** Trims a run, splits coordinated names and adds names nested after "of the". */
function piecesOf(doc: Doc, lex: EntityLexicon, a0: number, b0: number, sent: number, split = false): Piece[] {
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
      if (lex.connectors.has(tokens[a + tl].lower)) {
        // "President of the United States Barack Obama": a title of a country, then the person's name.
        const titled = titleOfPlace(doc, lex, a, a + tl, b);
        if (titled) return titled.map((x) => piece(x.a, x.b, x.titleA, sent, x.verdict, x.nested));
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
    const ownWord = b - a > 1 && !beforeOf && t.pos !== 'PROPN' && writtenAsNameElsewhere(doc, a);
    if (initial && (t.pos !== 'PROPN' || beforeOf) && !ownWord && !inAnyLexicon(lex, k) && !(b - a > 1 && ownHead && headKind(doc, lex, a, b)) && !genericOpener(doc, lex, a, b) && !particleOpening(doc, a, b)) {
      a++;
      continue;
    }
    // "Analyst Lawrence Cohn of Merrill Lynch": a profession, then a given name.
    if (a === sentence.first && a + 1 < b && (sets ??= lazySets()).professions.has(k) && lex.givenNames.has(tokens[a + 1].lower)) {
      a++;
      continue;
    }
    // "Rival J Sainsbury Plc announced", "Carmaker Toyota said": a description capitalised at a sentence's start
    // (the mention still reads it, as it does "rival Sainsbury"; the name does not).
    // Any other description ("Carrier Aeroflot said") only before a known name: "Carrier Corp" is a company.
    if (a === sentence.first && a + 1 < b && tokens[a + 1].cap && (SENTENCE_DESCRIPTOR.test(k) || ((sets ??= lazySets()).descriptors.has(k) && !lex.orgHeads.has(k) && lex.known.has(spanKey(doc, a + 1, b))))) {
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
  // A possessive ends no name ("Boeing's"), unless the name is known to end in one ("Standard and Poor's").
  while (b > a && (lex.connectors.has(tokens[b - 1].lower) || (tokens[b - 1].lower === "'s" && !lex.known.has(spanKey(doc, a, b))))) b--;
  b = withoutDay(doc, lex, a, b);
  if (a >= b) return [];
  const out: Piece[] = [];
  // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": a titled name, then "and".
  const named = titleA >= 0 ? twoNameWordsEnd(lex, tokens, a, b) : -1;
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
    if (nameAt >= b) continue;
    // "Indonesian Energy Minister Subroto": after a demonym or a country, one name word is enough; not "U.S.
    // Justice Department", "American President Lines", nor a name the line break cut ("Kiichi\nMiyazawa").
    const w = tokens[nameAt].lower;
    // ("Mr Blair and President Chirac": or after "and", a second titled person's surname)
    const oneName = () =>
      nameAt === b - 1 && tokens[nameAt].pos === 'PROPN' && !lex.orgHeads.has(w) && !lex.genericWords.has(w) && !lex.legalForms.has(w) && !(tokens[b]?.nl && tokens[b].cap) &&
      (lex.demonyms.has(spanKey(doc, a, i)) || lex.places.get(spanKey(doc, a, i))?.kind === 'country' || (tokens[i - 1].lower === 'and' && tl2 === 0 && !lex.places.has(w) && !lex.known.has(w)));
    const nameAfter = lex.givenNames.has(w) || twoNameWords(lex, tokens, nameAt, b) || threeNameWords(doc, lex, nameAt, b) || arabicName(doc, lex, nameAt, b) || oneName() || (tl2 === 0 && portfolioThenName(doc, lex, i + tl, b) > 0);
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
    // "MS-DOS" read as the title "Ms" leaves "-": a name has a word in it.
    if (!hasWord(tokens, pa, pb)) continue;
    let v = classify(doc, lex, pa, pb);
    // "the Apple Chief Executive Officer", "Air France Flight 447": a known company, then a role or a flight.
    if (!v && pa === a && titleA < 0) {
      const e = knownCompanyThen(doc, lex, pa, pb);
      if (e > 0) {
        out.push(...piecesOf(doc, lex, pa, e, sent, true));
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
    if (p.titleA >= 0 && (!v || v.type === 'person' || !v.strong || givenPlace)) {
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

/**
 * Where a known organisation's name that opens [a, b) ends, when the words after it are a role ("the Apple Chief
 * Executive Officer") or a flight ("Air France Flight 447"); else -1. Not any capitalised words after it: "Airbus
 * Industrie", "Toshiba Machine", "Prudential Bache" are companies of their own.
 */
function knownCompanyThen(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  for (let e = b - 1; e > a; e--) {
    if (lex.known.get(spanKey(doc, a, e))?.type !== 'organisation') continue;
    const flight = e === b - 1 && tokens[e].lower === 'flight' && tokens[b]?.type.startsWith('number');
    return flight || roleLength(doc, lex, e, b) === b - e ? e : -1;
  }
  return -1;
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

/** The last word of an agreement's name ("Economic Partnership Agreement", "Kyoto Protocol"). */
const AGREEMENT_NAME = /^(agreement|agreements|treaty|treaties|accord|accords|pact|protocol)$/;

/** "the Treaty of Rome", "the Peace of Westphalia": an agreement named after where it was signed. */
const TREATY = /^(treaty|accord|accords|agreement|pact|protocol|declaration|peace|charter|statute)$/;

/**
 * Token index of "of" in "Hutchison Whampoa of Hong Kong": one to three capitalised names no list knows, then "of"
 * and a place the gazetteer knows to the end of [a, b); else -1.
 */
/** A word a person's name may open with: a given name, or a Chinese surname written first. */
function personFirstWord(lex: EntityLexicon, w: string): boolean {
  return lex.givenNames.has(w) || lex.chineseSurnames.has(w);
}

function nameOfPlace(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  for (let o = a + 1; o <= a + 3 && o < b - 1; o++) {
    const t = tokens[o - 1];
    if (!t.cap || t.pos !== 'PROPN' || lex.orgHeads.has(t.lower) || lex.placeHeads.has(t.lower) || lex.eventHeads.has(t.lower) || TREATY.test(t.lower) || lex.titles.has(t.lower)) return -1;
    // (a company's name may open with a place's, "Burlington Menswear of New York City"; not end with it)
    const opensWithPlace = tokens[o].lower !== 'of' && lex.places.has(t.lower) && !lex.givenNames.has(t.lower) && !lex.known.has(t.lower);
    // ("Heinz Hofer of Switzerland": a given name may open it, a person from the place)
    const givenFirst = o - 1 === a && tokens[o].lower !== 'of' && personFirstWord(lex, t.lower) && !lex.known.has(t.lower);
    // (and the rest of that person's name may be a name too: "Wang Yi of China")
    const nameAfterGiven = o - 1 > a && personFirstWord(lex, tokens[a].lower) && personFirstWord(lex, t.lower) && !lex.places.has(t.lower) && !lex.known.has(t.lower);
    if (inAnyLexicon(lex, t.lower) && !opensWithPlace && !givenFirst && !nameAfterGiven) return -1;
    if (tokens[o].lower !== 'of') continue;
    // (not "Delta Dental Plan of San Francisco", "Bell Textron of Canada": words of companies' names after it)
    if (personFirstWord(lex, tokens[a].lower) && !(o === a + 2 && nameWordsTo(lex, tokens, a + 1, o) && !lex.known.has(tokens[a + 1].lower) && !lex.known.has(spanKey(doc, a, o)))) return -1;
    const s = tokens[o + 1].lower === 'the' ? o + 2 : o + 1;
    // ("of America" names companies and unions: "Writers Guild of America", "Empire of America")
    return s < b && lex.places.has(spanKey(doc, s, b)) && !/america$/.test(spanKey(doc, s, b)) ? o : -1;
  }
  return -1;
}

/** A known name opens [a, b) and "and" follows it: "General Motors and General Mills". */
function knownThenAnd(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  for (let e = a + 2; e < b - 1 && e <= a + 5; e++) if (doc.tokens[e].lower === 'and' && lex.known.has(spanKey(doc, a, e))) return true;
  return false;
}

/** "Du Pont said", "Van Driel said": a capitalised particle at a, before a capitalised word, opens a name. */
function particleOpening(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens[a];
  const next = doc.tokens[a + 1];
  return t.cap && a + 1 < b && next.cap && next.type === 'word' && NAME_PARTICLE.test(t.lower);
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
    if ((o >= a + 2 && CORPORATE_FORM.test(tokens[o - 1].lower)) || lex.known.get(spanKey(doc, a, o))?.type === 'organisation') {
      return lex.known.has(spanKey(doc, a, b)) ? -1 : o;
    }
  }
  return -1;
}

/**
 * Token index of "of" in "Robert Brusca of Nikko Securities" or "Jeffrey Leeds of Chemical Bank": a given name
 * and one or two more name words (an initial among them: "Stephen T. McClellan"), then "of" and an organisation's
 * name (a head noun, a legal form, a known name) to the end of [a, b); else -1. Not "General Motors of Canada Ltd",
 * "Royal Bank of Canada" (words of organisations' names), nor "Hunter Helicopter of Nevada" (a place after "of").
 */
function personOf(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  // ("said J.C. Walter of Walter Oil and Gas Corp": initials open a name after a speech verb; "J.C. Penney" alone
  // is a company)
  const spokenInitials = INITIALS.test(tokens[a].lower) && SPOKEN.test(tokens[a - 1]?.lower ?? '');
  if (!spokenInitials && (!lex.givenNames.has(tokens[a].lower) || !surnameWord(lex, tokens[a]))) return -1;
  if (lex.known.has(spanKey(doc, a, b))) return -1;
  for (let o = a + 2; o <= a + 3 && o < b - 1; o++) {
    if (tokens[o].lower !== 'of') continue;
    // (a name word may be a place's name: "David", "Jeffrey Leeds")
    if (!nameWordsTo(lex, tokens, a + 1, o) || lex.known.has(spanKey(doc, a, o))) return -1;
    const s = tokens[o + 1].lower === 'the' ? o + 2 : o + 1;
    if (s >= b || !tokens[s].cap || lex.places.has(spanKey(doc, s, b))) return -1;
    const right = headKind(doc, lex, s, b);
    // ("Hunter Helicopter of Nevada Inc": a company named after its state)
    if (right === 'legal') return lex.places.has(spanKey(doc, s, b - 1)) ? -1 : o;
    const one = b - s === 1 && isAcronym(doc.text.slice(tokens[s].start, tokens[s].end));
    return right === 'organisation' || one || lex.known.get(spanKey(doc, s, b))?.type === 'organisation' ? o : -1;
  }
  return -1;
}

/** A party's member, as news describes a politician: "the Louisiana Democrat". */
const PARTY_MEMBER = /^(democrat|republican|conservative|liberal|socialist|communist|democrats|republicans)$/;

/** A given name, a title, a role or a profession among tokens [a, b) ("Investor Paul Bilzerian", "Treasurer Paul Keating"). */
function personWordIn(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (lex.givenNames.has(w) || lex.titles.has(w) || lex.roles.has(w) || (sets ??= lazySets()).professions.has(w)) return true;
  }
  return false;
}

/** Token a opens the article's text, or its first sentence after a dateline ("NEW YORK, March 3 (Reuters) - "). */
function leadSubject(doc: Doc, a: number): boolean {
  const before = doc.text.slice(0, doc.tokens[a].start).trimEnd();
  return before === '' || (before.length < 80 && !before.includes('\n') && /(-|--|—)$/.test(before));
}

/** Initials written as one token: "j.c.", "p.s.", "r.". */
const INITIALS = /^([a-z]\.)+$/;

/** A speech verb right before a name: who said it is a person. */
const SPOKEN = /^(said|says|added|adds|told|explained|noted|warned)$/;

/**
 * "said Walter Smith of <Walter Oil and Gas Corp>": who is said to speak for a body is a person, though a company
 * in the article starts with the same word.
 */
function speaksFor(doc: Doc, p: Piece): boolean {
  return SPOKEN.test(doc.tokens[p.a - 1]?.lower ?? '') && doc.tokens[p.b]?.lower === 'of';
}

/**
 * The "of" or "for" that ends a titled person's name: one to three name words after the title, then the
 * connector and a capitalised word ("Pete Domenici of New Mexico", "Reagan for the Bank"); -1 when none, or
 * when the lexicons know the whole run as one name.
 */
function titledNameEnd(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const tokens = doc.tokens;
  for (let o = a + 1; o <= a + 3 && o < b - 1; o++) {
    if (tokens[o].lower !== 'of' && tokens[o].lower !== 'for') continue;
    if (!nameWordsTo(lex, tokens, a, o)) return -1;
    const s = tokens[o + 1].lower === 'the' ? o + 2 : o + 1;
    return s < b && tokens[s].cap && !lex.known.has(spanKey(doc, a, b)) ? o : -1;
  }
  return -1;
}

/** Tokens [a, o) are words of a person's name, with initials before the last ("Charles B. Gates"). */
function nameWordsTo(lex: EntityLexicon, tokens: Token[], a: number, o: number): boolean {
  for (let k = a; k < o; k++) if (!(surnameWord(lex, tokens[k]) || (k < o - 1 && /^[a-z]\.$/.test(tokens[k].lower)))) return false;
  return true;
}

/** A capitalised word that may be a surname: no word of organisations' names (a place's name may be one). */
function surnameWord(lex: EntityLexicon, t: Token): boolean {
  return isNameToken(t) && !lex.orgHeads.has(t.lower) && !lex.placeHeads.has(t.lower) && !lex.legalForms.has(t.lower) && !lex.genericWords.has(t.lower);
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
  if (!CORPORATE_FORM.test(doc.tokens[o - 1].lower)) return false;
  for (let i = a; i < o - 1; i++) if (!lex.genericWords.has(doc.tokens[i].lower) && !lex.connectors.has(doc.tokens[i].lower)) return false;
  return true;
}

/**
 * The acronym in brackets at token `open` ("(SECI)", "(UAE)") is the initials of the capitalised words of tokens
 * [a, b): "Solar Energy Corporation of India", "United Arab Emirates".
 */
function spelledBy(doc: Doc, a: number, b: number, open: number): boolean {
  const tokens = doc.tokens;
  if (tokens[open]?.lower !== '(' || tokens[open + 2]?.lower !== ')') return false;
  const acronym = doc.text.slice(tokens[open + 1].start, tokens[open + 1].end);
  if (!/^[A-Z]{2,8}$/.test(acronym)) return false;
  let initials = '';
  for (let i = a; i < b; i++) if (tokens[i].cap && tokens[i].type === 'word') initials += doc.text[tokens[i].start];
  return initials.toUpperCase() === acronym;
}

/** A building (group 1) or an office named after the title that holds it: "Prime Minister House", "President Office". */
const SEAT = /^(?:(house|palace|residence)|office|secretariat)$/;

/** The trade a company's full name gives between its short name and its legal form ("Toyota Motor Corp"). */
const TRADE_WORDS = /^(motor|motors|electric|electronics|steel|chemical|chemicals|petroleum|oil|airlines|airways|aircraft|aerospace|pharmaceutical|pharmaceuticals|telecom|telecommunications|communications|computer|computers|foods|brewing|breweries|mining|shipbuilding|shipping|tobacco|textile|textiles)$/;

/** Words a company's full name adds before its legal form that name no trade ("Viacom International Inc"). */
const GROUP_WORDS = /^(international|industries|enterprises|holdings)$/;

/** A company's legal form proper: not "Group", "Holdings", "Trust" ("the Paris Group of Six"). */
const CORPORATE_FORM = /^(inc|inc\.|incorporated|corp|corp\.|corporation|co|co\.|company|ltd|ltd\.|limited|llc|plc|ag|gmbh|sa|s\.a\.|nv|n\.v\.|bv|b\.v\.|ab|asa|a\/s|spa|s\.p\.a\.|pty|bhd|kk|k\.k\.)$/;

/**
 * Words around a name that say it is a company: "Burlington said", "Santa Fe's stock", "shares of Delta", "the
 * Piedmont system".
 */
function companyCue(doc: Doc, p: Piece): boolean {
  sets ??= lazySets();
  const tokens = doc.tokens;
  let j = p.b;
  while (tokens[j] && /^(has|have|had|also|will|would|is|was|today|yesterday|recently)$/.test(tokens[j].lower)) j++;
  const next = tokens[j];
  if (next && (sets.verbs.has(next.lower) || sets.speech.has(next.lower)) && next.pos !== 'NOUN') return true;
  const after = tokens[p.b + 1];
  if ((tokens[p.b]?.lower === "'s" || tokens[p.b]?.lower === "'") && after && /^(shares|stock|board|profit|profits|revenue|revenues|sales|earnings|subsidiary|unit|units|offer|bid|shareholders|management|chairman|president|system|operations|stake)$/.test(after.lower)) return true;
  const prev = tokens[p.a - 1];
  if (prev?.lower === 'of' && /^(shares|stock|stake|acquisition|purchase|takeover|chairman|president|subsidiary|unit|shareholders)$/.test(tokens[p.a - 2]?.lower ?? '')) return true;
  return prev?.lower === 'the' && !!tokens[p.b] && /^(system|board|company|group|unit|management|shareholders|offer|bid)$/.test(tokens[p.b].lower);
}

/** Does a name other than a place's end at token k ("Al-Rai al-Aam newspaper", not "the Chinese carmaker")? */
function namedBefore(doc: Doc, lex: EntityLexicon, k: number): boolean {
  const t = doc.tokens[k];
  return !!t?.cap && !lex.demonyms.has(t.lower) && !lex.places.has(t.lower) && !/^(the|a|an)$/.test(t.lower);
}

/** "in Burlington", "Piedmont, N.C.": words around a name that say it is a place. */
function locative(doc: Doc, p: Piece): boolean {
  const before = doc.tokens[p.a - 1]?.lower ?? '';
  if (/^(in|at|from|to|near|outside|into|across|around|based|downtown|city|town|state|county)$/.test(before)) return true;
  // "The city of Amsterdam launched"
  if (before === 'of' && /^(city|town|state|county|province|port|people|government)$/.test(doc.tokens[p.a - 2]?.lower ?? '')) return true;
  // "Burlington, Vermont": a capitalised word after a comma in the same sentence.
  const after = doc.tokens[p.b];
  const next = doc.tokens[p.b + 1];
  return after?.lower === ',' && !!next && next.cap && next.sent === after.sent;
}

/**
 * Where the name starts after a title's "for|of" and portfolio ("for Planning Ahsan Iqbal", "of State for Foreign
 * Affairs Bilawal Bhutto Zardari"): two or three name words, or a known given name, end the run; else -1.
 */
function portfolioThenName(doc: Doc, lex: EntityLexicon, k: number, b: number): number {
  const tokens = doc.tokens;
  if (!/^(of|for)$/.test(tokens[k]?.lower ?? '')) return -1;
  let s = k + 1;
  // "of State for Finance"
  if (tokens[s]?.lower === 'state' && tokens[s + 1]?.lower === 'for') s += 2;
  for (let d = 1; d <= 3; d++) {
    const at = s + d;
    if (at >= b - 1 || !isNameToken(tokens[at - 1]) || lex.givenNames.has(tokens[at - 1].lower)) return -1;
    if (lex.places.has(spanKey(doc, s, at))) return -1;
    if (twoNameWords(lex, tokens, at, b) || threeNameWords(doc, lex, at, b) || (lex.givenNames.has(tokens[at].lower) && b - at <= 3)) return at;
  }
  return -1;
}

/**
 * "WHO Director-General Tedros Adhanom Ghebreyesus": three name words that end the run after a title, none a word
 * of organisation or place names ("U.S. Trade Representative Office Building" is none).
 */
function threeNameWords(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  if (b - s !== 3) return false;
  for (let k = s; k < b; k++) if (doc.tokens[k].pos !== 'PROPN' || !personNameWord(lex, doc.tokens[k])) return false;
  return true;
}

/** A capitalised word that is no word of organisation or place names (heads, legal forms, generic words, places). */
function personNameWord(lex: EntityLexicon, t: Token): boolean {
  return surnameWord(lex, t) && !lex.places.has(t.lower);
}

/**
 * "Abdulla bin Touq Al Marri", "Mohammed bin Salman": name words joined by "bin", "ibn", "Al", "Abu" to the end
 * of the run after a title, none a word of organisation or place names.
 */
function arabicName(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  if (b - s < 3 || b - s > 6) return false;
  let joined = false;
  for (let k = s; k < b; k++) {
    const t = doc.tokens[k];
    if (k > s && k < b - 1 && /^(bin|bint|ibn|al|el|abu)$/.test(t.lower)) {
      joined = true;
      continue;
    }
    if (!personNameWord(lex, t)) return false;
  }
  return joined;
}

/**
 * Two capitalised words at s that end the run or come before its "and": the name after a title ("U.S. President
 * Barack Obama", "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki").
 */
function twoNameWords(lex: EntityLexicon, tokens: Token[], s: number, b: number): boolean {
  return twoNameWordsEnd(lex, tokens, s, b) > 0;
}

/** Where the two name words of twoNameWords end (the run's end or its "and"), or -1. */
function twoNameWordsEnd(lex: EntityLexicon, tokens: Token[], s: number, b: number): number {
  // "Kassym-Jomart Tokayev", "Jean-Claude Juncker": a hyphenated first name is one word.
  let f = s + 1;
  if (f + 1 < b && tokens[f].lower === '-' && tokens[f].start === tokens[s].end && tokens[f + 1].start === tokens[f].end && tokens[f + 1].cap) f += 2;
  // "Hafez al-Assad", "Ali al-Khalifa al-Sabah": Arabic articles glued to the parts of a surname.
  let e = f;
  while (e + 2 < b && ARABIC_ARTICLE.test(tokens[e].lower) && tokens[e + 1].lower === '-' && tokens[e + 1].start === tokens[e].end && tokens[e + 2].start === tokens[e + 1].end && tokens[e + 2].cap) e += 3;
  if (e === f && (f + 1 > b || !tokens[f].cap || tokens[f].pos !== 'PROPN')) return -1;
  if (e > f) f = e - 1;
  if (!tokens[s].cap) return -1;
  // "Admiral Builders Savings and Loan Association", "Cambrian and General Securities Plc": words of a company.
  for (const t of [tokens[s], tokens[f]]) if (lex.orgHeads.has(t.lower) || lex.legalForms.has(t.lower) || lex.genericWords.has(t.lower)) return -1;
  return f + 1 === b || (tokens[f + 1].lower === 'and' && f + 2 < b) ? f + 1 : -1;
}

/**
 * "First Union Corp said", "First Boston, Prudential-Bache ...", "Echo Bay said": a word opening a sentence that a
 * rule would trim is part of the name when the article writes the same two words inside a sentence as well, or
 * when the name ends in a legal form (or, after a generic first word of names, an organisation's head noun). Words
 * that open sentences or describe companies stay trimmed (companyWord; "First, the bank ..." has no name after it).
 * (A name known whole, "El Salvador", never reaches here: piecesOf keeps it before any trimming.)
 */
function genericOpener(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  const tokens = doc.tokens;
  if (b - a < 2 || !isNameToken(tokens[a + 1])) return false;
  const last = tokens[b - 1].lower;
  if (!lex.genericWords.has(tokens[a].lower)) {
    if (!companyWord(doc, lex, a)) return false;
    // ("Freedom Federal Savings Bank said": so does a head noun of firms, not after a verb, "Joining TA Associates are",
    // nor a date's word, "Last October Lucky Stores implemented")
    const head = lex.orgHeads.has(last) && tokens[a].pos !== 'VERB' && !calendarWord(tokens[a + 1].lower);
    // ("Ask Corp said": two words, the legal form and the verb right after them, do as well)
    if ((b - a >= 3 || (b - a === 2 && lex.legalForms.has(last) && /^(VERB|AUX)$/.test(doc.tokens[b]?.pos ?? ''))) && (lex.legalForms.has(last) || head) && opensSubject(doc, a, b)) return true;
  } else if (lex.legalForms.has(last) || lex.orgHeads.has(last)) return true;
  // ("Allied Stores Corp and Dillard said": the first of two names listed as the subject, ending in a legal form)
  let and = a + 2;
  while (and < b && tokens[and].lower !== 'and') and++;
  // (not "Joining Acme Corp and Beta Inc are": a participle that opens the sentence)
  if (and < b && lex.legalForms.has(tokens[and - 1].lower) && !/ing$/.test(tokens[a].lower) && opensSubject(doc, a, and)) return true;
  const second = tokens[a + 1].lower;
  for (let j = 1; j + 1 < tokens.length; j++) {
    if (j !== a && tokens[j].lower === tokens[a].lower && tokens[j + 1].lower === second && tokens[j].cap && j > doc.sentences[tokens[j].sent].first && !tokens[j - 1].cap) return true;
  }
  return false;
}

/**
 * "Advanced Systems Inc said", "Life Technologies Inc said": a word opening a sentence before a company's name
 * belongs to the name unless it is a word that opens sentences or describes a company ("Shares",
 * "Analysts", "Unit", "Rival", "Shr" in an earnings table).
 */
/** A month, a weekday or a unit of time ("Last October", "Last week"): the calendar lexicon's words. */
const calendarWord = (w: string) => MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined || TIME_UNITS[w] !== undefined;
const SENTENCE_ADVERB = /^(enough|also|meanwhile|separately|however|today|yesterday|tomorrow|now|still|later|earlier|then|thus|hence|instead|again|already|nevertheless|moreover|furthermore|overall|here|there|elsewhere|once|otherwise|indeed|so|too|even|just|only|ago|soon|first|last|next|further|almost|nearly|rather|perhaps|maybe|always|never|often|sometimes|together|abroad|home|back|away|down|up|out|off|over|well|more|most|less|least|very|quite|else|yet|ever|not)$/;
function companyWord(doc: Doc, lex: EntityLexicon, a: number): boolean {
  const t = doc.tokens[a];
  // (wink tags some words it does not know an adverb: "Inland Steel Industries Inc", "Asea Group AB")
  const unknownAdverb = t.pos === 'ADV' && !/ly$/.test(t.lower) && !SENTENCE_ADVERB.test(t.lower);
  // (nor a word the article writes in small letters elsewhere: "Prices inland rose")
  if ((!/^(ADJ|NOUN|VERB)$/.test(t.pos) && !unknownAdverb) || (t.pos === 'NOUN' && /s$/.test(t.lower)) || doc.writesInLowerCase(t.lower)) return false;
  sets ??= lazySets();
  return !SENTENCE_DESCRIPTOR.test(t.lower) && !sets.descriptors.has(t.lower) && !lex.titles.has(t.lower) && !lex.tableWords.has(t.lower) && !sets.professions.has(t.lower) && !lex.notNames.has(t.lower);
}

/**
 * "Advanced Micro Devices Inc said", "Rank Organisation Plc <RANK.L> said": a word wink tags a verb opens a company's
 * name [a, b) that is the subject of its clause (a verb or a ticker after it); "Called Measurement Auditors Co, the
 * partnership ...", "Replacing Inco and Owens-Illinois Inc will be ..." open a sentence about names.
 */
function opensSubject(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  if (tokens[a].pos !== 'VERB') return true;
  // ("Allied Stores Corp and Dillard said": a subject listed with another name)
  let v = b;
  if (tokens[v]?.lower === 'and') {
    v++;
    while (v < b + 6 && tokens[v]?.cap && tokens[v].type === 'word') v++;
    if (v === b + 1) v = b;
  }
  if (!tokens[v] || !(/^(VERB|AUX)$/.test(tokens[v].pos) || tokens[v].lower === '<')) return false;
  for (let i = a + 1; i < b; i++) if (tokens[i].lower === 'and' || tokens[i].lower === '&') return false;
  return true;
}

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
/** After these a capitalised word may open a name or a sentence ("initial" in piecesOf). */
const OPENS_NAME = /^[:"“(‘'`\-–—]$/;

function hasWord(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].type === 'word') return true;
  return false;
}

function inAnyLexicon(lex: EntityLexicon, k: string): boolean {
  return lex.places.has(k) || lex.givenNames.has(k) || lex.known.has(k) || lex.demonyms.has(k) || lex.chineseSurnames.has(k);
}

/**
 * "President of the United States Barack Obama": title [t, te), "of (the)", a country or region, then two or
 * three name words to the end of the run. Gives the person (title included) and the nested place.
 */
function titleOfPlace(doc: Doc, lex: EntityLexicon, t: number, te: number, b: number): Array<Omit<Piece, 'sent'>> | null {
  const tokens = doc.tokens;
  if (tokens[te].lower !== 'of') return null;
  let s = te + 1;
  if (tokens[s]?.lower === 'the') s++;
  for (let n = Math.min(4, b - s - 2); n >= 1; n--) {
    const place = lex.places.get(spanKey(doc, s, s + n));
    if (!place || (place.kind !== 'country' && place.kind !== 'region')) continue;
    const name = b - (s + n);
    if (name < 2 || name > 3) return null;
    for (let i = s + n; i < b; i++) if (!tokens[i].cap || tokens[i].pos !== 'PROPN') return null;
    return [
      { a: te + 1, b: s + n, titleA: -1, verdict: verdict('place', 'place.gazetteer', true, lex.countryNames.get(spanKey(doc, s, s + n))), nested: true },
      { a: s + n, b, titleA: t, verdict: verdict('person', 'person.title', true), nested: false },
    ];
  }
  return null;
}

/** Number of tokens, at most max and before b, of the longest phrase of `list` starting at a; 0 when none. */
function phraseLength(doc: Doc, list: Set<string>, a: number, b: number, max: number): number {
  for (let n = Math.min(max, b - a); n >= 1; n--) {
    if (list.has(spanKey(doc, a, a + n))) return n;
  }
  return 0;
}

/** A role ("Chief Operating Officer") starting at a. */
const roleLength = (doc: Doc, lex: EntityLexicon, a: number, b: number) => phraseLength(doc, lex.roles, a, b, 4);
/** A person's title ("President", "Mr.") starting at a; or its plural before names ("Presidents Xi Jinping and Vladimir Putin"). */
function titleLength(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  const n = phraseLength(doc, lex.titles, a, b, 4);
  if (n > 0) return n;
  for (let m = Math.min(4, b - a - 1); m >= 1; m--) {
    const last = doc.tokens[a + m - 1].lower;
    // (a name right after it: not "Ministers of Industry", "Representatives of American Baptist Churches")
    if (last.length < 6 || !last.endsWith('s') || !doc.tokens[a + m - 1].cap || !doc.tokens[a + m].cap || lex.connectors.has(doc.tokens[a + m].lower)) continue;
    const k = m === 1 ? last.slice(0, -1) : `${spanKey(doc, a, a + m - 1)} ${last.slice(0, -1)}`;
    if (lex.titles.has(k)) return m;
  }
  return 0;
}

/**
 * Splits "A College and B College of Science" at the "and" that closes a name with a head noun; a run
 * without any head noun ("Boeing and Lockheed Martin", "Uzbekistan and Kazakhstan") splits at every "and".
 */
function splitCoordination(doc: Doc, lex: EntityLexicon, a: number, b: number): Array<[number, number]> {
  const tokens = doc.tokens;
  const ands: number[] = [];
  for (let i = a + 1; i < b - 1; i++) if (tokens[i].lower === 'and') ands.push(i);
  if (ands.length === 0) return [[a, b]];
  if (isQuote(tokens[a], doc)) return [[a, b]];
  // "<LCP Chemicals and Plastics Inc>": Reuters brackets one company's whole name.
  if (tokens[a - 1]?.lower === '<' && tokens[b]?.lower === '>' && tokens[a - 1].end === tokens[a].start) return [[a, b]];
  const anyHead = headKind(doc, lex, a, b) !== null || lex.known.has(spanKey(doc, a, b));
  if (!anyHead) {
    const out: Array<[number, number]> = [];
    let s = a;
    for (const k of ands) {
      // "Bosnia and Herzegovina and Croatia": not the "and" of a country's own name.
      if (beforeAndInName(lex).has(tokens[k - 1].lower) && insideKnown(doc, lex, s, b, k)) continue;
      out.push([s, k]);
      s = k + 1;
    }
    out.push([s, b]);
    return out.filter(([x, y]) => y > x);
  }
  // "Tom Enders of Airbus and Tony Fernandes of AirAsia", "Sergei Lavrov of Russia and Wang Yi": people, each with
  // the company or country they are of.
  const personWithBody = (x: number, y: number) => personOf(doc, lex, x, y) >= 0 || (personFirstWord(lex, tokens[x].lower) && nameOfPlace(doc, lex, x, y) >= 0);
  for (const k of ands) {
    const next = ands.find((x) => x > k) ?? b;
    // (the second person's company may be one no list knows: "Tony Fernandes of AirAsia")
    let of = k + 2;
    while (of < next && of - k <= 4 && tokens[of].lower !== 'of') of++;
    const personThenOf = of < next - 1 && tokens[of].lower === 'of' && personRun(doc, lex, k + 1, of);
    if (personWithBody(a, k) && (personWithBody(k + 1, next) || personRun(doc, lex, k + 1, next) || personThenOf)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
  }
  for (const k of ands) {
    // "Baring Brothers and Co Ltd", "Smith and Co": "and Co" belongs to the name before it.
    if (lex.legalForms.has(tokens[k + 1].lower)) continue;
    // "the U.S. Securities and Exchange Commission": an "and" inside a known name.
    if (insideKnown(doc, lex, a, b, k)) continue;
    const next = ands.find((x) => x > k) ?? b;
    // "the Democratic Republic of Congo and Rwanda": two places the gazetteer holds (not "Bosnia and Herzegovina").
    if (lex.places.has(spanKey(doc, a, k)) && lex.places.has(spanKey(doc, k + 1, next)) && !lex.places.has(spanKey(doc, a, next))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Toyota and General Motors", "Saudi Aramco and Total SA": a one-word name that is a name on its own, or a
    // known name.
    // ("General Motors and General Mills and General Electric": a known name on the right too)
    // ("Ford and General Motors": any one word before a known name of two words or more)
    const knownRight = lex.known.has(spanKey(doc, k + 1, next));
    if ((headKind(doc, lex, k + 1, b) || knownRight) && (k === a + 1 ? lex.places.has(tokens[a].lower) || lex.known.has(tokens[a].lower) || isAcronym(doc.text.slice(tokens[a].start, tokens[a].end)) || (knownRight && next - k > 2 && tokens[a].cap && tokens[a].type === 'word') : lex.known.has(spanKey(doc, a, k)))) {
      return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    }
    const left = headKind(doc, lex, a, k);
    const right = headKind(doc, lex, k + 1, b);
    // "the Ministry of Education and UNESCO": a body's name, then an acronym on its own (not "... of Science and
    // ICT", a ministry's own name, known as such).
    if (left !== null && k + 2 === b && isAcronym(doc.text.slice(tokens[k + 1].start, tokens[k + 1].end)) && tokens[k + 1].lower.length >= 3 && !lex.connectors.has(tokens[k - 1].lower)) return [[a, k], [k + 1, b]];
    // "Forum on China-Africa Cooperation and the China-Central Asia Forum": a topic after "on" closes it too.
    // "Tashkent State Technical University of Uzbekistan and Al-Farabi Kazakh National University": or by "of" and
    // a place.
    const h = headIndex(doc, a, k);
    const leftEndsWithHead = left !== null && (h === k - 1 || tokens[h + 1].lower === 'on' || (tokens[h + 1].lower === 'of' && h + 2 < k && lex.places.has(spanKey(doc, h + 2, k))));
    // ("Minnesota Mining and Manufacturing Co", "Baltimore Gas and Electric Co": one company whose name joins two
    // trades before its legal form; not when a legal form ends the first part, "Dainippon Inc and Chemicals Inc")
    if (leftEndsWithHead && right !== null && !(tradeThenForm(lex, tokens, k + 1, b) && !lex.legalForms.has(tokens[k - 1].lower))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the Ministry of Education and Peking University": a body named head first, then one whose name of two words
    // or more ends in its own head (not "the Ministry of Education and Science", "University of Science and
    // Technology of China").
    const headFirst = left === 'organisation' && h === a && tokens[a + 1]?.lower === 'of';
    if (headFirst && right === 'organisation' && b - k > 2 && headIndex(doc, k + 1, b) === b - 1 && OWN_NAME_HEAD.test(tokens[b - 1].lower) && tokens[k + 1].cap && !INDUSTRY_WORDS.test(tokens[k + 1].lower) && !TRADE_WORDS.test(tokens[k + 1].lower) && !lex.orgHeads.has(tokens[k + 1].lower)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Kenya Power and Siemens Energy": a place and its trade, then a company whose name opens with a word of its own
    // (not a trade: "Baltimore Gas and Electric Co", "Texas Oil and Gas Corp").
    const placeTrade = k === a + 2 && lex.places.has(tokens[a].lower) && tokens[a + 1].cap && INDUSTRY_WORDS.test(tokens[a + 1].lower);
    const ownFirst = b - k > 2 && tokens[k + 1].cap && tokens[k + 1].type === 'word' && !INDUSTRY_WORDS.test(tokens[k + 1].lower) && !TRADE_WORDS.test(tokens[k + 1].lower) && !lex.genericWords.has(tokens[k + 1].lower) && !lex.orgHeads.has(tokens[k + 1].lower);
    if (placeTrade && right === 'organisation' && ownFirst) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the Ministry of Commerce of China and the Ministry of Economy of Uzbekistan", "PetroVietnam and the Lao
    // Ministry of Energy and Mines": "and the" opens a name of its own.
    if (tokens[k + 1].lower === 'the' && k + 2 < b && headKind(doc, lex, k + 2, b) !== null) return [[a, k], ...splitCoordination(doc, lex, k + 2, b)];
    // "the Ministry of Energy and John Smith": a body's name, then a person's given name and surname; and the other
    // way round, "Donald Trump and Interstate Properties".
    // ("the University of Leeds and Dean Li Wei", "... and Zhang Wei": a title, or a Chinese name, likewise)
    if (left !== null && right === null && personRun(doc, lex, k + 1, b)) return [[a, k], [k + 1, b]];
    if (left === null && k === a + 2 && lex.givenNames.has(tokens[a].lower) && !lex.places.has(tokens[a].lower) && surnameWord(lex, tokens[a + 1]) && twoNameWords(lex, tokens, a, k) && right === 'organisation' && b - k > 2) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
  }
  return [[a, b]];
}

/** Tokens [s, b) are a person's name, maybe after a title or a role: "John Smith", "Dean Li Wei", "Zhang Wei". */
function personRun(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  const tokens = doc.tokens;
  const t = titleLength(doc, lex, s, b) || roleLength(doc, lex, s, b);
  if (t > 0 && b - s - t >= 1 && b - s - t <= 3) s += t;
  if (lex.givenNames.has(tokens[s].lower) && twoNameWords(lex, tokens, s, b)) return true;
  return (b - s === 2 || b - s === 3) && lex.chineseSurnames.has(tokens[s].lower) && pinyinLike(doc, s + 1, b) && !lex.orgHeads.has(tokens[b - 1].lower) && !lex.genericWords.has(tokens[b - 1].lower);
}

/** Tokens [s, b) are one trade word and the legal form: "Manufacturing Co", "Electric Co", "Chemical Corp". */
function tradeThenForm(lex: EntityLexicon, tokens: Token[], s: number, b: number): boolean {
  if (b - s < 2 || !lex.legalForms.has(tokens[b - 1].lower)) return false;
  for (let i = s + 1; i < b; i++) if (!lex.legalForms.has(tokens[i].lower)) return false;
  const w = tokens[s].lower;
  return TRADE_WORDS.test(w) || /ing$/.test(w) || INDUSTRY_WORDS.test(w);
}

/** Heads that end a name of its own after "and" ("Peking University", "Mitsubishi Bank"), not a body's topic. */
const OWN_NAME_HEAD = /^(university|college|bank|institute|academy|school|hospital|foundation|corporation|company|group|association|airlines|airways|inc|corp|ltd|plc|co)$/;

/** Trades a company names as it names its line of business ("Trust and Investment", "Electric and Gas"). */
const INDUSTRY_WORDS = /^(trust|savings|energy|gas|power|financial|investment|investments|data|securities|development|trade|commerce|export|import|exchange|credit|industrial|industries|commercial|cable|finance|loan|research|engineering|chemicals|resources|light|water|telephone|telegraph|communications|television|manufacturing)$/;

/**
 * The word before "and" in the known names and the countries that have one ("securities" of "Securities and
 * Exchange Commission", "trinidad" ...): only there may an "and" be inside such a name.
 */
const beforeAnd = new WeakMap<EntityLexicon, Set<string>>();
function beforeAndInName(lex: EntityLexicon): Set<string> {
  let words = beforeAnd.get(lex);
  if (!words) {
    words = new Set();
    const add = (name: string) => {
      if (name.includes(' and ')) for (const part of name.split(' and ').slice(0, -1)) words!.add(part.split(' ').pop()!);
    };
    for (const name of lex.known.keys()) add(name);
    for (const [name, place] of lex.places) if (place.kind === 'country') add(name);
    beforeAnd.set(lex, words);
  }
  return words;
}

/** Whether the "and" at k lies inside a known name or a country's name within [a, b). */
function insideKnown(doc: Doc, lex: EntityLexicon, a: number, b: number, k: number): boolean {
  for (let x = Math.max(a, k - 4); x < k; x++) {
    for (let y = k + 2; y <= Math.min(b, k + 5); y++) {
      const name = spanKey(doc, x, y);
      if (lex.known.has(name) || lex.places.get(name)?.kind === 'country') return true;
    }
  }
  return false;
}

/** "US Air Force", "United States Senate": the country that owns a state institution is a place mention too. */
function stateBefore(doc: Doc, lex: EntityLexicon, p: Piece): Omit<Piece, 'sent' | 'titleA' | 'nested'> | null {
  if (p.verdict?.type !== 'organisation' || p.b - p.a < 2) return null;
  sets ??= lazySets();
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
    // "Monfort of Colorado Inc": the legal form belongs to the whole name, not to "Colorado Inc".
    if (e === b && lex.legalForms.has(tokens[b - 1].lower)) return null;
    // ("Federal Chamber of Automotive Industries", "Federation of Korean Industries": the members a body is of,
    // no body of their own)
    if (e - s === 2 && MEMBERS.test(tokens[e - 1].lower)) return null;
    const v = classify(doc, lex, s, e);
    if (v && v.type === 'organisation') return { a: s, b: e, verdict: v };
    return null;
  }
  return null;
}
const MEMBERS = /^(industries|manufacturers|producers|exporters|importers|engineers|employers|businesses|companies|enterprises|industrialists|retailers|banks|bankers|insurers)$/;

/**
 * An acronym names an organisation unless it is a unit or an index: "30GB", "2 GHz", "FTSE 100", "GB £",
 * or the short form of a phrase that is not a name ("Maintenance, Repair and Overhaul (MRO)").
 */
function acronymInContext(doc: Doc, p: Piece): boolean {
  const t = doc.tokens;
  const prev = t[p.a - 1];
  const next = t[p.b];
  // ("the A350 XWB", "a 747 SP": a model's suffix)
  if (prev && (prev.type === 'number' || prev.pos === 'NUM' || (MODEL.test(doc.text.slice(prev.start, prev.end)) && /\d/.test(prev.lower)))) return false;
  if (next && (next.type === 'number' || (next.type === 'currency' && next.start - t[p.b - 1].end <= 1) || /^[#£$€¥]$/.test(next.lower))) return false;
  if (prev?.lower === '(' && next?.lower === ')') {
    const before = t[p.a - 2];
    if (before && !before.cap) return false;
  }
  return true;
}

const lazySets = () => ({
  state: lexiconSet('state-institutions.txt'),
  verbs: lexiconSet('org-verbs.txt'),
  modelStops: lexiconSet('model-name-stops.txt'),
  descriptors: lexiconSet('org-descriptors.txt'),
  speech: lexiconSet('speech-verbs.txt'),
  professions: lexiconSet('professions.txt'),
});
let sets: ReturnType<typeof lazySets> | null = null;

/** Verbs of buying a company. */
const BUYING = /^(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|purchase|purchases|purchased|purchasing)$/;

/** Evidence from the words around a name. */
function contextVerdict(doc: Doc, lex: EntityLexicon, p: Piece): Verdict | null {
  sets ??= lazySets();
  const tokens = doc.tokens;
  const prev = tokens[p.a - 1];
  const prev2 = tokens[p.a - 2];
  const next = tokens[p.b];
  const next2 = tokens[p.b + 1];
  const n = p.b - p.a;
  // A single letter is no name the context can type: "California Credit Card Trust 1987-B, a unit of ...".
  if (n === 1 && tokens[p.a].end - tokens[p.a].start === 1) return null;
  const words = allCapWords(tokens, p.a, p.b);
  // "Providence, R.I.", "Mountainside, N.J.": a town before a state as news agencies abbreviate it.
  if (next?.lower === ',' && next2?.lower.endsWith('.') && words && n <= 3 && lex.places.get(next2.lower)?.kind === 'region') {
    return verdict('place', 'place.before-state', true);
  }
  // "plants in Moraine, Ohio; Oshawa, Ontario": a town no list has, before the state or province written out.
  // Not "Goodyear, Ohio's largest employer" (regionAfter), nor a run with a given name first or an organisation's
  // head noun, nor the end of a longer name ("Des Moines, Iowa", "El Paso, Texas", "Dar es Salaam, Arusha").
  const partOfName = prev && (prev.cap || /^(the|es|de|del|da|do|di|la|le|el|al|van|von)$/.test(prev.lower));
  if (next?.lower === ',' && words && n <= 2 && !partOfName && tokens[p.a].end - tokens[p.a].start >= 3 && !lex.givenNames.has(tokens[p.a].lower) && headKind(doc, lex, p.a, p.b) === null && regionAfter(doc, lex, p.b + 1)) {
    return verdict('place', 'place.before-state', true);
  }
  // "Airbus A380", "Boeing 787-8": the maker of a model.
  if (next && n <= 3 && !sets.modelStops.has(tokens[p.b - 1].lower) && !lex.places.has(spanKey(doc, p.a, p.b)) && next.start - tokens[p.b - 1].end === 1 && MODEL.test(doc.text.slice(next.start, next.end)) && !/^(19|20)\d\d$/.test(next.lower)) {
    return verdict('organisation', 'org.maker-of-model', false);
  }
  // "NV Philips Gloeielampenfabrieken <PGLO.AS>": a name with a stock ticker after it is a listed company.
  // Not a fragment of a name that other rules cut ("Chesebrough-Pond's Inc", "Cheung Kong (Holdings) Ltd",
  // "Johnson and Johnson", "A/S", "Brown Boveri und Cie"): the whole name is the company, not this piece alone.
  const fragment = (prev && (prev.cap || /^('s|\)|\/|and|&|-|of|und|et|des|de|du|di|da|del|van|von|y)$/.test(prev.lower))) || (n === 1 && (lex.legalForms.has(tokens[p.a].lower) || tokens[p.a].end - tokens[p.a].start <= 2));
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
    if (age || (next2?.lower === 'who' && !body)) return verdict('person', age ? 'person.age' : 'person.who', !!age);
  }
  // "Der Spiegel said", "El Peruano, the official newspaper": a name a Spanish, French, Italian or German article
  // opens is a title or a firm, not a person (a person's particle is "de", "van", "le": "Le Pen"; "Les" is a given
  // name: "Les Aspin").
  const titled = n >= 2 && ARTICLE_OPENING.test(tokens[p.a].lower) && tokens[p.a].cap;
  if (titled && words && next && (sets.speech.has(next.lower) || (next.lower === ',' && /^(the|a|an)$/.test(next2?.lower ?? '')))) return verdict('organisation', 'org.article-opening', false);
  // "Name, director of ..." and "Name, 45, ..."
  if (next?.lower === ',' && next2 && words && n >= 2 && n <= 4 && headKind(doc, lex, p.a, p.b) === null) {
    const role = roleAt(doc, lex, p.b + 1);
    if (role > 0) return verdict('person', 'person.appositive-role', true);
  }
  // "lead manager Credit Lyonnais said", "co-lead manager Banque Paribas": a bond issue's manager is a bank (unless a
  // given name opens the name).
  if (prev?.lower === 'manager' && prev2 && /^(lead|co-lead|sole|joint)$/.test(prev2.lower) && !lex.givenNames.has(tokens[p.a].lower)) {
    return verdict('organisation', 'org.lead-manager', true);
  }
  // "chief executive Noel Forgeard", "analyst Paul Nesbit"
  if (prev && !prev.cap && words && n >= 2 && n <= 3 && roleEndingAt(doc, lex, p.a - 1)) {
    return verdict('person', 'person.role-before', true);
  }
  // "aircraft manufacturer Boeing", "the carrier, Aeroflot"
  if (prev && sets.descriptors.has(prev.lower) && !prev.cap) return verdict('organisation', 'org.descriptor-before', false);
  if (prev?.lower === ',' && prev2 && sets.descriptors.has(prev2.lower)) return verdict('organisation', 'org.descriptor-before', false);
  // "the United Auto Workers union", "the Tata group": the descriptor after the name, closing the noun phrase.
  // Not "the Hummer brand" (a product), nor a place or its people first ("the Detroit carmaker", "the West
  // German bank"), nor a generic word last, which the descriptor continues ("the U.S. Central bank", "the New
  // York Stock exchange").
  // (nor a lone head noun: "the Government broker")
  // ("the Old Mutual insurance company": a trade, then the descriptor; not "the Brazilian central bank", "the Latin
  // development bank": a kind of bank after a people's adjective)
  const descAt = !next || next.cap ? 0 : sets.descriptors.has(next.lower) ? 1 : next2 && !next2.cap && next2.lower !== 'brand' && next.type === 'word' && (next.pos === 'NOUN' || next.pos === 'ADJ') && !/^(central|development|national|federal|state|regional|commercial)$/.test(next.lower) && sets.descriptors.has(next2.lower) ? 2 : 0;
  const afterDesc = tokens[p.b + descAt];
  if (prev?.lower === 'the' && descAt > 0 && next!.lower !== 'brand' && words && !(afterDesc?.type === 'word' && !afterDesc.cap && afterDesc.pos === 'NOUN') && !placeOrPeopleFirst(doc, lex, p) && (descAt === 2 || !lex.genericWords.has(tokens[p.b - 1].lower)) && tokens[p.b - 1].lower !== 'stock' && !(n === 1 && sets.state.has(tokens[p.a].lower))) {
    return verdict('organisation', 'org.descriptor-after-name', false);
  }
  // "Boeing, the planemaker" / "Boeing's chief executive" / "shares of Boeing"
  if (next?.lower === ',' && (next2?.lower === 'the' || next2?.lower === 'a' || next2?.lower === 'an') && tokens[p.b + 2] && descriptorWithin(tokens, p.b + 2, 4)) {
    return verdict('organisation', 'org.descriptor-after', false);
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
  if (dealOf && words && n <= 4 && !placeOrPeopleFirst(doc, lex, p) && !(next && !next.cap && next.pos === 'NOUN')) return verdict('organisation', 'org.deal-target', false);
  // "Name said" with a name of two or three words: a speaker.
  // "..., said Tavita Oyelaran.": the same, inverted, as news writes it after a quotation.
  // ("..., said J.C. Walter of <Walter Oil and Gas Corp>": initials and a name, then the body spoken for)
  const inverted = prev && (prev.lower === 'said' || prev.lower === 'says') && !!next && (/^[,.;:]$/.test(next.lower) || (next.lower === 'of' && INITIALS.test(tokens[p.a].lower)));
  // Not "Japan Line said", "White House said": a place first or an organisation's head noun last.
  // "Bank Negara said": nor a head noun first.
  // ("Airbus Industrie said", "Toshiba Machine said": nor a known company's name first)
  const orgLike = !lex.givenNames.has(doc.tokens[p.a].lower) && (lex.places.has(doc.tokens[p.a].lower) || lex.known.get(doc.tokens[p.a].lower)?.type === 'organisation' || lex.places.has(doc.tokens[p.b - 1].lower) || headKind(doc, lex, p.a, p.b) !== null || lex.orgHeads.has(doc.tokens[p.b - 1].lower) || lex.orgHeads.has(doc.tokens[p.a].lower));
  // Nor "Treasury Secretary said", "Oil World said", "American Express said": a role, a generic word of
  // organisation names or a demonym first is no part of a person's name.
  // ("Treasurer Paul Keating", "Commerce Bruce Smart": a role or a given name after the word still makes one.)
  // ("The Crown Prince said": a title alone names no one)
  let notPerson = lex.demonyms.has(doc.tokens[p.a].lower) || lex.roles.has(doc.tokens[p.b - 1].lower) || lex.titles.has(spanKey(doc, p.a, p.b));
  for (let i = p.a; i < p.b && !notPerson; i++) {
    if (!lex.genericWords.has(doc.tokens[i].lower)) continue;
    notPerson = true;
    for (let j = i + 1; j < p.b; j++) if (lex.givenNames.has(doc.tokens[j].lower) || lex.roles.has(doc.tokens[j].lower) || lex.titles.has(doc.tokens[j].lower)) notPerson = false;
  }
  if (((next && sets.speech.has(next.lower)) || inverted) && words && n >= 2 && n <= 3 && !orgLike && !notPerson && !lex.places.has(spanKey(doc, p.a, p.b))) {
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

/** A state or province written out at token i ("Ohio", "New South Wales"), ending a phrase: not "Ohio's", "Ohio State". */
function regionAfter(doc: Doc, lex: EntityLexicon, i: number): boolean {
  const tokens = doc.tokens;
  for (let n = 3; n >= 1; n--) {
    if (i + n > tokens.length || tokens[i + n - 1].nl) continue;
    const place = lex.places.get(spanKey(doc, i, i + n));
    if (place?.kind !== 'region' || !tokens[i].cap) continue;
    const after = tokens[i + n];
    return !after || /^(,|;|\.|\)|and|on|in|to|for|where|which|that|said|--?)$/.test(after.lower);
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

/** The run opens with a place or a people's name, of one or two words: "Detroit", "West German", "New York". */
function placeOrPeopleFirst(doc: Doc, lex: EntityLexicon, p: Piece): boolean {
  for (let n = 1; n <= Math.min(2, p.b - p.a); n++) {
    const k = spanKey(doc, p.a, p.a + n);
    if (lex.places.has(k) || lex.demonyms.has(k)) return true;
  }
  return false;
}

/**
 * ", a truck subsidiary of", ", the retailer,": an apposition headed by an organisation noun (a few lower-case
 * words before it, then the end of the noun phrase), not one that only mentions one ("the company's chairman").
 */
function organisationApposition(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  if (tokens[p.b]?.lower !== ',' || !/^(a|an|the)$/.test(tokens[p.b + 1]?.lower ?? '')) return false;
  const descriptors = (sets ??= lazySets()).descriptors;
  for (let i = p.b + 2; i < Math.min(tokens.length, p.b + 6); i++) {
    const t = tokens[i];
    // ("David Shakarian, the founder of the company": the apposition's head comes before "of")
    if (t.type !== 'word' || t.cap || t.lower === 'of') return false;
    if (descriptors.has(t.lower)) return !tokens[i + 1] || /^(of|,|\.|;|that|which|based|in|owned|controlled)$/.test(tokens[i + 1].lower);
  }
  return false;
}

/** A wire ticker at token i: "<CAG>", "<PEUP.PA>", "<UPCM.O>", "<ERIC ST>", the bracket glued to the symbol. */
function tickerAt(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const sym = tokens[i + 1];
  // ("<SIEGn.F>": a letter for the class of share after the symbol)
  if (!sym || tokens[i].end !== sym.start || !/^[A-Z][A-Z0-9]{0,5}[a-z]?$/.test(doc.text.slice(sym.start, sym.end))) return false;
  let close = tokens[i + 2];
  if (close?.lower === '.' && /^[A-Z]{1,2}$/.test(doc.text.slice(tokens[i + 3]?.start ?? 0, tokens[i + 3]?.end ?? 0))) close = tokens[i + 4];
  // "<ERIC ST>": the exchange after a space.
  else if (close && /^[A-Z]{1,2}$/.test(doc.text.slice(close.start, close.end)) && tokens[i + 3]?.lower === '>' && tokens[i + 3].start === close.end) close = tokens[i + 3];
  return close?.lower === '>';
}

function allCapWords(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].type !== 'word' || !tokens[i].cap) return false;
  return true;
}

function descriptorWithin(tokens: Token[], from: number, n: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + n); i++) {
    // "in Jubail, the companies said": the subject of a reporting clause, not a description of the name.
    if (sets!.descriptors.has(tokens[i].lower)) return !(tokens[i + 1] && sets!.speech.has(tokens[i + 1].lower));
  }
  return false;
}

/** Length of a role phrase starting at token i ("director", "chief executive"), skipping one adjective. */
function roleAt(doc: Doc, lex: EntityLexicon, i: number): number {
  for (let s = i; s < Math.min(i + 2, doc.tokens.length); s++) {
    for (let n = 3; n >= 1; n--) {
      if (s + n > doc.tokens.length) continue;
      if (lex.roles.has(spanKey(doc, s, s + n))) return s + n - i;
    }
  }
  return 0;
}

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
  for (let n = 1; n <= 3 && i - n + 1 >= 0; n++) if (lex.roles.has(spanKey(doc, i - n + 1, i + 1))) return true;
  return false;
}

/** "European Aeronautic Defence and Space Company (EADS)": the acronym is an alias of the name before it. */
function acronymDefinitions(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const byStart = new Map<number, Piece>();
  for (const p of pieces) byStart.set(p.a, p);
  const tokens = doc.tokens;
  for (const p of pieces) {
    // The exchange of a wire ticker, "PA" in "<PEUP.PA>" or "MI" in "[BTOM.MI]", names nothing.
    if (p.b - p.a === 1 && tokens[p.a - 1]?.lower === '.' && (tokens[p.b]?.lower === '>' || tokens[p.b]?.lower === ']') && tokens[p.a - 1].end === tokens[p.a].start && tokens[p.a].end === tokens[p.b].start) p.verdict = null;
  }
  for (const p of pieces) {
    // ("Texas Air Corp's <TXN> Continental Airlines", "Barclays Bank plc <BCS.L>": the ticker after a possessive or
    // a legal form in lower case is the company's too)
    // ("<Syarikat Telekom Malaysia Bhd> (STM)": the short form after the brackets wire copy put round the name)
    const wired = tokens[p.b]?.lower === '>' && tokens[p.a - 1]?.lower === '<' && tokens[p.b + 1]?.lower === '(';
    const at = wired || (tokens[p.b + 1]?.lower === '<' && (tokens[p.b]?.lower === "'s" || (lex.legalForms.has(tokens[p.b]?.lower ?? '') && !tokens[p.b].cap))) ? p.b + 1 : p.b;
    const open = tokens[at];
    // "(EADS)", and wire tickers in angle brackets: "Conagra Inc <CAG>", "Peugeot SA <PEUP.PA>"
    if (!open || (open.lower !== '(' && open.lower !== '<') || !p.verdict) continue;
    if (open.lower === '(' && p.verdict.type === 'organisation') listedTickers(doc, lex, byStart, p, at + 1);
    const inner = byStart.get(at + 1);
    let close = tokens[at + 2];
    if (open.lower === '<' && close?.lower === '.' && tokens[at + 4]?.lower === '>' && /^[A-Z]{1,2}$/.test(doc.text.slice(tokens[at + 3].start, tokens[at + 3].end))) close = tokens[at + 4];
    // "Cargill (USA)": where a company is, not its short name.
    if (open.lower === '(' && inner?.verdict?.type === 'place' && p.verdict.type !== 'place') continue;
    if (inner && inner.b === at + 2 && (close?.lower === ')' || close?.lower === '>') && isAcronym(doc.text.slice(tokens[inner.a].start, tokens[inner.a].end))) {
      // "Alitalia of Italy <AERI.MI>", "Regional Investment Co of the Walloon Region (SPIW)": the company's.
      let of = p.a - 1;
      if (tokens[of]?.lower === 'the') of--;
      const owner = p.verdict.type === 'place' && tokens[of]?.lower === 'of' ? pieces.find((q) => q.b === of && q.verdict?.type === 'organisation') : undefined;
      const named = owner ?? p;
      // ("Televerket Kabel TV of Sweden (TKT)": a place's own short form spells it, "United Arab Emirates (UAE)")
      if (named.verdict!.type === 'place' && !spelledBy(doc, named.a, named.b, at)) continue;
      inner.verdict = verdict(named.verdict!.type, 'alias.acronym-definition', true);
      inner.aliasOf = named;
    }
  }
}

/**
 * "Acme Widgets Inc. (NASDAQ: ACME)", "(TSX: ABX; NYSE: GOLD)": each ticker after an exchange and a colon in the
 * brackets after a company is that company's short name, as a press release writes its listings.
 */
function listedTickers(doc: Doc, lex: EntityLexicon, byStart: Map<number, Piece>, company: Piece, i: number): void {
  const tokens = doc.tokens;
  while (i < tokens.length) {
    let colon = -1;
    for (let n = 1; n <= 2 && colon < 0; n++) if (tokens[i + n]?.lower === ':' && lex.exchanges.has(spanKey(doc, i, i + n))) colon = i + n;
    if (colon < 0) return;
    const ticker = byStart.get(colon + 1);
    let end = colon + 2;
    if (ticker) {
      end = ticker.b;
      if (/^[A-Z][A-Z0-9.]{0,7}$/.test(doc.text.slice(tokens[ticker.a].start, tokens[ticker.b - 1].end))) {
        ticker.verdict = verdict('organisation', 'alias.listed-ticker', true);
        ticker.aliasOf = company;
      }
    }
    const sep = tokens[end]?.lower;
    if (sep !== ';' && sep !== ',') return;
    i = end + 1;
  }
}

/**
 * One sense per document: a name typed with strong evidence somewhere types its other mentions, and short
 * forms (surname of a person, a place without its head noun, a company without its legal form) follow.
 */
function propagate(doc: Doc, lex: EntityLexicon, pieces: Piece[], headlines: Uint8Array): void {
  const strong = new Map<string, Verdict>();
  const partial = new Map<string, Verdict>();
  /** Which full name gave each surname entry ("taurus" from "Ford Taurus"), to take it back with the name. */
  const surnameFrom = new Map<string, string>();
  /** First words of people's names ("Steve" of "Steve Jobs"): a lone "Steve leaves" is that person, not a company. */
  const personFirst = new Set<string>();
  // "Ford Taurus" beside "Ford Motor Company": a product named after its maker, not a person.
  const orgFirst = new Set<string>();
  // A company that an apposition named despite its first name ("John Morrell, a subsidiary of") is that
  // company wherever the same name recurs, but another John is still a person.
  const appositionOrgs = new Set<string>();
  /** First words of companies' names that are also places ("Piedmont" of "Piedmont Aviation Inc"). */
  const placeNamed = new Map<string, Verdict>();
  // The first two or more words of companies' longer names ("First City" of "First City Bancorp of Texas Inc").
  const orgOpenings = new Set<string>();
  for (const p of pieces) {
    if (!p.verdict?.strong || p.verdict.type !== 'organisation' || p.b - p.a < 2) continue;
    if (p.verdict.rule === 'org.descriptor-after') appositionOrgs.add(spanKey(doc, p.a, p.b));
    else orgFirst.add(doc.tokens[p.a].lower);
    for (let e = p.a + 2; e < p.b; e++) orgOpenings.add(spanKey(doc, p.a, e));
  }
  // "First City said" after "First City Bancorp of Texas Inc", "Bow Valley said" after "Bow Valley Industries Ltd":
  // the company's short name, not a place named by its head noun, when a generic first word of names opens it or the
  // words around it say it is a company ("Dade County" stays a place beside "Dade County Public Schools", as does
  // "in New York State" beside "New York State Electric and Gas Corp").
  for (const p of pieces) {
    if (p.verdict?.rule !== 'place.head-noun' || !orgOpenings.has(spanKey(doc, p.a, p.b))) continue;
    if ((lex.genericWords.has(doc.tokens[p.a].lower) || companyCue(doc, p)) && !locative(doc, p)) p.verdict = verdict('organisation', 'org.short-form', true);
  }
  for (const p of pieces) {
    // (what the words around it say still counts: "David Owen, the leader of the party" beside "David Steel")
    if (p.verdict?.rule === 'person.given-name' && !speaksFor(doc, p) && (orgFirst.has(doc.tokens[p.a].lower) || (appositionOrgs.size > 0 && appositionOrgs.has(spanKey(doc, p.a, p.b))))) {
      const v = headlines[p.sent] ? null : contextVerdict(doc, lex, p);
      // (but "Ford Canada said" beside "Ford Motor Co" is no person: saying is what companies do too)
      p.verdict = v && v.rule !== 'person.speaker' ? v : null;
    }
  }
  for (const p of pieces) {
    if (!p.verdict || !p.verdict.strong) continue;
    const k = spanKey(doc, p.a, p.b);
    if (!strong.has(k)) strong.set(k, p.verdict);
    const t = p.verdict.type;
    const n = p.b - p.a;
    if (t === 'person' && n >= 2) {
      personFirst.add(doc.tokens[p.a].lower);
      const last = doc.tokens[p.b - 1];
      if (last.cap && !partial.has(last.lower)) {
        partial.set(last.lower, verdict('person', 'person.surname', true));
        surnameFrom.set(last.lower, k);
      }
      // "Barend du Plessis ... Du Plessis said": a surname with its particle, capitalised to open a sentence.
      const particle = doc.tokens[p.b - 2];
      // (not where a company bears the name: "Geoffrey de Havilland" founded "de Havilland Aircraft")
      const opensCompany = (q: Piece) => q.verdict?.type === 'organisation' && (doc.tokens[q.a].lower === last.lower || (q.b - q.a > 1 && doc.tokens[q.a + 1].lower === last.lower));
      if (last.cap && n >= 3 && !particle.cap && NAME_PARTICLE.test(particle.lower) && !pieces.some(opensCompany)) {
        const k2 = spanKey(doc, p.b - 2, p.b);
        if (!partial.has(k2)) partial.set(k2, verdict('person', 'person.surname', true));
      }
      // "Li Qiang ... Li said": a Chinese name puts the surname first.
      const first = doc.tokens[p.a];
      if (n === 2 && lex.chineseSurnames.has(first.lower) && pinyinLike(doc, p.b - 1, p.b) && !partial.has(first.lower)) {
        partial.set(first.lower, verdict('person', 'person.surname', true));
        surnameFrom.set(first.lower, k);
      }
    }
    if (t === 'place' && n >= 2 && lex.placeHeads.has(doc.tokens[p.b - 1].lower)) {
      partial.set(spanKey(doc, p.a, p.b - 1), verdict('place', 'place.without-head', true));
    }
    // "China Eastern" after "China Eastern Airlines", "Lockheed" after "Lockheed Martin": a shortened name.
    if (t === 'organisation' && n >= 2 && p.verdict.rule !== 'org.acronym') {
      const first = doc.tokens[p.a];
      // ("Ford" after "Ford Motor Co.", "Murphy" after "Murphy Oil Corp": a given name before a trade is the brand,
      // unless a person of that surname is in the article: "J.C. Walter of Walter Oil and Gas Corp")
      const brand = lex.givenNames.has(first.lower) && TRADE_WORDS.test(doc.tokens[p.a + 1].lower) && !lex.places.has(first.lower) && !lex.known.has(first.lower) && !pieces.some((q) => q.verdict?.type === 'person' && doc.tokens[q.b - 1].lower === first.lower);
      for (let e = p.b - 1; e > p.a; e--) {
        if (lex.connectors.has(doc.tokens[e - 1].lower)) continue;
        // "Weil and Associates", "Arvid Jauppi and Associates": the name before "and" is a person's, and "Weil
        // said" is that person more often than the firm.
        if (AND.test(doc.tokens[e].lower) && e + 2 === p.b && doc.tokens[e + 1].lower === 'associates') continue;
        // "Piedmont" after "Piedmont Aviation Inc", "Burlington" after "Burlington Northern Inc": a company named
        // after a place, when its full name carries a legal form (read against the context where it recurs).
        if (e - p.a === 1 && lex.places.has(first.lower) && lex.legalForms.has(doc.tokens[p.b - 1].lower)) placeNamed.set(first.lower, verdict('organisation', 'org.short-form', true));
        if (e - p.a === 1 && ((!brand && (first.pos !== 'PROPN' || inAnyLexicon(lex, first.lower))) || lex.notNames.has(first.lower) || lex.orgHeads.has(first.lower) || lex.genericWords.has(first.lower))) continue;
        const k2 = spanKey(doc, p.a, e);
        // ("New England" after "the New England Power Pool", "Hong Kong" after "Hong Kong Telecom": a place's name
        // stays the place's)
        if (e - p.a >= 2 && lex.places.has(k2)) continue;
        if (!partial.has(k2) && !strong.has(k2)) partial.set(k2, verdict('organisation', 'org.short-form', true));
      }
    }
    if (t === 'organisation' && n >= 2 && lex.legalForms.has(doc.tokens[p.b - 1].lower)) {
      let e = p.b - 1;
      while (e > p.a && (doc.tokens[e - 1].lower === ',' || lex.legalForms.has(doc.tokens[e - 1].lower))) e--;
      if (e > p.a) partial.set(spanKey(doc, p.a, e), verdict('organisation', 'org.without-legal-form', true));
    }
  }
  // Names no rule typed, seen as the subject of a company verb or with a possessive somewhere in the
  // article ("Airbus announced", "Boeing's 787"): organisations, unless they look like a person.
  sets ??= lazySets();
  const cues = new Map<string, number>();
  let personEnds: Set<number> | undefined;
  for (const p of pieces) {
    if (p.verdict || headlines[p.sent] || p.b - p.a > 3) continue;
    // "NOTE: Company's full name is ...": a lone legal form names nothing ("the Bank said", "Treasury's" may).
    if (p.b - p.a === 1 && lex.legalForms.has(doc.tokens[p.a].lower)) continue;
    // "Paul Murphy and Dermot Ahern signed": a name after a person and "and" signs beside that person.
    if (doc.tokens[p.a - 1]?.lower === 'and' && (personEnds ??= strongPersonEnds(pieces)).has(p.a - 1)) continue;
    const k = spanKey(doc, p.a, p.b);
    if (cues.has(k) && cues.get(k)! > 0) continue;
    // ("World's largest passenger airliner ...": a word at a sentence's start that the article also writes in
    // lower case is no company; nor "The MoU was signed")
    if (p.b - p.a === 1 && ((p.a === doc.sentences[p.sent].first && doc.writesInLowerCase(doc.tokens[p.a].lower)) || /^(mous?|jvs?|lois?)$/.test(doc.tokens[p.a].lower))) continue;
    let next = doc.tokens[p.b];
    let j = p.b;
    while (next && /^(has|have|had|also|will|would|is|was|today|yesterday|recently|officially|then)$/.test(next.lower)) next = doc.tokens[++j];
    const cue = (!!next && sets.verbs.has(next.lower) && next.pos !== 'NOUN') || doc.tokens[p.b]?.lower === "'s" || (doc.tokens[p.b]?.lower === "'" && doc.tokens[p.b].start === doc.tokens[p.b - 1].end);
    cues.set(k, (cues.get(k) ?? 0) + (cue ? 1 : 0));
  }
  for (const [k, n] of cues) {
    if (n === 0 || strong.has(k)) continue;
    const words = k.split(' ');
    // "Ford has announced": a lone given name heading a company verb is the company; "Mary Barra said" is not.
    if ((words.length > 1 && lex.givenNames.has(words[0]) && !TRADE_TAIL.test(words[words.length - 1])) || partial.get(k)?.type === 'person' || lex.titles.has(words[0]) || lex.titles.has(k) || (words.length === 1 && personFirst.has(k))) continue;
    // "the Treaty of Rome was signed", "the Kyoto Protocol came into force": an agreement's name, no signer.
    if (TREATY.test(words[0]) || TREATY.test(words[words.length - 1])) continue;
    strong.set(k, verdict('organisation', 'org.document-context', false));
  }
  // "the Chinese carmaker Dongfeng": a company that shares its name with a town (or a region) where a description
  // says so, and wherever else the article does not say it is the place.
  const describedTowns = new Set<string>();
  for (const p of pieces) {
    // (the description a noun, not closing a name before it, nor "firm Chicago wheat futures", "units Chesterfield 7")
    const prev = doc.tokens[p.a - 1];
    const next = doc.tokens[p.b];
    if (p.verdict?.type === 'place' && prev && !prev.cap && prev.pos === 'NOUN' && !/^units?$/.test(prev.lower) && !namedBefore(doc, lex, p.a - 2) && sets.descriptors.has(prev.lower) && !(next && !next.cap && /^(NOUN|NUM)$/.test(next.pos)) && /^(city|region)$/.test(lex.places.get(spanKey(doc, p.a, p.b))?.kind ?? '')) describedTowns.add(spanKey(doc, p.a, p.b));
  }
  for (const p of pieces) {
    const k = spanKey(doc, p.a, p.b);
    if (p.verdict?.type === 'place' && describedTowns.has(k) && !locative(doc, p)) p.verdict = verdict('organisation', 'org.descriptor-before', true);
    // "Ford Taurus" where Ford is a company in this article: a product, not a person.
    if (p.verdict?.rule === 'person.given-name' && !speaksFor(doc, p)) {
      const first = doc.tokens[p.a].lower;
      const org = strong.get(first) ?? partial.get(first);
      if (org?.type === 'organisation') {
        p.verdict = null;
        if (strong.get(k)?.rule === 'person.given-name') strong.delete(k);
        const last = doc.tokens[p.b - 1].lower;
        if (surnameFrom.get(last) === k) partial.delete(last);
      }
    }
    // "Morgan Stanley" after "Morgan Stanley Group Inc", "Pan Am" after "Pan Am Corp": the company's short name,
    // not a person with a given name or a Chinese surname first; nor a speaker ("Dairy Farm said" after "Dairy
    // Farm International Holdings", "Crazy Eddie said" after "Crazy Eddie Inc").
    const org = partial.get(k);
    if ((p.verdict?.rule === 'person.given-name' || p.verdict?.rule === 'person.chinese-name' || p.verdict?.rule === 'person.speaker') && org?.type === 'organisation' && SHORT_FORM_RULES.has(org.rule)) {
      p.verdict = org;
      if (strong.get(k)?.type === 'person') strong.delete(k);
    }
    // "Henderson" after "Fritz Henderson": the person, not the town.
    if (p.verdict?.rule === 'place.gazetteer' && p.b - p.a === 1 && partial.get(k)?.type === 'person' && /^(city|region)$/.test(lex.places.get(k)?.kind ?? '')) p.verdict = partial.get(k)!;
    // "Hitachi" after "Hitachi Ltd", "Burlington said" after "Burlington Northern Inc", "Santa Fe's stock" after
    // "Santa Fe International Corp": the company, not the town, unless the words around say it is the place.
    if (p.verdict?.rule === 'place.gazetteer' && /^(city|region)$/.test(lex.places.get(k)?.kind ?? '') && !locative(doc, p) && (p.b - p.a === 1 && partial.get(k)?.rule === 'org.without-legal-form' || companyCue(doc, p))) {
      const company = p.b - p.a === 1 ? (partial.get(k)?.rule === 'org.without-legal-form' ? partial.get(k) : placeNamed.get(k)) : partial.get(k)?.type === 'organisation' ? partial.get(k) : undefined;
      if (company) p.verdict = company;
    }
  }
  // Weaker evidence from context ("automaker Chrysler", "Boeing's shares") still types the same name elsewhere.
  const weak = new Map<string, Verdict>();
  for (const p of pieces) if (p.verdict && !p.verdict.strong && !headlines[p.sent]) weak.set(spanKey(doc, p.a, p.b), p.verdict);
  for (const p of pieces) {
    if (p.verdict?.strong || monthInDate(doc, p)) continue;
    const k = spanKey(doc, p.a, p.b);
    const v = strong.get(k) ?? partial.get(k) ?? (p.verdict ? undefined : weak.get(k));
    if (v && !(p.verdict && v.rule === 'org.document-context')) p.verdict = verdict(v.type, SHORT_FORM_RULES.has(v.rule) || v.rule === 'org.document-context' ? v.rule : 'document.same-name', v.strong, v.canonical);
    else if (p.verdict && headlines[p.sent]) p.verdict = null;
  }
  listedWithOrganisations(doc, lex, pieces, headlines);
}

/** Kinds of gazetteer places a town listed with one may be. */
const TOWN_KINDS = /^(city|town|region)$/;

/** Where the pieces typed as a person on strong evidence end (built once, when first asked: a scan per piece is quadratic). */
function strongPersonEnds(pieces: Piece[]): Set<number> {
  const ends = new Set<number>();
  for (const q of pieces) if (q.verdict?.type === 'person' && q.verdict.strong) ends.add(q.b);
  return ends;
}

/**
 * "Chrysler, Ford, and General Motors", "Boeing and Lockheed Martin": a name that nothing typed, listed
 * beside an organisation, is an organisation too, here and wherever the article repeats it.
 */
function listedWithOrganisations(doc: Doc, lex: EntityLexicon, pieces: Piece[], headlines: Uint8Array): void {
  const tokens = doc.tokens;
  const byPos = pieces.filter((p) => !p.nested).sort((x, y) => x.a - y.a || y.b - x.b);
  const listed = new Set<string>();
  // "Standard and Poor's": a name with a possessive after it is rarely a list item of its own.
  // Nor a single letter ("rated B-2 by Moody's and B by Standard and Poor's": a credit rating).
  // Nor a demonym: "other G8 and European countries". Nor a participle wire copy capitalised: "Simmons Co U.S.A.,
  // Owned by Gulf and Western Industries Inc".
  const participle = (p: Piece) => p.b - p.a === 1 && tokens[p.a].pos === 'VERB' && tokens[p.b]?.lower === 'by';
  // Nor the date of a dateline: "MUNICH, Dec 2 (Reuters)" lists no "Dec" with the city.
  const dateline = doc.article.dateline?.date;
  const inDateline = (p: Piece) => !!dateline && tokens[p.a].start >= dateline.start && tokens[p.a].start < dateline.end;
  const untypedName = (p: Piece) => !p.verdict && !participle(p) && !inDateline(p) && !headlines[p.sent] && !lex.demonyms.has(spanKey(doc, p.a, p.b)) && p.b - p.a <= 4 && allCapWords(tokens, p.a, p.b) && tokens[p.b]?.lower !== "'s" && tokens[p.b]?.lower !== "'" && tokens[p.b - 1].end - tokens[p.a].start > 1;
  // The list that holds piece k opens after "in", "at" or "near".
  const afterIn = (k: number) => {
    let f = k;
    while (f > 0 && listJoin(doc, byPos[f - 1].b, byPos[f].a)) f--;
    return /^(in|at|near)$/.test(tokens[byPos[f].a - 1]?.lower ?? '');
  };
  for (let round = 0, changed = true; changed && round < 4; round++) {
    changed = false;
    for (let k = 0; k + 1 < byPos.length; k++) {
      const x = byPos[k];
      const y = byPos[k + 1];
      if (!listJoin(doc, x.b, y.a)) continue;
      for (const [typed, other] of [[x, y], [y, x]]) {
        // "plants in Broadmeadows and Geelong": a word listed with towns after "in" is a town.
        // (not "in Miami, Ryder said", "in Los Angeles and Orange counties": a subject, a modifier)
        const after = tokens[other.b];
        const ends = !after || /^[.,;]$/.test(after.lower) || after.lower === 'and' || (after.pos === 'ADP' && !after.cap);
        if (typed.verdict?.type === 'place' && untypedName(other) && other.b - other.a === 1 && ends && tokens[other.a].pos === 'PROPN' && TOWN_KINDS.test(lex.places.get(spanKey(doc, typed.a, typed.b))?.kind ?? '') && afterIn(k)) {
          other.verdict = verdict('place', 'place.listed-with', false);
          changed = true;
          continue;
        }
        if (typed.verdict?.type !== 'organisation' || !untypedName(other) || mayBeInsideName(doc, lex, other, typed)) continue;
        other.verdict = verdict('organisation', 'org.listed-with', false);
        listed.add(spanKey(doc, other.a, other.b));
        changed = true;
      }
    }
  }
  if (listed.size === 0) return;
  for (const p of pieces) if (!p.verdict && listed.has(spanKey(doc, p.a, p.b))) p.verdict = verdict('organisation', 'document.same-name', false);
}

/**
 * Tokens [i, j) join two items of a list: ",", "and", ", and", "or", in one sentence and on one line (a
 * name wrapped across lines, "Securities\nand Exchange Commission", is one name).
 */
function listJoin(doc: Doc, i: number, j: number): boolean {
  if (j - i < 1 || j - i > 2 || doc.tokens[i].sent !== doc.tokens[j]?.sent) return false;
  for (let t = i; t <= j; t++) if (doc.tokens[t].nl) return false;
  for (let t = i; t < j; t++) {
    const w = doc.tokens[t].lower;
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
  }
  return true;
}

/**
 * "Standard and Poor's Corp", "Securities and Exchange Commission", "Ways and Means Committee": a word joined by
 * a bare "and" to a name that ends in a legal form or an organisation's head noun may be part of that name.
 */
function mayBeInsideName(doc: Doc, lex: EntityLexicon, untyped: Piece, typed: Piece): boolean {
  // "the Guaranteed Minimum Price, GMP,": a name and its acronym, not a list.
  const text = (p: Piece) => doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 1].end);
  if (acronymOf(text(untyped)) === text(typed) || acronymOf(text(typed)) === text(untyped)) return true;
  // "Mary Barra": a given name starts a person's name (a lone "Ford" may still be a company).
  if (untyped.b - untyped.a >= 2 && lex.givenNames.has(doc.tokens[untyped.a].lower)) return true;
  // "Standard and Poor's": a possessive after the pair makes one name of it.
  const after = doc.tokens[Math.max(typed.b, untyped.b)]?.lower;
  if (after === "'s" || after === "'") return true;
  if (typed.a < untyped.b || doc.tokens[untyped.b].lower !== 'and') return false;
  const h = headKind(doc, lex, typed.a, typed.b);
  return h === 'legal' || h === 'organisation';
}

/** Place and news agency of the dateline ("Urumqi, September 9 (Zhongxin Net) --"). */
function datelinePieces(doc: Doc, lex: EntityLexicon): Piece[] {
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

/** "and" between the names in a firm's name. */
const AND = /^(and|&)$/;
/** Rules that make a mention a shortened form of a longer name in the same article. */
const SHORT_FORM_RULES = new Set(['person.surname', 'place.without-head', 'org.without-legal-form', 'org.short-form']);

interface Group {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  refs: Array<{ piece: Piece; start: number; end: number }>;
  /** Position in creation order: "the first group that ..." is the one with the smallest. */
  order: number;
}

/**
 * The groups of one article, with the indexes that answer "the first group (in creation order) with this
 * alias / acronym / last word" without scanning every group: a scan per name is quadratic, and took most of
 * a minute on a 5 MB article.
 */
class Groups {
  readonly order: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  readonly byType = new Map<EntityType, Group[]>();
  private readonly byAlias = new Map<string, Group[]>();
  private readonly byAcronym = new Map<string, Group[]>();
  private readonly byLastWord = new Map<string, Group[]>();
  /** Every run of whole words of a name, and every part before a hyphen ("Coca" in "Coca-Cola Co"). */
  private readonly byWords = new Map<string, Group[]>();
  /** Names of more than MAX_INDEXED_WORDS words: their runs are too many to index, so they are scanned. */
  private readonly longNames: Group[] = [];

  /** The group of this type and canonical name, created when new. */
  of(type: EntityType, name: string): Group {
    const gk = type + '|' + key(name);
    let g = this.byKey.get(gk);
    if (!g) {
      g = { type, name, aliases: new Set(), refs: [], order: this.order.length };
      this.byKey.set(gk, g);
      this.order.push(g);
      push(this.byType, type, g);
      if (type === 'organisation') push(this.byAcronym, acronymOf(name), g);
      const space = name.lastIndexOf(' ');
      if (type === 'person' && space >= 0) push(this.byLastWord, name.slice(space + 1), g);
      if (wordCount(name) > MAX_INDEXED_WORDS) this.longNames.push(g);
      else for (const part of wordRuns(name)) push(this.byWords, part, g);
    }
    return g;
  }
  /** First group of the type, other than one named text, whose name contains text as whole words. */
  containing(type: EntityType, text: string): Group | undefined {
    let best: Group | undefined;
    const list = this.byWords.get(text);
    if (list) for (const g of list) if (g.type === type && g.name !== text) { best = g; break; }
    for (const g of this.longNames) {
      if (best && g.order > best.order) break;
      if (g.type === type && g.name !== text && containsWords(g.name, text)) return g;
    }
    return best;
  }
  addAlias(g: Group, alias: string): void {
    if (g.aliases.has(alias)) return;
    g.aliases.add(alias);
    push(this.byAlias, alias, g);
  }
  /** First group of the type with this alias. */
  withAlias(type: EntityType, alias: string): Group | undefined {
    return first(this.byAlias.get(alias), type);
  }
  /** First organisation whose acronym or alias is this text. */
  organisationFor(acronym: string): Group | undefined {
    const a = first(this.byAcronym.get(acronym), 'organisation');
    const b = this.withAlias('organisation', acronym);
    return a && b ? (a.order < b.order ? a : b) : (a ?? b);
  }
  /** First person whose name ends with " " + text. */
  personEndingWith(text: string): Group | undefined {
    if (text.includes(' ')) return this.byType.get('person')?.find((o) => o.name.endsWith(' ' + text));
    return first(this.byLastWord.get(text), 'person');
  }
}

/** Names longer than this (in words) are scanned rather than indexed: a name of w words has w(w+1)/2 runs. */
const MAX_INDEXED_WORDS = 16;

function wordCount(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}

/** Does the name contain the short form as whole words, or begin with it before a space or a hyphen? */
function containsWords(long: string, short: string): boolean {
  return (' ' + long + ' ').includes(' ' + short + ' ') || long.startsWith(short + ' ') || long.startsWith(short + '-');
}

/** The short forms a name contains: runs of whole words ("Bank", "Bank of China") and what comes before a hyphen. */
export function wordRuns(name: string): Set<string> {
  const out = new Set<string>();
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (name[i] === ' ') {
      ends.push(i);
      starts.push(i + 1);
    } else if (name[i] === '-' && i > 0) out.add(name.slice(0, i));
  }
  ends.push(name.length);
  for (const a of starts) for (const b of ends) if (b > a) out.add(name.slice(a, b));
  return out;
}

function push<K>(index: Map<K, Group[]>, k: K, g: Group): void {
  const list = index.get(k);
  if (list) list.push(g);
  else index.set(k, [g]);
}

/** The group of the type that was created first. */
function first(list: Group[] | undefined, type: EntityType): Group | undefined {
  let best: Group | undefined;
  if (list) for (const g of list) if (g.type === type && (!best || g.order < best.order)) best = g;
  return best;
}

function buildEntities(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const tokens = doc.tokens;
  // Drop overlapping duplicates (a dateline piece and a run piece over the same tokens).
  pieces.sort((x, y) => x.a - y.a || y.b - x.b);
  const seen = new Set<string>();
  const kept: Piece[] = [];
  for (const p of pieces) {
    const id = p.a + ':' + p.b;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(p);
  }
  // Group: canonical names first (longest first), then short forms attach to them.
  const groups = new Groups();
  const byStart = new Map<number, Piece>();
  for (const p of kept) if (!byStart.has(p.a)) byStart.set(p.a, p);
  // "Airbus A380", "Boeing 787": the maker's name is part of a product's name here, not a mention of the
  // company (it still typed the company's other mentions).
  for (let i = kept.length - 1; i >= 0; i--) {
    const p = kept[i];
    const next = tokens[p.b];
    if (p.verdict!.type === 'organisation' && next && next.start - tokens[p.b - 1].end === 1 && MODEL.test(doc.text.slice(next.start, next.end)) && !/^(19|20)\d\d$/.test(next.lower)) kept.splice(i, 1);
  }
  // Longest names first, acronyms defined in brackets before other short forms, then by position.
  const byLength = [...kept].sort((x, y) => y.b - y.a - (x.b - x.a) || Number(!!y.aliasOf) - Number(!!x.aliasOf) || x.a - y.a);
  const pieceGroup = new Map<Piece, Group>();
  for (const p of byLength) {
    const v = p.verdict!;
    const text = doc.text.slice(tokens[p.a].start, tokens[p.b - 1].end).replace(/\s+/g, ' ');
    let g: Group | undefined;
    if (p.aliasOf && pieceGroup.has(p.aliasOf)) g = pieceGroup.get(p.aliasOf);
    else if (p.aliasOf && p.aliasOf.verdict) g = groups.of(p.aliasOf.verdict.type, canonicalText(doc, p.aliasOf));
    if (!g && SHORT_FORM_RULES.has(v.rule)) {
      g = groups.containing(v.type, text);
      // "Du Plessis said" after "Barend du Plessis": the particle is capitalised only to open the sentence.
      if (!g && v.type === 'person' && p.b - p.a === 2 && NAME_PARTICLE.test(tokens[p.a].lower)) g = groups.containing(v.type, tokens[p.a].lower + text.slice(tokens[p.a].lower.length));
    }
    // "Morgan Stanley" (a known name) after "Morgan Stanley and Co Inc": the same company without its legal form.
    // "Toyota" after "Toyota Motor Corporation", "Nissan" after "Nissan Motor Co Ltd": or with the trade the
    // company names before its legal form.
    // (the name without its trade first: "Chrysler" is "Chrysler Corp" where the article also names "Chrysler Motors Corp")
    // "Refinery Associates" beside "Refinery Associates Inc", whatever rule typed it: only the legal form differs.
    if (!g && v.type === 'organisation') {
      // ("Acme Robotics" after "Acme Robotics, Inc.": a comma before the legal form)
      const longer = groups.byType.get(v.type)?.filter((o) => o.name.startsWith(text + ' ') || o.name.startsWith(text + ', ')) ?? [];
      const withForm = (o: Group, trade: number) => {
        const rest = o.name.slice(text.length + 1).split(/[\s,]+/).filter(Boolean);
        if (trade && !(rest.length > 1 && (TRADE_WORDS.test(rest[0].toLowerCase()) || GROUP_WORDS.test(rest[0].toLowerCase())) && CORPORATE_FORM.test(rest[rest.length - 1].toLowerCase()))) return false;
        return rest.slice(trade).every((w) => lex.legalForms.has(w.toLowerCase()) || /^(and|&|group|holdings)$/i.test(w));
      };
      g = longer.find((o) => withForm(o, 0)) ?? (v.rule === 'lexicon.known' ? longer.find((o) => withForm(o, 1)) : undefined);
    }
    // "Xinjiang Forum" after "... Vocational Education Xinjiang Forum": a shortened name of the same event.
    if (!g && v.type === 'event' && !p.nested && p.b - p.a >= 2) {
      g = groups.byType.get(v.type)?.find((o) => o.name.length > text.length && o.name.endsWith(' ' + text) && !/ (of|for|the)$/i.test(o.name.slice(0, -text.length - 1)));
    }
    if (!g && v.rule === 'org.acronym') g = groups.organisationFor(text);
    // "Karimov, 54," after "Ahmed Karimov": the same person, whatever rule typed this mention.
    if (!g && v.type === 'person' && p.b - p.a === 1) g = groups.personEndingWith(text);
    if (!g && !SHORT_FORM_RULES.has(v.rule)) g = groups.withAlias(v.type, text);
    // "Activision" beside "Activision Blizzard": a name the context typed as a company is the first word of the
    // one company the article names in full.
    if (!g && v.type === 'organisation' && !v.strong && p.b - p.a === 1 && !lex.genericWords.has(tokens[p.a].lower)) {
      const full = groups.byType.get('organisation')?.filter((o) => o.name.startsWith(text + ' '));
      if (full?.length === 1) g = full[0];
    }
    if (!g) g = groups.of(v.type, v.canonical ?? canonicalText(doc, p));
    if (key(text) !== key(g.name)) groups.addAlias(g, text);
    const ext = extent(doc, lex, p, byStart);
    g.refs.push({ piece: p, start: ext.start, end: ext.end });
    pieceGroup.set(p, g);
  }
  for (const g of groups.order) if (g.type === 'person') addRoleAppositions(doc, lex, g, byStart);
  const mentions: MentionRef[] = [];
  const rows: EntityRow[] = [];
  for (const g of groups.order) {
    g.refs.sort((x, y) => x.start - y.start);
    const id = entityId(g.type, g.name);
    rows.push({
      articleId: doc.article.id,
      id,
      type: g.type,
      name: g.name,
      aliases: [...g.aliases].sort(),
      mentions: g.refs.map((r) => ({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), rule: r.piece.verdict!.rule })),
    });
    for (const r of g.refs) {
      const ref: MentionRef = { a: r.piece.a, b: r.piece.b, start: r.start, end: r.end, type: g.type, entityId: id, name: g.name, rule: r.piece.verdict!.rule, nested: r.piece.nested };
      if (g.type === 'place') {
        const kind = lex.places.get(key(g.name))?.kind ?? (lex.demonyms.has(key(doc.text.slice(r.start, r.end))) ? 'country' : undefined);
        if (kind) ref.placeKind = kind;
        const written = canonicalText(doc, r.piece);
        if (lex.countryNames.has(key(written))) ref.written = written;
      }
      mentions.push(ref);
    }
  }
  rows.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  mentions.sort((x, y) => x.a - y.a || y.b - x.b);
  doc.entities = rows;
  doc.mentions = mentions;
}

/**
 * "Stephen Harper, Prime Minister of Canada", "Fritz Henderson, the Chief Executive Officer of General Motors":
 * a role in capitals after a person's name, with the organisation or place it belongs to, is another mention
 * of that person (news annotation counts such descriptions). Marked nested, so that relations read the name.
 */
function addRoleAppositions(doc: Doc, lex: EntityLexicon, g: Group, byStart: Map<number, Piece>): void {
  const tokens = doc.tokens;
  for (const r of [...g.refs]) {
    const p = r.piece;
    if (p.nested || tokens[p.b]?.lower !== ',') continue;
    // The mention starts after the comma, at "the" when there is one.
    const from = p.b + 1;
    const roleStart = tokens[from]?.lower === 'the' ? from + 1 : from;
    const first = tokens[roleStart];
    if (!first?.cap || first.sent !== p.sent) continue;
    const rl = roleLength(doc, lex, roleStart, Math.min(tokens.length, roleStart + 4));
    if (rl === 0) continue;
    let b = roleStart + rl;
    if (tokens[b]?.lower === 'of') {
      const s = tokens[b + 1]?.lower === 'the' ? b + 2 : b + 1;
      const q = byStart.get(s);
      if (!q || (q.verdict?.type !== 'organisation' && q.verdict?.type !== 'place')) continue;
      b = q.b;
    }
    const next = tokens[b];
    if (next && !/^[,.;:)]$/.test(next.lower) && !next.nl) continue;
    const role = piece(roleStart, b, -1, p.sent, verdict('person', 'person.role-apposition', true), true);
    g.refs.push({ piece: role, start: tokens[from].start, end: tokens[b - 1].end });
  }
}

function canonicalText(doc: Doc, p: Piece): string {
  return doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 1].end).replace(/\s+/g, ' ');
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/**
 * The mention's extent follows news annotation practice (ACE, MEANTIME): a title before a person's name
 * belongs to the mention, and so does "the" before a name that heads its noun phrase ("the Pentagon",
 * but not "the Airbus website").
 */
const PLURAL_DESCRIPTOR = /^(companies|firms|carriers|banks|airlines|groups|makers|manufacturers|producers|concerns|utilities|insurers|lenders|brokers|brokerages|retailers|operators|refiners|distributors|suppliers|exchanges|agencies|unions|automakers|carmakers|giants|rivals|conglomerates|houses)$/;
const COURTESY = /^(mr|mrs|ms|miss|mx|dr|sir|dame|mme|mlle|m|herr|frau)\.?$/;

function extent(doc: Doc, lex: EntityLexicon, p: Piece, byStart: Map<number, Piece>): { start: number; end: number } {
  const tokens = doc.tokens;
  // Honorifics and titles written as such belong to the mention ("President Vladimir Putin", "Mr. Lee",
  // "Chief executive Thomas Enders"); job descriptions do not ("CEO Steve Jobs", "chief executive Steve Jobs").
  const type = p.verdict!.type;
  const honorific = p.titleA >= 0 && (!lex.roles.has(spanKey(doc, p.titleA, p.a)) || writtenAsTitle(doc, p.titleA));
  let a = honorific ? p.titleA : p.a;
  // "Chief executive Thomas Enders": a title in capitals that the candidate run did not take in.
  if (!honorific && type === 'person' && p.titleA < 0) {
    for (let n = Math.min(3, a); n >= 1; n--) {
      if (lex.titles.has(spanKey(doc, a - n, a)) && writtenAsTitle(doc, a - n) && !tokens[a].nl) {
        a -= n;
        break;
      }
    }
  }
  // "U.S. President Barack Obama": the country whose title it is; not "Bank of Korea Governor Park Sung-sang", nor
  // a courtesy title, which belongs to no country ("the deal with Tanzania Mr Brown said").
  // ("Papua New Guinea Foreign Minister": the country's whole name, not "Guinea")
  if (a < p.a && a > 0 && !COURTESY.test(tokens[a].lower) && tokens[a - 1].cap && !tokens[a].nl) {
    for (let n = Math.min(4, a); n >= 1; n--) {
      if (!tokens[a - n].cap || tokens[a - n - 1]?.lower === 'of' || lex.places.get(spanKey(doc, a - n, a))?.kind !== 'country') continue;
      a -= n;
      break;
    }
  }
  let b = p.b;
  sets ??= lazySets();
  // "aircraft manufacturer Boeing", "Russian flag carrier Aeroflot": the descriptive phrase before a name.
  // (not a plural one, which describes a list the name is one of: "U.S. Oil companies Tenneco Inc and Texas Eastern")
  // (nor a verb after a negation or "do": "did not exchange GM bonds"; the tagger also reads "similar to rival
  // Honda" and "was broker R. Nivison" as verbs)
  const verbAfterDo = a > 1 && tokens[a - 1].pos === 'VERB' && /^(not|n't|do|does|did|never)$/.test(tokens[a - 2].lower);
  if (type === 'organisation' && a > 0 && sets.descriptors.has(tokens[a - 1].lower) && !verbAfterDo && !PLURAL_DESCRIPTOR.test(tokens[a - 1].lower) && !tokens[a].nl) a = premodifierStart(doc, a - 1);
  // "Toulouse, France": a place followed by the region or country that contains it.
  if (type === 'place' && tokens[b]?.lower === ',' ) {
    const q = byStart.get(b + 1);
    const kind = q && lex.places.get(spanKey(doc, q.a, q.b))?.kind;
    // "India, China" is a list: only a city or region is followed by what contains it.
    const own = lex.places.get(spanKey(doc, p.a, p.b))?.kind;
    // (nor a sea: "from the Gulf of Mexico, Alaska, the North Sea")
    const sea = /^(gulf|sea|bay|strait|straits|ocean)$/.test(tokens[p.a].lower);
    const contains = !sea && (kind === 'country' ? own !== 'country' && own !== 'continent' : kind === 'region' && own !== 'region' && own !== 'country' && own !== 'continent');
    if (q && q.verdict?.type === 'place' && contains && !tokens[b + 1].nl && !placeList(doc, lex, byStart, p, q)) b = q.b;
  }
  // "the (provincial) government of Ontario": a country's or region's government is a mention of that place.
  if (type === 'place' && a === p.a) a = governmentOf(doc, lex, p, a);
  // "Singapore's Changi International Airport": a facility's owner or location belongs to its mention.
  if (type === 'place' && p.verdict!.rule === 'place.head-noun' && a === p.a) a = possessorStart(doc, a);
  const prev = tokens[a - 1];
  const next = tokens[b];
  if (prev && prev.lower === 'the' && !p.nested && (type === 'organisation' || type === 'place') && p.verdict!.rule !== 'place.demonym' && a === p.a) {
    // ("the Apple Chief Executive Officer": a known company before a capitalised role or product modifies it)
    // (not a day or a new sentence after it: "the White House Tuesday", "the U.N. Last year")
    const knownBefore = next?.cap && next.type === 'word' && next.sent === tokens[b - 1].sent && !WEEKDAY.test(next.lower) && !/^(last|next|this)$/.test(next.lower) && p.verdict!.rule === 'lexicon.known' && type === 'organisation';
    const modifier = next && (next.pos === 'NOUN' || (next.pos === 'ADJ' && !next.cap) || next.lower === "'s" || (next.pos === 'PROPN' && !next.cap) || (next.pos === 'VERB' && /ing$/.test(next.lower)) || knownBefore) && !next.nl;
    // "the Atlanta and St. Louis plants": a city's name never takes "the"; here it modifies a later noun.
    // Nor does a one-word country, unless plural ("the Philippines") or an abbreviation ("the U.S."): "the
    // Iran/Contra scandal", "the Japan Fund".
    const placeKind = p.verdict!.rule === 'place.gazetteer' ? lex.places.get(spanKey(doc, p.a, p.b))?.kind : undefined;
    const oneWord = p.b - p.a === 1 && /^[A-Z][a-z]+$/.test(doc.text.slice(tokens[p.a].start, tokens[p.a].end)) && !/s$/.test(tokens[p.a].lower);
    const city = placeKind === 'city' || (placeKind === 'country' && oneWord);
    if (!modifier && !city && !coordinatedModifier(doc, b)) a--;
  }
  // "the Moscone West Convention Center in San Francisco": a facility with the place it stands in.
  if (type === 'place' && p.verdict!.rule === 'place.head-noun' && tokens[b]?.lower === 'in' && !tokens[b + 1]?.nl) {
    const q = byStart.get(b + 1) ?? byStart.get(b + 2);
    const kind = q && lex.places.get(spanKey(doc, q.a, q.b))?.kind;
    if (q && q.verdict?.type === 'place' && (kind === 'city' || kind === 'region' || kind === 'country') && (q.a === b + 1 || tokens[b + 1].lower === 'the')) {
      b = q.b;
      // "..., California": and the region or country that holds that place.
      if (tokens[b]?.lower === ',') {
        const r = byStart.get(b + 1);
        const rk = r && lex.places.get(spanKey(doc, r.a, r.b))?.kind;
        if (r && r.verdict?.type === 'place' && (rk === 'region' || rk === 'country') && kind !== 'country' && !tokens[b + 1].nl) b = r.b;
      }
    }
  }
  return { start: tokens[a].start, end: tokens[b - 1].end };
}

/**
 * "in Peking, Shandong, Hebei and Henan", "Moscow, Poland, East Germany": a list of places, not a city and the
 * region that holds it. A list goes on with a place of the second one's kind ("Hebei"), or began with one of
 * the first one's kind ("Duesseldorf, Frankfurt, Hamburg"); "Albany, N.Y., Birmingham" and "Alabama, Columbus,
 * Ohio" list cities with their states.
 */
function placeList(doc: Doc, lex: EntityLexicon, byStart: Map<number, Piece>, p: Piece, q: Piece): boolean {
  const tokens = doc.tokens;
  const kind = (x: Piece) => (x.verdict?.type === 'place' ? lex.places.get(spanKey(doc, x.a, x.b))?.kind ?? 'place' : null);
  // "Greensboro, N.C.": a state as wire copy abbreviates it follows only a city.
  if (tokens[q.b - 1].lower.endsWith('.')) return false;
  const r = /^(,|and|or)$/.test(tokens[q.b]?.lower ?? '') ? byStart.get(q.b + 1) : undefined;
  if (r && kind(r) === kind(q)) return true;
  if (tokens[p.a - 1]?.lower !== ',') return false;
  for (let j = p.a - 2; j >= Math.max(0, p.a - 5); j--) {
    const x = byStart.get(j);
    if (x) return x.b === p.a - 1 && kind(x) === kind(p);
  }
  return false;
}

/** "the Northrop Grumman and EADS North America plan": names joined by "and" that together modify a noun. */
function coordinatedModifier(doc: Doc, b: number): boolean {
  const tokens = doc.tokens;
  if (tokens[b]?.lower !== 'and' && tokens[b]?.lower !== 'or') return false;
  let j = b + 1;
  if (!tokens[j]?.cap) return false;
  while (j < tokens.length && tokens[j].cap && !tokens[j].nl) j++;
  const after = tokens[j];
  return !!after && !after.cap && after.pos === 'NOUN' && !after.nl;
}

/** Start of the name in "Name's" or "Names'" right before token a, or a itself. */
function possessorStart(doc: Doc, a: number): number {
  const tokens = doc.tokens;
  const pos = tokens[a - 1];
  if (!pos || (pos.lower !== "'s" && pos.lower !== "'") || pos.start !== tokens[a - 2]?.end) return a;
  let s = a - 1;
  while (s - 1 >= 0 && tokens[s - 1].cap && tokens[s - 1].type === 'word' && !tokens[s].nl && tokens[s - 1].sent === tokens[a].sent) s--;
  return s < a - 1 ? s : a;
}

/** Start of "the [adjective] government(s) of" before the place at a, or a itself. */
function governmentOf(doc: Doc, lex: EntityLexicon, p: Piece, a: number): number {
  const tokens = doc.tokens;
  let i = a - 1;
  if (tokens[i]?.lower === 'the') i--;
  if (tokens[i]?.lower !== 'of' || !/^governments?$/.test(tokens[i - 1]?.lower ?? '')) return a;
  const kind = lex.places.get(spanKey(doc, p.a, p.b))?.kind;
  if (kind !== 'country' && kind !== 'region') return a;
  i -= 2;
  if (tokens[i] && tokens[i].pos === 'ADJ' && !tokens[i].cap) i--;
  return tokens[i]?.lower === 'the' && tokens[i].sent === tokens[a].sent ? i : a;
}

/** "President", "Chief executive": a capitalised word, not an acronym ("CEO") or a lower-case role. */
function writtenAsTitle(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const c = doc.text.charCodeAt(t.start + 1);
  return t.cap && t.end - t.start > 1 && c >= 97 && c <= 122;
}

/** First token of the modifiers before a descriptive noun: adjectives, nouns, names, "-based", possessives. */
function premodifierStart(doc: Doc, head: number): number {
  const tokens = doc.tokens;
  const sent = doc.sentences[tokens[head].sent];
  let a = head;
  while (a - 1 >= sent.first) {
    const t = tokens[a - 1];
    if (t.nl && a - 1 !== sent.first) break;
    const glue = t.lower === '-' && tokens[a - 2] && tokens[a - 2].end === t.start;
    if (glue || t.lower === "'s" || ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.lower === 'based') && t.type === 'word')) a--;
    else break;
  }
  // "The United States's largest car manufacturer General Motors"
  if (a - 1 >= sent.first && tokens[a - 1].lower === 'the' && a - 1 === sent.first) a--;
  return a;
}
