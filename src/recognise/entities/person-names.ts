// The shapes of a person's name: given names and surnames, titles and portfolios before a name ("Foreign
// Minister Sergei Lavrov"), Arabic and Chinese names.
import type { Doc, Token } from '../../analyse/doc.js';
import { ARABIC_ARTICLE, isAcronym, isNameToken } from './candidates.js';
import { headKind, pinyinLike, spanKey } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import { isPortfolio, portfolioEnd, portfolioListFrom } from './portfolio-list.js';

/** A word a person's name may open with: a given name, or a Chinese surname written first. */
export function personFirstWord(lex: EntityLexicon, w: string): boolean {
  return lex.givenNames.has(w) || lex.chineseSurnames.has(w);
}

/**
 * Token index of "of" in "Robert Brusca of Nikko Securities" or "Jeffrey Leeds of Chemical Bank": a given name
 * and one or two more name words (an initial among them: "Stephen T. McClellan"), then "of" and an organisation's
 * name (a head noun, a legal form, a known name) to the end of [a, b); else -1. Not "General Motors of Canada Ltd",
 * "Royal Bank of Canada" (words of organisations' names), nor "Hunter Helicopter of Nevada" (a place after "of").
 */
export function personOf(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
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

/** Initials written as one token: "j.c.", "p.s.", "r.". */
export const INITIALS = /^([a-z]\.)+$/;

/** A speech verb right before a name: who said it is a person. */
export const SPOKEN = /^(said|says|added|adds|told|explained|noted|warned)$/;

/**
 * The "of" or "for" that ends a titled person's name: one to three name words after the title, then the
 * connector and a capitalised word ("Pete Domenici of New Mexico", "Reagan for the Bank"); -1 when none, or
 * when the lexicons know the whole run as one name.
 */
export function titledNameEnd(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
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
export function nameWordsTo(lex: EntityLexicon, tokens: Token[], a: number, o: number): boolean {
  for (let k = a; k < o; k++) if (!(surnameWord(lex, tokens[k]) || (k < o - 1 && /^[a-z]\.$/.test(tokens[k].lower)))) return false;
  return true;
}

/** A capitalised word that may be a surname: no word of organisations' names (a place's name may be one). */
export function surnameWord(lex: EntityLexicon, t: Token): boolean {
  return isNameToken(t) && !lex.orgHeads.has(t.lower) && !lex.placeHeads.has(t.lower) && !lex.legalForms.has(t.lower) && !lex.genericWords.has(t.lower);
}

/**
 * Where the name starts after a title's "for|of" and portfolio ("for Planning Ahsan Iqbal", "of State for Foreign
 * Affairs Bilawal Bhutto Zardari"): two or three name words, or a known given name, end the run; else -1.
 */
export function portfolioThenName(doc: Doc, lex: EntityLexicon, k: number, b: number): number {
  const tokens = doc.tokens;
  // ("Minister of Fisheries Mohamed Abidine Ould Maayif": or a name joined by "Ould", "bin", ...)
  const nameFrom = (at: number) => twoNameWords(lex, tokens, at, b) || threeNameWords(doc, lex, at, b) || (lex.givenNames.has(tokens[at].lower) && b - at <= 3) || arabicName(doc, lex, at, b);
  // ("Minister of Economy and Finance Ilyas Moussa Dawaleh", the title known to its first portfolio: the second one)
  if (tokens[k]?.lower === 'and' && k > 0 && isPortfolio(doc, k - 1, k)) {
    const e = portfolioEnd(doc, k + 1, b);
    return e > 0 && e < b - 1 && nameFrom(e) ? e : -1;
  }
  if (!/^(of|for)$/.test(tokens[k]?.lower ?? '')) return -1;
  let s = k + 1;
  // "of State for Finance"
  if (tokens[s]?.lower === 'state' && tokens[s + 1]?.lower === 'for') s += 2;
  // "of Higher Education, Science and Innovation Kongratbay Sharipov": portfolios written as a list.
  const listEnd = portfolioListFrom(doc, s, b);
  if (listEnd > 0 && listEnd < b - 1) return nameFrom(listEnd) ? listEnd : -1;
  // "of Foreign Affairs Bakhtiyor Saidov": a portfolio known whole before two name words (not "Affairs Bakhtiyor
  // Saidov", three).
  for (let d = 2; d <= 3; d++) if (s + d < b - 1 && isPortfolio(doc, s, s + d) && twoNameWords(lex, tokens, s + d, b)) return s + d;
  // ("for Trade Relations Grace Fu", "of Jal Shakti C.R. Patil": a known given name or initials open the name after a
  // portfolio of more words than the lexicon knows)
  // (initials and a surname end the run first: "Shakti" is a given name too)
  if (b - s >= 3 && tokens[b - 2].cap && /^([a-z]\.){2,}$/.test(tokens[b - 2].lower) && surnameWord(lex, tokens[b - 1])) {
    let k = s;
    while (k < b - 2 && isNameToken(tokens[k])) k++;
    if (k === b - 2) return k;
  }
  // (where a name may start: after one to three portfolio words, none a given name)
  const starts: number[] = [];
  for (let at = s + 1; at <= s + 3 && at < b - 1 && isNameToken(tokens[at - 1]) && !lex.givenNames.has(tokens[at - 1].lower); at++) starts.push(at);
  const given = starts.find((at) => lex.givenNames.has(tokens[at].lower) && nameFrom(at));
  if (given !== undefined) return given;
  for (const at of starts) {
    if (lex.places.has(spanKey(doc, s, at))) return -1;
    if (nameFrom(at)) return at;
  }
  return -1;
}

/**
 * "WHO Director-General Tedros Adhanom Ghebreyesus": three name words that end the run after a title, none a word
 * of organisation or place names ("U.S. Trade Representative Office Building" is none).
 */
export function threeNameWords(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  // ("Deputy Finance Minister Le Thi Bang Tam": four romanised syllables, a Vietnamese name)
  if (b - s === 4 && pinyinLike(doc, s, b)) {
    for (let k = s; k < b; k++) if (!personNameWord(lex, doc.tokens[k])) return false;
    return true;
  }
  if (b - s !== 3) return false;
  for (let k = s; k < b; k++) {
    const t = doc.tokens[k];
    // "Phan Van Khai", "Nguyen Van Thieu": a capitalised particle in the middle, though "Van" is a Turkish city.
    if (k === s + 1 && t.cap && lex.surnameParticles.has(t.lower) && isNameToken(t)) continue;
    if (t.pos !== 'PROPN' || !personNameWord(lex, t)) return false;
  }
  return true;
}

/** Where a name of threeNameWords ends at the run's "and" ("Vo Van Thuong and South Korean President ..."), or -1. */
export function threeNameWordsEnd(doc: Doc, lex: EntityLexicon, s: number, b: number): number {
  let e = s;
  while (e < b && e - s <= 4 && doc.tokens[e].lower !== 'and') e++;
  return e + 1 < b && doc.tokens[e].lower === 'and' && threeNameWords(doc, lex, s, e) ? e : -1;
}

/** A capitalised word that is no word of organisation or place names (heads, legal forms, generic words, places). */
function personNameWord(lex: EntityLexicon, t: Token): boolean {
  return surnameWord(lex, t) && !lex.places.has(t.lower);
}

/**
 * "Abdulla bin Touq Al Marri", "Mohammed bin Salman": name words joined by "bin", "ibn", "Al", "Abu" (or the
 * Mauritanian "Ould", the Maghreb's "Ben") to the end of the run after a title, none a word of organisation or place
 * names.
 */
export function arabicName(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  return arabicNameEnd(doc, lex, s, b) > 0;
}

/** Where the name of arabicName ends: the run's end or its "and" ("Raed Abu Saud and Israeli ..."), or -1. */
export function arabicNameEnd(doc: Doc, lex: EntityLexicon, s: number, b: number): number {
  let e = s;
  while (e < b && doc.tokens[e].lower !== 'and') e++;
  if (e < b && e + 1 === b) return -1;
  if (e - s < 3 || e - s > 6) return -1;
  let joined = false;
  for (let k = s; k < e; k++) {
    const t = doc.tokens[k];
    if (k > s && k < e - 1 && /^(bin|bint|ibn|al|el|abu|ould|ben)$/.test(t.lower)) {
      joined = true;
      continue;
    }
    if (!personNameWord(lex, t)) return -1;
  }
  return joined ? e : -1;
}

/**
 * Two capitalised words at s that end the run or come before its "and": the name after a title ("U.S. President
 * Barack Obama", "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki").
 */
export function twoNameWords(lex: EntityLexicon, tokens: Token[], s: number, b: number): boolean {
  return twoNameWordsEnd(lex, tokens, s, b) > 0;
}

/** Words English uses as auxiliaries: the tagger's AUX on any other capitalised word is a name's ("Shaktikanta Das"). */
const ENGLISH_AUX = /^(is|was|are|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|ought|need|dare)$/;

/** A capitalised word the tagger read as an auxiliary that English has no such word for ("Das", German "the"). */
function foreignAux(t: Token): boolean {
  return t.pos === 'AUX' && !ENGLISH_AUX.test(t.lower);
}

/** Where the two name words of twoNameWords end (the run's end or its "and"), or -1. */
export function twoNameWordsEnd(lex: EntityLexicon, tokens: Token[], s: number, b: number): number {
  // "Kassym-Jomart Tokayev", "Jean-Claude Juncker": a hyphenated first name is one word.
  let f = s + 1;
  if (f + 1 < b && tokens[f].lower === '-' && tokens[f].start === tokens[s].end && tokens[f + 1].start === tokens[f].end && tokens[f + 1].cap) f += 2;
  // "Louw de Graaf", "Hans van der Broek": the lower-case particles of a surname between the two.
  while (f + 1 < b && !tokens[f].cap && lex.surnameParticles.has(tokens[f].lower) && tokens[f + 1].type === 'word') f++;
  // "Hafez al-Assad", "Ali al-Khalifa al-Sabah": Arabic articles glued to the parts of a surname.
  let e = f;
  while (e + 2 < b && ARABIC_ARTICLE.test(tokens[e].lower) && tokens[e + 1].lower === '-' && tokens[e + 1].start === tokens[e].end && tokens[e + 2].start === tokens[e + 1].end && tokens[e + 2].cap) e += 3;
  if (e === f && (f + 1 > b || !tokens[f].cap || !(tokens[f].pos === 'PROPN' || foreignAux(tokens[f])))) return -1;
  if (e > f) f = e - 1;
  if (!tokens[s].cap) return -1;
  // "Admiral Builders Savings and Loan Association", "Cambrian and General Securities Plc": words of a company.
  for (const t of [tokens[s], tokens[f]]) if (lex.orgHeads.has(t.lower) || lex.legalForms.has(t.lower) || lex.genericWords.has(t.lower)) return -1;
  // "Ryu Hong-lim", "Kim Min-soo": a Korean given name after the surname, its second syllable glued in lower case.
  // ("Hayan Abdul-Ghani", "Wladyslaw Kosiniak-Kamysz": or a double surname, both parts capitalised)
  if (e === f && f + 2 < b && tokens[f + 1].lower === '-' && tokens[f + 1].start === tokens[f].end && tokens[f + 2].start === tokens[f + 1].end && tokens[f + 2].type === 'word' && (!tokens[f + 2].cap || tokens[f + 2].pos === 'PROPN')) f += 2;
  return f + 1 === b || (tokens[f + 1].lower === 'and' && f + 2 < b) ? f + 1 : -1;
}

/** Number of tokens, at most max and before b, of the longest phrase of `list` starting at a; 0 when none. */
function phraseLength(doc: Doc, list: Set<string>, a: number, b: number, max: number): number {
  for (let n = Math.min(max, b - a); n >= 1; n--) {
    if (list.has(spanKey(doc, a, a + n))) return n;
  }
  return 0;
}

/** "Chief Commercial Officer", "chief technology officer": any officer with "chief" before it, one or two words between. */
function chiefOfficerLength(doc: Doc, a: number, b: number): number {
  const t = doc.tokens;
  if (t[a]?.lower !== 'chief') return 0;
  for (let n = 2; n <= 3 && a + n < b; n++) {
    if (t[a + n].lower === 'officer' && t[a + n].cap === t[a].cap) return n + 1;
    if (t[a + n - 1].type !== 'word' || t[a + n - 1].cap !== t[a].cap) return 0;
  }
  return 0;
}

/** A role ("Chief Operating Officer") starting at a. */
export const roleLength = (doc: Doc, lex: EntityLexicon, a: number, b: number) => phraseLength(doc, lex.roles, a, b, 4) || chiefOfficerLength(doc, a, b);
/** A person's title ("President", "Mr.") starting at a; or its plural before names ("Presidents Xi Jinping and Vladimir Putin"). */
export function titleLength(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
  // "Morgan Stanley Group Inc <MS.N>": a wire ticker's symbol is no "Ms." before a name.
  if (doc.tokens[a - 1]?.lower === '<' && doc.tokens[a - 1].end === doc.tokens[a].start) return 0;
  const n = phraseLength(doc, lex.titles, a, b, 4) || (doc.tokens[a].cap ? chiefOfficerLength(doc, a, b) : 0);
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
