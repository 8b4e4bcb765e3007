// Candidate names: runs of capitalised tokens joined by connectors (of, and, for, the, &), hyphens,
// legal-form tails (", Ltd.") and short quoted names. One pass over the tokens: linear time.
import type { Doc, Sentence, Token } from '../../analyse/doc.js';
import { lexiconList, lexiconSet } from '../../analyse/lexicon.js';
import { knownPrefixes, spanKey, type EntityLexicon } from './lexicon.js';
import { portfolioListAfter, portfolioListOpens } from './portfolio-list.js';

/** Verbs and conjunctions that wire copy capitalises after "U.S." and "U.K." ("The U.S. Has", "U.S. And Japanese"). */
const WIRE_CAPITAL = /^(has|have|had|is|are|was|were|will|would|shall|should|can|could|may|might|must|did|does|do|said|says|and|or|to|but)$/;

/**
 * Common nouns wire copy capitalises there too ("U.S. Dlrs", "U.S. Officials said", "the U.S. Market"). They end the
 * name only before a word in lower case or a mark: "U.S. Oil Co" and "U.S. Arms Control and Disarmament Agency" are
 * names (counted over Reuters: "U.S. Dlrs" 170 times, "U.S. Dollar" 96, "U.S. Officials" 85).
 */
const WIRE_NOUN = /^(dlrs|dlr|dollar|dollars|cents|officials|official|firms|firm|banks|market|markets|economy|interest|currency|companies|company|sales|bonds|bond|treasuries|exports|imports|investors|investment|industry|policy|pressure|economist|economists|budget|action|sanctions|tariffs|intervention|position|attack|subsidiary|unit|domestic|retail|money|protectionism|wheat|grain|soybean|soybeans|corn|chip|chips|fell|rose|in|on|for|with|over|last)$/;

/**
 * What a company is, capitalised there before the company's own name ("U.S. Firm Honeywell Inc", "U.S. Publisher
 * Harcourt Brace Jovanovich Inc", "U.S. Conglomerate Alcoa"): it ends the country's run whatever follows.
 */
const WIRE_DESCRIPTOR = /^(firm|publisher|conglomerate|subsidiary|affiliate|maker|manufacturer|retailer|carmaker|automaker|chipmaker|brokerage|insurer|lender)$/;

/** Is token j such a word, right after "U.S." or "U.K." (or a dollar after "N.Z." or "H.K.")? */
function wireCapital(tokens: Token[], j: number): boolean {
  // (the token before is tested first: it is rarely "u.s.", and this runs for every capitalised word)
  if (j === 0) return false;
  // ("2.18 N.Z. Dlrs", "235 mln H.K. Dlrs": the currency after the other abbreviations wire copy gives a country)
  if (/^(n\.z|h\.k)\.$/.test(tokens[j - 1].lower)) return /^(dlrs?|dollars?)$/.test(tokens[j].lower);
  if (!/^u\.[sk]\.$/.test(tokens[j - 1].lower)) return false;
  if (WIRE_CAPITAL.test(tokens[j].lower)) return true;
  const next = tokens[j + 1];
  return (WIRE_NOUN.test(tokens[j].lower) && (!next || !next.cap)) || (WIRE_DESCRIPTOR.test(tokens[j].lower) && !!next?.cap && next.type === 'word');
}

/** "Inc.", "Corp.": a word and its period ("K.K.", "N.V." are also a person's initials). */
const WORD_PERIOD = /^[a-z]{2,}\.$/;

export interface Run {
  /** Token range [a, b). */
  a: number;
  b: number;
  sent: number;
}

const QUOTES = new Set(['"', '“', '”', "''", '``', '«', '»']);
const ACRONYM = /^(?:[A-Z][A-Z0-9&]*[A-Z0-9]|(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z][a-z]?[A-Z][A-Za-z]*)$/;

export function isAcronym(s: string): boolean {
  return s.length >= 2 && ACRONYM.test(s) && /[A-Z].*[A-Z]/.test(s) && !SCOTTISH_NAME.test(s);
}

/** "McIvor", "MacAndrews": a surname written with a capital inside, no acronym. */
const SCOTTISH_NAME = /^Ma?c[A-Z][a-z]{2,}$/;

