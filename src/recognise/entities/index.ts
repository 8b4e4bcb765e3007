// Entity recognition: candidates -> pieces (trimmed, split at coordination, nested names) -> verdicts from
// the words themselves, then from context, then from the rest of the document -> one entity per real-world
// entity with all its mentions and aliases. This file runs those steps in order; each lives in a file of its own.
import type { Doc } from '../../analyse/doc.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { findRuns, HEADLINE_VERBS, headlineSentences, isNameToken, quotedTitles, verbHeadline } from './candidates.js';
import { spanKey, verdict } from './classify.js';
import { entityLexicon, type EntityLexicon } from './lexicon.js';
import { piece, type Piece } from './piece.js';
import { datelinePieces, piecesOf } from './pieces.js';
import { contextVerdict } from './context.js';
import { acronymDefinitions, acronymOf } from './acronyms.js';
import { partnerships } from './partnerships.js';
import { nicknamedPeople } from './nicknames.js';
import { propagate } from './propagate.js';
import { buildEntities } from './groups.js';
import { MODEL, sets, WEEKDAY } from './words.js';
import { MONTHS } from '../../analyse/calendar.js';

export { entityLexicon, readUserLexicon, type UserLexiconEntry } from './lexicon.js';

export interface EntityOptions {
  lexicons?: string[];
}

