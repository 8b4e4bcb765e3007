// A common noun phrase that stands for a party: "the government of Nigeria", "the two companies", "Iraqi
// envoys", "the Venezuelan company".
import type { Doc, MentionRef, Token } from '../../analyse/doc.js';
import { ROLES, mentionCovering, possessiveAt } from '../mentions.js';
import { agreementWord, DELEGATION, DESCRIPTORS, GROUP_NOUNS, NOT_PARTY_NOUNS, OWNER, type Party, PLACE_WORDS, STANDS_FOR_COUNTRY, TITLES, UNION_NAME } from './lexicon.js';
import { beforeShortForm, openedTitle, partyOf, writtenParty } from './parties.js';
import { withLeftOfAnd } from './subject.js';
import { sentenceSpeaker } from './speaker.js';
import { inDate } from './date.js';

/** Every token in [a, b) is part of a place's name ("its West German subsidiary"); true when there are none. */
function placesBetween(doc: Doc, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (mentionCovering(doc, q)?.type !== 'place') return false;
  return true;
}

/** Token q is a hyphen that joins two words into one ("low-cost", "state-owned"). */
function hyphenInWord(doc: Doc, q: number, first: number): boolean {
  const t = doc.tokens;
  return q - 1 >= first && t[q].lower === '-' && t[q - 1].type === 'word' && t[q - 1].end === t[q].start && t[q + 1]?.type === 'word' && t[q + 1].start === t[q].end;
}

/** Past any wire tickers that start at token q ("<CHV> <"): the first token after them. */
export function pastTickers(doc: Doc, q: number): number {
  const tokens = doc.tokens;
  for (;;) {
    if (tokens[q]?.lower !== '<') return q;
    let e = q + 1;
    while (e < q + 6 && e < tokens.length && tokens[e].lower !== '>') e++;
    if (tokens[e]?.lower !== '>' || !/^[A-Z0-9.\- ]+$/.test(doc.text.slice(tokens[q].end, tokens[e].start))) return q;
    q = e + 1;
  }
}

/** The first word of mention m's name as written, in lower case. */
function firstWord(doc: Doc, m: MentionRef): string {
  return doc.tokens[m.a].lower;
}

/** A word in lower case that says what a unit does: "government systems", "advanced products" (wink: a verb). */
function describing(t: Token): boolean {
  return t.type === 'word' && !t.cap && (/^(NOUN|ADJ)$/.test(t.pos) || (t.pos === 'VERB' && /ed$/.test(t.lower)));
}

