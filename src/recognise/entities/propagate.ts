// Verdicts from the rest of the document: a name typed once types its other mentions, short forms take
// their full name's type, names listed with organisations are organisations.
import type { Doc } from '../../analyse/doc.js';
import { HOLIDAYS, MONTHS } from '../../analyse/calendar.js';
import { headKind, pinyinLike, spanKey, TRADE_TAIL, verdict, type Verdict } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import type { Piece } from './piece.js';
import { inAnyLexicon } from './pieces.js';
import { INITIALS, SPOKEN } from './person-names.js';
import { TREATY, tradesJoinedIn } from './coordination.js';
import { contextVerdict } from './context.js';
import { allCapWords, leadSentence } from './candidates.js';
import { acronymOf } from './acronyms.js';
import { NAME_PARTICLE, sets, TRADE_WORDS } from './words.js';

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

/**
 * "said Walter Smith of <Walter Oil and Gas Corp>": who is said to speak for a body is a person, though a company
 * in the article starts with the same word.
 */
function speaksFor(doc: Doc, p: Piece): boolean {
  return SPOKEN.test(doc.tokens[p.a - 1]?.lower ?? '') && doc.tokens[p.b]?.lower === 'of';
}

/**
 * Words around a name that say it is a company: "Burlington said", "Santa Fe's stock", "shares of Delta", "the
 * Piedmont system".
 */
function companyCue(doc: Doc, p: Piece): boolean {
  const tokens = doc.tokens;
  let j = p.b;
  let modal = false;
  for (; tokens[j] && /^(has|have|had|also|will|would|is|was|today|yesterday|recently)$/.test(tokens[j].lower); j++) if (/^(will|would)$/.test(tokens[j].lower)) modal = true;
  const next = tokens[j];
  if (next && (sets.verbs.has(next.lower) || sets.speech.has(next.lower)) && next.pos !== 'NOUN') return true;
  // ("Oxford would pay" after "<Oxford Financial Group>": what a company will do with its money or its shares)
  if (modal && next && /^(pay|buy|acquire|sell|purchase|merge|issue|redeem|sign|offer|report|post)$/.test(next.lower)) return true;
  const after = tokens[p.b + 1];
  if ((tokens[p.b]?.lower === "'s" || tokens[p.b]?.lower === "'") && after && /^(shares|stock|board|profit|profits|revenue|revenues|sales|earnings|subsidiary|unit|units|offer|bid|shareholders|management|chairman|president|system|operations|stake)$/.test(after.lower)) return true;
  const prev = tokens[p.a - 1];
  if (prev?.lower === 'of' && /^(shares|stock|stake|acquisition|purchase|takeover|chairman|president|subsidiary|unit|shareholders)$/.test(tokens[p.a - 2]?.lower ?? '')) return true;
  // ("would merge CBC with Union", "to be acquired by Union": whom a company merges with or is bought by)
  if (prev?.lower === 'with' && tokens.slice(Math.max(0, p.a - 4), p.a - 1).some((t) => /^(merge|merged|merger|combine|combined)$/.test(t.lower))) return true;
  if (prev?.lower === 'by' && /^(acquired|bought|purchased|owned|controlled)$/.test(tokens[p.a - 2]?.lower ?? '')) return true;
  return prev?.lower === 'the' && !!tokens[p.b] && /^(system|board|company|group|unit|management|shareholders|offer|bid)$/.test(tokens[p.b].lower);
}

/** Does a name other than a place's end at token k ("Al-Rai al-Aam newspaper", not "the Chinese carmaker")? */
function namedBefore(doc: Doc, lex: EntityLexicon, k: number): boolean {
  const t = doc.tokens[k];
  return !!t?.cap && !lex.demonyms.has(t.lower) && !lex.places.has(t.lower) && !/^(the|a|an)$/.test(t.lower);
}

/** "in Burlington", "Piedmont, N.C.": words around a name that say it is a place. */
function locative(doc: Doc, p: Piece, headline = false): boolean {
  const before = doc.tokens[p.a - 1]?.lower ?? '';
  if (/^(in|at|from|to|near|outside|into|across|around|based|downtown|city|town|state|county)$/.test(before)) return true;
  // "The city of Amsterdam launched"
  if (before === 'of' && /^(city|town|state|county|province|port|people|government)$/.test(doc.tokens[p.a - 2]?.lower ?? '')) return true;
  // "Burlington, Vermont": a capitalised word after a comma in the same sentence (in a headline, a list of sides:
  // "Vale, Mitsui sign deal").
  const after = doc.tokens[p.b];
  const next = doc.tokens[p.b + 1];
  return !headline && after?.lower === ',' && !!next && next.cap && next.sent === after.sent;
}

