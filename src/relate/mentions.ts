// Lookups over the recognised mentions of a Doc, shared by the relation extractors.
import type { Doc, MentionRef } from '../analyse/doc.js';
import { lexiconSet, personTitles } from '../analyse/lexicon.js';
import { spanKey } from '../recognise/entities/lexicon.js';
import { portfolioEnd, portfolioListFrom } from '../recognise/entities/portfolio-list.js';

/** Nouns that say what an organisation is ("union", "group"). */
const DESCRIPTORS = lexiconSet('org-descriptors.txt');
/** Role words ("chief executive", "chairman") that may stand between a company and the person who holds one. */
export const ROLES = lexiconSet('roles.txt');
/** The people who act for a country together: "Iranian negotiators", "British diplomats". */
const COUNTRY_TEAMS = /^(negotiators|diplomats|envoys|officials|delegates|representatives|ministers|leaders)$/;
/** The words a person's title may open with: "Minister", "President", "Ambassador" (and roles: "chairman"). */
const TITLE_WORDS = new Set([...ROLES, ...personTitles().map((t) => t.toLowerCase().split(' ')[0])]);
/** Roles and titles of one word: "minister", "president", "chairman". */
const ONE_WORD_TITLES = new Set([...ROLES, ...personTitles().map((t) => t.toLowerCase()).filter((t) => !t.includes(' '))]);
/** Titles of two or three words: "Fisheries Commissioner", "Deputy Foreign Minister". */
const LONG_TITLES = new Set(personTitles().map((t) => t.toLowerCase()).filter((t) => t.includes(' ')));

/**
 * Where a role that starts at token k ends, before limit ("chief executive", "chief executive officer"; "trade
 * commissioner", a role with its portfolio before it in lower case; "Fisheries Commissioner", a title with its
 * portfolio); k when no role starts there.
 */
export function roleEndAt(doc: Doc, k: number, limit: number): number {
  for (let n = 3; n >= 1; n--) if (k + n <= limit && ROLES.has(spanKey(doc, k, k + n))) return portfolioAfter(doc, k + n, limit);
  for (let n = 3; n >= 2; n--) if (k + n <= limit && ROLES.has(doc.tokens[k + n - 1].lower) && doc.tokens.slice(k, k + n).every((t) => t.type === 'word' && !t.cap)) return k + n;
  // ("EU Fisheries Commissioner Virginijus Sinkevicius": or a title of its portfolio, capitalised)
  for (let n = 3; n >= 2; n--) if (k + n <= limit && LONG_TITLES.has(spanKey(doc, k, k + n))) return k + n;
  return k;
}

/** "Commissioner for Environment, Oceans and Fisheries": past the portfolios a capitalised role at r is for, if any. */
function portfolioAfter(doc: Doc, r: number, limit: number): number {
  if (!doc.tokens[r - 1].cap || !/^(of|for)$/.test(doc.tokens[r]?.lower ?? '')) return r;
  const e = Math.max(portfolioListFrom(doc, r + 1, limit), portfolioEnd(doc, r + 1, limit));
  return e > 0 ? e : r;
}

/** Outermost mention that starts at token i (nested mentions are skipped). */
export function mentionAt(doc: Doc, i: number): MentionRef | undefined {
  const ms = doc.mentions;
  for (let k = firstFrom(ms, i); k < ms.length && ms[k].a === i; k++) if (!ms[k].nested) return ms[k];
  return undefined;
}

/**
 * The mention that starts at token i, or a nested one where no mention holds it ("the European Communities" read
 * inside "External Relations Commissioner of the European Communities", a title no rule made a mention).
 */
export function mentionOrLoneNestedAt(doc: Doc, i: number): MentionRef | undefined {
  const m = mentionAt(doc, i);
  if (m || mentionCovering(doc, i)) return m;
  const nested = doc.mentions[firstFrom(doc.mentions, i)];
  return nested?.a === i ? nested : undefined;
}

/** Index of the first mention whose tokens start at i or after (the mentions are in token order). */
function firstFrom(ms: MentionRef[], i: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].a < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A person's mention that opens at token i with more than the place there: "U.S. President George Bush". */
function personFrom(doc: Doc, i: number): MentionRef | undefined {
  const ms = doc.mentions;
  // (the person's own tokens start at the name; its mention, at the country before the title)
  const start = doc.tokens[i].start;
  for (let k = firstFrom(ms, i); k < ms.length && ms[k].a <= i + 6; k++) if (ms[k].type === 'person' && !ms[k].nested && ms[k].start === start) return ms[k];
  return undefined;
}

