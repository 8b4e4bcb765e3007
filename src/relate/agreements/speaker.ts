// A subject the sentence does not name: a pronoun ("it", "they") resolved to a name before it, and the
// speaker of a reported sentence ("..., the company said").
import type { Doc, MentionRef } from '../../analyse/doc.js';
import { MISSION, mentionAt, mentionCovering, mentionList, possessiveAt } from '../mentions.js';
import { DESCRIPTORS, GROUP_NOUNS, lex, type Party } from './lexicon.js';
import { partyOf, unitIn, writtenParty } from './parties.js';
import { nounPhraseEndingAt } from './noun-phrase.js';
import { inDate } from './date.js';

/** "it" / "they": the subject of "X said it ..." in the sentence, else the most recent organisation. */
export function pronounSubject(doc: Doc, k: number, first: number): { parties: Party[]; start: number } | null {
  const start = k;
  const tokens = doc.tokens;
  // "Burlington said he signed a contract": "he" and "she" are the person last named, never the one who said it.
  if (tokens[k].lower === 'he' || tokens[k].lower === 'she') {
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b <= k && !m.nested && m.type === 'person') {
        // (named by the first mention, which carries the title, if any, for the body the person signs for:
        // "FAO Director-General Edouard Saouma ... he signed three accords")
        const firstNamed = doc.mentions.find((x) => x.entityId === m.entityId && !x.nested) ?? m;
        return { parties: [partyOf(firstNamed, 'subject')], start };
      }
    }
    return null;
  }
  if (tokens[k].lower === 'they') {
    // "Navistar said it and Dina Camiones ... said they signed": the pair named earlier in the sentence.
    const pair = pairBefore(doc, first, k);
    if (pair) return { parties: pair, start };
    const group = groupThatSaid(doc, k, first);
    if (group) return { parties: group, start };
    // ("Deere said it and GM began studying the feasibility ... They signed a memorandum": or in the sentence before,
    // when "They" opens this one)
    const prev = k === first && tokens[k].sent > 0 ? doc.sentences[tokens[k].sent - 1] : undefined;
    const before = prev ? pairBefore(doc, prev.first, prev.last, true) : null;
    if (before) return { parties: before, start };
  }
  return pronounOtherwise(doc, k, first, start);
}

/**
 * The pair a sentence names as "X and Y" (or "it and Y") before token k: who "they" are; with `acting`, only a pair
 * a verb follows, the subject of its clause ("it and GM began").
 */
function pairBefore(doc: Doc, first: number, k: number, acting = false): Party[] | null {
  const tokens = doc.tokens;
  for (let j = first + 1; j < k - 1; j++) {
    if (tokens[j].lower !== 'and') continue;
    // ("Japan's Toyota Motor Corp and China's BYD Co said they": the company a country's possessive describes)
    // ("Fidata Corp <FID> and its subsidiary, Fidata Trust Company New York <FTCNY>, announced that they": the unit
    // named after the word for it)
    const unitAt = /^(its|their)$/.test(tokens[j + 1]?.lower ?? '') && /^(unit|subsidiary|division|affiliate)$/.test(tokens[j + 2]?.lower ?? '') ? (tokens[j + 3]?.lower === ',' ? j + 4 : j + 3) : -1;
    const right = (unitAt > 0 ? mentionAt(doc, tokens[unitAt]?.lower === '<' ? unitAt + 1 : unitAt) : undefined) ?? mentionList(doc, j + 1, k)?.items[0] ?? mentionAt(doc, j + 1) ?? mentionAt(doc, j + 2);
    // ("Varian Associates Inc <VAR> and Siemens A.G. <SIEGn.F> said they": past the ticker)
    const l = pastTicker(doc, j - 1, first);
    const leftTok = tokens[l];
    const left = leftTok.lower === 'it' ? pronounSubject(doc, l, first)?.parties[0] : (() => {
      // ("Dillard Department Stores Inc, based in Little Rock, Ark., and Allied Stores Corp jointly said they": the
      // name that opens the sentence, before its apposition)
      const opener = leftTok.lower === ',' ? mentionAt(doc, first) : undefined;
      // ("GTE Corp's GTE EFT Services Inc unit and Indiana National Corp said they": the unit, named before the word)
      const unit = /^(unit|subsidiary|division|affiliate)$/.test(leftTok.lower) ? mentionCovering(doc, l - 1) : undefined;
      const m = opener?.type === 'organisation' && tokens[opener.b]?.lower === ',' && opener.b < l ? opener : unit?.type === 'organisation' ? unit : mentionCovering(doc, l);
      return m ? partyOf(m, 'subject') : undefined;
    })();
    const verbAfter = !!right && /^(VERB|AUX)$/.test(tokens[right.b]?.pos ?? '');
    if (left && right && (right.type === 'organisation' || right.type === 'place') && (!acting || verbAfter)) return [left, partyOf(right, 'subject')];
  }
  return null;
}

