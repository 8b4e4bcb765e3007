// A capitalised word that opens a sentence without being a name ("Shares of ...", "Analysts said").
import type { Doc } from '../../analyse/doc.js';
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../../analyse/calendar.js';
import { isNameToken } from './candidates.js';
import type { EntityLexicon } from './lexicon.js';
import { SENTENCE_DESCRIPTOR } from './pieces.js';
import { sets } from './words.js';

/**
 * "First Union Corp said", "First Boston, Prudential-Bache ...", "Echo Bay said": a word opening a sentence that a
 * rule would trim is part of the name when the article writes the same two words inside a sentence as well, or
 * when the name ends in a legal form (or, after a generic first word of names, an organisation's head noun). Words
 * that open sentences or describe companies stay trimmed (companyWord; "First, the bank ..." has no name after it).
 * (A name known whole, "El Salvador", never reaches here: piecesOf keeps it before any trimming.)
 */
export function genericOpener(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  const tokens = doc.tokens;
  // ("First Interstate Bancorp Chairman Joseph Pinola said": the company's name ends at its legal form, before a title)
  for (let k = a + 2; k < b - 1; k++) {
    if (lex.legalForms.has(tokens[k].lower) && lex.titles.has(tokens[k + 1].lower)) {
      b = k + 1;
      break;
    }
  }
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