/**
 * One sense per document: a name typed with strong evidence somewhere types its other mentions, and short
 * forms (surname of a person, a place without its head noun, a company without its legal form) follow.
 */
export function propagate(doc: Doc, lex: EntityLexicon, pieces: Piece[], headlines: Uint8Array): void {
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
  /**
   * Short forms checked against the whole article below: first words of companies' names that a list knows
   * otherwise ("Salomon", "Safeguard"; only where a company cue follows one), and surnames after initials ("Robins").
   */
  const cuedShort = new Map<string, { names: Set<string>; cue: boolean }>();
  const addShort = (word: string, name: string, cue: boolean) => {
    const entry = cuedShort.get(word) ?? { names: new Set<string>(), cue };
    entry.names.add(name);
    entry.cue &&= cue;
    cuedShort.set(word, entry);
  };
  for (const p of pieces) {
    if (!p.verdict?.strong || p.verdict.type !== 'organisation' || p.b - p.a < 2) continue;
    if (p.verdict.rule === 'org.descriptor-after') appositionOrgs.add(spanKey(doc, p.a, p.b));
    else orgFirst.add(doc.tokens[p.a].lower);
    for (let e = p.a + 2; e < p.b; e++) orgOpenings.add(spanKey(doc, p.a, e));
  }
  // ("order for cruise ships from Norwegian" beside "Norwegian Cruise Line Holdings": a nationality standing alone as
  // a noun after a preposition is the short name of the company it opens)
  for (const p of pieces) {
    if (p.verdict?.rule !== 'place.demonym' || p.b - p.a !== 1 || !orgFirst.has(doc.tokens[p.a].lower)) continue;
    const next = doc.tokens[p.b];
    if (/^(from|with|by|to|and)$/.test(doc.tokens[p.a - 1]?.lower ?? '') && (!next || next.sent !== doc.tokens[p.a].sent || /^[,.;:]$/.test(next.lower))) p.verdict = verdict('organisation', 'org.short-form', true);
  }
  // "First City said" after "First City Bancorp of Texas Inc", "Bow Valley said" after "Bow Valley Industries Ltd":
  // the company's short name, not a place named by its head noun, when a generic first word of names opens it or the
  // words around it say it is a company ("Dade County" stays a place beside "Dade County Public Schools", as does
  // "in New York State" beside "New York State Electric and Gas Corp").
  for (const p of pieces) {
    if (p.verdict?.rule !== 'place.head-noun') continue;
    // ("Vantage Towers said" after "Vantage Towers, the mobile mast company": the company its apposition described)
    if (appositionOrgs.size > 0 && appositionOrgs.has(spanKey(doc, p.a, p.b))) {
      p.verdict = verdict('organisation', 'document.same-name', true);
      continue;
    }
    if (!orgOpenings.has(spanKey(doc, p.a, p.b))) continue;
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
      // ("James F. Waters Jr ... Waters said": the surname before a generation)
      const generation = n >= 3 && /^(jr|sr|ii|iii|iv)\.?$/.test(doc.tokens[p.b - 1].lower);
      const last = doc.tokens[generation ? p.b - 2 : p.b - 1];
      // (not where a company bears the name: "Geoffrey de Havilland" founded "de Havilland Aircraft"; "Robert Salomon
      // Jr" beside "Salomon Brothers Inc", where "Salomon said" may be either)
      const opensCompany = (q: Piece) => q.verdict?.type === 'organisation' && (doc.tokens[q.a].lower === last.lower || (q.b - q.a > 1 && doc.tokens[q.a + 1].lower === last.lower));
      if (last.cap && !partial.has(last.lower) && !(generation && pieces.some(opensCompany))) {
        partial.set(last.lower, verdict('person', 'person.surname', true));
        surnameFrom.set(last.lower, k);
      }
      // "Barend du Plessis ... Du Plessis said": a surname with its particle, capitalised to open a sentence, or
      // capitalised in the full name too ("Herman De Croo ... De Croo said").
      const particle = doc.tokens[p.b - 2];
      if (last.cap && n >= 3 && !generation && NAME_PARTICLE.test(particle.lower) && !pieces.some(opensCompany)) {
        const k2 = spanKey(doc, p.b - 2, p.b);
        if (!partial.has(k2)) partial.set(k2, verdict('person', 'person.surname', true));
      }
      // "Somaliland President Muse Bihi Abdi ... Bihi signed": a name of three whose middle one is no given name (a
      // father's name, as Somali and Arabic names give it) is short for it too.
      const middle = doc.tokens[p.a + 1];
      if (n === 3 && middle.cap && middle.type === 'word' && middle.lower.length > 2 && !lex.givenNames.has(middle.lower) && !lex.surnames.has(middle.lower) && !partial.has(middle.lower)) {
        partial.set(middle.lower, verdict('person', 'person.surname', true));
        surnameFrom.set(middle.lower, k);
      }
      // "Li Qiang ... Li said": a Chinese name puts the surname first.
      // ("Central Bank governor Chang Chi-cheng ... Chang said", "Roh Tae-woo": so does one whose given name a hyphen
      // joins, Chinese or Korean)
      const first = doc.tokens[p.a];
      const hyphened = n === 4 && doc.tokens[p.a + 2].lower === '-' && /^person\.(chinese|korean)-name$/.test(p.verdict?.rule ?? '');
      if (((n === 2 && lex.chineseSurnames.has(first.lower) && pinyinLike(doc, p.b - 1, p.b)) || hyphened) && !partial.has(first.lower)) {
        partial.set(first.lower, verdict('person', 'person.surname', true));
        surnameFrom.set(first.lower, k);
      }
    }
    // ("Norfolk Southern" stays the company after "Norfolk Southern Tower", a building named after it; "Kuitun"
    // stays the city of "Kuitun City" beside "the Kuitun-Dushanzi ... Consortium")
    if (t === 'place' && n >= 2 && lex.placeHeads.has(doc.tokens[p.b - 1].lower) && !pieces.some((q) => q.verdict?.type === 'organisation' && q.b - q.a >= n && doc.tokens[q.a + n - 1].start > doc.tokens[q.a + n - 2].end && spanKey(doc, q.a, q.a + n - 1) === spanKey(doc, p.a, p.b - 1))) {
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
        // after a place, when its full name carries a legal form or the wire marks it a company ("<Oxford Financial
        // Group>"), read against the context where it recurs.
        if (e - p.a === 1 && lex.places.has(first.lower) && (lex.legalForms.has(doc.tokens[p.b - 1].lower) || p.verdict.rule === 'org.wire-brackets')) placeNamed.set(first.lower, verdict('organisation', 'org.short-form', true));
        // ("Air" is no short form of "Air India": "Air quality in Delhi worsened")
        if (e - p.a === 1 && (lex.notNames.has(first.lower) || lex.orgHeads.has(first.lower) || lex.genericWords.has(first.lower) || first.lower === 'air')) continue;
        if (e - p.a === 1 && !brand && (first.pos !== 'PROPN' || inAnyLexicon(lex, first.lower))) {
          if (first.cap && !lex.places.has(first.lower) && doc.tokens[p.a + 1].lower !== '-') addShort(first.lower, k, true);
          continue;
        }
        const k2 = spanKey(doc, p.a, e);
        // ("New England" after "the New England Power Pool", "Hong Kong" after "Hong Kong Telecom": a place's name
        // stays the place's)
        if (e - p.a >= 2 && lex.places.has(k2)) continue;
        // (nor two places joined by a hyphen, "China-Central Asia" after "the China-Central Asia Business Council")
        if (placePair(doc, lex, p.a, e)) continue;
        if (!partial.has(k2) && !strong.has(k2)) partial.set(k2, verdict('organisation', 'org.short-form', true));
      }
    }
    // "Ex-Im" after "the Export-Import Bank": a hyphened word of a body's name clipped to two letters a part.
    if (t === 'organisation' && n >= 2) {
      for (let i = p.a; i + 2 < p.b; i++) {
        const clipped = clippedForm(doc, i);
        if (clipped && !partial.has(clipped) && !strong.has(clipped)) partial.set(clipped, verdict('organisation', 'org.short-form', true, doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 1].end).replace(/\s+/g, ' ')));
      }
    }
    // "Robins said" after "A.H. Robins Co", "Searle" after "G.D. Searle and Co": the founder's surname after his
    // initials (where no person of the article bears it, below)
    if (t === 'organisation' && n >= 2) {
      const [initials, surname] = [doc.tokens[p.a], doc.tokens[p.a + 1]];
      // ("Disney" after "Walt Disney Co.": or after the founder's given name, when only a legal form follows)
      const founder = lex.givenNames.has(initials.lower) && n >= 3 && lex.legalForms.has(doc.tokens[p.a + 2].lower) && lex.legalForms.has(doc.tokens[p.b - 1].lower);
      if (initials.cap && (INITIALS.test(initials.lower) || founder) && !lex.places.has(initials.lower) && surname.cap && surname.type === 'word' && surname.lower.length > 2 && !lex.orgHeads.has(surname.lower) && !lex.legalForms.has(surname.lower) && !lex.genericWords.has(surname.lower)) addShort(surname.lower, k, false);
    }
    if (t === 'organisation' && n >= 2 && lex.legalForms.has(doc.tokens[p.b - 1].lower)) {
      let e = p.b - 1;
      while (e > p.a && (doc.tokens[e - 1].lower === ',' || lex.legalForms.has(doc.tokens[e - 1].lower))) e--;
      if (e > p.a) partial.set(spanKey(doc, p.a, e), verdict('organisation', 'org.without-legal-form', true));
    }
  }
  // "Salomon said" after "Salomon Brothers Inc", "the Emery offer" after "Emery Air Freight Corp": a first word a list
  // knows otherwise (a given name, a common word) is the company's short form all the same where the words around
  // one of its mentions say it is a company, the article writes it only capitalised and names no person with it,
  // and no other company with it ("Lex" beside "Lex Service Plc" and "Lex Vehicle Leasing Ltd", "Heinz" beside
  // "H.J. Heinz Co"). A surname after initials needs no such words.
  for (const [k, { names, cue }] of cuedShort) {
    if (partial.has(k) || strong.has(k) || doc.writesInLowerCase(k)) continue;
    // (one company however written: "Salomon Brothers" and "Salomon Brothers Inc")
    const longest = [...names].reduce((x, y) => (y.length > x.length ? y : x));
    const sameCompany = (name: string) => longest === name || longest.startsWith(name + ' ');
    if (![...names].every(sameCompany)) continue;
    const cued = !cue || pieces.some((q) => !q.verdict && q.b - q.a === 1 && doc.tokens[q.a].lower === k && !headlines[q.sent] && companyCue(doc, q));
    const other = (q: Piece) => (q.verdict?.type === 'person' || (q.verdict?.type === 'organisation' && q.b - q.a > 1 && !sameCompany(spanKey(doc, q.a, q.b)))) && doc.tokens.slice(q.a, q.b).some((t) => t.lower === k);
    if (cued && !pieces.some(other)) partial.set(k, verdict('organisation', 'org.short-form', true));
  }
  // Names no rule typed, seen as the subject of a company verb or with a possessive somewhere in the
  // article ("Airbus announced", "Boeing's 787"): organisations, unless they look like a person.
  const cues = new Map<string, number>();
  let personEnds: Set<number> | undefined;
  for (const p of pieces) {
    // (two words longer for a pair of trades, "American Telephone and Telegraph", "West Kootenay Power and Light")
    if (p.verdict || headlines[p.sent] || (p.b - p.a > 3 && (p.b - p.a > 5 || !tradesJoinedIn(doc.tokens, p.a, p.b)))) continue;
    // "NOTE: Company's full name is ...": a lone legal form names nothing ("the Bank said", "Treasury's" may).
    if (p.b - p.a === 1 && lex.legalForms.has(doc.tokens[p.a].lower)) continue;
    // "Paul Murphy and Dermot Ahern signed": a name after a person and "and" signs beside that person.
    if (doc.tokens[p.a - 1]?.lower === 'and' && (personEnds ??= strongPersonEnds(pieces)).has(p.a - 1)) continue;
    const k = spanKey(doc, p.a, p.b);
    if (cues.has(k) && cues.get(k)! > 0) continue;
    // ("World's largest passenger airliner ...": a word at a sentence's start that the article also writes in
    // lower case is no company; nor "The MoU was signed")
    if (p.b - p.a === 1 && ((p.a === doc.sentences[p.sent].first && doc.writesInLowerCase(doc.tokens[p.a].lower)) || /^(mous?|jvs?|lois?)$/.test(doc.tokens[p.a].lower))) continue;
    // (nor a plural of those who do something, or of a people, opening one: "Shareholders approved", "Americans
    // bought")
    if (p.b - p.a === 1 && p.a === doc.sentences[p.sent].first && pluralOfPeople(lex, doc.tokens[p.a].lower)) continue;
    // (nor a letter on its own: "3M's divisions", "Insat 1C's launch", "a 13D filed with the SEC")
    if (p.b - p.a === 1 && doc.tokens[p.a].end - doc.tokens[p.a].start === 1) continue;
    let next = doc.tokens[p.b];
    let j = p.b;
    let modal = false;
    while (next && /^(has|have|had|also|will|would|is|was|today|yesterday|recently|officially|then)$/.test(next.lower)) {
      modal ||= next.lower === 'will' || next.lower === 'would';
      next = doc.tokens[++j];
    }
    // ("Gerdau will supply steel": after "will", the base form of what companies do)
    // ("The Treasury said", "the Mint said": a state's body that speaks; "the Ministry said" where the article names
    // one ministry)
    const stateSpeaks = p.b - p.a === 1 && doc.tokens[p.a - 1]?.lower === 'the' && sets.state.has(doc.tokens[p.a].lower) && !!next && sets.speech.has(next.lower) && (!GENERIC_STATE.test(doc.tokens[p.a].lower) || oneBodyWith(doc, pieces, doc.tokens[p.a].lower));
    const cue = stateSpeaks || (!!next && (sets.verbs.has(next.lower) || (modal && COMPANY_BASE_VERBS.test(next.lower))) && next.pos !== 'NOUN') || doc.tokens[p.b]?.lower === "'s" || (doc.tokens[p.b]?.lower === "'" && doc.tokens[p.b].start === doc.tokens[p.b - 1].end) || ownsItsOwn(doc, p) || sharesIn(doc, p);
    cues.set(k, (cues.get(k) ?? 0) + (cue ? 1 : 0));
  }
  for (const [k, n] of cues) {
    // (a company's short form, "Navistar" after "Navistar International Corp", keeps its full name; one that is a
    // name without its legal form, "Thyssen" beside "Thyssen AG", is grouped with that name as any other mention)
    const short = partial.get(k);
    if (n === 0 || strong.has(k) || (short?.type === 'organisation' && short.rule !== 'org.without-legal-form')) continue;
    const words = k.split(' ');
    // "Ford has announced": a lone given name heading a company verb is the company; "Mary Barra said" is not.
    if ((words.length > 1 && lex.givenNames.has(words[0]) && !TRADE_TAIL.test(words[words.length - 1])) || short?.type === 'person' || lex.titles.has(words[0]) || lex.titles.has(k) || (words.length === 1 && personFirst.has(k))) continue;
    // "the Treaty of Rome was signed", "the Kyoto Protocol came into force": an agreement's name, no signer.
    if (TREATY.test(words[0]) || TREATY.test(words[words.length - 1])) continue;
    // "Easter falls in April", "Christmas was": a holiday is no company.
    if (Object.hasOwn(HOLIDAYS, k)) continue;
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
    if ((p.verdict?.rule === 'person.given-name' || p.verdict?.rule === 'person.chinese-name' || p.verdict?.rule === 'person.korean-name' || p.verdict?.rule === 'person.speaker') && org?.type === 'organisation' && SHORT_FORM_RULES.has(org.rule)) {
      p.verdict = org;
      if (strong.get(k)?.type === 'person') strong.delete(k);
    }
    // "General Binding will carry" after "General Binding Corp", "King World said" after "King World Productions
    // Inc": a title and a word that open a company's name the article writes are that company's short form.
    if (p.verdict?.rule === 'person.title' && p.titleA >= 0) {
      const titled = partial.get(spanKey(doc, p.titleA, p.b));
      if (titled?.type === 'organisation' && SHORT_FORM_RULES.has(titled.rule)) {
        if (strong.get(k)?.type === 'person') strong.delete(k);
        p.a = p.titleA;
        p.titleA = -1;
        p.verdict = titled;
      }
    }
    // "Henderson" after "Fritz Henderson": the person, not the town.
    if (p.verdict?.rule === 'place.gazetteer' && p.b - p.a === 1 && partial.get(k)?.type === 'person' && /^(city|region)$/.test(lex.places.get(k)?.kind ?? '')) p.verdict = partial.get(k)!;
    // "Hitachi" after "Hitachi Ltd", "Burlington said" after "Burlington Northern Inc", "Santa Fe's stock" after
    // "Santa Fe International Corp": the company, not the town, unless the words around say it is the place.
    if (p.verdict?.rule === 'place.gazetteer' && /^(city|region)$/.test(lex.places.get(k)?.kind ?? '') && !locative(doc, p, headlines[p.sent] === 1 || (p.sent === 0 && !leadSentence(doc))) && (p.b - p.a === 1 && partial.get(k)?.rule === 'org.without-legal-form' || companyCue(doc, p))) {
      const company = p.b - p.a === 1 ? (partial.get(k)?.rule === 'org.without-legal-form' ? partial.get(k) : placeNamed.get(k)) : partial.get(k)?.type === 'organisation' ? partial.get(k) : undefined;
      if (company) p.verdict = company;
    }
  }
  // ("IIT Delhi" after "the Indian Institute of Technology Delhi": the initials of a body's name, then the place its
  // name ends with, are its short form)
  for (const p of pieces) {
    if (p.verdict?.type !== 'organisation' || !p.verdict.strong || p.b - p.a < 3 || headlines[p.sent]) continue;
    const last = doc.tokens[p.b - 1];
    if (!last.cap || !lex.places.has(last.lower)) continue;
    const initials = acronymOf(doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 2].end));
    const k = initials.toLowerCase() + ' ' + last.lower;
    if (initials.length >= 3 && !strong.has(k)) strong.set(k, verdict('organisation', 'org.short-form', true, doc.text.slice(doc.tokens[p.a].start, last.end).replace(/\s+/g, ' ')));
  }
  // Weaker evidence from context ("automaker Chrysler", "Boeing's shares") still types the same name elsewhere.
  const weak = new Map<string, Verdict>();
  for (const p of pieces) if (p.verdict && !p.verdict.strong && !headlines[p.sent]) weak.set(spanKey(doc, p.a, p.b), p.verdict);
  // ("Barrick will then sell" after "Canadian miner Barrick Gold": the first word of a company's two, a word no list
  // knows, is its short form)
  for (const p of pieces) {
    if (p.verdict?.type !== 'organisation' || !DESCRIBED.has(p.verdict.rule) || p.b - p.a !== 2 || headlines[p.sent]) continue;
    const first = doc.tokens[p.a];
    const k = first.lower;
    // (not an acronym, "HK", nor a word the article also writes in lower case)
    if (first.pos !== 'PROPN' || !first.cap || k.length < 3 || /^[A-Z]+$/.test(doc.text.slice(first.start, first.end)) || doc.writesInLowerCase(k) || inAnyLexicon(lex, k) || lex.notNames.has(k) || lex.orgHeads.has(k) || lex.genericWords.has(k) || lex.orgHeads.has(doc.tokens[p.a + 1].lower) || weak.has(k) || strong.has(k) || partial.has(k)) continue;
    weak.set(k, verdict('organisation', 'org.short-form', false));
  }
  for (const p of pieces) {
    if (p.verdict?.strong || monthInDate(doc, p)) continue;
    // ("McDonald's said" after "McDonald's Corp": the possessive is the company's name, not its owner's mark)
    const own = doc.tokens[p.b];
    if (own?.lower === "'s" && own.start === doc.tokens[p.b - 1].end && partial.get(spanKey(doc, p.a, p.b + 1))?.rule === 'org.without-legal-form' && !strong.has(spanKey(doc, p.a, p.b))) p.b++;
    const k = spanKey(doc, p.a, p.b);
    const v = strong.get(k) ?? partial.get(k) ?? (p.verdict ? undefined : weak.get(k));
    if (v && !(p.verdict && v.rule === 'org.document-context')) p.verdict = verdict(v.type, SHORT_FORM_RULES.has(v.rule) || v.rule === 'org.document-context' ? v.rule : 'document.same-name', v.strong, v.canonical);
    else if (p.verdict && headlines[p.sent]) p.verdict = null;
  }
  listedWithOrganisations(doc, lex, pieces, headlines);
}

