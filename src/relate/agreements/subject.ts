// The subject of a governing verb: the names before it, walked back past asides, coordinations, units and
// appositives ("Taiwan and the U.S. have signed", "Alcatel CIT, the French subsidiary of Alcatel NV, has won").
import type { Doc, MentionRef } from '../../analyse/doc.js';
import { mentionAt, mentionCovering, mentionList, PLACE_NOUN, possessiveAt, writtenMention } from '../mentions.js';
import { DASH, DESCRIPTORS, GROUP_NOUNS, LEADERS, OWNER, type Party, PLACED_GROUP, STANDS_FOR_COUNTRY, TITLES } from './lexicon.js';
import { oneParty } from './same-agreement.js';
import { beforeShortForm, bodyInApposition, partyOf, pastFirstOfTwoTitles, possessedRoleBefore, roleEnd, unitIn, writtenParty } from './parties.js';
import { opensClause, ownerOfPlace, pastTicker, pronounSubject } from './speaker.js';
import { governmentOf, nounPhraseEndingAt, personsRole } from './noun-phrase.js';
import { partyPhrase } from './party-phrase.js';
import { inDate } from './date.js';
import { UNIT_NOUNS } from '../../recognise/entities/words.js';
import { gluedHyphen as hyphenBetween, HEADLINE_VERBS } from '../../recognise/entities/candidates.js';

/**
 * "Alcatel CIT, the French subsidiary of <Alcatel NV> which groups the business of ITT Corp and France's Cie
 * Generale d'Electricite <CGE>, has won": an aside too long to walk back through, with commas of its own ("Honeywell
 * Bull Inc, the company jointly owned by Honeywell Inc, <NEC Corp> of Japan and ..., received"), after the name that
 * opens the sentence: that name.
 */
function openingAppositive(doc: Doc, first: number, k: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const at = tokens[first]?.lower === '<' ? first + 1 : first;
  const m = mentionAt(doc, at);
  let nameEnd = m ? m.b : at;
  if (!m) while (nameEnd < k && tokens[nameEnd].cap && tokens[nameEnd].pos === 'PROPN') nameEnd++;
  const comma = tokens[nameEnd]?.lower === '>' ? nameEnd + 1 : nameEnd;
  if (nameEnd === at || comma + 1 >= k || tokens[comma].lower !== ',' || !/^(the|a|an)$/.test(tokens[comma + 1].lower)) return null;
  return { parties: [m ? partyOf(m, 'subject') : writtenParty(doc, at, nameEnd, 'subject')], start: at };
}

/** A hyphen glued to a capitalised word before it and a word after it at token h ("Samruk-Kazyna", "Rolls-Royce"). */
function gluedHyphen(doc: Doc, h: number, first: number): boolean {
  return h - 1 >= first && hyphenBetween(doc.tokens, h, doc) && doc.tokens[h - 1].cap;
}

/** Meetings a body holds somewhere. */
const MEETING = /^(summit|meeting|conference|forum|session|congress|ministerial)$/;

/** The comma at token c ends a phrase the sentence opens with a preposition ("On the margins of ...,", "At the summit,"). */
function frontedPhraseEnds(doc: Doc, first: number, c: number): boolean {
  const tokens = doc.tokens;
  if (tokens[first].pos !== 'ADP' || tokens[first].lower === 'of') return false;
  for (let q = first + 1; q < c; q++) if (tokens[q].lower === ',' || tokens[q].pos === 'VERB' || tokens[q].pos === 'AUX') return false;
  return true;
}

/** Who act for a body, after "its": "Its negotiators". */
const ITS_PEOPLE = /^its (negotiators|representatives|officials|executives|lawyers|delegation|delegates|envoys|management)$/i;

/** How far back, in tokens, the comma that opens an aside before the verb is looked for. */
const ASIDE_TOKENS = 15;

/** Subject of the verb at v: names (possibly coordinated), a pronoun, "which" or an unnamed noun phrase; `start` is a token index. */
export function subjectBefore(doc: Doc, v: number, first: number): { parties: Party[]; start: number } | null {
  const found = subjectRightBefore(doc, v, first) ?? headlinesFirstSubject(doc, v, first);
  if (!found) return null;
  // ("The latest rescheduling is for the conglomerate REDEC. Its negotiators have just initialled a draft accord": the
  // body "Its" stands for, as "It" would, opening the sentence)
  if (found.start === first && found.parties.length === 1 && !found.parties[0].entityId && ITS_PEOPLE.test(found.parties[0].name)) {
    const body = pronounSubject(doc, first, first);
    if (body?.parties.length === 1 && body.parties[0].entityId?.startsWith('org_')) return { parties: body.parties, start: first };
  }
  const led = ledSubject(doc, found, first) ?? besideLedGroup(doc, found, first);
  if (led) return led;
  // "The two companies, together with Nissan's alliance partner Mitsubishi Motors, signed", "Nissan along with Renault
  // signed": the subject before the one "together with" adds.
  const tokens = doc.tokens;
  for (let q = found.start - 1; q > first && found.start - q <= 6; q--) {
    const w = tokens[q].lower;
    if (w === ',' || tokens[q].pos === 'VERB') break;
    // ("The United States, Japan, West Germany, France and Britain -- the Group of Five -- plus Canada signed": past
    // what the list is called, between dashes)
    const joined = w === 'alongside' || w === 'plus' ? q : w === 'with' && /^(together|along)$/.test(tokens[q - 1].lower) ? q - 1 : -1;
    if (joined < 0) continue;
    let end = tokens[joined - 1]?.lower === ',' ? joined - 1 : joined;
    if (w === 'plus' && tokens[end - 1]?.lower === '--') {
      let d = end - 2;
      while (d > first && end - d <= 8 && tokens[d].lower !== '--') d--;
      if (tokens[d].lower === '--') end = d;
    }
    const left = joined - 1 >= first ? subjectRightBefore(doc, end, first) : null;
    if (!left) break;
    return withJoined(left, found.parties);
  }
  return found;
}

/**
 * A headline's second verb after a comma, whose subject is its first verb's ("Intel picks Magdeburg for chip plant,
 * signs subsidy deal with Berlin"): the names that open the headline. (A headline is the first sentence, with no
 * full stop.)
 */
function headlinesFirstSubject(doc: Doc, v: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[v].sent];
  if (s.i !== 0 || doc.sentences.length < 2 || /^[.!?]$/.test(tokens[s.last - 1].lower) || tokens[v - 1]?.lower !== ',') return null;
  for (let q = first + 1; q < v - 1; q++) {
    if (tokens[q].lower === ',') return null;
    // (wink tags a headline's verb after a name a noun as often: "Intel picks Magdeburg")
    const verb = /s$/.test(tokens[q].lower) && !tokens[q].cap && (tokens[q].pos === 'VERB' || (tokens[q].pos === 'NOUN' && !!mentionCovering(doc, q - 1)));
    if (!(HEADLINE_VERBS.has(tokens[q].lower) || verb) || mentionCovering(doc, q)) continue;
    const subject = subjectRightBefore(doc, q, first);
    return subject?.start === first && subject.parties.every((p) => p.entityId) ? subject : null;
  }
  return null;
}