/** "The two countries", "both companies", "all 25 current EU members", "its creditor banks". */
export function nounPhraseEndingAt(doc: Doc, k: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // (nothing before the sentence's first token: ", , signed deal", found by the word-salad test)
  if (k < first || k < 0) return null;
  // ("the two heads of state witnessed the signing": the heads, who stand for their countries)
  if (/^(state|government)$/.test(tokens[k].lower) && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'heads' && k - 2 >= first) k -= 2;
  if (tokens[k].pos !== 'NOUN') return null;
  // "The agreements signed on Friday include a deal": an agreement signs nothing; nor does a rate or a price.
  const head = tokens[k].lower;
  if (NOT_PARTY_NOUNS.has(head)) return null;
  if ([head, head.replace(/s$/, '')].some(agreementWord)) return null;
  let a = k;
  // (not into a date before it: "up to March British firms had been awarded")
  // ("Sri Lanka's state-run port authority": a word after a hyphen inside a word, whatever wink tags it)
  while (a - 1 >= first && (/^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/.test(tokens[a - 1].pos) || hyphenInWord(doc, a - 1, first) || hyphenInWord(doc, a - 2, first) || hyphenInWord(doc, a, first)) && !/^(and|,|which|who|whose|that)$/.test(tokens[a - 1].lower) && !inDate(doc, a - 1)) {
    a--;
    if (/^(the|both|all|its|their)$/.test(tokens[a].lower)) break;
  }
  // ("its advanced products and electronics division": what a unit does may join two things with "and")
  if (/^(subsidiary|unit|division|divisions|group|operations)$/.test(head) && tokens[a - 1]?.lower === 'and' && !tokens[a].cap) {
    let q = a - 2;
    while (q > first && q > a - 6 && describing(tokens[q])) q--;
    if (q < a - 2 && q >= first && OWNER.test(tokens[q].lower)) a = q;
  }
  // ("Rubber producing and consuming countries", "oil exporting and importing nations": two kinds of one trade, as one
  // side)
  // (wink may tag the second a verb: the walk back stopped after it)
  const second = /ing$/.test(tokens[a].lower) ? a : a - 1 >= first && /ing$/.test(tokens[a - 1].lower) ? a - 1 : -1;
  const ing = (t: Token) => /ing$/.test(t.lower) && !t.cap && t.type === 'word';
  if (second - 2 >= first && tokens[second - 1].lower === 'and' && ing(tokens[second]) && ing(tokens[second - 2])) {
    a = second - 2;
    while (a - 1 >= first && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(tokens[a - 1].pos) && !inDate(doc, a - 1) && !mentionCovering(doc, a - 1)) {
      a--;
      if (/^(the|both|all|its|their)$/.test(tokens[a].lower)) break;
    }
  }
  // ("Conroy's Inc subsidiarey": not from inside a name the walk back stopped in)
  const straddled = mentionCovering(doc, a);
  if (straddled && straddled.a < a && straddled.a >= first && !straddled.nested) a = straddled.a;
  // "National Projects Inc subsidiary was awarded a contract": the unit the name before the noun names; "The European
  // <Airbus Industrie> consortium has signed": the company the name before what it is names.
  // ("its Cable Value Network (CVN) unit": past the short form in brackets)
  let before = tokens[k - 1]?.lower === '>' ? k - 2 : beforeShortForm(doc, k - 1, first);
  // ("The GDL train drivers' union", "the IG Metall engineering union": a union's name, then the trade it is of)
  if (head === 'union' && !mentionCovering(doc, before)) {
    let q = k - 1;
    while (q > first && k - q <= 4 && (describing(tokens[q]) || /^'s?$/.test(tokens[q].lower))) q--;
    const union = q < k - 1 ? mentionCovering(doc, q) : undefined;
    if (union?.type === 'organisation' && union.b === q + 1 && union.a >= first) {
      before = q;
      // (the phrase opens with the name, the article before it or the country whose union it is)
      const country = possessiveAt(doc, union.a - 1) ? mentionCovering(doc, union.a - 2) : undefined;
      a = tokens[union.a - 1]?.lower === 'the' && union.a - 1 >= first ? union.a - 1 : country?.type === 'place' && country.b === union.a - 1 && country.a >= first ? country.a : union.a;
    }
  }
  // ("The Shanghai Cooperation Organisation (SCO) members signed": the body its members sign for; not "all 25 current
  // EU members", who are counted)
  const members = head === 'members' && (mentionCovering(doc, before)?.a ?? -1) <= (tokens[a].lower === 'the' ? a + 1 : a);
  // ("its Senetek A/S Danish subsidiary", "its Tessek Ltd joint venture affiliate": past where the unit is and what
  // it is, to its name)
  if (/^(subsidiary|unit|division|affiliate)$/.test(head) && mentionCovering(doc, before)?.type !== 'organisation') {
    let q = before;
    for (let place = mentionCovering(doc, q); q > first && before - q < 3; place = mentionCovering(doc, q)) {
      if (place?.type === 'place' && place.a >= first) q = place.a - 1;
      else if (!place && describing(tokens[q])) q--;
      else break;
    }
    if (q < before && mentionCovering(doc, q)?.type === 'organisation') before = q;
  }
  const unit = /^(subsidiary|unit|division|affiliate)$/.test(head) || members || DESCRIPTORS.has(head) ? mentionCovering(doc, before) : undefined;
  if (unit?.type === 'organisation' && unit.b === before + 1 && !unit.nested) {
    // ("BP and Russia's Alfa group signed": from the country whose company it is, so the name before "and" joins it)
    const country = possessiveAt(doc, unit.a - 1) ? mentionCovering(doc, unit.a - 2) : undefined;
    const from = country?.type === 'place' && country.b === unit.a - 1 && country.a >= first ? country.a : unit.a;
    return { parties: [partyOf(unit, 'subject')], start: Math.min(a, from) };
  }
  // "Shell and Gazprom's oil arm signed", "BAE and Saab's joint venture signed": the companies whose unit it is.
  if (/^(arm|unit|subsidiary|division|affiliate|branch|venture)$/.test(head) && possessiveAt(doc, a - 1)) {
    const owner = mentionCovering(doc, a - 2);
    if (owner?.type === 'organisation' && !owner.nested && owner.b === a - 1) return withLeftOfAnd(doc, { parties: [partyOf(owner, 'subject')], start: owner.a }, first);
  }
  // "Ericsson said one of its units won a contract", "its subsidiary has signed": the company that said so.
  // ("BMC Industries Inc said its West German subsidiary has received": where the unit is, between)
  // ("General Instrument Corp said its government systems division was awarded", "Morrison Knudsen Corp said a unit
  // was awarded": what the unit does, in lower case, or its article alone)
  const described = (q: number): boolean => q === k || ((describing(tokens[q]) || (tokens[q].lower === 'and' && q > a + 1)) && described(q + 1));
  // ("First Federal said its board has executed a letter of intent": the company its board acts for)
  const board = head === 'board' && k === a + 1 && tokens[a].lower === 'its';
  if ((board || /^(subsidiary|subsidiaries|unit|units|division|divisions|affiliate|affiliates)$/.test(head)) && ((/^(its|their)$/.test(tokens[a]?.lower ?? '') && (placesBetween(doc, a + 1, k) || described(a + 1))) || (tokens[a]?.lower === 'a' && k === a + 1))) {
    const speaker = sentenceSpeaker(doc, k, first);
    if (speaker) return { parties: [{ ...speaker, role: 'subject' }], start: tokens[a - 2]?.lower === 'one' && tokens[a - 1]?.lower === 'of' ? a - 2 : a };
  }
  // "Ukraine's new government has struck a deal": a country's government is its country (a company's management
  // the company).
  const country = governmentOf(doc, k, first) ?? envoysOf(doc, a, k);
  if (country) return { parties: [partyOf(country, 'subject')], start: Math.min(a, country.a) };
  const phrase = doc.text.slice(tokens[a].start, tokens[k].end);
  const group = GROUP_NOUNS[tokens[k].lower];
  if (group && /^(the two|both|the two sides|the pair)\b/i.test(phrase)) {
    // Two of that kind named together in one sentence, the last sentence that names two: "The two sides" are
    // countries or companies, the kind the article named last ("Bond Corp and Atlas ... A memorandum signed by the
    // two sides"; "repairs of Soviet ships ... between the two countries. The New China News Agency said an agreement
    // ... was signed by the two sides"). Not Angola and the Republic of Congo, each the other side of its own deal
    // with a company in a sentence of its own, before "The two sides also signed ...".
    // (the first two of a sentence that names more: "The Beatles' label Apple Corps lost its court case against Apple
    // Computer today in the High Court. ... the 1991 settlement reached between the two parties")
    let latest: 'place' | 'organisation' | null = null;
    const pairOf = (kind: 'place' | 'organisation'): MentionRef[] | null => {
      let sent = -1;
      let found: MentionRef[] = [];
      // (owners only say whose the next name is, under any of their names: "Chevron Corp's <CHV>")
      const owners = new Set<string>();
      const distinct = () => found.filter((m, n) => !owners.has(m.entityId) && found.findIndex((f) => f.entityId === m.entityId) === n);
      for (let j = doc.mentions.length - 1; j >= 0; j--) {
        const m = doc.mentions[j];
        // (nor the news agency of the dateline: "TAIPEI, Oct 18 (Reuters) - Foxconn said it had agreed with Nvidia")
        if (m.b > a || m.nested || (m.type !== 'place' && m.type !== 'organisation') || m.rule === 'dateline.source') continue;
        if (m.type === 'place' && m.placeKind !== 'country') continue;
        // (nor the country a signer's title opens with, "British Home Secretary James Cleverly", in a sentence before
        // this one, when the article names that country otherwise before: the sides named there)
        if (doc.tokens[m.a].sent < doc.tokens[a].sent && openedTitle(doc, m) && doc.mentions.some((x) => x.entityId === m.entityId && x.b <= m.a && !openedTitle(doc, x))) continue;
        latest ??= m.type;
        // (not a name that only says whose the next one is, "The Beatles' label Apple Corps", nor the court a case
        // is heard in)
        if (m.type !== kind || /\b(court|tribunal)$/i.test(m.name)) continue;
        // (nor the country a deal was signed in: "signed in Kenya", the venue and not a side)
        if (m.type === 'place' && /^(in|at)$/.test(doc.tokens[m.a - 1]?.lower ?? '') && doc.tokens[m.a - 2] && /^(signed|agreed|reached|concluded|initialled|initialed)$/.test(doc.tokens[m.a - 2].lower)) continue;
        // ("Chevron Corp's <CHV> <Chevron Petroleum (U.K.) Ltd> said": past the owner's ticker)
        if (possessiveAt(doc, m.b) && doc.mentions.some((x) => x.type === kind && x.a > m.b && x.a <= pastTickers(doc, m.b + 1) + 3)) {
          owners.add(m.entityId);
          continue;
        }
        const s = doc.tokens[m.a].sent;
        if (s !== sent) {
          if (distinct().length >= 2) break;
          sent = s;
          found = [];
          owners.clear();
        }
        found.unshift(m);
      }
      const two = distinct();
      return two.length >= 2 ? two.slice(0, 2) : null;
    };
    const pairs = { place: pairOf('place'), organisation: pairOf('organisation') };
    // ("the two sides signed an intergovernmental agreement": countries, whatever was named last)
    let governments = false;
    for (let q = k + 1; q < Math.min(tokens.length, k + 8) && tokens[q].sent === tokens[k].sent; q++) if (/^(intergovernmental|inter-governmental|governmental)$/.test(tokens[q].lower)) governments = true;
    const kinds = tokens[k].lower === 'sides' ? (governments ? ['place', 'organisation'] : [latest, latest === 'place' ? 'organisation' : 'place']) : [group];
    for (const kind of kinds) {
      const found = kind ? pairs[kind as 'place' | 'organisation'] : null;
      if (found) return { parties: found.map((m) => partyOf(m, 'subject')), start: a };
    }
  }
  // "The companies entered into a merger agreement": the two the article is about, the first two it names.
  if (k - a === 1 && tokens[a].lower === 'the' && tokens[k].lower === 'companies') {
    const pair: MentionRef[] = [];
    for (const m of doc.mentions) {
      if (m.b > a || pair.length === 2) break;
      // (not a unit of the first, named after it: "Maxicare Health Plans Inc said it ended negotiations to sell Maxicare
      // Alabama L.P. to (Complete Health Inc)")
      if (m.type === 'organisation' && !m.nested && m.rule !== 'dateline.source' && !pair.some((p) => p.entityId === m.entityId || firstWord(doc, p) === firstWord(doc, m))) pair.push(m);
    }
    if (pair.length === 2) return { parties: pair.map((m) => partyOf(m, 'subject')), start: a };
  }
  // "the airline", "the company": the organisation named last in its own sentence ("Boeing said the company
  // ..."), else the first that the last sentence naming one names (the subject as a rule: "L&T won an order from
  // NHAI. The firm signed ..." is L&T).
  // (not the news agency of the dateline: "MUNICH, Dec 2 (Reuters) - Siemens Energy said ...")
  if (k - a === 1 && tokens[a].lower === 'the' && DESCRIPTORS.has(tokens[k].lower) && tokens[k].lower !== 'companies') {
    const found = namedLast(doc, a, head);
    if (found) return { parties: [partyOf(found, 'subject')], start: a };
  }
  // "The Venezuelan company" after "Petroleos de Venezuela SA, Venezuela's national oil company": the company named
  // last that the article ties to that country.
  // ("The U.S. drugmaker" after "Pfizer Inc said": or the country named; with none tied to it, the company named last,
  // when its sentence names no other)
  const demonym = k - a === 2 && tokens[a].lower === 'the' && DESCRIPTORS.has(head) ? mentionCovering(doc, a + 1) : undefined;
  if ((demonym?.rule === 'place.demonym' || demonym?.placeKind === 'country') && demonym.b === k) {
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b > a || m.nested || m.type !== 'organisation' || m.rule === 'dateline.source') continue;
      if (ofCountry(doc, m, demonym.name)) return { parties: [partyOf(m, 'subject')], start: a };
    }
    const found = namedLast(doc, a, head);
    const alone = found && !doc.mentions.some((m) => m.type === 'organisation' && !m.nested && m.entityId !== found.entityId && m.rule !== 'dateline.source' && tokens[m.a].sent === tokens[found.a].sent);
    if (alone) return { parties: [partyOf(found, 'subject')], start: a };
  }
  // "Kenya ... The country signed", "Tamil Nadu ... the state had signed": the country or region named last, in this
  // sentence or the two before it.
  const placeKind = k - a === 1 && tokens[a].lower === 'the' ? PLACE_WORDS[head] : undefined;
  if (placeKind) {
    const from = doc.sentences[Math.max(0, tokens[a].sent - 2)].first;
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b > a || m.nested) continue;
      if (m.a < from) break;
      if (m.type === 'place' && m.placeKind === placeKind) return { parties: [partyOf(m, 'subject')], start: a };
    }
  }
  // "Qatar's state energy firm", "China's largest oil company": whose it is, as written (a minister or an envoy is
  // read for the country elsewhere).
  if (a - 2 >= first && possessiveAt(doc, a - 1) && !personsRole(head)) {
    const owner = mentionCovering(doc, a - 2);
    if (owner && owner.b === a - 1 && !owner.nested && owner.a >= first && (owner.type === 'place' || owner.type === 'organisation')) a = owner.a;
  }
  return { parties: [writtenParty(doc, a, k + 1, 'subject')], start: a };
}