/** "ex-im" for "Export-Import" at token i: each part of a hyphened word (of three letters or more) cut to two letters. */
function clippedForm(doc: Doc, i: number): string | undefined {
  const [x, h, y] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  if (h.lower !== '-' || h.start !== x.end || y.start !== h.end || !x.cap || !y.cap || !/^[a-z]{3,}$/.test(x.lower) || !/^[a-z]{3,}$/.test(y.lower)) return undefined;
  return x.lower.slice(0, 2) + '-' + y.lower.slice(0, 2);
}

/** What companies will do, in the base form after "will" or "would": "Gerdau will supply steel to Ford". */
const COMPANY_BASE_VERBS = /^(supply|acquire|manufacture|produce|ship|deliver|merge|invest|build|operate|market|distribute|lease|purchase)$/;

/** Rules that type a company by the words that describe it ("Canadian miner Barrick Gold", "Barrick Gold said"). */
const DESCRIBED = new Set(['org.descriptor-before', 'org.descriptor-after', 'org.descriptor-after-name', 'org.lead-speaker', 'org.buyer', 'org.contractor']);

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
        // (not a name before the comma that opens a speaker's clause: "will land on the Moon, NASA Administrator Bill
        // Nelson said")
        if (typed === y && (lex.titles.has(tokens[y.b]?.lower ?? '') || lex.roles.has(tokens[y.b]?.lower ?? '')) && tokens[x.b]?.lower === ',') continue;
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
  // ("South Korea's Hyundai Rotem and Hanwha Aerospace": two words or more after a country's possessive, one name)
  const a = untyped.a;
  if (untyped.b - a >= 2 && doc.tokens[a - 1]?.lower === "'s" && a >= 2 && lex.places.get(doc.tokens[a - 2].lower)?.kind === 'country') return false;
  const h = headKind(doc, lex, typed.a, typed.b);
  return h === 'legal' || h === 'organisation';
}