export function recogniseEntities(doc: Doc, options: EntityOptions = {}): void {
  if (doc.tokens.length === 0) return;
  const lex = entityLexicon(options.lexicons);
  const titles = quotedTitles(doc);
  const headlines = headlineSentences(doc);
  const pieces: Piece[] = [];
  for (const run of findRuns(doc, lex, titles)) {
    // ("cut to CCC from B-minus International Rectifier Corp's debentures": the grade is no part of the name)
    const a = run.a + gradeBefore(doc, run.a, run.b);
    for (const p of piecesOf(doc, lex, a, run.b, run.sent)) pieces.push(p);
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
  nicknamedPeople(doc, lex, pieces);
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
  // ("He said that the Kitty Hawk is operating": a ship the article named as one is no name wherever it recurs)
  const ships = new Set<string>();
  // Kept in place, in order (a splice per dropped piece is quadratic on a long article).
  let kept = 0;
  for (const p of pieces) {
    // "LONDON, March 26 - The Bank of England said", "MAIZE - Sales were light": a dateline or a section's label
    // inside the text, in capitals at a line's start: the place it names, or no name at all.
    if (p.a > 0 && labelsLine(doc, p)) {
      const k = spanKey(doc, p.a, p.b);
      if (lex.places.has(k)) p.verdict = verdict('place', 'dateline.place', true, lex.countryNames.get(k));
      else if (doc.tokens.slice(p.a, p.b).every((t) => doc.writesInLowerCase(t.lower))) continue;
    }
    // ("5 mln U.S. Dlrs", "Canadian dlrs", "235 mln H.K. Dlrs": wire copy's dollar too)
    if (((p.verdict?.type === 'place' || (p.b - p.a === 1 && /^(n\.z|h\.k)\.$/.test(doc.tokens[p.a].lower))) && /^(dollars?|dlrs?)$/.test(doc.tokens[p.b]?.lower ?? '')) || (indices.size > 0 && indices.has(spanKey(doc, p.a, p.b))) || creditRating(doc, p)) continue;
    pieces[kept++] = p;
  }
  pieces.length = kept;
  // (the initials of the names typed so far: "CCC" of "Commodity Credit Corp" is no term, whatever the text spells)
  const spelledByNames = new Set<string>();
  for (const p of pieces) if (p.verdict && p.b - p.a >= 2) spelledByNames.add(acronymOf(doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 1].end)));
  for (const p of pieces) {
    if (p.verdict?.rule === 'org.acronym' && (!acronymInContext(doc, p) || termAcronym(doc, lex, p) || spelledInLowerCase(doc, p, spelledByNames))) p.verdict = null;
    // "Dina Camiones, a truck subsidiary of Diesel Nacional": what the text says the name is beats a first name, or a
    // place's head ("Vantage Towers, the mobile mast company controlled by Vodafone").
    if ((p.verdict?.rule === 'person.given-name' || p.verdict?.rule === 'place.head-noun') && organisationApposition(doc, p)) p.verdict = verdict('organisation', 'org.descriptor-after', true);
    // ("Czech mobile phone operator Oskar Mobil": and what a noun no person is called says it is before it; not
    // "publisher Robert Maxwell", nor "Chairman of the firm Gordon Wu")
    const before = doc.tokens[p.a - 1];
    if (p.verdict?.rule === 'person.given-name' && before && COMPANY_ONLY.test(before.lower) && doc.tokens[p.a - 2]?.lower !== 'the') p.verdict = verdict('organisation', 'org.descriptor-before', true);
    // ("Civil Aviation minister Richard Prebble": a portfolio its head noun typed, opening a minister's title)
    if (p.verdict?.rule === 'org.head-noun' && p.b < doc.tokens.length && lex.titles.has(spanKey(doc, p.a, p.b + 1))) p.verdict = null;
    // "the Al Ahram newspaper", "the Al Futtaim group": "Al" is the Arabic article there, not the given name.
    if (p.verdict?.rule === 'person.given-name' && doc.tokens[p.a].lower === 'al' && doc.tokens[p.a - 1]?.lower === 'the' && sets.descriptors.has(doc.tokens[p.b]?.lower ?? '')) {
      p.verdict = verdict('organisation', 'org.descriptor-after-name', true);
    }
    // "Kroger Co's King Soopers Supermarkets unit", "its King Kullen division": a unit of a company, named after its
    // owner, is no person whatever title opens it.
    if (p.verdict?.type === 'person' && p.titleA >= 0 && UNIT.test(doc.tokens[p.b]?.lower ?? '') && /^(its|'s)$/.test(doc.tokens[p.titleA - 1]?.lower ?? '')) {
      p.a = p.titleA;
      p.titleA = -1;
      p.verdict = verdict('organisation', 'org.unit-of', true);
    }
    // "the aircraft carrier Admiral Gorshkov", "the aircraft carrier Kitty Hawk": a kind of ship opens the ship's
    // name, no person's nor company's, whether a title or a given name follows it.
    const ship = shipNamedAt(doc, p.titleA >= 0 ? p.titleA : p.a) && p.verdict?.rule !== 'lexicon.known';
    if (ship) {
      p.verdict = null;
      ships.add(spanKey(doc, p.a, p.b));
    }
    // "At 0800 UTC, the Bank of Canada": a time zone or unit is never a name, whatever surrounds it.
    const notName = p.b - p.a === 1 && lex.notAcronyms.has(doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.a].end));
    if (!p.verdict && !headlines[p.sent] && !notName && !ship) p.verdict = contextVerdict(doc, lex, p);
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
  partnerships(doc, lex, pieces);
  acronymDefinitions(doc, lex, pieces);
  propagate(doc, lex, pieces, headlines);
  headNounsInCapitals(doc, pieces);
  makerOfProduct(doc, lex, pieces);
  const extra = datelinePieces(doc, lex);
  buildEntities(doc, lex, [...extra, ...pieces.filter((p) => p.verdict && !monthMay(doc, p) && !tableRowLabel(doc, p) && !(ships.size > 0 && ships.has(spanKey(doc, p.a, p.b)) && p.verdict.rule !== 'lexicon.known'))]);
}

/** Rules that type a name by its last word, which a headline in capitals gives every word of. */
const HEAD_NOUN_RULES = new Set(['org.head-noun', 'org.head-noun-inside', 'event.head-noun']);

/**
 * "SOVIET UNION, INDIA SIGN CREDIT DEAL", "JAPAN, CHINA TO SIGN TRADE ACCORD NEXT WEEK": in a headline in capitals
 * (or in title case: "... Announce Strategic Partnership"), words typed only by their head noun are no name unless
 * the body names them.
 */