/**
 * Organisation mention m is tied to the country named `country`: its name holds the country's ("Petroleos de
 * Venezuela SA"), or the country owns it just before ("Venezuela's PDVSA") or in an apposition after it
 * ("PDVSA, Venezuela's national oil company").
 */
/**
 * The organisation "the company" (at token a, its head noun `head`) stands for: the one named last in its own
 * sentence, else the first that the last sentence naming one names.
 */
function namedLast(doc: Doc, a: number, head: string): MentionRef | null {
  const tokens = doc.tokens;
  let found: MentionRef | null = null;
  for (let j = doc.mentions.length - 1; j >= 0; j--) {
    const m = doc.mentions[j];
    if (found && (tokens[m.a].sent !== tokens[found.a].sent || tokens[found.a].sent === tokens[a].sent)) break;
    // ("the company's contract with the union ...": "the union" is a union, not the company named last)
    if (m.b <= a && !m.nested && m.type === 'organisation' && m.rule !== 'dateline.source' && (!/^unions?$/.test(head) || UNION_NAME.test(m.name))) found = m;
  }
  return found;
}

function ofCountry(doc: Doc, m: MentionRef, country: string): boolean {
  const tokens = doc.tokens;
  const name = doc.text.slice(tokens[m.a].start, tokens[m.b - 1].end);
  if (name.includes(country)) return true;
  const isCountry = (q: number) => {
    const c = mentionCovering(doc, q);
    return !!c && c.type === 'place' && c.name === country && possessiveAt(doc, c.b) ? c : null;
  };
  if (m.a - 2 >= 0 && possessiveAt(doc, m.a - 1) && isCountry(m.a - 2)) return true;
  return tokens[m.b]?.lower === ',' && !!isCountry(tokens[m.b + 1]?.lower === 'the' ? m.b + 2 : m.b + 1);
}