/** After a place or an owner, "-based", "-listed", "-owned" ... glued to it ("London-based", "Kremlin-owned"): the token after the participle, else -1. */
function basedAt(doc: Doc, k: number): number {
  const t = doc.tokens;
  return t[k]?.lower === '-' && t[k].start === t[k - 1].end && t[k + 1]?.start === t[k].end && /^(based|listed|headquartered|registered|owned|controlled|backed|run|funded)$/.test(t[k + 1].lower) ? k + 2 : -1;
}

/**
 * "state oil firm Petrobras", "technology firm Qualcomm": a company's name after a description in lower case
 * (at most three words, the last of them, or the first of the name's mention, a word like "firm" or "maker").
 */
function describedCompanyAt(doc: Doc, k: number, limit: number): MentionRef | undefined {
  const t = doc.tokens;
  // ("its affiliate Isuzu Motors Ltd", "their partner Renault": after the owner's pronoun, a relation's word too)
  const owned = /^(its|their)$/.test(t[k]?.lower ?? '');
  const from = owned ? k + 1 : k;
  for (let at = from; at < limit && at - from < 3 && t[at].type === 'word' && ((!t[at].cap && (t[at].pos === 'NOUN' || t[at].pos === 'ADJ')) || wireDescriptor(doc, at)); ) {
    at++;
    const m = mentionAt(doc, at);
    if (m?.type !== 'organisation' || m.b > limit) continue;
    if (DESCRIPTORS.has(t[at - 1].lower) || DESCRIPTORS.has(t[m.a].lower) || (owned && /^(affiliate|partner|partners)$/.test(t[at - 1].lower))) return m;
  }
  return undefined;
}

/**
 * "Anglo-Dutch Shell", "Franco-German EADS": the company after the two nationalities it joins, from token k on (its
 * mention's extent takes them in).
 */
function jointlyNationalAt(doc: Doc, k: number, limit: number): MentionRef | undefined {
  const t = doc.tokens;
  if (!t[k]?.cap || t[k + 1]?.lower !== '-' || t[k + 1].start !== t[k].end) return undefined;
  const m = mentionAt(doc, k + 3);
  return m?.type === 'organisation' && m.start === t[k].start && m.b <= limit ? m : undefined;
}

/** "the U.S. Firm Amoco Corp": a description wire copy capitalised after "U.S." or "U.K.", at token k. */
function wireDescriptor(doc: Doc, k: number): boolean {
  return k > 0 && /^u\.[sk]\.$/.test(doc.tokens[k - 1].lower) && DESCRIPTORS.has(doc.tokens[k].lower);
}

/** Tokens [a, b) as an organisation no rule typed, named as written (one line): a party, not an entity. */
export function writtenMention(doc: Doc, a: number, b: number): MentionRef {
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  return { a, b, start, end, type: 'organisation', entityId: '', name: doc.text.slice(start, end).replace(/\s+/g, ' '), rule: 'as-written', nested: false };
}

/** Capitalised words from token a ("Unimar Seetransport") as an unlinked organisation mention, or undefined. */
function capitalisedRun(doc: Doc, a: number, limit: number): MentionRef | undefined {
  const t = doc.tokens;
  let e = a;
  while (e < limit && e - a < 6 && t[e].cap && t[e].type === 'word') e++;
  return e > a ? writtenMention(doc, a, e) : undefined;
}

/** Plural nouns of groups that sign agreements: "airlines", "unions", "creditors". */
/** "the Chinese company": one firm a demonym describes, that the text does not name. */
const ONE_FIRM = /^(company|firm|group|carmaker|automaker|airline|carrier|bank|lender|insurer|operator|producer|maker|manufacturer|conglomerate|consortium|retailer|supermarket|utility|shipyard|shipbuilder|drugmaker|chipmaker|steelmaker|miner)$/;
/** A body named by what it is after "and the": "between the World Bank and the ministry". */
const ONE_BODY = /^(ministry|government|university|college|municipality|council|agency|authority|department|institute|union)$/;
const GROUPS = /^(airlines|carriers|banks|lenders|creditors|insurers|companies|firms|unions|producers|manufacturers|makers|universities|operators|investors|shareholders|bondholders|refiners|suppliers|utilities|partners|workers|employees|pilots|teachers|doctors|nurses|miners|farmers|powers|nations|countries|members|groups|agencies|exporters|importers|rebels|interests|contractors|traders|businesses|businessmen|shipyards|carmakers|automakers|developers|consortia|consortiums)$/;