export function isQuote(t: Token, _doc?: Doc): boolean {
  return t.lower.length <= 2 && QUOTES.has(t.lower);
}

/** A hyphen written without spaces between two words ("Kuitun-Dushanzi", "High-tech"). */
export function gluedHyphen(tokens: Token[], j: number, doc: Doc): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  const prev = tokens[j - 1];
  return !!next && !!prev && (t.lower === '-' || t.lower === '–') && prev.end === t.start && t.end === next.start && next.type === 'word' && doc.text.charCodeAt(next.start) !== 0x2d;
}

/** The first word of a joint nationality that is no demonym of its own ("Anglo-", "Franco-", "Sino-"). */
const NATIONALITY_PREFIX = /^(anglo|franco|sino|indo|russo|italo|hispano|greco|austro|german|swiss|dutch|british|us|american|japanese|korean|australian|canadian|swedish|danish|norwegian|finnish|belgian|french|italian|spanish|chinese|indian|russian)$/;

/** Tokens i to i + 2 are a nationality of two countries joined by a hyphen: "Anglo-Dutch", "Franco-German". */
export function jointNationalityAt(doc: Doc, lex: EntityLexicon, i: number): boolean {
  const tokens = doc.tokens;
  return i >= 0 && !!tokens[i + 2] && tokens[i].cap && NATIONALITY_PREFIX.test(tokens[i].lower) && gluedHyphen(tokens, i + 1, doc) && lex.demonyms.has(tokens[i + 2].lower);
}

/** Tokens [a, b) are all capitalised words. */
export function allCapWords(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].type !== 'word' || !tokens[i].cap) return false;
  return true;
}

/** One of the (up to three) name words from token q on, written on one line, is an organisation's head noun. */
function headWithin(tokens: Token[], q: number, heads: Set<string>): boolean {
  for (let r = q; r < q + 3 && tokens[r] && isNameToken(tokens[r]) && (r === q || !tokens[r].nl); r++) if (heads.has(tokens[r].lower)) return true;
  return false;
}

/** A capitalised word without digits (model numbers such as A380 are not part of names). */
export function isNameToken(t: Token): boolean {
  return t.type === 'word' && t.cap && !/\d/.test(t.lower);
}

/** Words a title does not hold but what someone says does: a pronoun, an auxiliary or "not" in lower case. */
const SPOKEN = /^(i|we|you|he|she|it|they|our|my|has|have|had|is|are|was|were|will|would|can|could|should|must|do|does|did|not|n't)$/;

/** Tokens [a, b) read as words someone said ('"has reached an agreement to enter into a contract with Okamoto,"'). */
function spoken(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!tokens[k].cap && SPOKEN.test(tokens[k].lower)) return true;
  return false;
}

/**
 * Token ranges inside quotation marks that hold five or more tokens: titles of reports, themes and slogans, not words
 * someone said.
 * Names are not looked for inside them (places from the gazetteer still are).
 */
export function quotedTitles(doc: Doc): Uint8Array {
  const inTitle = new Uint8Array(doc.tokens.length);
  const tokens = doc.tokens;
  for (const s of doc.sentences) {
    let open = -1;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i];
      if (!isQuote(t, doc)) continue;
      const opens = doc.text[t.start] === '“' || doc.text[t.start] === '`' || (i + 1 < s.last && tokens[i + 1].start === t.end && (i === s.first || tokens[i - 1].end < t.start));
      if (open < 0 && opens) open = i;
      else if (open >= 0) {
        if (i - open - 1 >= 5 && !spoken(tokens, open + 1, i)) for (let k = open + 1; k < i; k++) inTitle[k] = 1;
        open = -1;
      }
    }
  }
  return inTitle;
}

/** Words a headline in capitals writes between names: "to" and wire headlines' verbs ("CHINA TO SIGN TRADE ACCORD"). */
export const HEADLINE_VERBS = lexiconSet('headline-verbs.txt');

/**
 * The first sentence written all in capitals with a verb, a headline ("JAPAN, CHINA TO SIGN TRADE ACCORD NEXT WEEK"):
 * its verbs end names. (Only the first sentence, where a headline stands; a story written all in capitals has its
 * first sentence read so too: "THE BANK OF KOREA SAID IT FIXED ...".)
 */