/** "it" (or "they" no pair explains): the one who said it, the nearest company, the article's company, or the last one named. */
function pronounOtherwise(doc: Doc, k: number, first: number, start: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // "Chrysler Canada Ltd, wholly owned by Chrysler Corp, said it concluded": the one who said it, not a
  // company named in an apposition between.
  const speaker = speakerBefore(doc, k, first);
  if (speaker) return { parties: [speaker], start };
  // ("the Chatsworth, Calif., computer disk drive concern said it agreed": a company described, where it is first;
  // the company the article is about, not the place)
  const v = tokens[k - 1]?.lower === 'that' ? k - 2 : k - 1;
  const head = tokens[v - 1];
  let the = v - 1;
  while (the > first && v - the <= 10 && tokens[the].lower !== 'the' && mentionCovering(doc, the)?.type !== 'organisation') the--;
  if (v - 1 > first && lex.speech.has(tokens[v]?.lower ?? '') && tokens[the].lower === 'the' && head && !head.cap && DESCRIPTORS.has(head.lower)) {
    const main = doc.mentions.find((m) => m.type === 'organisation' && !m.nested);
    if (main && main.b <= k) return { parties: [partyOf(main, 'subject')], start };
  }
  // "Navistar said it and Dina Camiones ... signed", "China Eastern Airlines stated ... that it had signed":
  // the nearest organisation of the sentence, else its nearest place ("China said it signed"), not a place
  // that only describes the company ("Vancouver, British Columbia-based Alpha Corp said it ...").
  let place: MentionRef | null = null;
  // "Rosneft has agreed a deal with China's CNPC ..., and in 2004 it signed": an organisation after a preposition
  // is an object; a company named earlier in the sentence without one is the subject "it" goes on with.
  let object: MentionRef | null = null;
  for (let j = k - 1; j >= first; j--) {
    const m = mentionCovering(doc, j);
    if (m?.type === 'organisation') {
      // ("Mark IV corrected a statement it made in another SEC filing in which it listed": nor is a name that
      // modifies a noun after it)
      const modifier = tokens[m.b]?.pos === 'NOUN' && !tokens[m.b].cap && !DESCRIPTORS.has(tokens[m.b].lower) && !/^(division|affiliate|arm|operations)$/.test(tokens[m.b].lower);
      if (!objectOfPreposition(doc, m.a, first) && !modifier) return { parties: [partyOf(m, 'subject')], start };
      object ??= m;
      j = m.a;
      continue;
    }
    // "served the suit in Minneapolis on March 31, the day after it announced": where something happened is no
    // one who acts.
    // "The German firm said it": a demonym that describes the company is no one who acts either.
    if (m?.type === 'place' && !/^(in|at|near|from)$/.test(tokens[m.a - 1]?.lower ?? '') && !(m.rule === 'place.demonym' && DESCRIPTORS.has(tokens[m.b]?.lower ?? ''))) place ??= m;
  }
  if (object) return { parties: [partyOf(object, 'subject')], start };
  if (place) return { parties: [partyOf(place, 'subject')], start };
  // "The company said it ...", "The German firm said it ...": the company the article is about, the first it names.
  const people = first + 1 < k ? mentionCovering(doc, first + 1) : undefined;
  // ("The U.S. drugmaker signed": or the country it is from, named)
  const described = people && (people.rule === 'place.demonym' || (people.type === 'place' && people.a === first + 1)) ? people.b : first + 1;
  if (tokens[first]?.lower === 'the' && (tokens[first + 1]?.lower === 'company' || (described > first + 1 && DESCRIPTORS.has(tokens[described]?.lower ?? ''))) && described < k) {
    const main = doc.mentions.find((m) => m.type === 'organisation' && !m.nested);
    if (main && main.b <= k) return { parties: [partyOf(main, 'subject')], start };
  }
  // "In December 1985, it signed a deal with the International Coordinating Committee ... It had signed bilateral
  // agreements": the "it" the sentence before opened with.
  const s = tokens[k].sent;
  const ps = s > 0 ? doc.sentences[s - 1] : undefined;
  if (ps) {
    // ("Elsinore said it has guaranteed the payment of the bonds. The interest payment is being made in line with ...
    // an agreement in principle it reached": the company that said so at the sentence before's start)
    const opener = mentionCovering(doc, ps.first);
    if (tokens[k].lower === 'it' && opener?.type === 'organisation' && opener.a === ps.first && lex.speech.has(tokens[opener.b]?.lower ?? '') && tokens[opener.b + 1]?.lower === 'it') return { parties: [partyOf(opener, 'subject')], start };
    for (let j = ps.first; j < Math.min(ps.last, ps.first + 6) && !mentionCovering(doc, j); j++) {
      if (tokens[j].lower === 'it' && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '')) {
        const before = pronounSubject(doc, j, ps.first);
        if (before) return { parties: before.parties, start };
        break;
      }
    }
  }
  // Else the last company named; but when it was named as the object of a preposition, a country that opens a
  // sentence since ("... with the Paris Club creditors ... Yugoslavia has refinanced its debt regularly since 1983.
  // In December 1985, it signed a deal").
  let country: MentionRef | null = null;
  for (let j = doc.mentions.length - 1; j >= 0; j--) {
    const m = doc.mentions[j];
    if (m.b > k || m.nested) continue;
    const own = doc.sentences[tokens[m.a].sent];
    if (m.type === 'place' && m.placeKind === 'country' && m.rule !== 'place.demonym' && m.a === own.first && !possessiveAt(doc, m.b)) country ??= m;
    if (m.type !== 'organisation') continue;
    const at = /^(the|a|an)$/.test(tokens[m.a - 1]?.lower ?? '') ? m.a - 1 : m.a;
    return { parties: [partyOf(country && objectOfPreposition(doc, at, own.first) ? country : m, 'subject')], start };
  }
  return null;
}