function headNounsInCapitals(doc: Doc, pieces: Piece[]): void {
  if (doc.sentences.length < 2 || !verbHeadline(doc, doc.sentences[0])) return;
  const body = new Set<string>();
  for (const p of pieces) if (p.sent > 0 && p.verdict) body.add(spanKey(doc, p.a, p.b));
  // (a head the article writes in lower case elsewhere, or the object of the headline's verb: not "THE BANK OF KOREA
  // SAID" in a story all in capitals)
  const common = (p: Piece) => doc.writesInLowerCase(doc.tokens[p.b - 1].lower) || HEADLINE_VERBS.has(doc.tokens[p.a - 1]?.lower ?? '');
  for (const p of pieces) if (p.sent === 0 && p.verdict && HEAD_NOUN_RULES.has(p.verdict.rule) && !body.has(spanKey(doc, p.a, p.b)) && common(p)) p.verdict = null;
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

/**
 * A ship's name starts at token a: a kind of ship is written right before it ("the tanker Atlantic Empress"), "carrier"
 * only as an aircraft or cargo carrier ("carrier Aeroflot" is an airline).
 */
function shipNamedAt(doc: Doc, a: number): boolean {
  const kind = doc.tokens[a - 1]?.lower ?? '';
  // (not the verb: "to ship SRW wheat")
  // ("the bulk carrier Envoy", "the product carrier Ocean City": a cargo ship too)
  return sets.vessels.has(kind) && doc.tokens[a - 1].pos !== 'VERB' && (kind !== 'carrier' || /^(aircraft|bulk|product|ore|crude|oil|gas|lng|lpg|container)$/.test(doc.tokens[a - 2]?.lower ?? ''));
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

let marketIndices: Set<string> | null = null;

/** A name followed by "index", "stock index", "indices" or "average" that no rule made a place. */
/** Words in capitals at a line's start, then a dash, or a date and a dash: "LONDON -", "PARIS, March 3 -". */
function labelsLine(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  // (the dash first: it rules out nearly every piece without looking back along the line)
  let q = p.b;
  if (tokens[q]?.lower === ',' && Object.hasOwn(MONTHS, tokens[q + 1]?.lower ?? '') && tokens[q + 2]?.type.startsWith('number')) q += 3;
  if (!/^(-|--|—)$/.test(tokens[q]?.lower ?? '')) return false;
  for (let i = p.a; i < p.b; i++) {
    const written = doc.text.slice(tokens[i].start, tokens[i].end);
    if (written !== written.toUpperCase() || written.length < 2) return false;
  }
  const start = tokens[p.a].start;
  const lineStart = doc.text.lastIndexOf('\n', start - 1);
  return lineStart >= 0 && doc.text.slice(lineStart + 1, start).trim() === '';
}

/** A credit rating's grade: "AA", "A-plus", "Baa-1", "BBB-minus". */
const RATING_GRADE = /^(AAA|AA|A|BBB|BB|B|CCC|CC|C|Aaa|Aa|Baa|Ba|Caa|BAA|BA|CAA)([-+]|-?[123]|-(plus|minus))?$/;
/** Words that say a sentence is about credit ratings. */
const RATING_WORDS = /^(rated|rating|ratings|upgraded|downgraded|upgrade|downgrade|upgrades|downgrades|affirmed)$/;

/** Tokens a grade spans from token i ("BBB-plus" is three), or 0. */
function gradeLength(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (!t) return 0;
  const [h, x] = [tokens[i + 1], tokens[i + 2]];
  if (h?.lower === '-' && h.start === t.end && x?.start === h.end && RATING_GRADE.test(doc.text.slice(t.start, x.end))) return 3;
  return RATING_GRADE.test(doc.text.slice(t.start, t.end)) ? 1 : 0;
}

/** Does the sentence of token i speak of credit ratings (a word for them, or "to A-minus from BBB-plus")? */
function aboutRatings(doc: Doc, i: number): boolean {
  const sentence = doc.sentences[doc.tokens[i].sent];
  for (let k = sentence.first; k < sentence.last; k++) {
    // ("Standard and Poor's Corp rates them AA": the verb with its object, not "interest rates")
    if (RATING_WORDS.test(doc.tokens[k].lower) || (/^rates?$/.test(doc.tokens[k].lower) && /^(it|them|the|its|their|this|these|each|both)$/.test(doc.tokens[k + 1]?.lower ?? ''))) return true;
    if (doc.tokens[k].lower !== 'from' || gradeLength(doc, k + 1) === 0) continue;
    // ("to AA from", "to A-minus from": the grade before "from", one token or three)
    const before = gradeLength(doc, k - 1) === 1 ? k - 1 : gradeLength(doc, k - 3) === 3 ? k - 3 : -1;
    if (before > 0 && doc.tokens[before - 1].lower === 'to') return true;
  }
  return false;
}

/**
 * "rated A-2 by Moody's and AA by Standard and Poor's", "upgraded to BBB-plus from BBB": a grade in a sentence about
 * ratings names nothing (a lone letter only right after "rated", "to" or "from", or before "by": "B and C" is a firm;
 * nor an acronym defined in brackets: "the Commodity Credit Corporation (CCC)").
 */
function creditRating(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  if (gradeLength(doc, p.a) !== p.b - p.a || tokens[p.a - 1]?.lower === '(') return false;
  if (p.b - p.a === 1 && tokens[p.a].lower.length === 1 && !/^(rated|to|from)$/.test(tokens[p.a - 1]?.lower ?? '') && tokens[p.b]?.lower !== 'by') return false;
  // ("Norstar carries AA senior debt", "the AA commercial paper composite rate": the grade of a debt)
  if ((p.b - p.a > 1 || tokens[p.a].lower.length > 1) && /^(senior|subordinated|debt|commercial)$/.test(tokens[p.b]?.lower ?? '')) return true;
  return aboutRatings(doc, p.a);
}

/** The tokens of a grade that opens the run [a, b) before a name, else 0. */
function gradeBefore(doc: Doc, a: number, b: number): number {
  const n = gradeLength(doc, a);
  return n > 0 && b - a > n && /^(to|from)$/.test(doc.tokens[a - 1]?.lower ?? '') && doc.tokens[a + n].cap && aboutRatings(doc, a) ? n : 0;
}

function isIndexName(doc: Doc, p: Piece): boolean {
  if (p.verdict?.type === 'place' || p.verdict?.type === 'person') return false;
  const tokens = doc.tokens;
  // "Germany's DAX fell", "the Sensex plunged": an index news names bare.
  if ((marketIndices ??= lexiconSet('market-indices.txt')).has(spanKey(doc, p.a, p.b))) return true;
  // "The Nasdaq fell 82.65 points", "the Dow rose 1.2%": an exchange's or a newspaper's name that moves by points or a
  // share is its index.
  if (INDEX_OWNERS.test(spanKey(doc, p.a, p.b)) && movesByAmount(doc, p.b)) return true;
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

/** Names of exchanges, newspapers and firms that news also uses for their index. */
const INDEX_OWNERS = /^(nasdaq|dow|dow jones|nikkei|ftse|hang seng|asx|tsx|nyse|s&p|standard & poor's)$/;

/** The verb of a market's move at token k, with its amount soon after: "fell 82.65 points", "rose 1.2%". */
function movesByAmount(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  if (!/^(rose|fell|gained|lost|dropped|climbed|slipped|added|jumped|plunged|tumbled|declined|rallied|surged|edged|slid|sank|shed|closed|ended|finished)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let q = k + 1; q < k + 5 && tokens[q]; q++) if (tokens[q].type === 'number' || tokens[q].pos === 'NUM') return true;
  return false;
}

/** "Black Monday", "Cyber Monday": a day's name, not an organisation. */
function isDayName(doc: Doc, p: Piece): boolean {
  return p.b - p.a >= 2 && p.verdict?.type !== 'person' && p.verdict?.type !== 'place' && WEEKDAY.test(doc.tokens[p.b - 1].lower);
}

/** The last word of an agreement's name ("Economic Partnership Agreement", "Kyoto Protocol"). */
const AGREEMENT_NAME = /^(agreement|agreements|treaty|treaties|accord|accords|pact|protocol)$/;

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

/**
 * "Maintenance, Repair and Overhaul (MRO) operations": an acronym in brackets whose capitalised words before it spell
 * it, none of them an organisation's head, and that modifies a noun after it, names a term, not a body.
 */
function termAcronym(doc: Doc, lex: EntityLexicon, p: Piece): boolean {
  const t = doc.tokens;
  // (and used as a modifier: "(MRO) operations"; not "Research In Motion (RIM) rose")
  const after = t[p.b + 1];
  if (p.b - p.a !== 1 || t[p.a - 1]?.lower !== '(' || t[p.b]?.lower !== ')' || !after || after.cap || after.pos !== 'NOUN') return false;
  const letters = doc.text.slice(t[p.a].start, t[p.a].end);
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  let initials = '';
  for (let q = p.a - 2; q >= 0 && p.a - 2 - q < 10; q--) {
    if (/^(and|of|for|the|&|,)$/.test(t[q].lower)) continue;
    if (!t[q].cap || t[q].type !== 'word' || lex.orgHeads.has(t[q].lower) || lex.legalForms.has(t[q].lower)) return false;
    initials = doc.text[t[q].start] + initials;
    if (initials === letters) return !t[q - 1]?.cap;
    if (!letters.endsWith(initials)) return false;
  }
  return false;
}

/** Heads of the names of bodies, which some write in lower case ("the federal open market committee"). */
const BODY_HEADS = /^(committee|commission|council|board|bank|agency|authority|association|federation|union|organisation|organization|institute|ministry|department|office|court|party|assembly|parliament|corporation|company|exchange|fund|foundation|service)$/;

/**
 * "hospital PPP", then "a public-private partnership agreement": an acronym the article spells out in lower case
 * elsewhere is a term, not a body's name.
 */
function spelledInLowerCase(doc: Doc, p: Piece, spelledByNames: ReadonlySet<string>): boolean {
  const t = doc.tokens;
  if (p.b - p.a !== 1) return false;
  const written = doc.text.slice(t[p.a].start, t[p.a].end);
  return /^[A-Za-z]{3,6}$/.test(written) && !spelledByNames.has(written) && lowerCaseInitials(doc).has(written.toLowerCase());
}

/**
 * The initials of every run of three to six words in lower case, adjectives and nouns ending in a noun, that is no
 * body's name ("public-private partnership": ppp; not "costs in addition" for CIA), built once per document.
 */
function lowerCaseInitials(doc: Doc): Set<string> {
  let found = initialsOf.get(doc);
  if (found) return found;
  found = new Set<string>();
  const t = doc.tokens;
  const spells = (q: number) => t[q]?.type === 'word' && !t[q].cap && (t[q].pos === 'ADJ' || t[q].pos === 'NOUN');
  for (let i = 0; i < t.length; i++) {
    let initials = '';
    // (word by word, past the hyphens that glue "public-private")
    for (let q = i; initials.length < 6 && spells(q); ) {
      initials += t[q].lower[0];
      const next = t[q + 1]?.lower === '-' && t[q + 1].start === t[q].end ? q + 2 : q + 1;
      // (a body's head noun ends a name some write in lower case: "the federal open market committee, FOMC,")
      if (initials.length >= 3 && next === q + 1 && t[q].pos === 'NOUN' && !BODY_HEADS.test(t[q].lower)) found.add(initials);
      q = next;
    }
  }
  initialsOf.set(doc, found);
  return found;
}
const initialsOf = new WeakMap<Doc, Set<string>>();

/**
 * ", a truck subsidiary of", ", the retailer,": an apposition headed by an organisation noun (a few lower-case
 * words before it, then the end of the noun phrase), not one that only mentions one ("the company's chairman").
 */
function organisationApposition(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  if (tokens[p.b]?.lower !== ',' || !/^(a|an|the)$/.test(tokens[p.b + 1]?.lower ?? '')) return false;
  const descriptors = sets.descriptors;
  for (let i = p.b + 2; i < Math.min(tokens.length, p.b + 6); i++) {
    const t = tokens[i];
    // ("David Shakarian, the founder of the company": the apposition's head comes before "of")
    if (t.type !== 'word' || t.cap || t.lower === 'of') return false;
    if (descriptors.has(t.lower)) return !tokens[i + 1] || /^(of|,|\.|;|that|which|based|in|owned|controlled)$/.test(tokens[i + 1].lower);
  }
  return false;
}

/** Nouns that describe a company and never a person, before its name: "operator Oskar Mobil", "studio Pixar". */
const COMPANY_ONLY = /^(company|firm|operator|carrier|airline|studio|bank|lender|insurer|retailer|chain|broadcaster|conglomerate|automaker|carmaker|planemaker|manufacturer|utility)$/;

/** Nouns a company's own unit is written with: "its King Soopers Supermarkets unit". */
const UNIT = /^(unit|division|subsidiary|affiliate)$/;