function capitalsHeadline(doc: Doc, s: Sentence): boolean {
  if (s.i !== 0) return false;
  let words = 0;
  let verb = false;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word') continue;
    if (!CAPITALS.test(doc.text.slice(t.start, t.end))) return false;
    words++;
    // (one with a verb: not a fund's name on a line of its own, "LORD ABBETT BOND DEBENTURE FUND")
    if (HEADLINE_VERBS.has(t.lower)) verb = true;
  }
  return words >= 3 && verb;
}

/**
 * The first sentence written in title case on a line of its own, a blank line after it: a headline, which writes
 * its verbs capitalised too ("Acme Robotics and Nordwind Logistics Announce Strategic Partnership"). Not a wire
 * story's first line cut short: "Western Health Plans Inc said Douglas\nC. Werner has resigned".
 */
function titleCaseHeadline(doc: Doc, s: Sentence): boolean {
  if (s.i !== 0 || doc.sentences.length < 2 || doc.tokens[s.last - 1]?.lower === '.') return false;
  return /^[ \t]*\r?\n[ \t]*\r?\n/.test(doc.text.slice(doc.tokens[s.last - 1].end, doc.tokens[s.last].start + 1)) && isHeadline(doc, s);
}

/** A headline, in capitals or in title case, whose verbs end names: the article's first sentence only. */
export function verbHeadline(doc: Doc, s: Sentence): boolean {
  return capitalsHeadline(doc, s) || titleCaseHeadline(doc, s);
}

/** Sentences written in title case or capitals (headlines): capitalisation there is no evidence of a name. */
export function headlineSentences(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.sentences.length);
  for (const s of doc.sentences) if (isHeadline(doc, s)) out[s.i] = 1;
  return out;
}

const SMALL_WORDS = lexiconSet('connectors.txt');

/** The first sentence ends with a full stop ("... throughout the U.S.": one an abbreviation holds too), and is no headline. */
export function leadSentence(doc: Doc): boolean {
  const s0 = doc.sentences[0];
  return !!s0 && /[.!?]$/.test(doc.tokens[s0.last - 1]?.lower ?? '') && !isHeadline(doc, s0);
}

/** One sentence written in title case or capitals: four words or more, at least four in five capitalised. */
export function isHeadline(doc: Doc, s: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    if (t.type !== 'word' || SMALL_WORDS.has(t.lower)) continue;
    words++;
    if (t.cap) caps++;
  }
  // (not a sentence with a full stop and two words or more in lower case: "The President of the African
  // Development Bank, Akinwumi Adesina, and the Prime Minister of Cote d'Ivoire, ..., signed the memorandum.")
  if (words - caps >= 2 && doc.tokens[s.last - 1]?.lower === '.') return false;
  return words >= 4 && caps / words >= 0.8;
}

const PARTICLES = lexiconSet('surname-particles.txt');
/** Arabic articles glued to a part of a name ("al-Assad", "el-Sisi"). */
export const ARABIC_ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an)$/;
/** Legal forms that no English word spells, so that one in lower case after a name is the name's own. */
const LOWER_CASE_FORM = /^(corp|corp\.|inc|inc\.|ltd|ltd\.|plc)$/;
/** Legal forms that end a company's name right after a possessive ("McDonald's Corp"); not "Trust", "Group". */
const CORPORATE_FORM_AFTER_POSSESSIVE = /^(corp|corp\.|corporation|inc|inc\.|incorporated|ltd|ltd\.|limited|plc|co|co\.|cos|llc)$/;
const POSSESSIVE_IN_NAME = /^(people|children|women|[a-z]*men|workers)$/;

/** Head nouns of meetings and bodies named after their topic with "on". */
const ON_HEADS = /^(forum|conference|summit|convention|dialogue|symposium|seminar|workshop|roundtable|commission|committee|council|panel|task)$/;
const ON_NOT = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an)$/;

/** Plurals that end companies' names ("Salomon Brothers", "Computer Sciences"), not groups of people. */
const COMPANY_PLURAL = /^(brothers|sciences|technologies|resources|securities|partners|motors|utilities|systems|holdings|industries|amusements|resorts|communications|airlines|airways|stores|products|enterprises|services|laboratories|mills|foods|electronics|pharmaceuticals|chemicals|metals|mines|investments)$/;