/** "the Japanese government", "Volkswagen's management": the head after mention m that names it, else -1. */
export function governmentAfter(doc: Doc, m: MentionRef, limit: number): number {
  const tokens = doc.tokens;
  let h = possessiveAt(doc, m.b) ? m.b + 1 : m.b;
  while (h + 1 < limit && tokens[h].pos === 'ADJ' && !tokens[h].cap) h++;
  return h < limit && governmentOf(doc, h, m.a) === m ? h : -1;
}

/** "US negotiators", "the EU's trade officials", "a Mexican delegation": the country or body whose envoys the phrase [a, k] names, else null. */
function envoysOf(doc: Doc, a: number, k: number): MentionRef | null {
  const tokens = doc.tokens;
  if (!/^(negotiators|officials|delegates|delegations?|ministers|diplomats|envoys|representatives)$/.test(tokens[k].lower)) return null;
  // ("A Mexican delegation", "a visiting Ghanaian delegation")
  let at = /^(the|a|an)$/.test(tokens[a].lower) ? a + 1 : a;
  if (tokens[at]?.lower === 'visiting' && at + 1 < k) at++;
  const m = mentionCovering(doc, at);
  if (!m || m.a !== at || (m.type !== 'place' && m.type !== 'organisation')) return null;
  let e = possessiveAt(doc, m.b) ? m.b + 1 : m.b;
  while (e < k && !tokens[e].cap && /^(NOUN|ADJ)$/.test(tokens[e].pos)) e++;
  return e === k ? m : null;
}