/**
 * A group as written from token a: "the unions", "its creditor banks", "Chinese airlines" (up to three words after
 * `from`, the last a plural noun of GROUPS), ending before `limit`; as an unlinked organisation mention.
 */
function writtenGroup(doc: Doc, a: number, from: number, limit: number, single = false, body = false): MentionRef | undefined {
  const tokens = doc.tokens;
  let e = from;
  if (e === a && /^(the|its|their|local|all)$/.test(tokens[e]?.lower ?? '')) e++;
  // "six world powers", "all 25 current EU members", "three Japanese utilities": a number, and a place or a body
  // the group belongs to.
  if (tokens[e]?.pos === 'NUM' && e + 1 < limit) e++;
  for (let n = 0; n < 3 && e < limit; n++, e++) {
    const t = tokens[e];
    const named = t.cap && mentionAt(doc, e)?.b === e + 1;
    if ((t.cap && !named) || t.type !== 'word' || !/^(NOUN|ADJ|PROPN)$/.test(t.pos) || (t.pos === 'PROPN' && !named)) break;
    if ((GROUPS.test(t.lower) || (single && ONE_FIRM.test(t.lower)) || (body && ONE_BODY.test(t.lower))) && !(tokens[e + 1] && tokens[e + 1].type === 'word' && !tokens[e + 1].cap && tokens[e + 1].pos === 'NOUN')) return writtenMention(doc, a, e + 1);
  }
  return undefined;
}

/**
 * "Chinese and Uzbek companies": a demonym, "and", another demonym and the group they both describe, as written.
 * ("between Chinese and African companies": the other may be a continent's or a region's adjective, which names no
 * country)
 */
function bothDemonyms(doc: Doc, m: MentionRef, limit: number): MentionRef | undefined {
  const tokens = doc.tokens;
  if (tokens[m.b]?.lower !== 'and') return undefined;
  const other = mentionAt(doc, m.b + 1);
  const next = tokens[m.b + 1];
  const regional = !other && next?.cap && next.type === 'word' && /^(ADJ|PROPN)$/.test(next.pos) && /(an|ese|ish)$/.test(next.lower);
  if (other?.rule !== 'place.demonym' && !regional) return undefined;
  const group = other ? writtenGroup(doc, other.a, other.b, limit, true) : writtenGroup(doc, m.b + 1, m.b + 2, limit, true);
  return group ? writtenMention(doc, m.a, group.b) : undefined;
}

/** A person whose mention starts with a title at token k ("President Isaias Afwerki": the name starts later). */
export function titledAt(doc: Doc, k: number): MentionRef | undefined {
  const t = doc.tokens[k];
  if (!t) return undefined;
  // ("Rector of Seoul National University Ryu Hong-lim": the name may come after the body the title names)
  for (let a = k + 1; a <= k + 12; a++) {
    const m = mentionAt(doc, a);
    if (m) return m.type === 'person' && m.start === t.start ? m : undefined;
  }
  return undefined;
}

/** Mentions lying inside tokens [a, b), outermost only. */
export function mentionsIn(doc: Doc, a: number, b: number): MentionRef[] {
  return doc.mentions.filter((m) => !m.nested && m.a >= a && m.b <= b);
}

/** The mention covering token i, if any. */
export function mentionCovering(doc: Doc, i: number): MentionRef | undefined {
  const k = coverIndex(doc)[i] ?? -1;
  return k >= 0 ? doc.mentions[k] : undefined;
}

/** Per token, the index of the covering mention (the last in order, outermost only), or -1; built once per
 * mentions array, so that lookups do not scan every mention (quadratic on a long article). */