/**
 * "The two companies announced in January that they had signed", "The companies said last week they": the names a
 * plural subject opening the sentence stands for, when "they" is what it said; null unless it stands for two or more.
 */
function groupThatSaid(doc: Doc, k: number, first: number): Party[] | null {
  const tokens = doc.tokens;
  let v = first + 1;
  while (v < k && !lex.speech.has(tokens[v].lower)) v++;
  if (v >= k) return null;
  // (the subject's head within its first few words: "The companies on March 10 announced")
  let h = first;
  while (h < Math.min(v, first + 3) && !GROUP_NOUNS[tokens[h].lower]) h++;
  if (!GROUP_NOUNS[tokens[h].lower] || tokens[h].pos !== 'NOUN') return null;
  const np = nounPhraseEndingAt(doc, h, first);
  return np && np.start === first && np.parties.length >= 2 && np.parties.every((p) => p.entityId) ? np.parties : null;
}

/** The mention starting at token a follows a preposition ("with China's CNPC", "to Airbus"). */
function objectOfPreposition(doc: Doc, a: number, first: number): boolean {
  let before = a - 1;
  // (past a possessor: "with China's CNPC")
  if (doc.tokens[before]?.lower === "'s") before = (mentionCovering(doc, before - 1)?.a ?? before - 1) - 1;
  return before >= first && doc.tokens[before].pos === 'ADP';
}