/**
 * "Sudan's government", "Ukraine's new government", "Opel's management": the country whose government (or
 * authorities) ends at k, or the company whose management or board does, else null.
 */
export function governmentOf(doc: Doc, k: number, first: number): MentionRef | null {
  const tokens = doc.tokens;
  const union = /^unions?$/.test(tokens[k].lower);
  const type = /^(governments?|authorities|administration)$/.test(tokens[k].lower) ? 'place' : union || /^(management|board)$/.test(tokens[k].lower) ? 'organisation' : null;
  if (!type) return null;
  let a = k;
  while (a - 1 >= first && tokens[a - 1].pos === 'ADJ' && !tokens[a - 1].cap) a--;
  // "the French government", "the US authorities": the country the demonym or the name before it names ("the Unite
  // and GMB unions": the unions).
  const named = (type === 'place' || union) && a - 1 >= first ? mentionCovering(doc, a - 1) : undefined;
  if (named?.type === type && named.b === a && !possessiveAt(doc, a - 1)) return named;
  // (not "Ford's unions": a company's unions are not the company)
  if (union || a - 2 < first || !possessiveAt(doc, a - 1)) return null;
  const owner = mentionCovering(doc, a - 2);
  return owner?.type === type && owner.b === a - 1 ? owner : null;
}

/** A person's role or title ("negotiator", "minister"), singular or plural. */
export function personsRole(w: string): boolean {
  return ROLES.has(w) || ROLES.has(w.replace(/s$/, '')) || TITLES.has(w);
}

/** A word for who acts for a place: a delegation, a government, a person's role. */
export function actsForPlace(w: string): boolean {
  return DELEGATION.test(w) || STANDS_FOR_COUNTRY.test(w) || personsRole(w);
}