/** "and" between the names in a firm's name. */
const AND = /^(and|&)$/;
/** A state's bodies that a bare word names only where the article names one of them in full. */
const GENERIC_STATE = /^(ministry|department|government|administration|cabinet|embassy)$/;

/** Does the article name exactly one organisation with this word in it ("the Finance Ministry")? */
function oneBodyWith(doc: Doc, pieces: Piece[], word: string): boolean {
  let only: string | undefined;
  for (const q of pieces) {
    if (q.verdict?.type !== 'organisation' || q.b - q.a < 2 || !doc.tokens.slice(q.a, q.b).some((t) => t.lower === word)) continue;
    const k = spanKey(doc, q.a, q.b);
    if (only !== undefined && only !== k) return false;
    only = k;
  }
  return only !== undefined;
}
/** Rules that make a mention a shortened form of a longer name in the same article. */
export const SHORT_FORM_RULES = new Set(['person.surname', 'place.without-head', 'org.without-legal-form', 'org.short-form']);

/** Tokens [a, e) are two places joined by a hyphen: "China-Central Asia", "India-Pakistan". */
function placePair(doc: Doc, lex: EntityLexicon, a: number, e: number): boolean {
  for (let h = a + 1; h < e - 1; h++) if (doc.tokens[h].lower === '-') return lex.places.has(spanKey(doc, a, h)) && lex.places.has(spanKey(doc, h + 1, e));
  return false;
}

/** "shareholders", "brokers", "depositors", "scientists", "americans": people by what they do or where they are from. */
function pluralOfPeople(lex: EntityLexicon, w: string): boolean {
  return /^[a-z]{3,}(er|or|ist)s$/.test(w) || (w.endsWith('s') && lex.demonyms.has(w.slice(0, -1)));
}

/** "Ford and its unions", "First Federal and its stockholders": a name that owns "its" others, a body, not a person. */
function ownsItsOwn(doc: Doc, p: Piece): boolean {
  const t = doc.tokens;
  return t[p.b]?.lower === 'and' && t[p.b + 1]?.lower === 'its' && t[p.b + 2]?.pos === 'NOUN' && !/^(of|in|at|near|from|to)$/.test(t[p.a - 1]?.lower ?? '');
}

/** "Shares in Ford rose", "shares of Dell": the company whose shares trade (not "shares in ADR form"). */
function sharesIn(doc: Doc, p: Piece): boolean {
  const t = doc.tokens;
  const after = t[p.b];
  return /^(shares|stock)$/.test(t[p.a - 2]?.lower ?? '') && /^(in|of)$/.test(t[p.a - 1]?.lower ?? '') && !(after && !after.cap && after.pos === 'NOUN');
}
