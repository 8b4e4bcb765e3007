// Splitting a run at "and", "&" and commas when it holds two names ("Ford and General Motors"), and
// keeping it whole when "and" is inside one ("Cable and Wireless", "Bank of England and Wales").
import type { Doc, Token } from '../../analyse/doc.js';
import { isAcronym, isQuote } from './candidates.js';
import { spelledBy } from './acronyms.js';
import { headIndex, headKind, pinyinLike, spanKey } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import { inAnyLexicon } from './pieces.js';
import { nameWordsTo, personFirstWord, personOf, roleLength, surnameWord, titleLength, twoNameWords, twoNameWordsEnd } from './person-names.js';
import { PLURAL_DESCRIPTOR, sets, TRADE_WORDS } from './words.js';

/** "the Treaty of Rome", "the Peace of Westphalia": an agreement named after where it was signed. */
export const TREATY = /^(treaty|accord|accords|agreement|pact|protocol|declaration|peace|charter|statute)$/;

export function nameOfPlace(doc: Doc, lex: EntityLexicon, a: number, b: number): number {
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

/** The word at i was written earlier after a capitalised given name ("Joe Biden"), as a person's whole surname. */
function surnameBefore(doc: Doc, lex: EntityLexicon, i: number): boolean {
  const tokens = doc.tokens;
  // (the name ends there: not "The London Meat Futures Exchange")
  const named = (j: number) => tokens[j - 1].cap && lex.givenNames.has(tokens[j - 1].lower) && !lex.places.has(tokens[j - 1].lower) && !(tokens[j + 1]?.cap && tokens[j + 1].type === 'word');
  if (lex.known.has(tokens[i].lower)) return false;
  for (let j = 1; j < i; j++) if (tokens[j].lower === tokens[i].lower && named(j)) return true;
  return false;
}

/** A company's word for what it owns, before a unit's name. */
const OWNER_BEFORE = /^(its|their)$/;

/**
 * Splits "A College and B College of Science" at the "and" that closes a name with a head noun; a run
 * without any head noun ("Boeing and Lockheed Martin", "Uzbekistan and Kazakhstan") splits at every "and".
 */
export function splitCoordination(doc: Doc, lex: EntityLexicon, a: number, b: number): Array<[number, number]> {
  const tokens = doc.tokens;
  const ands: number[] = [];
  for (let i = a + 1; i < b - 1; i++) if (tokens[i].lower === 'and') ands.push(i);
  if (ands.length === 0) return [[a, b]];
  if (isQuote(tokens[a], doc)) return [[a, b]];
  // "<LCP Chemicals and Plastics Inc>": Reuters brackets one company's whole name.
  if (tokens[a - 1]?.lower === '<' && tokens[b]?.lower === '>' && tokens[a - 1].end === tokens[a].start) return [[a, b]];
  // "its Advanced Products and Electronics Division": a company's own division, one name whose "and" joins its lines
  // of business.
  if (OWNER_BEFORE.test(tokens[a - 1]?.lower ?? '') && /^(division|department)$/.test(tokens[b - 1].lower) && ands.length === 1 && !insideKnown(doc, lex, a, b, ands[0]) && !lex.known.has(spanKey(doc, a, ands[0]))) return [[a, b]];
  const anyHead = headKind(doc, lex, a, b) !== null || lex.known.has(spanKey(doc, a, b));
  if (!anyHead) {
    const out: Array<[number, number]> = [];
    let s = a;
    for (let n = 0; n < ands.length; n++) {
      const k = ands[n];
      if (k < s) continue;
      // "Navoi Mining and Metallurgical Combine and Uzbekneftegaz": the words up to the next "and" may be one name
      // with a head of its own, which the rules for such names read.
      const next = ands[n + 1];
      if (next !== undefined && headKind(doc, lex, s, next) !== null) {
        const parts = splitCoordination(doc, lex, s, next);
        if (parts.length === 1) {
          out.push(parts[0]);
          s = next + 1;
          continue;
        }
      }
      // "Bosnia and Herzegovina and Croatia": not the "and" of a country's own name.
      if (beforeAndInName(lex).has(tokens[k - 1].lower) && insideKnown(doc, lex, s, b, k)) continue;
      // "Sun State Savings and Loan", "Texas Oil and Gas": two trades joined in one firm's name.
      // (not before a name of its own that opens with a trade: "Hong Kong Telephone and Cable and Wireless")
      if (k > s + 1 && tradesJoinedAt(tokens, k) && tokens[k + 2]?.lower !== 'and') continue;
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
  // "Rania Al-Mashat and World Bank": a person's name, then a body of two words or more.
  // (not "William Blair and Co", "Sanford Cohen and Associates", a firm's name; nor "Washington Utilities and
  // Transportation Commission", one body's)
  const opener = (w: string) => !lex.legalForms.has(w) && !KIN_WORDS.test(w) && !INDUSTRY_WORDS.test(w) && !TRADE_WORDS.test(w) && !lex.genericWords.has(w) && !lex.orgHeads.has(w);
  const bodyFrom = (k: number, e: number) => e - k > 2 && opener(tokens[k + 1].lower) && (lex.known.get(spanKey(doc, k + 1, e))?.type === 'organisation' || headKind(doc, lex, k + 1, e) === 'organisation');
  // ("Air India chairman V Thulasidas and Boeing Commercial Airplanes president Alan Mulally": or an initial and a
  // surname after a role in lower case)
  const initialled = (k: number) => k === a + 2 && /^[a-z]\.?$/.test(tokens[a].lower) && tokens[a + 1].cap && a > 0 && !tokens[a - 1].cap && lex.roles.has(tokens[a - 1].lower);
  const personAt = (k: number) => ((lex.givenNames.has(tokens[a].lower) && twoNameWordsEnd(lex, tokens, a, k) === k && !lex.places.has(tokens[a].lower)) || initialled(k)) && opener(tokens[k - 1].lower);
  const personThenBody = ands.find((k) => personAt(k) && bodyFrom(k, ands.find((x) => x > k) ?? b));
  if (personThenBody !== undefined) return [[a, personThenBody], ...splitCoordination(doc, lex, personThenBody + 1, b)];
  // "Chinese companies Rongsheng Petrochemical and Norinco Group": after a plural word that describes them, names.
  if (a > 0 && PLURAL_DESCRIPTOR.test(tokens[a - 1].lower) && !tokens[a - 1].cap) {
    const k = ands.find((x) => !lex.legalForms.has(tokens[x + 1].lower) && !insideKnown(doc, lex, a, b, x));
    if (k !== undefined) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
  }
  // "KazMunaiGas and China National Petroleum Corp (CNPC)": the short form in brackets spells the words after an "and"
  // only, a company's name of its own (not "Securities and Exchange Commission (SEC)", which it spells whole).
  const spelled = tokens[b]?.lower === '(' ? ands.find((k) => b - k > 2 && spelledBy(doc, k + 1, b, b) && !spelledBy(doc, a, b, b)) : undefined;
  if (spelled !== undefined && !insideKnown(doc, lex, a, b, spelled)) return [...splitCoordination(doc, lex, a, spelled), [spelled + 1, b]];
  for (const k of ands) {
    // "Baring Brothers and Co Ltd", "Smith and Co": "and Co" belongs to the name before it.
    if (lex.legalForms.has(tokens[k + 1].lower)) continue;
    // "the U.S. Securities and Exchange Commission": an "and" inside a known name.
    if (insideKnown(doc, lex, a, b, k)) continue;
    const next = ands.find((x) => x > k) ?? b;
    // "Westar Timber and Westar Petroleum", "Hilton and Hilton International": the first word again after "and" opens
    // a second name of one group (not "Reynolds and Reynolds Co", "Johnson and Johnson": one name that repeats it;
    // nor an initial, "C. Olivetti and C. S.p.A.").
    if (tokens[k + 1].lower === tokens[a].lower && !tokens[a].lower.endsWith('.') && (k - a >= 2 || (next - k >= 3 && !lex.legalForms.has(tokens[next - 1].lower)))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Securities Dealers Inc and Municipal Securities Rulemaking Board": a legal form closes the name before "and"
    // (not "Yasuda Trust and Banking Co", where it is a trade too).
    if (k - a >= 2 && lex.legalForms.has(tokens[k - 1].lower) && !INDUSTRY_WORDS.test(tokens[k - 1].lower) && !KIN_WORDS.test(tokens[k - 1].lower) && next - k >= 3 && tokens[k + 1].cap && headKind(doc, lex, k + 1, next) !== null) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Diamond Shamrock and Mitsubishi Corp" where the article names "Diamond Shamrock Corp": two companies, the
    // first by the name it goes by (not "Procter and Gamble Co", whose first word no article writes with a legal form).
    // ("Reynolds and Reynolds Co", "Alex. Brown and Sons Inc": a name's own repeated or kin word is no second company)
    if (lex.legalForms.has(tokens[b - 1].lower) && !KIN_WORDS.test(tokens[k + 1].lower) && tokens[k + 1].lower !== tokens[k - 1].lower && withFormElsewhere(doc, lex, a, k, b)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Searle and Gynex Labs", "Zenith and Microsoft Corp": two companies, the first by a name the article writes on
    // its own elsewhere, the second of two words or more opening with a word of its own the article writes apart too
    // (not "Louisiana Land and Exploration Co", whose short name is its first words; nor "Pacific Gas and Electric
    // Co", a trade after "and"; nor "Harper and Row", one word).
    const ownWord = tokens[k + 1].cap && tokens[k + 1].type === 'word' && !INDUSTRY_WORDS.test(tokens[k + 1].lower) && !TRADE_WORDS.test(tokens[k + 1].lower) && !lex.genericWords.has(tokens[k + 1].lower) && !lex.orgHeads.has(tokens[k + 1].lower) && !KIN_WORDS.test(tokens[k + 1].lower);
    if (next - k > 2 && ownWord && writtenElsewhere(doc, a, k, b, true) && writtenElsewhere(doc, k + 1, k + 2, b, false)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the Democratic Republic of Congo and Rwanda": two places the gazetteer holds (not "Bosnia and Herzegovina").
    if (lex.places.has(spanKey(doc, a, k)) && lex.places.has(spanKey(doc, k + 1, next)) && !lex.places.has(spanKey(doc, a, next))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the House and Senate", "the Army and Navy": two of a state's bodies, one word each.
    // ("Reagan and Administration officials": or a name, then a state's body alone, as the wire capitalises it)
    const body = (i: number) => sets.state.has(tokens[i].lower) || lex.known.get(tokens[i].lower)?.type === 'organisation';
    const stateAlone = sets.state.has(tokens[k + 1].lower) && !(lex.genericWords.has(tokens[a].lower) && !body(a));
    if (k === a + 1 && next === k + 2 && tokens[a].cap && tokens[k + 1].cap && ((body(a) && body(k + 1) && (sets.state.has(tokens[a].lower) || sets.state.has(tokens[k + 1].lower))) || stateAlone)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // ("Biden and Communist Party General Secretary Nguyen Phu Trong", after "Joe Biden": a surname the article gave
    // with a given name before, then a body)
    if (k === a + 1 && headKind(doc, lex, k + 1, next) === 'organisation' && surnameBefore(doc, lex, a)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Toyota and General Motors", "Saudi Aramco and Total SA": a one-word name that is a name on its own, or a
    // known name.
    // ("General Motors and General Mills and General Electric": a known name on the right too)
    // ("Ford and General Motors": any one word before a known name of two words or more; "Airbus Industrie and
    // General Electric": a name with its own head or legal form, or one a known name opens, before one)
    // ("Sony Group, Denso and Toyota Motor": or a known company's name that opens a name with its head, after a list's
    // comma or a first name written on its own elsewhere; not "stockbroker Meares and Philips Ltd", one firm)
    const listed = () => tokens[a - 1]?.lower === ',' || writtenElsewhere(doc, a, k, b, true);
    const knownRight = lex.known.has(spanKey(doc, k + 1, next)) || (next - k > 2 && lex.known.get(tokens[k + 1].lower)?.type === 'organisation' && headKind(doc, lex, k + 1, next) !== null && listed());
    if ((headKind(doc, lex, k + 1, b) || knownRight) && (k === a + 1 ? lex.places.has(tokens[a].lower) || lex.known.has(tokens[a].lower) || isAcronym(doc.text.slice(tokens[a].start, tokens[a].end)) || (knownRight && next - k > 2 && tokens[a].cap && tokens[a].type === 'word') : lex.known.has(spanKey(doc, a, k)) || (knownRight && next - k > 2 && (headKind(doc, lex, a, k) !== null || lex.known.has(tokens[a].lower))))) {
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
    // "Uzbekistan's Ministry of Energy and Saudi Arabia's ACWA Power", "the Ministry of Energy and ACWA Power": after
    // a body named head first, a country or a name an acronym opens is no word of its portfolio.
    // ("the Uzbek Ministry of Energy and Saudi Arabia's ACWA Power": after a demonym or a country's name, too)
    const hf = h === a + 1 && (lex.demonyms.has(tokens[a].lower) || lex.places.get(tokens[a].lower)?.kind === 'country') ? a + 1 : a;
    if (left === 'organisation' && h === hf && tokens[hf + 1]?.lower === 'of' && (countryOpens(doc, lex, k + 1, b) || (b - k > 2 && isAcronym(doc.text.slice(tokens[k + 1].start, tokens[k + 1].end)) && tokens[k + 1].lower.length >= 3 && tokens[k + 2].cap))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // ("the Ministry of Energy of Kazakhstan and Total Energies": a body named head first closes with "of" and its
    // country)
    const ofCountry = left === 'organisation' && h === hf && tokens[h + 1]?.lower === 'of' && countryCloses(doc, lex, h + 2, k) && tokens[k + 1].cap && !lex.places.has(tokens[k + 1].lower);
    if (ofCountry) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    const leftEndsWithHead = left !== null && (h === k - 1 || tokens[h + 1].lower === 'on' || (tokens[h + 1].lower === 'of' && h + 2 < k && lex.places.has(spanKey(doc, h + 2, k))));
    // ("Bank of America and Citibank", "the Bank of England and Fed": a name that ends in its head, or its head and
    // place, then a known organisation's)
    if (leftEndsWithHead && lex.known.get(spanKey(doc, k + 1, next))?.type === 'organisation') return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // ("Minnesota Mining and Manufacturing Co", "Baltimore Gas and Electric Co": one company whose name joins two
    // trades before its legal form; not when a legal form ends the first part, "Dainippon Inc and Chemicals Inc")
    // ("Yasuda Trust and Banking Co Ltd": "Trust" is a legal form and a trade both)
    // ("Samsung Shipbuilding and Heavy Industries Co Ltd", "Newport News Shipbuilding and Dry Dock Co": nor a trade as
    // the head, then words no article writes on their own before a legal form; not "Inland Steel and Nippon Steel
    // Corp", the trade again, nor "Chrysler Motors and General Electric Co", a known name)
    const named = () => {
      for (let i = k + 1; i < next; i++) if (tokens[i].lower === tokens[h].lower || lex.known.has(spanKey(doc, k + 1, i + 1))) return true;
      return writtenElsewhere(doc, k + 1, k + 2, b, false);
    };
    const tradeThenOwnForm = h === k - 1 && TRADE_WORDS.test(tokens[h].lower) && lex.legalForms.has(tokens[next - 1].lower) && !named();
    if (leftEndsWithHead && right !== null && !tradeThenOwnForm && !(tradeThenForm(lex, tokens, k + 1, next) && (!lex.legalForms.has(tokens[k - 1].lower) || INDUSTRY_WORDS.test(tokens[k - 1].lower)))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the Ministry of Education and Peking University": a body named head first, then one whose name of two words
    // or more ends in its own head (not "the Ministry of Education and Science", "University of Science and
    // Technology of China").
    // ("the Kazakh Ministry of Energy and ...": after a demonym or a country's name, too)
    const headFirst = left === 'organisation' && h === hf && tokens[hf + 1]?.lower === 'of';
    // ("the Ministry of Energy of Kazakhstan and China National Petroleum Corporation": a company's legal form too)
    if (headFirst && (right === 'organisation' || right === 'legal') && b - k > 2 && headIndex(doc, k + 1, b) === b - 1 && OWN_NAME_HEAD.test(tokens[b - 1].lower) && tokens[k + 1].cap && !INDUSTRY_WORDS.test(tokens[k + 1].lower) && !TRADE_WORDS.test(tokens[k + 1].lower) && !lex.orgHeads.has(tokens[k + 1].lower)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "Kenya Power and Siemens Energy": a place and its trade, then a company whose name opens with a word of its own
    // (not a trade: "Baltimore Gas and Electric Co", "Texas Oil and Gas Corp").
    const placeTrade = k === a + 2 && lex.places.has(tokens[a].lower) && tokens[a + 1].cap && INDUSTRY_WORDS.test(tokens[a + 1].lower);
    const ownFirst = b - k > 2 && tokens[k + 1].cap && tokens[k + 1].type === 'word' && !INDUSTRY_WORDS.test(tokens[k + 1].lower) && !TRADE_WORDS.test(tokens[k + 1].lower) && !lex.genericWords.has(tokens[k + 1].lower) && !lex.orgHeads.has(tokens[k + 1].lower);
    if (placeTrade && right === 'organisation' && ownFirst) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "South Korea's Hyundai Rotem and Hanwha Aerospace": after a country's possessive, a name of two words or more,
    // then another that opens with a word of its own and ends in its head noun, two companies (not "Procter and
    // Gamble Co", one word first; nor "Thailand's PTT Exploration and Production Pcl", a legal form after "and").
    const countrys = tokens[a - 1]?.lower === "'s" && a >= 2 && lex.places.get(tokens[a - 2].lower)?.kind === 'country';
    if (countrys && k - a >= 2 && ownFirst && headKind(doc, lex, k + 1, next) === 'organisation' && !KIN_WORDS.test(tokens[k + 1].lower) && !INDUSTRY_WORDS.test(tokens[k - 1].lower) && !TRADE_WORDS.test(tokens[k - 1].lower)) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
    // "the Ministry of Commerce of China and the Ministry of Economy of Uzbekistan", "PetroVietnam and the Lao
    // Ministry of Energy and Mines": "and the" opens a name of its own.
    if (tokens[k + 1].lower === 'the' && k + 2 < b && headKind(doc, lex, k + 2, b) !== null) return [[a, k], ...splitCoordination(doc, lex, k + 2, b)];
    // "the Ministry of Energy and John Smith": a body's name, then a person's given name and surname; and the other
    // way round, "Donald Trump and Interstate Properties".
    // ("the University of Leeds and Dean Li Wei", "... and Zhang Wei": a title, or a Chinese name, likewise)
    if (left !== null && right === null && personRun(doc, lex, k + 1, b)) return [[a, k], [k + 1, b]];
    // ("Paul Volcker and International Monetary Fund", "Jerome S. Flum and Flum Partners": a given name the gazetteer
    // also holds but news means by a person, or an initial before the surname; "Asher Edelman and Dominion Textiles
    // Inc": a company of two words or more before its legal form, not a partner's, "Piper Jaffray and Hopwood Inc")
    const first = tokens[a].lower;
    const initial = k === a + 3 && /^[a-z]\.$/.test(tokens[a + 1].lower);
    let form = k + 1;
    while (form < b && !lex.legalForms.has(tokens[form].lower)) form++;
    if (left === null && (k === a + 2 || initial) && lex.givenNames.has(first) && (!lex.places.has(first) || lex.givenNotPlaces.has(first)) && surnameWord(lex, tokens[k - 1]) && (initial || twoNameWords(lex, tokens, a, k)) && (right === 'organisation' || (right === 'legal' && form - k > 2)) && b - k > 2 && !KIN_WORDS.test(tokens[k + 1].lower) && !lex.places.has(spanKey(doc, a, k))) return [[a, k], ...splitCoordination(doc, lex, k + 1, b)];
  }
  return [[a, b]];
}

/** Words that join kin or partners in one firm's name: "Brown and Sons", "Lehman and Brothers". */
const KIN_WORDS = /^(sons|son|brothers|bros|partners|associates|company|co|cie)$/;

/**
 * The words [a, k) recur outside [a, b) in the article, where `fits` accepts the occurrence that starts at token i
 * and runs n tokens.
 */
function recursElsewhere(doc: Doc, a: number, k: number, b: number, fits: (i: number, n: number) => boolean): boolean {
  const tokens = doc.tokens;
  const n = k - a;
  for (let i = 0; i + n <= tokens.length; i++) {
    if ((i >= a && i < b) || tokens[i].lower !== tokens[a].lower || !fits(i, n)) continue;
    let same = true;
    for (let j = 1; j < n && same; j++) same = tokens[i + j].lower === tokens[a + j].lower;
    if (same) return true;
  }
  return false;
}

/** The words [a, k) are written outside [a, b) in the article as a name with a legal form after them ("Diamond Shamrock Corp"). */
function withFormElsewhere(doc: Doc, lex: EntityLexicon, a: number, k: number, b: number): boolean {
  const tokens = doc.tokens;
  return recursElsewhere(doc, a, k, b, (i, n) => {
    const form = tokens[i + n];
    if (!form || !lex.legalForms.has(form.lower) || !form.cap || (i > 0 && tokens[i - 1].cap && tokens[i - 1].type === 'word')) return false;
    for (let j = 0; j < n; j++) if (!tokens[i + j].cap) return false;
    return true;
  });
}

/**
 * The words [a, k) are written outside [a, b) in the article, capitalised as here, with no capitalised word or "and"
 * right before them, nor after them when `closed` ("Searle said", "a stake in Dome Mines."; "Gynex Laboratories Inc"
 * when not closed).
 */
function writtenElsewhere(doc: Doc, a: number, k: number, b: number, closed: boolean): boolean {
  const tokens = doc.tokens;
  const joins = (t: Token | undefined) => !!t && ((t.cap && t.type === 'word') || t.lower === 'and' || t.lower === '&');
  return recursElsewhere(doc, a, k, b, (i, n) => tokens[i].cap && !joins(tokens[i - 1]) && !(closed && joins(tokens[i + n])));
}

/** Tokens [s, k) end with "of" and a country's name, after at least one word: "Energy of Kazakhstan". */
function countryCloses(doc: Doc, lex: EntityLexicon, s: number, k: number): boolean {
  for (let o = s + 1; o < k - 1; o++) {
    if (doc.tokens[o].lower !== 'of') continue;
    const c = doc.tokens[o + 1].lower === 'the' ? o + 2 : o + 1;
    if (lex.places.get(spanKey(doc, c, k))?.kind === 'country') return true;
  }
  return false;
}

/** A country's name opens tokens [s, b), then its possessive ("Saudi Arabia's"). */
function countryOpens(doc: Doc, lex: EntityLexicon, s: number, b: number): boolean {
  for (let n = Math.min(4, b - s); n >= 1; n--) {
    if (lex.places.get(spanKey(doc, s, s + n))?.kind !== 'country') continue;
    // (not one that ends the name: "the Bank of Bahrain and Kuwait" is a bank's own name)
    return doc.tokens[s + n]?.lower === "'s";
  }
  return false;
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
  // ("Almalyk Mining and Metallurgical Combine", "House Energy and Commerce Committee": or a head noun alone, after
  // a trade before the "and" too; not "Interim Committee and Development Committee", two bodies)
  const l = tokens[s - 2]?.lower ?? '';
  // ("Almalyk Mining and Metallurgical Complex": a head of two words, the trade its first)
  const head = b - s === 2 && (lex.orgHeads.has(tokens[b - 1].lower) || lex.orgHeads.has(`${tokens[s].lower} ${tokens[b - 1].lower}`)) && tokens[b - 1].cap && (TRADE_WORDS.test(l) || INDUSTRY_WORDS.test(l));
  if (b - s < 2 || !(lex.legalForms.has(tokens[b - 1].lower) || head)) return false;
  for (let i = s + 1; i < b; i++) if (!lex.legalForms.has(tokens[i].lower) && !head) return false;
  const w = tokens[s].lower;
  return TRADE_WORDS.test(w) || /ing$/.test(w) || INDUSTRY_WORDS.test(w);
}

/** Heads that end a name of its own after "and" ("Peking University", "Mitsubishi Bank"), not a body's topic. */
const OWN_NAME_HEAD = /^(university|college|bank|institute|academy|school|hospital|foundation|corporation|company|group|association|airlines|airways|inc|corp|ltd|plc|co)$/;

/** Trades a company names as it names its line of business ("Trust and Investment", "Electric and Gas"). */
export const INDUSTRY_WORDS = /^(trust|savings|energy|gas|power|financial|investment|investments|data|securities|development|trade|commerce|export|import|exchange|credit|industrial|industries|commercial|cable|finance|loan|research|engineering|construction|chemicals|resources|light|water|telephone|telegraph|communications|television|manufacturing)$/;

/** The "and" at k joins two capitalised trades: "Savings and Loan", "Power and Light", "Energy and Commerce". */
export function tradesJoinedAt(tokens: Token[], k: number): boolean {
  const l = tokens[k - 1];
  const r = tokens[k + 1];
  return tokens[k].lower === 'and' && !!l && !!r && l.cap && r.cap && INDUSTRY_WORDS.test(l.lower) && INDUSTRY_WORDS.test(r.lower);
}

/** Some "and" in [a, b) joins two trades of one name. */
export function tradesJoinedIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b - 1; k++) if (tradesJoinedAt(tokens, k)) return true;
  return false;
}

/** Tokens [a, b) are capitalised words but for an "and" between two trades: "West Kootenay Power and Light". */
export function capWordsWithTrades(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if ((tokens[i].type !== 'word' || !tokens[i].cap) && !(i > a && tradesJoinedAt(tokens, i))) return false;
  return true;
}

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