/** A place of one or two words at token k that nothing capitalised follows ("the Pacific", "the Middle East"). */
function placeEndsName(doc: Doc, lex: EntityLexicon, k: number, last: number): boolean {
  const tokens = doc.tokens;
  for (const n of [2, 1]) {
    if (k + n > last || !lex.places.has(spanKey(doc, k, k + n))) continue;
    return !(tokens[k + n] && isNameToken(tokens[k + n]) && !tokens[k + n].nl);
  }
  return false;
}

/** A known name that does not look like one to isNameToken: with a digit ("3M"), or in camel case ("easyJet", "eBay"). */
function knownAsWritten(lex: EntityLexicon, t: Token, doc: Doc): boolean {
  if (!lex.known.has(t.lower)) return false;
  return (t.cap && /\d/.test(t.lower)) || (!t.cap && t.type === 'word' && CAMEL.test(doc.text.slice(t.start, t.end)));
}
const CAMEL = /^[a-z]{1,4}[A-Z][A-Za-z]*$/;

/**
 * "the U.S.-China trade deal", "the EU-Japan agreement": a place or known body on each side of the glued hyphen at
 * j, and not one name as a whole ("Guinea-Bissau", "Bosnia-Herzegovina", "Air France-KLM").
 */
function twoNamesAt(doc: Doc, lex: EntityLexicon, a: number, j: number): boolean {
  const named = (k: string) => lex.places.has(k) || lex.known.has(k);
  // (spans that would run past the text's last token name nothing: "Boeing-Boeing" ending an article)
  const key = (s: number, e: number) => (e <= doc.tokens.length ? spanKey(doc, s, e) : '');
  const left = [j - 1, j - 2].find((s) => s >= a && named(spanKey(doc, s, j)));
  if (left === undefined || !doc.tokens[j + 1].cap) return false;
  const right = named(key(j + 1, j + 3)) ? j + 3 : named(doc.tokens[j + 1].lower) ? j + 2 : -1;
  // ("Amsterdam-Rotterdam Bank NV", "Dallas-Fort Worth Airport": the pair begins a longer name)
  if (right < 0 || (doc.tokens[right] && isNameToken(doc.tokens[right]) && doc.tokens[right].sent === doc.tokens[j].sent)) return false;
  for (let s = a; s <= left; s++) if (named(key(s, j + 2)) || named(key(s, j + 3))) return false;
  // nor its short form ("Georgia-Pacific said" where the article names Georgia-Pacific Corp)
  return !beginsLongerName(doc, doc.text.slice(doc.tokens[left].start, doc.tokens[right - 1].end));
}

/** Pairs already looked up in an article: an article that writes "U.S.-Japan" a thousand times reads its text once. */
const longerNames = new WeakMap<Doc, Map<string, boolean>>();

/** Whether the article writes `pair` somewhere with a capitalised word after it ("Georgia-Pacific Corp"). */
function beginsLongerName(doc: Doc, pair: string): boolean {
  let seen = longerNames.get(doc);
  if (!seen) longerNames.set(doc, (seen = new Map()));
  let found = seen.get(pair);
  if (found === undefined) {
    found = false;
    for (let at = doc.text.indexOf(pair); at >= 0 && !found; at = doc.text.indexOf(pair, at + 1)) found = /^\s+\p{Lu}/u.test(doc.text.slice(at + pair.length, at + pair.length + 3));
    seen.set(pair, found);
  }
  return found;
}

const WIRE_LABELS = new Set(lexiconList('wire-labels.txt'));

/** A nationality of one or two words at `j` ("Danish", "West German"), then a word in lower case. */
function nationalityBefore(doc: Doc, lex: EntityLexicon, j: number): boolean {
  const tokens = doc.tokens;
  if (!tokens[j].cap) return false;
  const n = lex.demonyms.has(tokens[j].lower) ? 1 : tokens[j + 1]?.cap && lex.demonyms.has(spanKey(doc, j, j + 2)) ? 2 : 0;
  const next = tokens[j + n];
  return n > 0 && !!next && next.type === 'word' && !next.cap;
}