/**
 * Token k, or where the name before a wire ticker ends: "Siemens AG <SIEG.F>" gives "AG"; "<Arabian Auto Agency>",
 * a name Reuters marked, gives the last word inside its brackets.
 */
export function pastTicker(doc: Doc, k: number, first: number): number {
  const tokens = doc.tokens;
  // ("Benetton Group Spa [BTOM.MI] said": a ticker in square brackets)
  if (tokens[k].lower === ']') {
    let j = k - 1;
    while (j > first && k - j < 6 && tokens[j].lower !== '[') j--;
    return tokens[j].lower === '[' && j > first && tokens[j - 1].cap && tokens[j - 1].end <= tokens[j].start ? j - 1 : k;
  }
  if (tokens[k].lower !== '>') return k;
  let j = k - 1;
  while (j > first && k - j < 8 && tokens[j].lower !== '<') j--;
  if (tokens[j].lower !== '<' || j < first) return k;
  // ("<Qantas Airways Ltd> has placed": the name itself in brackets, even at the sentence's start)
  const inside = mentionCovering(doc, k - 1);
  if (inside && inside.a === j + 1 && (j === first || !mentionCovering(doc, j - 1))) return k - 1;
  return j > first ? j - 1 : k;
}

/**
 * The company a place mention is written after with "of": "Exxon Co USA of Houston" (a typed organisation) or
 * "Burlington Menswear of New York City" (capitalised words no rule typed, as written). Null for a place alone.
 */
export function ownerOfPlace(doc: Doc, m: MentionRef, first: number): MentionRef | { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // ("RCA Inc of Moorestown, N.J., a division of General Electric": the state after the town the company is of)
  const town = tokens[m.a - 1]?.lower === ',' && m.a - 2 >= first ? mentionCovering(doc, m.a - 2) : undefined;
  if (town?.type === 'place' && town.b === m.a - 1 && tokens[town.a - 1]?.lower === 'of') return ownerOfPlace(doc, town, first);
  // ("<Wrought Copper Ltd> of Chile": a name wire copy put in brackets)
  if (m.a - 3 >= first && tokens[m.a - 1].lower === 'of' && /^[>)]$/.test(tokens[m.a - 2].lower)) {
    const owner = mentionCovering(doc, m.a - 3);
    return owner?.type === 'organisation' ? owner : null;
  }
  // ("The Chinese Embassy in Kazakhstan": a mission, and the country it is in)
  if (m.a - 2 >= first && tokens[m.a - 1].lower === 'in' && MISSION.test(tokens[m.a - 2].lower)) {
    const owner = mentionCovering(doc, m.a - 2);
    return owner?.type === 'organisation' && owner.b === m.a - 1 ? owner : null;
  }
  // ("The company's Precision Etched Products unit in Muellheim, West Germany, signed": the unit)
  const unit = unitIn(doc, m, first);
  if (unit) return unit;
  if (m.a - 2 < first || tokens[m.a - 1].lower !== 'of' || !tokens[m.a - 2].cap || tokens[m.a - 2].pos !== 'PROPN') return null;
  // (not words the place's own mention takes in: "the Government of Uzbekistan" is Uzbekistan)
  if (doc.tokenAt(m.start) < m.a) return null;
  const owner = mentionCovering(doc, m.a - 2);
  // ("Anibal Cavaco Silva of Portugal signed": the person, who signs for the country)
  if (owner) return owner.type === 'organisation' || (owner.type === 'person' && m.placeKind === 'country' && owner.b === m.a - 1 && !owner.nested) ? owner : null;
  let a = m.a - 2;
  // (not into the article that opens the sentence: "The Akimat of Almaty")
  while (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].type === 'word' && tokens[a - 1].lower !== 'the' && !mentionCovering(doc, a - 1)) a--;
  return { parties: [writtenParty(doc, a, m.a - 1, 'subject')], start: a };
}