/**
 * "Mexican officials, led by Finance Minister Gustavo Petricioli, signed", "A Mexican delegation headed by ...": the
 * party is who was led, and the one person leading it signed for them.
 */
function ledSubject(doc: Doc, found: { parties: Party[]; start: number }, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // (past the leader's title: "led by Finance Minister Gustavo Petricioli")
  let by = found.start - 1;
  while (by > first && found.start - by <= 4 && tokens[by].cap && tokens[by].lower !== 'by') by--;
  if (found.parties.length !== 1 || tokens[by]?.lower !== 'by' || !/^(led|headed)$/.test(tokens[by - 1]?.lower ?? '')) return null;
  const leader = found.parties[0];
  const end = tokens[by - 2]?.lower === ',' ? by - 2 : by - 1;
  if (end - 1 < first || !leader.entityId?.startsWith('per_')) return null;
  const left = subjectRightBefore(doc, end, first);
  if (!left || left.parties.length !== 1 || left.parties[0].signatory || left.parties[0].entityId?.startsWith('per_')) return null;
  return { parties: [{ ...left.parties[0], signatory: { name: leader.name, entityId: leader.entityId } }], start: left.start };
}

/**
 * "Vietnam and a group of rich countries led by the European Union and Britain agreed": the leaders stand for the
 * group no name is given for, beside the sides named before it.
 */
function besideLedGroup(doc: Doc, found: { parties: Party[]; start: number }, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const by = tokens[found.start - 1]?.lower === 'the' ? found.start - 2 : found.start - 1;
  if (tokens[by]?.lower !== 'by' || !/^(led|headed)$/.test(tokens[by - 1]?.lower ?? '') || found.parties.some((p) => !p.entityId || p.entityId.startsWith('per_'))) return null;
  // (back over the group, in lower case, to the "and" before it)
  let and = by - 2;
  while (and > first && by - and <= 8 && tokens[and].type === 'word' && !tokens[and].cap && tokens[and].lower !== 'and' && tokens[and].pos !== 'VERB') and--;
  if (tokens[and]?.lower !== 'and' || and === by - 2) return null;
  const left = subjectRightBefore(doc, and, first);
  if (!left || left.parties.length === 0 || left.parties.some((p) => !p.entityId || p.entityId.startsWith('per_'))) return null;
  return { parties: [...left.parties, ...found.parties], start: left.start };
}

/** "the Prime Minister of Cote d'Ivoire, Robert Beugre Mambe": the body of the role before the comma before token a. */
function bodyBefore(doc: Doc, a: number): MentionRef | null {
  const tokens = doc.tokens;
  if (tokens[a - 1]?.lower !== ',') return null;
  const m = mentionCovering(doc, a - 2);
  if (!m || m.type === 'person' || m.b !== a - 1) return null;
  const of = tokens[m.a - 1]?.lower === 'the' ? m.a - 2 : m.a - 1;
  return tokens[of]?.lower === 'of' && personsRole(tokens[of - 1]?.lower ?? '') ? m : null;
}

/**
 * "the Prime Minister of Cote d'Ivoire, Robert Beugre Mambe, signed": the person whose role before names a body (the
 * party bodyOf makes of them), and the subject before "and" ("The President of the African Development Bank,
 * Akinwumi Adesina, and ...").
 */
function roleHolderSubject(doc: Doc, m: MentionRef, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const body = bodyBefore(doc, m.a);
  // ("the EC's external relations commissioner, Willy De Clercq, signed": the role the body's "'s" opens)
  const owned = body ? null : possessedRoleBefore(doc, m.a - 1);
  if (!body && !(owned && owned.start >= first)) return null;
  let r = owned ? owned.start : (tokens[body!.a - 1]?.lower === 'the' ? body!.a - 2 : body!.a - 1) - 1;
  while (!owned && r - 1 >= first && tokens[r - 1].type === 'word' && (tokens[r - 1].cap || personsRole(tokens[r - 1].lower)) && tokens[r - 1].lower !== 'and') r--;
  if (!owned && r - 1 >= first && tokens[r - 1].lower === 'the') r--;
  const own = { parties: [partyOf(m, 'subject')], start: r };
  if (r - 2 < first || tokens[r - 1].lower !== 'and') return own;
  const left = subjectBefore(doc, r - 1, first);
  return left ? withJoined(left, own.parties) : own;
}

/** The subject `left` and those signing together with it, each once. */
function withJoined(left: { parties: Party[]; start: number }, joined: Party[]): { parties: Party[]; start: number } {
  const parties = [...left.parties];
  for (const p of joined) if (!parties.some((o) => oneParty(o, p))) parties.push(p);
  return { parties, start: left.start };
}

/** The subject that ends right before the verb at v (subjectBefore reads what "together with" adds to it). */
/**
 * "two small companies specialised in the transport of chemicals, Globo and Flumar, struck": names no rule typed,
 * between commas after a plural noun, are who the plural means.
 */
function namesInAside(doc: Doc, open: number, k: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const parts: Array<[number, number]> = [];
  let s0 = open + 1;
  for (let q = open + 1; q <= k; q++) {
    if (q < k && tokens[q].cap && tokens[q].pos === 'PROPN') continue;
    if (q === s0 || (q < k && !/^(and|&|,)$/.test(tokens[q].lower))) return null;
    parts.push([s0, q]);
    s0 = q + 1;
  }
  if (parts.length < 2 || !/^(and|&)$/.test(tokens[parts[parts.length - 1][0] - 1].lower)) return null;
  const before = tokens[open - 1];
  let plural = false;
  for (let q = open - 1; q > open - ASIDE_TOKENS && q >= 0 && tokens[q].sent === before.sent; q--) if (PLURAL_BODIES.test(tokens[q].lower)) plural = true;
  return plural ? { parties: parts.map(([a, b]) => writtenParty(doc, a, b, 'subject')), start: open + 1 } : null;
}

/** A verb that says what its subject is: "Egypt is the only country", "Kazakhstan became the first". */
const COPULA = /^(is|was|are|were|became|becomes|remains|remained)$/;
/** Words that make "the ... country which signed" one of a kind. */
const ONE_OF_A_KIND = /^(only|first|second|third|last|latest|sole)$/;

/**
 * "Egypt is the only Arab country which has signed", "Exxon was the first company that signed", "Kazakhstan became
 * one of the first countries which signed": the name before the copula, when the noun phrase ending at token e is
 * said of it and makes it one of a kind.
 */