/**
 * Participles glued to a place that say where a company is: "Paris-based", "London-listed", "state-owned"; or who
 * leads a group: "the Saudi-led coalition", "the Citibank-led steering committee".
 */
const LOCATED = /^(based|listed|headquartered|registered|owned|controlled|backed|born|run|funded|quoted|led|headed|sponsored|brokered|financed)$/;

export function findRuns(doc: Doc, lex: EntityLexicon, skip: Uint8Array): Run[] {
  const tokens = doc.tokens;
  const runs: Run[] = [];
  const tails = lexiconSet('org-name-tails.txt');
  const known = knownPrefixes(lex);
  for (const s of doc.sentences) {
    const verbsEndNames = verbHeadline(doc, s);
    let i = s.first;
    while (i < s.last) {
      // "EXCLUSIVE-Saudi Arabia, China sign ...", "RPT-Chevron ...": a wire label glued to the name after it
      // (the hyphen first: a substring per token would be work on every word)
      if (gluedHyphen(tokens, i + 1, doc) && WIRE_LABELS.has(doc.text.slice(tokens[i].start, tokens[i].end))) {
        i += 2;
        continue;
      }
      let a = i;
      // A short quoted name followed by capitalised words: "Belt and Road" Vocational Education Xinjiang Forum.
      const quoted = quotedLead(doc, i, s.last, lex);
      if (quoted > 0) {
        a = i;
        i = quoted;
      } else if (!(isNameToken(tokens[i]) || knownAsWritten(lex, tokens[i], doc)) || skip[i] || lex.tableWords.has(tokens[i].lower) || wireCapital(tokens, i) || (verbsEndNames && HEADLINE_VERBS.has(tokens[i].lower))) {
        i++;
        continue;
      } else i++;
      let j = i;
      // Where the run stood before it first went on as the beginning of a known name.
      let beforeKnown = -1;
      for (;;) {
        if (j >= s.last) break;
        const t = tokens[j];
        if (skip[j]) break;
        if (verbsEndNames && HEADLINE_VERBS.has(t.lower)) break;
        if (gluedHyphen(tokens, j, doc)) {
          // "Paris-based OECD", "London-listed Rio Tinto": the place, then a new name.
          if (LOCATED.test(tokens[j + 1].lower)) break;
          if (twoNamesAt(doc, lex, a, j)) break;
          j += 2;
          continue;
        }
        // "Wang Laboratories Inc. Terms were not disclosed": the period of a legal form may end the sentence too
        // (the sentence splitter keeps abbreviations), so only another legal form goes on ("Plessey Co. Plc").
        if (j > a && isNameToken(t) && WORD_PERIOD.test(tokens[j - 1].lower) && lex.legalForms.has(tokens[j - 1].lower) && !lex.legalForms.has(t.lower)) break;
        // "The U.S. Has signed", "Taiwan and the U.S. Have revised": wire copy capitalises the word after an
        // abbreviation's period; a verb or a conjunction there goes on with the sentence, not the name.
        if (j > a && wireCapital(tokens, j)) break;
        // "its Senetek A/S Danish subsidiary", "Siemens AG West German unit": after a legal form, a nationality
        // before a word in lower case says where the company is, and is no part of its name.
        if (j > a && lex.legalForms.has(tokens[j - 1].lower) && nationalityBefore(doc, lex, j)) break;
        if (isNameToken(t) && !tokens[j].nl && !lex.tableWords.has(t.lower)) {
          j++;
          continue;
        }
        // "Key Tronic corp said", "Schering-Plough corp said": wire copy's legal form in lower case ends the name.
        if (j > a && !t.cap && LOWER_CASE_FORM.test(t.lower) && isNameToken(tokens[j - 1]) && !t.nl) {
          j++;
          break;
        }
        // "Goldman, Sachs and Co and Kidder, Peabody and Co": after a legal form, "and" then "Name," starts the next
        // partnership's name.
        if ((t.lower === 'and' || t.lower === '&') && j > a && lex.legalForms.has(tokens[j - 1].lower) && tokens[j + 2]?.lower === ',') break;
        // "S/P said", "Data I/O Corp": initials joined by a slash, one name.
        if (t.lower === '/' && j > a && /^[a-z]$/.test(tokens[j - 1].lower) && tokens[j - 1].end === t.start && /^[a-z]$/.test(tokens[j + 1]?.lower ?? '') && isNameToken(tokens[j + 1]) && tokens[j + 1].start === t.end) {
          j += 2;
          continue;
        }
        // "the People's Daily", "People's Bank of China", "Children's Hospital": a plural noun's possessive inside a name.
        if (t.lower === "'s" && j > a && POSSESSIVE_IN_NAME.test(tokens[j - 1].lower) && tokens[j - 1].end === t.start && isNameToken(tokens[j + 1]) && !tokens[j + 1].nl) {
          j += 2;
          continue;
        }
        // "McDonald's Corp", "Macy's Inc": a possessive right before the legal form is the company's own name (not
        // "Britain's Plc"; nor before "and" another name, which the run would swallow).
        if (t.lower === "'s" && j > a && tokens[j - 1].end === t.start && tokens[j + 1] && !tokens[j + 1].nl && CORPORATE_FORM_AFTER_POSSESSIVE.test(tokens[j + 1].lower) && tokens[j + 1].cap && !/^(and|&)$/.test(tokens[j + 2]?.lower ?? '') && !lex.legalForms.has(tokens[j - 1].lower) && !lex.places.has(tokens[j - 1].lower)) {
          j += 2;
          continue;
        }
        // "Beeba's Creations Inc", "Fireman's Fund Corp", "Shaw's Supermarkets Inc": one word and its possessive, then
        // capitalised words and a legal form, are the company's own name where the article never writes the word
        // without the possessive (not "Purolator's Stant Inc" beside "Purolator Products", "Murdoch's News Corp" beside
        // "Rupert Murdoch"), and the word is no place's, known company's or legal form ("Britain's Redland Plc"), no
        // acronym ("ATT's Network Systems Group") and not the last of a name a line broke ("Consolidated Natural Gas
        // System's Consolidated Gas Transmission Corp").
        const lastOfName = a > 0 && tokens[a - 1].cap && tokens[a - 1].type === 'word' && tokens[a - 1].lower !== 'the';
        if (t.lower === "'s" && j === a + 1 && tokens[a].end === t.start && !lastOfName && !CAPITALS.test(doc.text.slice(tokens[a].start, tokens[a].end)) && !lex.places.has(tokens[a].lower) && !lex.known.has(tokens[a].lower) && !lex.legalForms.has(tokens[a].lower)) {
          let e = j + 1;
          while (e < s.last && e - j <= 3 && isNameToken(tokens[e]) && !tokens[e].nl && !lex.legalForms.has(tokens[e].lower)) e++;
          if (e > j + 1 && e < s.last && tokens[e].cap && !tokens[e].nl && lex.legalForms.has(tokens[e].lower) && !writtenBare(doc, tokens[a].lower)) {
            j = e + 1;
            continue;
          }
        }
        // "Transport and General Workers' Union", "Fire Brigades' Union", "Post Office Users' National Council": a
        // plural's possessive apostrophe inside a name, when a head noun follows within three name words.
        // Not a place's or a company's possessive: "Philippines' Board of Investments", "Salomon Brothers' Capital
        // commitments committee", "Computer Sciences' Systems Sciences division".
        if ((t.lower === "'" || t.lower === '’') && j > a && tokens[j - 1].end === t.start && /s$/.test(tokens[j - 1].lower) && !COMPANY_PLURAL.test(tokens[j - 1].lower) && !lex.places.has(spanKey(doc, tokens[a].lower === 'the' ? a + 1 : a, j)) && tokens[j - 1].cap && isNameToken(tokens[j + 1]) && tokens[j + 1].start === t.end + 1 && !tokens[j + 1].nl && headWithin(tokens, j + 1, lex.orgHeads)) {
          j += 2;
          continue;
        }
        // "Hisham al-Khatib", "Abdel Fattah el-Sisi": an Arabic article glued to the next part of the name.
        if (j > a && ARABIC_ARTICLE.test(t.lower) && tokens[j + 1] && gluedHyphen(tokens, j + 1, doc) && isNameToken(tokens[j + 2]) && !tokens[j].nl) {
          j += 3;
          continue;
        }
        if (lex.connectors.has(t.lower) && !t.cap) {
          // of / and / for / the / & may join when a capitalised word follows (after "of the", "for the").
          let k = j + 1;
          // (but "and the" only before a place that ends the name: "Commission for Asia and the Pacific"; "the
          // National Union of Mineworkers and the Fire Brigades' Union" are two names)
          if (k < s.last && (tokens[k].lower === 'the' || tokens[k].lower === 'of') && tokens[k].lower !== t.lower && !(t.lower === 'and' && tokens[k].lower === 'the' && !placeEndsName(doc, lex, k + 1, s.last))) k++;
          // "Kika de la Garza", "Vincent van der Berg": two particles of a surname.
          else if (k < s.last && PARTICLES.has(t.lower) && PARTICLES.has(tokens[k].lower) && !tokens[k].cap) k++;
          // ("the Ministry of Trade of Kazakhstan and China's Ministry of Commerce": a country that owns the next
          // name begins it)
          const owner = t.lower === 'and' && k === j + 1 && k + 2 < s.last && lex.places.has(tokens[k].lower) && tokens[k + 1]?.lower === "'s" && tokens[k + 1].start === tokens[k].end && isNameToken(tokens[k + 2]);
          if (k < s.last && isNameToken(tokens[k]) && !skip[k] && !tokens[k].nl && !lex.notNames.has(tokens[k].lower) && !owner) {
            j = k + 1;
            continue;
          }
          break;
        }
        // "Forum on China-Africa Cooperation", "Conference on Trade and Development": "on" after a meeting's or a
        // body's head noun, before a capitalised topic that is no day or month.
        if (t.lower === 'on' && j > a && j + 1 < s.last && ON_HEADS.test(tokens[j - 1].lower) && tokens[j - 1].cap && isNameToken(tokens[j + 1]) && !tokens[j + 1].nl && !ON_NOT.test(tokens[j + 1].lower)) {
          j += 2;
          continue;
        }
        // "Ministry of Higher Education, Science and Innovation": a head's list of portfolios is one name.
        if (t.lower === ',' && j > a + 2 && portfolioListOpens(doc, a, j)) {
          const e = portfolioListAfter(doc, j, s.last);
          if (e > 0) {
            j = e;
            continue;
          }
        }
        // ", Ltd." and ", Inc." continue a company name.
        // (not a word written in lower case: "by Moscow and Washington, limited nuclear arsenals")
        if (t.lower === ',' && j + 1 < s.last && lex.legalForms.has(tokens[j + 1].lower) && (tokens[j + 1].cap || tokens[j + 1].lower.length <= 4)) {
          j += 2;
          continue;
        }
        // "Goldman, Sachs and Co", "Kidder, Peabody and Co": a partnership's names before "and Co" are one name.
        const single = j === a + 1 || (j - 2 > a && lex.connectors.has(tokens[j - 2].lower));
        if (t.lower === ',' && single && j + 3 < s.last && isNameToken(tokens[j + 1]) && /^(and|&)$/.test(tokens[j + 2].lower) && /^(co|co\.|company)$/.test(tokens[j + 3].lower) && !lex.places.has(tokens[a].lower)) {
          j += 1;
          continue;
        }
        // "Industrial Equity (Pacific) Ltd", "China Development Finance Co (H.K.) Ltd": a bracketed place or
        // division inside a company's name, before its legal form.
        const closing = t.lower === '(' ? bracketedNamePart(tokens, j, s.last) : -1;
        if (closing > 0 && closing + 1 < s.last && lex.legalForms.has(tokens[closing + 1].lower)) {
          j = closing + 2;
          continue;
        }
        // "Moody's Investors Service", "General Agreement on Tariffs and Trade": where the rules above end a run,
        // a known name goes on (through a possessive, a lower-case word).
        // ("Both Moody's Investors Service and ...", "But Moody's noted": or past a capitalised word that opens the
        // sentence and no name)
        // (not a chain named in the possessive where the article also writes its name bare: "Sainsbury's offer" after
        // "J. Sainsbury PLC" is that company's)
        if (!t.nl && (known.has(spanKey(doc, a, j + 1)) || (j > a + 1 && openerBefore(lex, tokens[a]) && known.has(spanKey(doc, a + 1, j + 1)))) && !(POSSESSIVE.test(t.lower) && writtenBare(doc, tokens[j - 1].lower))) {
          if (beforeKnown < 0) beforeKnown = j;
          j++;
          continue;
        }
        break;
      }
      // "... of the SCO member states": a collective noun closes the name.
      if (j + 1 < s.last && j - 2 >= a && (tokens[j - 2].lower === 'the' || tokens[j - 2].lower === 'of')) {
        const two = spanKey(doc, j, j + 2);
        if (tails.has(two)) j += 2;
        else if (tails.has(tokens[j].lower)) j += 1;
      }
      // "the International monetary system": a beginning that ends no known name gives back the words that only
      // it took, down to the longest known name ("Moody's" of "Moody's Chairman").
      // A run that ends in a legal form or a head noun is a name of its own ("Lloyd's Bank Plc").
      const ownName = lex.legalForms.has(tokens[j - 1].lower) || lex.orgHeads.has(tokens[j - 1].lower);
      const from = beforeKnown >= 0 && openerBefore(lex, tokens[a]) ? a + 1 : a;
      if (beforeKnown >= 0 && !ownName && !lex.known.has(spanKey(doc, from, j))) {
        let k = j;
        while (k > beforeKnown && !lex.known.has(spanKey(doc, from, k))) k--;
        j = k > beforeKnown ? k : beforeKnown;
      }
      runs.push({ a, b: j, sent: s.i });
      i = j;
    }
  }
  return runs;
}