const covers = new WeakMap<MentionRef[], Int32Array>();
function coverIndex(doc: Doc): Int32Array {
  const ms = doc.mentions;
  let cover = covers.get(ms);
  if (!cover) {
    cover = new Int32Array(doc.tokens.length).fill(-1);
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (!m.nested) for (let t = m.a; t < m.b; t++) cover[t] = k;
    }
    covers.set(ms, cover);
  }
  return cover;
}

/**
 * Reuters marks company names in angle brackets ("<Cronus Industries Inc>"), other wire copy in round ones ("(Canron
 * Inc)"): is token k such an opening?
 */
function marked(doc: Doc, k: number, limit: number): boolean {
  const t = doc.tokens;
  if (k + 1 >= limit || t[k + 1].start !== t[k]?.end) return false;
  if (t[k].lower === '<') return true;
  // ("to supply steel trusses to (Canron Inc)": wire copy's brackets round a company's whole name)
  const m = t[k].lower === '(' ? mentionAt(doc, k + 1) : undefined;
  return m?.type === 'organisation' && t[m.b]?.lower === ')' && t[m.b].start === t[m.b - 1].end;
}

/** A possessive at token k: "'s", or the apostrophe glued to a name ending in s ("Laos' Xekong Power"). */
export function possessiveAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && (t.lower === "'s" || (t.lower === "'" && k > 0 && t.start === doc.tokens[k - 1].end));
}

/** A finite verb at token k (past "also"): "inked", "has signed", "will build"; not "to build" nor "signing". */
function clauseVerbAt(doc: Doc, k: number, limit: number): boolean {
  let t = doc.tokens[k];
  if (t?.lower === 'also' && k + 1 < limit) t = doc.tokens[k + 1];
  if (!t) return false;
  if (t.pos === 'AUX') return /^(has|have|had|will|would|is|are|was|were|can|could|may|might|shall|should)$/.test(t.lower);
  return t.pos === 'VERB' && /(ed|ked|ned|ght|ok|ew|ade|ruck|aid)$/.test(t.lower);
}

/** Nouns that name a part of a country: "the Chinese city of Hangzhou". */
export const PLACE_NOUN = /^(city|state|province|region|town|island|territory|county|port|emirate|republic|prefecture|municipality)$/;

/** The last word of a body abroad: "the Chinese Embassy in Kazakhstan", "the Bank of China branch in London". */
export const MISSION = /^(embassy|consulate|consulate-general|general|office|branch|mission|bureau|representation)$/;

/**
 * From the comma at token k: two names or more of one type, each after a comma, the last after "and" ("..., UK,
 * France, China, Russia and Germany").
 */
function listAhead(doc: Doc, k: number, limit: number, type: string): boolean {
  let n = 0;
  for (let q = k; q < limit; ) {
    const sep = doc.tokens[q].lower;
    if (sep !== ',' && sep !== 'and') return false;
    const m = mentionAt(doc, doc.tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1);
    if (!m || m.type !== type || m.b > limit) return false;
    n++;
    if (sep === 'and') return n >= 2;
    q = m.b;
  }
  return false;
}

/**
 * A list of names starting at token i: "X", "X and Y", "X, Y and the Z", each possibly in angle brackets.
 * Returns the mentions and the token after the list, or null when no name starts at i.
 */