function predicatedOf(doc: Doc, e: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  let a = e;
  while (a > first && e - a < 5 && tokens[a].type === 'word' && (/^(NOUN|PROPN|ADJ)$/.test(tokens[a].pos) || ONE_OF_A_KIND.test(tokens[a].lower) || DESCRIPTORS.has(tokens[a].lower)) && tokens[a].lower !== 'the') a--;
  if (a === e || tokens[a].lower !== 'the' || !ONE_OF_A_KIND.test(tokens[a + 1].lower)) return null;
  let c = a - 1;
  if (tokens[c]?.lower === 'of' && tokens[c - 1]?.lower === 'one') c -= 2;
  if (c - 1 < first || !COPULA.test(tokens[c].lower)) return null;
  const e0 = pastTicker(doc, c - 1, first);
  const m = mentionCovering(doc, e0);
  if (!m || m.type === 'event' || m.a < first || e0 !== m.b - 1) return null;
  return { parties: [partyOf(m, 'subject')], start: m.a };
}

/** "and" or "&" before token a, or before the article at a: "it and The Liberty Bank of Pensacola". */
function andBefore(doc: Doc, a: number): boolean {
  const tokens = doc.tokens;
  const at = tokens[a - 1]?.lower === 'the' ? a - 2 : a - 1;
  return /^(and|&)$/.test(tokens[at]?.lower ?? '');
}


/** Plural nouns for companies or bodies that names in an aside may spell out. */
/** The members of an armed group, named by it ("ELN rebels", "Hamas militants"): the group itself signs. */
const ARMED_MEMBERS = /^(rebels|guerrillas|militants|insurgents|separatists|fighters)$/;

/** Descriptors of a company by its tie to another ("Toyota unit"): not the company named before them. */
const TIED = /^(subsidiary|unit|parent|affiliate|arm|partner|rival|division)$/;

/**
 * The last token of an organisation's name (or of its short form in brackets) before a descriptor and up to two
 * words in lower case that say what it is ("Verdi union", "the National Liberation Army (ELN) guerrilla group");
 * else k.
 */
function namedBeforeDescriptor(doc: Doc, k: number, first: number): number {
  const tokens = doc.tokens;
  if (!(DESCRIPTORS.has(tokens[k].lower) || ARMED_MEMBERS.test(tokens[k].lower)) || TIED.test(tokens[k].lower)) return k;
  let j = k - 1;
  while (j > first && k - j <= 2 && !tokens[j].cap && tokens[j].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[j].pos)) j--;
  const name = beforeShortForm(doc, j, first);
  const m = j >= first ? mentionCovering(doc, name) : undefined;
  return m?.type === 'organisation' && m.b === name + 1 ? j : k;
}

const PLURAL_BODIES = /^(companies|firms|banks|carriers|airlines|groups|concerns|unions|shipowners|lines|operators)$/;

/** Nouns for a body of members, after its name and before what they are: "the G8 group of rich nations". */
const GROUPING = /^(group|grouping|club|bloc|cartel|alliance)$/;