const POSSESSIVE = /^('s|’s)$/;
/** A word in capitals: "ATT", "IBM". */
const CAPITALS = /^[A-Z]{2,}$/;

/** Per document, the capitalised words it writes somewhere without a possessive after them (built once). */
const bareWords = new WeakMap<Doc, Set<string>>();

/** The article writes the capitalised word `lower` somewhere without a possessive after it ("J. Sainsbury PLC"). */
function writtenBare(doc: Doc, lower: string): boolean {
  let bare = bareWords.get(doc);
  if (!bare) {
    bare = new Set(doc.tokens.filter((t, i) => t.cap && !POSSESSIVE.test(doc.tokens[i + 1]?.lower ?? '')).map((t) => t.lower));
    bareWords.set(doc, bare);
  }
  return bare.has(lower);
}

/**
 * A capitalised word that opens a sentence and no name, before a known one ("Both", "But"); not an article, which
 * reads "The Moody's index" as a name of its own.
 */
function openerBefore(lex: EntityLexicon, t: Token): boolean {
  return lex.notNames.has(t.lower) && !/^(the|a|an)$/.test(t.lower);
}

/** End index after `"Short Name" Capitalised` when token i opens such a quote, else 0. */
function quotedLead(doc: Doc, i: number, last: number, lex: EntityLexicon): number {
  const tokens = doc.tokens;
  if (!isQuote(tokens[i], doc) || i + 1 >= last || tokens[i + 1].start !== tokens[i].end || !isNameToken(tokens[i + 1])) return 0;
  for (let k = i + 2; k < Math.min(last, i + 7); k++) {
    const t = tokens[k];
    if (isQuote(t, doc)) {
      const next = tokens[k + 1];
      if (next && k + 1 < last && isNameToken(next) && next.start > t.end && !next.nl) return k + 1;
      return 0;
    }
    if (!isNameToken(t) && !lex.connectors.has(t.lower)) return 0;
  }
  return 0;
}

/** "(Pacific)", "(H.K.)", "(North America)": one to three capitalised words in brackets from token i; the ")" index, else -1. */
function bracketedNamePart(tokens: Token[], i: number, last: number): number {
  for (let k = i + 1; k < Math.min(last, i + 8); k++) {
    if (tokens[k].lower === ')') return k > i + 1 && k - i - 1 <= 6 ? k : -1;
    if (!tokens[k].cap && tokens[k].lower !== '.' && tokens[k].lower !== '&') return -1;
  }
  return -1;
}

/** A wire ticker at token i: "<CAG>", "<PEUP.PA>", "<UPCM.O>", "<ERIC ST>", the bracket glued to the symbol. */
export function tickerAt(doc: Doc, i: number): boolean {
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