/** The organisation that says what the sentence reports, before token k: "Control Data Corp said the Air Force awarded it". */
export function sentenceSpeaker(doc: Doc, k: number, first: number): Party | null {
  for (let v = first + 1; v < k; v++) if (lex.speech.has(doc.tokens[v].lower)) return speakerBefore(doc, v + 1, first);
  return null;
}

/** Adverbs that open a sentence before its subject: "Separately, Hershey said ...". */
const SENTENCE_ADVERB = /^(separately|meanwhile|elsewhere|also|however|earlier|later|additionally|similarly|likewise|previously)$/;

/**
 * "X, wholly owned by Y, said (that) it": the organisation X that is the subject of the speech verb before
 * token k, past an apposition between commas. Null unless the name ends right before the verb or its apposition.
 */
export function speakerBefore(doc: Doc, k: number, first: number): Party | null {
  const tokens = doc.tokens;
  let v = k - 1;
  if (tokens[v]?.lower === 'that') v--;
  // ("Hershey said on Wednesday it had signed", "said late Friday that it": past when it was said)
  if (v > first && inDate(doc, v)) {
    while (v > first && inDate(doc, v)) v--;
    if (/^(on|late|early)$/.test(tokens[v].lower)) v--;
  }
  if (v <= first || !lex.speech.has(tokens[v].lower)) return null;
  const antecedent = unclosedAsideBefore(doc, v, first);
  if (antecedent) return partyOf(antecedent, 'subject');
  let end = v - 1;
  if (tokens[end].lower === ',') {
    let j = end - 1;
    while (j > first && tokens[j].lower !== ',' && tokens[j].lower !== '.') j--;
    if (tokens[j].lower !== ',') return null;
    end = j - 1;
  }
  // ("Benetton Group Spa [BTOM.MI] said": a ticker in square brackets)
  if (tokens[end].lower === ']') end = pastTicker(doc, end, first);
  // "French computer services group <Cap Gemini Sogeti> said it": the name Reuters marked; "Siemens A.G.
  // <SIEGn.F> said": a ticker after the name, which is the speaker.
  if (tokens[end].lower === '>') {
    let open = end - 1;
    while (open > first && end - open < 8 && tokens[open].lower !== '<') open--;
    if (tokens[open].lower === '<' && open + 1 < end) {
      const named = mentionCovering(doc, open - 1);
      if (named) return named.type === 'organisation' && named.b === open ? partyOf(named, 'subject') : null;
      // ("Sweden's Telefon AB L.M. Ericsson <ERIC.ST> said it": a name no rule typed, then its ticker)
      if (tokens[open - 1]?.cap) {
        let a = open - 1;
        while (a - 1 > first && open - a < 6 && tokens[a - 1].cap && tokens[a - 1].lower !== "'s" && !mentionCovering(doc, a - 1)) a--;
        return open - a >= 2 ? writtenParty(doc, a, open, 'subject') : null;
      }
      const inside = mentionCovering(doc, open + 1);
      return inside?.type === 'organisation' ? partyOf(inside, 'subject') : writtenParty(doc, open + 1, end, 'subject');
    }
  }
  const m = mentionCovering(doc, end);
  if (m) return m.type === 'organisation' && m.b === end + 1 ? partyOf(m, 'subject') : null;
  // "the ministry said it had concluded a contract": a body no name was given for, as written (not a company,
  // which the article names: see pronounSubject).
  if (!tokens[end].cap && tokens[end].pos === 'NOUN' && !DESCRIPTORS.has(tokens[end].lower)) {
    const np = nounPhraseEndingAt(doc, end, first);
    if (np && np.start === end - 1 && /^(the|its|their)$/.test(tokens[np.start].lower) && opensClause(doc, np.start, first)) return np.parties[0];
  }
  // "Ford said it had reached agreement": a name no rule typed, alone before the verb at the sentence's start.
  if (!tokens[end].cap || tokens[end].type !== 'word') return null;
  let a = end;
  while (a > first && tokens[a - 1].cap && tokens[a - 1].type === 'word' && end - a < 3) a--;
  // wink tags a sentence's first word by its common sense ("Ford" a verb): then the article must never write it
  // in lower case. Plural common nouns ("Officials said it", "Analysts said it"), often tagged as names at the
  // start of a sentence, are not taken.
  const t = tokens[a];
  const nameLike = (t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ') && !/s$/.test(tokens[end].lower) && !doc.writesInLowerCase(t.lower);
  // ("Separately, Hershey said": or after an adverb that opens the sentence)
  const opened = a === first || (a - 2 === first && tokens[a - 1].lower === ',' && SENTENCE_ADVERB.test(tokens[first].lower));
  if (!opened || !t.cap || t.type !== 'word' || !nameLike) return null;
  return writtenParty(doc, a, end + 1, 'subject');
}

/** Does token `at` open a clause (the sentence's first token, or after a comma, "that", "said", "but" ...)? */
export function opensClause(doc: Doc, at: number, first: number): boolean {
  // ("BERLIN, March 25 (Reuters) - Germany's GDL ...": or the story's first word, after the dateline ingest found)
  const line = doc.article.dateline;
  return at === first || /^(,|;|:|that|said|says|but|when|after|while|as|because)$/.test(doc.tokens[at - 1].lower) || (!!line && doc.tokens[at - 1].end <= line.end && doc.tokens[at].start >= line.end);
}

/**
 * "ASTRONET Corp, which is jointly owned by <Mitsubishi Corp> and <Stromberg-Carlson Corp>  said it": the company
 * before a relative or participle clause that wire copy never closed with a comma, not the names inside it.
 */
function unclosedAsideBefore(doc: Doc, v: number, first: number): MentionRef | null {
  const tokens = doc.tokens;
  let c = v - 1;
  while (c > first && v - c <= 20 && tokens[c].lower !== ',') c--;
  if (c <= first || tokens[c].lower !== ',' || c === v - 1) return null;
  let w = c + 1;
  // ("CFM International, a joint venture of <SNECMA> of France and General Electric Co said it": a description of
  // what the company is part of or made of, after the name the sentence opens with)
  if (/^(a|an)$/.test(tokens[w].lower)) {
    let of = w + 1;
    while (of < v && of - w <= 4 && !tokens[of].cap && /^(NOUN|ADJ)$/.test(tokens[of].pos)) of++;
    const m = tokens[of]?.lower === 'of' && of > w + 1 ? mentionCovering(doc, pastTicker(doc, c - 1, first)) : undefined;
    return m?.type === 'organisation' && m.a === first && !m.nested ? m : null;
  }
  const relative = /^(which|who)$/.test(tokens[w].lower);
  if (relative) w++;
  if (tokens[w]?.pos === 'ADV') w++;
  const verb = tokens[w];
  if (!verb || w >= v || !(relative ? /^(VERB|AUX)$/.test(verb.pos) : verb.pos === 'VERB' && /(ed|wn)$/.test(verb.lower))) return null;
  const m = mentionCovering(doc, pastTicker(doc, c - 1, first));
  return m?.type === 'organisation' && m.a >= first && !m.nested ? m : null;
}