function subjectRightBefore(doc: Doc, v: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  let k = v - 1;
  // "Shell has been awarded a contract": who is awarded it (not "the deal was struck", "a ship was struck").
  const awarded = /^award/.test(tokens[v].lower);
  // skip auxiliaries, adverbs, dates and "that"
  // "Egypt and Saudi Arabia on Sunday signed": the preposition of a date too.
  // ('Pacad said it "has reached an agreement': the quotation mark that opens the words quoted)
  while (k >= first && ((awarded && /^(been|being|was|were|is|are)$/.test(tokens[k].lower)) || tokens[k].lower === '"' || /^(has|have|had|also|jointly|then|today|formally|officially|finally|recently|successfully|yesterday|already|up|both|all|together|just|last|week|month|year|will|would|shall)$/.test(tokens[k].lower) || tokens[k].pos === 'ADV' || inDate(doc, k) || (/^(on|in)$/.test(tokens[k].lower) && k + 1 < v && inDate(doc, k + 1)))) k--;
  if (k < first) return null;
  // "The four -- Exxon Corp <XON>, Mobil Corp <MOB> and Chevron Corp <CHV> -- signed": the names between dashes
  // say who the subject before them is.
  if (DASH.test(tokens[k].lower) && k - 1 > first) {
    let open = k - 1;
    while (open > first && !DASH.test(tokens[open].lower)) open--;
    if (open > first && DASH.test(tokens[open].lower) && mentionCovering(doc, pastTicker(doc, k - 1, first))) k--;
  }
  // "its defense systems division based here, has been awarded": the unit, past where it is based.
  if (tokens[k].lower === ',') {
    for (let q = k - 1; q > first && k - q <= 6; q--) {
      if (tokens[q].lower === ',') break;
      if (tokens[q].lower !== 'based') continue;
      k = q - 1;
      break;
    }
  }
  // "Siemens AG <SIEG.F> has won": past the ticker Reuters writes after a name; "<Arabian Auto Agency> signed": into
  // the brackets of the name itself.
  k = pastTicker(doc, k, first);
  // ("the National Liberation Army (ELN) guerrilla group signed", "Colombia and ELN rebels agree": the body named
  // before what it is)
  k = namedBeforeDescriptor(doc, k, first);
  // "The National University of Sciences and Technology (NUST) also signed": the name before its short form.
  // ("<Syarikat Telekom Malaysia Bhd> (STM) signed": into the wire brackets before the short form)
  let named = beforeShortForm(doc, k, first);
  if (named !== k) named = pastTicker(doc, named, first);
  if (named !== k && mentionCovering(doc, named)) k = named;
  // ("Egypt's Suez Canal Economic Zone (SCZone) signed": the short form, when no rule typed the name before it)
  else if (named !== k && tokens[k].lower === ')' && mentionCovering(doc, k - 1)?.type === 'organisation') k--;
  const w = tokens[k].lower;
  if (w === 'and') return null;
  // relative pronoun: "Mexico, which ... signed" / "X, which" -> the name before the comma
  // ("Egypt is the only Arab country which has signed a peace treaty with Israel": the name the predicate is said of)
  const said = /^(which|who|that)$/.test(w) && k - 1 > first ? predicatedOf(doc, k - 1, first) : null;
  if (said) return said;
  if (w === 'which' || w === 'who') {
    // ("the Islamic Development Bank (IDB) which signed": past the short form in brackets)
    const e = beforeShortForm(doc, tokens[k - 1]?.lower === ',' ? k - 2 : k - 1, first);
    const m = mentionCovering(doc, e);
    // ("a consortium of banks which entered into ... agreements with the company": the phrase, as written)
    return m ? { parties: [partyOf(m, 'subject')], start: m.a } : e >= first ? nounPhraseEndingAt(doc, e, first) : null;
  }
  if (w === 'it' || w === 'they' || w === 'he' || w === 'she' || w === 'we') return pronounSubject(doc, k, first);
  // "Cargill Inc and Continental Grain Co are among the firms that have signed": the subject the firms are said of.
  if (w === 'that' && k - 1 > first && tokens[k - 1].pos === 'NOUN') {
    const np = nounPhraseEndingAt(doc, k - 1, first);
    const among = np ? np.start - 1 : -1;
    if (among - 1 > first && tokens[among].lower === 'among' && /^(are|were|is|was)$/.test(tokens[among - 1].lower)) return subjectBefore(doc, among - 1, first);
    // "Allegheny International Inc, the consumer products concern that today announced": the company the described
    // noun stands beside.
    const beside = np && DESCRIPTORS.has(tokens[k - 1].lower) && tokens[np.start - 1]?.lower === ',' ? mentionCovering(doc, pastTicker(doc, np.start - 2, first)) : undefined;
    if (beside?.type === 'organisation') return { parties: [partyOf(beside, 'subject')], start: beside.a };
  }
  let m = mentionCovering(doc, k);
  // "a logistics company from Kashgar reached": the company, as written, not the place it is from.
  if (m?.type === 'place' && m.a - 2 >= first && /^(from|in)$/.test(tokens[m.a - 1].lower) && DESCRIPTORS.has(tokens[m.a - 2].lower)) {
    let a = m.a - 2;
    while (a - 1 >= first && m.a - a < 7 && !tokens[a - 1].cap && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[a - 1].pos)) a--;
    if (/^(a|an|the|one|two|three|several)$/.test(tokens[a].lower)) return { parties: [writtenParty(doc, a, m.b, 'subject')], start: a };
  }
  // "The Shanghai Cooperation Organisation (SCO) summit in Astana adopted": the body whose meeting it was, not where
  // it met.
  if (m?.type === 'place' && m.a - 2 >= first && tokens[m.a - 1].lower === 'in' && MEETING.test(tokens[m.a - 2].lower)) {
    const body = m.a - 3 >= first ? mentionCovering(doc, beforeShortForm(doc, m.a - 3, first)) : undefined;
    if (body?.type === 'organisation') return { parties: [partyOf(body, 'subject')], start: body.a };
    return null;
  }
  // "The company's Precision Etched Products unit in Muellheim signed": the unit, not where it is.
  const unit = m?.type === 'place' ? unitIn(doc, m, first) : null;
  if (unit) return unit;
  // "Indonesia and separatist rebels in Aceh signed": a group, as written, with the place it is in.
  const placed = groupInPlace(doc, k, first);
  if (placed) return withLeftOfAnd(doc, placed, first);
  // ("Labour and the Liberal Democrats in Wales have agreed": bodies named before where they are, not the place)
  if (m?.type === 'place' && m.a - 2 >= first && tokens[m.a - 1].lower === 'in' && mentionCovering(doc, m.a - 2)?.type === 'organisation') return subjectRightBefore(doc, m.a - 1, first);
  // "Exxon Co USA of Houston has been awarded": the company, not the city it is in.
  const owner = m?.type === 'place' ? ownerOfPlace(doc, m, first) : null;
  // ("The Xi'an Municipal Government and the Akimat of Almaty inked": and the names before it)
  if (owner && 'parties' in owner) return withLeftOfAnd(doc, tokens[owner.start - 1]?.lower === 'the' && owner.start - 1 >= first ? { ...owner, start: owner.start - 1 } : owner, first);
  if (owner) m = owner;
  if (m) {
    // walk back over a coordinated list: "Venezuela and China sign", "X, Y and Z signed"
    const items: MentionRef[] = [m];
    // from where the mention's text starts: "President Shavkat Mirziyoyev" starts before its name
    let j = doc.tokenAt(m.start) - 1;
    while (j >= first) {
      // "The World Bank and the government of Nigeria signed": the government stands for its country.
      if (j - 1 >= first && tokens[j].lower === 'of' && STANDS_FOR_COUNTRY.test(tokens[j - 1].lower) && items[0].type === 'place') j -= 2;
      // ("... and the city of Almaty inked": past the place's kind)
      if (j - 2 >= first && tokens[j].lower === 'of' && items[0].type === 'place' && PLACE_NOUN.test(tokens[j - 1].lower) && tokens[j - 2].lower === 'the') j -= 3;
      // ("Singapore and the Chinese city of Shenzhen signed": past the country the place is in, too)
      else if (j - 3 >= first && tokens[j].lower === 'of' && items[0].type === 'place' && PLACE_NOUN.test(tokens[j - 1].lower)) {
        const inCountry = mentionCovering(doc, j - 2);
        if (inCountry?.rule === 'place.demonym' && inCountry.b === j - 1 && inCountry.a - 1 >= first && tokens[inCountry.a - 1].lower === 'the') j = inCountry.a - 2;
      }
      // "Kazakh President Tokayev and Uzbek President Mirziyoyev signed": a demonym before a person is no party.
      const dem = j >= first ? mentionCovering(doc, j) : undefined;
      if (dem && dem.rule === 'place.demonym' && dem.b === j + 1 && items[0].type === 'person') j = dem.a - 1;
      // "el-Sisi and his Sudanese counterpart Omar al-Bashir signed": the description before the second name.
      if (j - 1 >= first && items[0].type === 'person' && /^counterparts?$/.test(tokens[j].lower)) {
        j--;
        const d2 = mentionCovering(doc, j);
        if ((d2?.rule === 'place.demonym' || d2?.placeKind === 'country') && d2.b === j + 1) j = d2.a - 1;
        if (j >= first && /^(his|her|their)$/.test(tokens[j].lower)) j--;
      }
      // "Mitsubishi Corp and the Soviet Union's foreign trade organisation Technopromexport", "X and its partner Y":
      // the description in front of the second name.
      // ("Renison Goldfields Consolidated Ltd and explorer <City Resources Ltd>": before the wire's brackets, which
      // leave the description outside the name's mention)
      if (items[0].type === 'organisation' && j - 1 >= first && tokens[j].lower === '<' && DESCRIPTORS.has(tokens[j - 1].lower)) {
        j -= 2;
        while (j >= first && !tokens[j].cap && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j--;
      }
      // ("The Philippine government and Muslim rebels of the Moro Islamic Liberation Front signed": the body's members,
      // named by what they are, before it)
      const ofAt = tokens[j]?.lower === 'the' ? j - 1 : j;
      if (items[0].type === 'organisation' && ofAt - 2 >= first && tokens[ofAt].lower === 'of' && PLACED_GROUP.test(tokens[ofAt - 1].lower)) {
        const group = ofAt - 1;
        j = group - 1;
        while (j >= first && group - j <= 2 && tokens[j].type === 'word' && !/^(and|the)$/.test(tokens[j].lower) && (tokens[j].pos === 'ADJ' || (tokens[j].cap && !mentionCovering(doc, j)) || mentionCovering(doc, j)?.rule === 'place.demonym')) j--;
      }
      // ("Cominco and Teck's 22 pct-owned Lornex agreed": how much of it the company before owns)
      if (items[0].type === 'organisation' && j - 4 >= first && tokens[j].lower === 'owned' && tokens[j - 1].lower === '-' && /^(pct|percent|%)$/.test(tokens[j - 2].lower) && tokens[j - 3].type === 'number') j -= 4;
      if (items[0].type === 'organisation' || items[0].type === 'person') {
        let d = j;
        while (d >= first && j - d < 4 && !tokens[d].cap && (tokens[d].pos === 'NOUN' || tokens[d].pos === 'ADJ')) d--;
        // ("Nigerian National Petroleum Company (NNPC) chief Mele Kyari": past the short form in brackets)
        const sf = d < j && d >= first ? beforeShortForm(doc, d, first) : d;
        const dem = d < j && d >= first ? mentionCovering(doc, sf) : undefined;
        if (d < j && d >= first) {
          if (tokens[d].lower === "'s") j = d;
          // ("Tony Blair and California governor Arnold Schwarzenegger": the place a title is held in, too)
          else if (dem && (dem.rule === 'place.demonym' || (dem.type === 'place' && items[0].type === 'person')) && dem.b === d + 1) j = dem.a - 1;
          else if (OWNER.test(tokens[d].lower)) j = d - 1;
          // ("Aeroflot general director Valery Okulov and Boeing vice president Marlin Dailey": the company a role is
          // held in, which the person's title gives later)
          else if (dem?.type === 'organisation' && dem.b === sf + 1 && items[0].type === 'person' && personsRole(tokens[j].lower)) j = dem.a - 1;
        }
      }
      // "Russia's Gazprom and China's CNPC signed", "Egypt's President el-Sisi and ...": the place a company or a
      // leader is from is no party.
      // ("France Telecom's Orange and Deutsche Telekom's T-Mobile signed": nor is the company that owns one)
      const owner = j - 1 >= first && tokens[j].lower === "'s" ? mentionCovering(doc, j - 1) : undefined;
      // ("... and AirAsia's Tony Fernandes signed": nor the company a person signs for, read from the person later)
      if (owner && (owner.type === 'place' || (owner.type === 'organisation' && owner.b === j)) && (items[0].type === 'organisation' || items[0].type === 'person')) j = owner.a - 1;
      // ("it and Siemens AG <SIEG.F> subsidiary Kraftwerk Union AG": nor the company whose unit it is, named before
      // the unit's noun)
      const held = items[0].type === 'organisation' && j >= first && UNIT_NOUNS.test(tokens[j + 1].lower) ? pastTicker(doc, j, first) : -1;
      const holding = held >= 0 ? mentionCovering(doc, held) : undefined;
      if (holding?.type === 'organisation' && holding.b === held + 1 && holding.a > first) j = holding.a - 1;
      // ("... and JICA Chief Representative Sugano Yuichi signed": nor the body whose title opens the person's mention)
      // ("Cable and Wireless Chairman and Chief Executive Eric Sharp": past the first of two titles "and" joins)
      const titled = items[0].type === 'person' && doc.tokenAt(items[0].start) === j + 1 && items[0].a > j + 1;
      if (titled) j = pastFirstOfTwoTitles(doc, j, first);
      const body = titled && j >= first ? mentionCovering(doc, j) : undefined;
      if ((body?.type === 'organisation' || body?.type === 'place') && body.b === j + 1) j = body.a - 1;
      if (j >= first && (tokens[j].lower === 'the' || tokens[j].lower === '<')) j--;
      // ("India-UAE sign pact", as headlines write two sides: a hyphen glued between two places or bodies)
      const glued = j > first && hyphenBetween(tokens, j, doc) && items[0].type !== 'person';
      // ("Akinwumi Adesina, President of the African Development Bank, and Robert ...": past the role between commas
      // to the person it follows)
      if (j - 1 > first && tokens[j].lower === 'and' && tokens[j - 1].lower === ',') {
        let c = j - 2;
        while (c > first && j - c < 12 && tokens[c].lower !== ',') c--;
        const person = tokens[c].lower === ',' ? mentionCovering(doc, c - 1) : undefined;
        // ("Thani Al Zeyoudi, Minister of State for Foreign Trade, and ...": a role that names no body too)
        const role = bodyInApposition(doc, c)?.end === j - 1 || (personsRole(tokens[c + 1]?.lower ?? '') && roleEnd(doc, c + 1) === j - 1);
        if (person?.type === 'person' && person.b === c && person.a >= first && role) {
          items.unshift(person);
          j = doc.tokenAt(person.start) - 1;
          continue;
        }
      }
      // ("On the margins of the UN General Assembly, Saudi Arabia and Tajikistan signed": the comma that ends a phrase
      // opening the sentence with a preposition ends the list)
      if (j >= first && tokens[j].lower === ',' && frontedPhraseEnds(doc, first, j)) break;
      if (j >= first && (tokens[j].lower === 'and' || tokens[j].lower === ',' || tokens[j].lower === '&' || glued)) {
        // "The Asian Development Bank (ADB) and Pakistan signed": past the short form in brackets; "Mazda Motor Corp
        // <MAZT.T> and Ford Motor Co <F> have signed": past the ticker; "Renison Goldfields Consolidated Ltd <RGFJ.S>
        // (RGC) and explorer City Resources": past both.
        // ("The Mercosur trade bloc and the European Free Trade Association": past what the body before is)
        let prev = j - 1 >= first ? mentionCovering(doc, pastTicker(doc, beforeShortForm(doc, pastTicker(doc, namedBeforeDescriptor(doc, j - 1, first), first), first), first)) : undefined;
        // ("The Chinese Embassy in Kazakhstan and the Kazakh Ministry of Education signed": the mission; "Zhao Ziyang
        // of China and ...": the person)
        const holder = prev?.type === 'place' && /^(in|of)$/.test(tokens[prev.a - 1]?.lower ?? '') ? ownerOfPlace(doc, prev, first) : null;
        if (holder && !('parties' in holder)) prev = holder;
        if (prev && prev !== items[0]) {
          items.unshift(prev);
          j = doc.tokenAt(prev.start) - 1;
          continue;
        }
        // a capitalised name no rule typed: "Northrop Grumman and EADS defeated ..."
        if (tokens[j].lower === 'and' && tokens[j - 1]?.cap && tokens[j - 1].pos === 'PROPN') {
          let a = j - 1;
          for (;;) {
            if (a - 1 >= first && tokens[a - 1].cap && (tokens[a - 1].pos === 'PROPN' || tokens[a - 1].pos === 'ADJ')) a--;
            else if (gluedHyphen(doc, a - 1, first)) a -= 2;
            else break;
          }
          // "its Measurement and Control Division has been awarded": one unit's name with "and" in it.
          if (OWNER.test(tokens[a - 1]?.lower ?? '') && items.length === 1) {
            return { parties: [writtenParty(doc, a, items[0].b, 'subject')], start: a };
          }
          items.unshift(writtenMention(doc, a, j));
          break;
        }
        if (tokens[j - 1]?.lower === 'it' || tokens[j - 1]?.lower === 'they') {
          const pr = pronounSubject(doc, j - 1, first);
          if (pr) return { parties: [...pr.parties, ...items.map((x) => partyOf(x, 'subject'))], start: j - 1 };
        }
        const left = tokens[j].lower === 'and' ? unnamedPartyBefore(doc, j, first) : null;
        if (left) return { parties: [...left.parties, ...items.map((x) => partyOf(x, 'subject'))], start: left.start };
      }
      break;
    }
    // ("Chinese President Xi Jinping and the leaders of Kazakhstan and Uzbekistan signed": the side before the leaders)
    if (j - 4 >= first && tokens[j].lower === 'of' && LEADERS.test(tokens[j - 1].lower) && tokens[j - 2].lower === 'the' && tokens[j - 3].lower === 'and' && items.every((x) => x.type === 'place')) {
      const left = mentionCovering(doc, j - 4);
      // (from the people's adjective before a leader's title: "Chinese President Xi Jinping")
      let s0 = left ? doc.tokenAt(left.start) : -1;
      const dem = left?.type === 'person' ? mentionCovering(doc, s0 - 1) : undefined;
      if (dem?.rule === 'place.demonym' && dem.b === s0) s0 = dem.a;
      if (left && left.b === j - 3 && !left.nested && s0 >= first && opensClause(doc, s0, first)) return { parties: [partyOf(left, 'subject'), ...items.map((x) => partyOf(x, 'subject'))], start: s0 };
    }
    const from = items.every((x) => x.type === 'place') ? institutionsFrom(doc, doc.tokenAt(items[0].start), items[items.length - 1].b, first) : null;
    if (from) return from;
    // "AirTanker Ltd., an EADS-led consortium, have signed": skip the appositive back to the name.
    // (the evidence opens with the bracket of a name Reuters marked: "<Inelectra> received")
    return { parties: items.map((x) => partyOf(x, 'subject')), start: tokens[items[0].a - 1]?.lower === '<' && items[0].a - 1 >= first ? items[0].a - 1 : items[0].a };
  }
  // "X, an EADS-led consortium, have signed" / "The airline, which is the third largest, signed"
  if (w === ',') {
    // "Vietnam, Japan upgrade ties, sign deals", "Toyota and Ford boosted output, signed a deal": the subject of
    // the verb before, when it opens the sentence (not "X, an EADS-led consortium, have signed").
    for (let v1 = k - 1; v1 > first && tokens[v1].lower !== ','; v1--) {
      if (tokens[v1].pos !== 'VERB' && tokens[v1].pos !== 'AUX') continue;
      const s1 = subjectBefore(doc, v1, first);
      const opens = s1 && (s1.start === first || (s1.start === first + 1 && tokens[first].lower === 'the'));
      if (opens && s1.parties.every((p) => p.entityId)) return s1;
      break;
    }
    // "European aircraft manufacturer, Airbus, has won": the name just before the comma, unless it sits in
    // a description ("EADS, the parent company of Airbus, has won").
    let open = -1;
    for (let j = k - 1; j >= Math.max(first, k - ASIDE_TOKENS); j--) if (tokens[j].lower === ',') {
      open = j;
      break;
    }
    // "Nissan, together with Renault and Mitsubishi, signed", "China, alongside Russia, signed": both sides of the aside.
    const joinedAt = open > first ? (tokens[open + 1]?.lower === 'alongside' ? open + 2 : /^(together|along)$/.test(tokens[open + 1]?.lower ?? '') && tokens[open + 2]?.lower === 'with' ? open + 3 : -1) : -1;
    if (joinedAt > 0 && joinedAt < k) {
      const left = subjectRightBefore(doc, open, first);
      const added = partyPhrase(doc, joinedAt, k, 'subject');
      if (left && added.parties.length) return withJoined(left, added.parties);
    }
    const described = open >= 0 && /^(the|a|an)$/.test(tokens[open + 1]?.lower ?? '');
    // ("The central banks of the two countries, the RBI and the Central Bank of the UAE, also signed": the names
    // between commas after a plural are who it means)
    if (described && open > first && tokens[open - 1].pos === 'NOUN' && /s$/.test(tokens[open - 1].lower)) {
      const list = mentionList(doc, open + 2, k);
      if (list && list.end === k && list.items.length >= 2 && list.items.every((m) => m.type === 'organisation' || m.type === 'place')) return { parties: list.items.map((m) => partyOf(m, 'subject')), start: open + 1 };
    }
    // "The consortium, which includes Total and CNPC, signed": the name before a relative clause, not in it; so too
    // before a participle's ("Altus, formerly known as First Southern Federal Savings, announced", "X, owned by Y,").
    const aside = tokens[open + 1];
    const participle = aside && ((aside.pos === 'VERB' && /(ed|wn)$/.test(aside.lower)) || (/^(formerly|previously)$/.test(aside.lower) && tokens[open + 2]?.pos === 'VERB'));
    if (open > first && (/^(which|who|whose)$/.test(aside?.lower ?? '') || participle)) {
      // ("<Arabian Auto Agency>, known as AAA,": the name Reuters marked)
      const e = tokens[open - 1].lower === '>' ? open - 2 : open - 1;
      const m2 = e >= first ? mentionCovering(doc, e) : undefined;
      // ("Leeds City Council and the Durban Municipality, which governs the city, have signed": the list it closes)
      const whole = m2 && andBefore(doc, m2.a) ? subjectBefore(doc, open, first) : null;
      if (whole && whole.parties.length > 1) return whole;
      if (m2) return { parties: [partyOf(m2, 'subject')], start: m2.a };
      if (e >= first && tokens[e].cap && tokens[e].pos === 'PROPN') {
        let a = e;
        while (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
        return { parties: [writtenParty(doc, a, e + 1, 'subject')], start: a };
      }
      if (!participle) return nounPhraseEndingAt(doc, open - 1, first);
    }
    const mm = described ? undefined : mentionCovering(doc, k - 1);
    const holder = mm?.type === 'person' ? roleHolderSubject(doc, mm, first) : null;
    if (holder) return holder;
    // ("Unisys Corp <UIS>, Recognition Equipment Inc <REC>, Toshiba and AEG, were awarded contracts": the list the
    // last name closes, a comma before the verb)
    if (mm && mm.b === k && /^(and|&)$/.test(tokens[mm.a - 1]?.lower ?? '')) {
      const whole = subjectBefore(doc, k, first);
      if (whole && whole.parties.length > 1) return whole;
    }
    // ("John Smith, chief executive of Acme Corp, signed": the body the role between commas names, the person who
    // holds it its signatory)
    const signer = open > first && mm?.type === 'organisation' ? mentionCovering(doc, open - 1) : undefined;
    if (signer?.type === 'person' && signer.b === open && signer.a >= first && bodyInApposition(doc, open)?.m.entityId === mm!.entityId) {
      return { parties: [{ ...partyOf(mm!, 'subject'), signatory: { name: signer.name, entityId: signer.entityId } }], start: signer.a };
    }
    // ("Deutsche Babcock AG said it and Siemens AG subsidiary Kraftwerk Union AG <KAWG.F>, KWU, have won": the
    // subject the short form between commas follows, read whole)
    if (mm?.rule === 'alias.acronym-apposition' && mm.b === k && tokens[mm.a - 1].lower === ',') {
      const whole = subjectBefore(doc, mm.a - 1, first);
      if (whole?.parties.some((p) => p.entityId === mm!.entityId)) return whole;
    }
    if (mm && mm.type !== 'place') return { parties: [partyOf(mm, 'subject')], start: mm.a };
    const named = open > first && !mm ? namesInAside(doc, open, k) : null;
    if (named) return named;
    for (let j = k - 1; j >= Math.max(first, k - ASIDE_TOKENS); j--) {
      if (tokens[j].lower === ',') {
        // "Citibank and <Tokyo Sogo Bank Ltd>, the largest mutual loan and savings bank in the Tokyo area, have
        // signed": the whole subject before the aside, a list or a name in wire brackets, read as before a verb.
        const wired = tokens[j - 1]?.lower === '>';
        // ("Colonial BancGroup said it and The Liberty Bank of Pensacola, Fla., signed": past the article, also)
        const listed = andBefore(doc, mentionCovering(doc, j - 1)?.a ?? j);
        if (wired || listed) {
          const whole = subjectBefore(doc, j, first);
          if (whole?.parties.length) return whole;
        }
        let m2 = mentionCovering(doc, j - 1);
        // "Gulf Coast Grain Inc of Memphis, Tennessee, won", "Burlington Menswear of New York City, a division of
        // Burlington Industries Inc, has received": the company, not the city it is in.
        const owner = m2?.type === 'place' ? ownerOfPlace(doc, m2, first) : null;
        if (owner && 'parties' in owner) return owner;
        if (owner) m2 = owner;
        // ("Acme Corp said it and RCA Inc of Moorestown, N.J., signed": the list that company closes)
        const whole = owner && andBefore(doc, m2!.a) ? subjectBefore(doc, m2!.b, first) : null;
        if (whole && whole.parties.length > 1) return whole;
        if (m2) return { parties: [partyOf(m2, 'subject')], start: m2.a };
        const np = nounPhraseEndingAt(doc, j - 1, first);
        if (np) return np;
        break;
      }
    }
    return openingAppositive(doc, first, k);
  }
  // A capitalised name no rule typed ("Shell has signed", "Rolls-Royce clinched"): the party as written.
  if (tokens[k].cap && tokens[k].pos === 'PROPN') {
    let a = k;
    for (;;) {
      if (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
      else if (gluedHyphen(doc, a - 1, first)) a -= 2;
      else break;
    }
    // "Delta Dental Plan of San Francisco has been awarded": a name no rule typed, "of" its place.
    if (tokens[a - 1]?.lower === 'of' && a - 2 >= first && tokens[a - 2].cap && tokens[a - 2].type === 'word') {
      let b = a - 2;
      while (b - 1 >= first && tokens[b - 1].cap && tokens[b - 1].type === 'word' && a - b < 6) b--;
      // (not a person's title and name: "Prime Minister Anibal Cavaco Silva of Portugal" signs for Portugal)
      let titled = false;
      for (let q = b; q < a - 1; q++) if (TITLES.has(tokens[q].lower)) titled = true;
      // Nor the second of "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal".
      if (tokens[b].lower !== 'the' && !titled && tokens[b - 1]?.lower !== 'and' && !mentionCovering(doc, b)) return { parties: [writtenParty(doc, b, k + 1, 'subject')], start: b };
    }
    if (a > first || tokens[a].pos === 'PROPN') {
      const party = writtenParty(doc, a, k + 1, 'subject');
      // "Nissan and Renault inked a pact": the name before "and", typed or not ("and the Moro ...").
      // ("Russia's Gazprom and Ukraine's Zorvex": past the country whose company it is)
      let b0 = a - 1;
      const home = tokens[b0]?.lower === "'s" ? mentionCovering(doc, b0 - 1) : undefined;
      if (home?.type === 'place' && home.b === b0 && home.a - 1 >= first) b0 = home.a - 1;
      const j = tokens[b0]?.lower === 'the' && tokens[b0 - 1]?.lower === 'and' ? b0 - 1 : b0;
      if (j - 1 >= first && (tokens[j].lower === 'and' || tokens[j].lower === '&')) {
        // "its Measurement and Control Division": one unit's name with "and" in it.
        if (OWNER.test(tokens[j - 2]?.lower ?? '')) return { parties: [writtenParty(doc, j - 1, k + 1, 'subject')], start: j - 1 };
        const prev = mentionCovering(doc, j - 1);
        // (a name of up to three words no rule typed either: "Siemens Gamesa and Orsted have finalised")
        // ("Samruk-Kazyna and Masdar": glued hyphens inside it)
        let s0 = j - 1;
        for (;;) {
          if (s0 - 1 >= first && j - s0 < 3 && tokens[s0 - 1].cap && tokens[s0 - 1].pos === 'PROPN' && tokens[s0 - 1].type === 'word') s0--;
          else if (gluedHyphen(doc, s0 - 1, first)) s0 -= 2;
          else break;
        }
        if (prev || (tokens[j - 1].cap && tokens[j - 1].pos === 'PROPN' && (s0 === first || !tokens[s0 - 1].cap))) {
          const other = prev ? partyOf(prev, 'subject') : writtenParty(doc, s0, j, 'subject');
          return { parties: [other, party], start: prev ? prev.a : s0 };
        }
        const left = tokens[j].lower === 'and' ? unnamedPartyBefore(doc, j, first) : null;
        if (left) return { parties: [...left.parties, party], start: left.start };
      }
      // ("Microsoft, G42 strike $1.5 billion AI partnership": a headline's comma after the name that opens it)
      const opener = tokens[j]?.lower === ',' && j - 1 >= first ? headlineOpenerAt(doc, j - 1, first) : undefined;
      if (opener && opener.b === j && opener.type !== 'person') return { parties: [partyOf(opener, 'subject'), party], start: first };
      return { parties: [party], start: a };
    }
  }
  // "The two countries", "both companies", "the airline": the names they stand for, else the phrase as written.
  const np = nounPhraseEndingAt(doc, k, first);
  // ("Finance ministers from the G8 group of rich nations have agreed": the body the group's noun follows)
  if (np && !np.parties[0]?.entityId && tokens[np.start - 1]?.lower === 'of' && GROUPING.test(tokens[np.start - 2]?.lower ?? '')) {
    const body = mentionCovering(doc, np.start - 3);
    if (body?.type === 'organisation' && body.b === np.start - 2) return { parties: [partyOf(body, 'subject')], start: body.a };
  }
  return withLeftOfAnd(doc, np, first);
}

/**
 * "separatist rebels in Aceh", "rebel forces from the northern Tigray region": a group, as written, with the place it
 * is in or from, ending at token k.
 */
function groupInPlace(doc: Doc, k: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // (past the place's kind after its name: "the Tigray region")
  const kind = PLACE_NOUN.test(tokens[k].lower) && !tokens[k].cap ? 1 : 0;
  const m = mentionCovering(doc, k - kind);
  if (!m || (kind && (m.type !== 'place' || m.b !== k))) return null;
  // (and the article and the words in lower case before it: "the northern")
  let q = m.a - 1;
  if (kind) {
    while (q > first && m.a - q <= 3 && tokens[q].pos === 'ADJ' && !tokens[q].cap) q--;
    if (tokens[q]?.lower === 'the') q--;
  }
  const group = q - 1;
  if (group < first || !(tokens[q].lower === 'in' || (kind && tokens[q].lower === 'from')) || !PLACED_GROUP.test(tokens[group].lower)) return null;
  const np = nounPhraseEndingAt(doc, group, first);
  return np && np.parties.length === 1 && !np.parties[0].entityId ? { parties: [writtenParty(doc, np.start, k + 1, 'subject')], start: np.start } : null;
}

/** The name over token j that opens a headline (no full stop ends it) before a comma at j + 1, if any. */
function headlineOpenerAt(doc: Doc, j: number, first: number): MentionRef | undefined {
  const tokens = doc.tokens;
  if (tokens[j + 1]?.lower !== ',' || tokens[j].sent !== 0 || /^[.!?]$/.test(tokens[doc.sentences[0].last - 1].lower)) return undefined;
  const m = mentionCovering(doc, j);
  return m?.a === first ? m : undefined;
}

/** "The union and management", "Iran and world powers", "Opec and its allies": both sides of "and". */
export function withLeftOfAnd(doc: Doc, np: { parties: Party[]; start: number } | null, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // ("Iran and the European Union's three biggest powers": past the article the phrase was written without)
  const start = np && np.start - 1 > first && tokens[np.start - 1].lower === 'the' ? np.start - 1 : (np?.start ?? first);
  const j = start - 2;
  // ("China, Central Asian states sign cooperation deals": a headline's comma between two sides, the first opening it)
  const headlineComma = !!np && j >= first && !!headlineOpenerAt(doc, j, first);
  if (np && j >= first && (tokens[j + 1].lower === 'and' || headlineComma)) {
    const m = mentionCovering(doc, j);
    // not a name the phrase is part of: "Far West Savings and Loan Association unit"
    if (m && m.b > j + 1) return np;
    // "Indian and Australian businessmen": one group, described by two demonyms.
    if (m && m.rule === 'place.demonym' && np.parties.length === 1 && !np.parties[0].entityId) {
      const t = tokens[m.a];
      return { parties: [{ ...np.parties[0], name: doc.text.slice(t.start, np.parties[0].end).replace(/\s+/g, ' '), start: t.start }], start: m.a };
    }
    // ("... China and Central Asian countries": the group a demonym describes is where they are from too)
    const from = m?.type === 'place' && np.parties.length === 1 && !np.parties[0].entityId && GROUP_NOUNS[tokens[doc.tokenAt(np.parties[0].end) - 1].lower] === 'place' ? institutionsFrom(doc, m.a, doc.tokenAt(np.parties[0].end), first) : null;
    if (from) return from;
    if (m) return { parties: [partyOf(m, 'subject'), ...np.parties], start: m.a };
    if (tokens[j].cap && tokens[j].pos === 'PROPN' && (j === first || !tokens[j - 1].cap)) return { parties: [writtenParty(doc, j, j + 1, 'subject'), ...np.parties], start: j };
    // "The union and management"; not "long term and short term", "products and electronics division"; "Sudan's
    // government and southern rebels": the country ("Opel's management and unions": the company).
    const left = nounPhraseEndingAt(doc, j, first);
    if (left && (/^(the|its|their|his|her)$/.test(tokens[left.start].lower) || governmentOf(doc, j, first))) return { parties: [...left.parties, ...np.parties], start: left.start };
    // "Indonesia's trade minister and his Singaporean counterpart signed": a country's official, named no further,
    // opening the clause (the country is read from the title later).
    const owner = left && personsRole(tokens[j].lower) && possessiveAt(doc, left.start - 1) ? mentionCovering(doc, left.start - 2) : undefined;
    if (left && owner && (owner.type === 'place' || owner.type === 'organisation') && owner.b === left.start - 1 && opensClause(doc, owner.a, first)) return { parties: [...left.parties, ...np.parties], start: owner.a };
  }
  return np;
}

/**
 * "More than 50 enterprises from China and Central Asian countries signed": institutions and the places they are from
 * or in (tokens [at, end)), one party as written, as "two universities in Uzbekistan and Kazakhstan" is after "with".
 */
function institutionsFrom(doc: Doc, at: number, end: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  if (at - 2 < first || !/^(from|in)$/.test(tokens[at - 1].lower) || GROUP_NOUNS[tokens[at - 2].lower] !== 'organisation') return null;
  let a = at - 2;
  while (a - 1 >= first && (/^(NUM|ADJ|DET)$/.test(tokens[a - 1].pos) || /^(more|than|over|about|nearly|some|around|almost)$/.test(tokens[a - 1].lower)) && (!tokens[a - 1].cap || a - 1 === first)) a--;
  return { parties: [writtenParty(doc, a, end, 'subject')], start: a };
}

/**
 * "The union and General Motors signed", "Nigeria's government and Shell signed": the party before the "and" at j
 * when no name was given for it (a noun phrase opened by "the", "its" or "their"; a country's government is its
 * country), else null.
 */
function unnamedPartyBefore(doc: Doc, j: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const left = j - 1 >= first ? nounPhraseEndingAt(doc, j - 1, first) : null;
  if (!left) return null;
  // (a subject opens its clause: not "a cut in the discount rate and Japan's ruling party announced")
  if (governmentOf(doc, j - 1, first)) return opensClause(doc, left.start, first) ? left : null;
  // ("Germany's GDL train drivers' union and ...": or names its party)
  const named = left.parties.length > 0 && left.parties.every((p) => p.entityId);
  return (named || /^(the|its|their)$/.test(tokens[left.start].lower)) && opensClause(doc, left.start, first) ? left : null;
}