export function mentionList(doc: Doc, i: number, limit: number): { items: MentionRef[]; end: number } | null {
  const items: MentionRef[] = [];
  let k = i;
  // "signed by Narendra Modi and Emmanuel Macron, France will": after the item "and" joins, a comma ends the list.
  let joinedByAnd = false;
  // (after a comma: "X and Y was signed" is one subject; ", and Y inked" is a clause of its own)
  let commaAt = -1;
  for (;;) {
    if (doc.tokens[k]?.lower === 'the' && k + 1 < limit) k++;
    // ("with the then European Economic Community")
    if (doc.tokens[k]?.lower === 'then' && doc.tokens[k - 1]?.lower === 'the' && k + 1 < limit) k++;
    const bracket = marked(doc, k, limit);
    let m = mentionAt(doc, bracket ? k + 1 : k) ?? titledAt(doc, k) ?? describedCompanyAt(doc, k, limit) ?? jointlyNationalAt(doc, k, limit);
    // ("signed by U.S. President George Bush and Mexican President Carlos Salinas", "Thai Prime Minister Surayud
    // Chulanont": the titled person whose mention opens with the country, not the country alone)
    if (m?.type === 'place') {
      const person = personFrom(doc, m.a);
      if (person && person.b <= limit) m = person;
    }
    // "Ethiopian Prime Minister Abiy Ahmed", "Indonesia's President Suharto", "South Korea's Hyundai Rotem": the
    // person or company the place describes ("US chipmaker Nvidia" as well: a country's name before a description).
    if (m?.type === 'place') {
      // ("Madrid, Spain-based Ingenieria De Sistemas Electronics S.A.": past the country after the city)
      const country = doc.tokens[m.b]?.lower === ',' ? mentionAt(doc, m.b + 1) : undefined;
      const countryBased = country?.type === 'place' ? basedAt(doc, country.b) : -1;
      const based = countryBased > 0 ? countryBased : basedAt(doc, m.b);
      const described = m.rule !== 'place.demonym' && describedCompanyAt(doc, m.b, limit);
      // ("US trade representative Robert Zoellick": a country's name before a title in lower case, read below only
      // when a person follows it)
      const titled = m.rule !== 'place.demonym' && !possessiveAt(doc, m.b) && !described && based < 0 && !!doc.tokens[m.b] && !doc.tokens[m.b].cap;
      let at = m.rule === 'place.demonym' || titled ? m.b : possessiveAt(doc, m.b) ? m.b + 1 : described ? m.b : based;
      // "the Indian drugmaker Ranbaxy", "Japan's electronics group Sony": past the words that describe it.
      const from = at;
      // ("the Hamburg-based shipping line Unimar Seetransport": wink may tag the gerund a verb)
      while (at >= 0 && at - from < 3 && at + 1 < limit && doc.tokens[at].type === 'word' && ((!doc.tokens[at].cap && (/^(NOUN|ADJ)$/.test(doc.tokens[at].pos) || /ing$/.test(doc.tokens[at].lower))) || wireDescriptor(doc, at))) at++;
      // ("the Finnish utility <Imitran Oma Oy>": the name wire copy marked)
      const p = at < 0 ? undefined : (titledAt(doc, at) ?? mentionAt(doc, at) ?? (doc.tokens[at]?.lower === '<' ? mentionAt(doc, at + 1) : undefined));
      // "the Chinese city of Hangzhou", "the Indian state of Jharkhand": the place the demonym's country holds.
      const held = at > from && doc.tokens[at]?.lower === 'of' && PLACE_NOUN.test(doc.tokens[at - 1].lower) && !titled ? mentionAt(doc, at + 1) : undefined;
      if (titled) {
        if (p?.type === 'person' && at > from && ONE_WORD_TITLES.has(doc.tokens[at - 1].lower) && p.b <= limit) m = p;
      } else if (held?.type === 'place' && held.b <= limit) m = held;
      // ("Iranian oil minister Bijan Zanganeh": the person after a title the words describe)
      else if (p?.type === 'organisation' || (p?.type === 'person' && (at === from || ONE_WORD_TITLES.has(doc.tokens[at - 1].lower)))) m = p;
      // "the Hamburg-based shipping line Unimar Seetransport": a name no rule typed, as written.
      else if (!p && at > m.b && based > 0) m = capitalisedRun(doc, at, limit) ?? m;
      // "deals with Chinese airlines": the group the demonym describes, as written.
      // ("between Volvo and the Chinese company": a company from China, not China)
      // ("between Chinese and Uzbek companies": two demonyms of one group, as written)
      else if (m.rule === 'place.demonym' && !p) m = writtenGroup(doc, m.a, m.b, limit, true) ?? bothDemonyms(doc, m, limit) ?? m;
    }
    // "with Kremlin-owned Unified Aircraft": the company an owner's name describes.
    if (m?.type === 'organisation' && basedAt(doc, m.b) > 0) {
      let at = basedAt(doc, m.b);
      while (at - m.b < 6 && at + 1 < limit && doc.tokens[at].type === 'word' && !doc.tokens[at].cap && /^(NOUN|ADJ)$/.test(doc.tokens[at].pos)) at++;
      const owned = mentionAt(doc, at);
      if (owned?.type === 'organisation' && owned.b <= limit) m = owned;
    }
    // "between Unilever and the unions", "with X and its creditors": a group no name was given for, as written.
    const det = doc.tokens[k - 1]?.lower === 'the' ? 1 : 0;
    // ("between Iranian negotiators and diplomats from Britain, France and Germany": the countries they are from, the
    // list going on after the first)
    const team = !m && items.length > 0 && doc.tokens[k - 1]?.lower === 'and' && COUNTRY_TEAMS.test(doc.tokens[k]?.lower ?? '') && doc.tokens[k + 1]?.lower === 'from' ? mentionAt(doc, k + 2) : undefined;
    if (team?.type === 'place' && team.placeKind === 'country') {
      m = team;
      joinedByAnd = false;
    }
    // ("with the U.S. government and the Commonwealth of Massachusetts", "the State of Texas": the place so styled)
    const styled = !m && doc.tokens[k]?.cap && (PLACE_NOUN.test(doc.tokens[k].lower) || doc.tokens[k].lower === 'commonwealth') && doc.tokens[k + 1]?.lower === 'of' ? mentionAt(doc, k + 2) : undefined;
    if (styled?.type === 'place') m = styled;
    // ("between the World Bank and the ministry": one body no name was given for, after "the")
    if (!m && items.length > 0 && doc.tokens[k - 1 - det]?.lower === 'and') m = writtenGroup(doc, k - det, k, limit, det === 1, det === 1);
    if (!m || m.b > limit) break;
    // "a loan agreement with the Export-Import Bank of Malaysia, and the China Railway Construction Corporation
    // inked ...": a name with its own verb after it starts the next clause, not another item of the list.
    if (items.length > 0 && commaAt >= 0 && clauseVerbAt(doc, m.b, limit)) {
      k = commaAt;
      break;
    }
    // "by Thani Al Zeyoudi, UAE Minister of State for Foreign Trade, and ...": after a person and a comma, a
    // country's role is the person's, not another item.
    if (items.length > 0 && commaAt >= 0 && items[items.length - 1].type === 'person' && m.type === 'place' && TITLE_WORDS.has(doc.tokens[possessiveAt(doc, m.b) ? m.b + 1 : m.b]?.lower ?? '')) {
      k = commaAt;
      break;
    }
    items.push(m);
    k = m.b;
    if ((bracket || doc.tokens[m.a - 1]?.lower === '<') && /^[>)]$/.test(doc.tokens[k]?.lower ?? '') && k < limit) k++;
    // "Isuzu Motors Ltd <ISUM.T>": past the ticker after a name.
    else if (!bracket && doc.tokens[k]?.lower === '<' && doc.tokens[k + 1]?.start === doc.tokens[k].end) {
      for (let q = k + 1; q < Math.min(limit, k + 6); q++) {
        if (doc.tokens[q].lower !== '>') continue;
        k = q + 1;
        break;
      }
    }
    // "China National Petroleum Corporation (CNPC)": past the short form the name is given in brackets.
    if (doc.tokens[k]?.lower === '(' && k + 2 < limit) {
      const short = mentionAt(doc, k + 1);
      if (short && short.entityId && short.entityId === m.entityId && doc.tokens[short.b]?.lower === ')') k = short.b + 1;
    }
    // "signed by Sergei Lavrov of Russia and Wang Yi of China": the country or company a person is of belongs to
    // the person's part of the list.
    if (m.type === 'person' && doc.tokens[k]?.lower === 'of' && k + 1 < limit) {
      const at = mentionAt(doc, doc.tokens[k + 1].lower === 'the' ? k + 2 : k + 1);
      if (at && (at.type === 'place' || at.type === 'organisation') && at.b <= limit) k = at.b;
    }
    // "Airbus chief executive Tom Enders and ...": the person who holds a role in a company, after it.
    if (m.type === 'organisation' && k < limit) {
      const r = roleEndAt(doc, k, limit);
      const person = r > k ? mentionAt(doc, r) : undefined;
      if (person?.type === 'person' && person.b <= limit) k = person.b;
    }
    // "Cominco Ltd of Vancouver": so does where a company is ("the Chinese Embassy in Kazakhstan": and the country a
    // mission is in).
    // ("Computer Systems and Consultants BV of the Netherlands and Sages Group of France": "the" before the country)
    if (m.type === 'organisation' && (doc.tokens[k]?.lower === 'of' || (doc.tokens[k]?.lower === 'in' && MISSION.test(doc.tokens[k - 1].lower))) && k + 1 < limit) {
      const at = mentionAt(doc, doc.tokens[k + 1].lower === 'the' && k + 2 < limit ? k + 2 : k + 1);
      if (at?.type === 'place' && at.b <= limit) k = at.b;
    }
    // ("to Philipp Brothers, N.Y., and Sidney Danziger": where a company is, a city or a state between commas)
    if (m.type === 'organisation' && doc.tokens[k]?.lower === ',' && k + 1 < limit) {
      const at = mentionAt(doc, k + 1);
      if (at?.type === 'place' && (at.placeKind === 'city' || at.placeKind === 'region') && doc.tokens[at.b]?.lower === ',' && doc.tokens[at.b + 1]?.lower === 'and' && at.b + 1 < limit) k = at.b;
    }
    // "with the Portuguese government to run ...", "with the Gujarat government": the government or delegation of a
    // country or state is its item.
    if (m.type === 'place' && k < limit && /^(government|delegation|authorities|side|team|administration)$/.test(doc.tokens[k]?.lower ?? '')) k++;
    // "by Indonesia's trade minister and his Singaporean counterpart", "the Indonesian trade minister and the
    // Singaporean ambassador": an official of a country no name is given for belongs to the country's item, to the
    // role that ends the description.
    const possessive = possessiveAt(doc, m.b);
    if (m.type === 'place' && k === m.b && (possessive || m.rule === 'place.demonym')) {
      let r = possessive ? m.b + 1 : m.b;
      const from = r;
      while (r < limit && r - m.b <= 4 && doc.tokens[r].type === 'word' && !doc.tokens[r].cap && /^(NOUN|ADJ)$/.test(doc.tokens[r].pos)) r++;
      if (r > from && (ROLES.has(doc.tokens[r - 1].lower) || COUNTRY_TEAMS.test(doc.tokens[r - 1].lower)) && !mentionAt(doc, r)) k = r;
    }
    // "the United Auto Workers union": the noun after a name that says what it is belongs to its item.
    const said = doc.tokens[k];
    if (m.type === 'organisation' && k + 1 <= limit && said && !said.cap && DESCRIPTORS.has(said.lower)) k++;
    const sep = doc.tokens[k]?.lower;
    commaAt = sep === ',' ? k : -1;
    if (k < limit && (sep === 'and' || sep === '&')) {
      joinedByAnd = true;
      k++;
      continue;
    }
    // ("between Iran and the US, UK, France, China, Russia and Germany": a list of its own after "and", which itself
    // ends with "and")
    if (k + 1 < limit && sep === ',' && joinedByAnd && items.length === 2 && listAhead(doc, k, limit, m.type)) joinedByAnd = false;
    if (k + 1 < limit && sep === ',' && !joinedByAnd) {
      const after = doc.tokens[k + 1].lower === 'and' ? k + 2 : k + 1;
      const probe = doc.tokens[after]?.lower === 'the' ? after + 1 : after;
      const next = mentionAt(doc, marked(doc, probe, limit) ? probe + 1 : probe);
      // "with <Sutton-Landis Shoe Machinery Co>, St. Louis": where the company is, not another name in the list; nor
      // the state a town or county is in ("with Berks County, Pa.").
      const stateOf = after === k + 1 && next?.type === 'place' && m.type === 'place' && next.placeKind === 'region' && m.placeKind !== 'country' && m.placeKind !== 'region' && doc.tokens[next.b]?.lower !== 'and';
      if (stateOf) {
        k = next!.b;
        break;
      }
      // ("with Siemens, Egypt and the World Bank": a country the list goes on after is an item of its own)
      const andAfter = next ? (doc.tokens[next.b]?.lower === ',' ? next.b + 1 : next.b) : -1;
      const countryItem = next?.type === 'place' && next.placeKind === 'country' && doc.tokens[andAfter]?.lower === 'and' && andAfter + 1 < limit;
      if (next && !(after === k + 1 && next.type === 'place' && m.type === 'organisation' && !countryItem)) {
        k = after;
        continue;
      }
    }
    break;
  }
  return items.length ? { items, end: k } : null;
}
