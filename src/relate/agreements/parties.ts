// A party as a row writes it (name, role, entity), and the people who sign for a body: a signatory's body,
// country and role.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { ROLES, mentionAt, roleEndAt, mentionCovering, mentionList, mentionOrLoneNestedAt, possessiveAt } from '../mentions.js';
import { roleThenOf, spanKey } from '../../recognise/entities/lexicon.js';
import { COURTESY, RANK } from '../../recognise/entities/extent.js';
import { DESCRIPTORS, lex, type Party, TITLES, UNIT_WORDS } from './lexicon.js';
import { nounPhraseEndingAt, personsRole } from './noun-phrase.js';
import { inDate } from './date.js';

/**
 * "Kazakh President Kassym-Jomart Tokayev", "Peru's President Alan Garcia", "Tesla chief executive Elon Musk": a
 * person whose title names the country or the organisation they hold it in signs for that body. The party is the
 * body, the person its signatory.
 */
export function bodyOf(doc: Doc, p: Party): Party | null {
  const tokens = doc.tokens;
  // "its Tracor Aerospace Inc unit won": the unit's own name.
  if (!p.entityId && /^(its|their) .+ (unit|subsidiary|division|affiliate)$/i.test(p.name)) {
    const last = doc.tokenAt(p.end) - 1;
    const unit = mentionCovering(doc, last - 1);
    if (unit?.type === 'organisation' && unit.b === last && !unit.nested) return partyOf(unit, p.role);
    // ("its RKO General unit": a name no rule typed, as written; not one word such as "its Trucks unit")
    let a = last;
    while (a - 1 > doc.tokenAt(p.start) && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
    if (a < last - 1 && a === doc.tokenAt(p.start) + 1) return writtenParty(doc, a, last, p.role);
  }
  // "Kenya's President William Ruto said his country signed": the country of the person who says so.
  const home = !p.entityId && /^(his|her) (country|nation)$/i.test(p.name) ? speakersCountry(doc, doc.tokenAt(p.start)) : null;
  if (home) return { ...home, role: p.role };
  // "his Japanese counterpart", named no further, or "his Chinese counterpart Jin Renqing": the country the
  // description names.
  const counterpart = /\bcounterparts?$/i.test(p.name) || /^(his|her|their|its) \S+( \S+){0,2} counterparts? /i.test(p.name);
  if (!p.entityId && counterpart) {
    const a = doc.tokenAt(p.start);
    const b = doc.tokenAt(p.end);
    let named = a;
    while (named < b && !/^counterparts?$/.test(doc.tokens[named].lower)) named++;
    for (let k = a; k < named; k++) {
      const place = mentionCovering(doc, k);
      if (place?.type === 'place') return p.signatory ? { ...partyOf(place, p.role), signatory: p.signatory } : partyOf(place, p.role);
    }
  }
  // "Zambia's Finance Minister", unnamed: the country whose minister signed.
  if (!p.entityId && !p.signatory) {
    const a = doc.tokenAt(p.start);
    const b = doc.tokenAt(p.end);
    const owner = a >= 2 && tokens[a - 1].lower === "'s" && tokens[a - 1].start === tokens[a - 2].end ? mentionCovering(doc, a - 2) : undefined;
    const from = tokens[a]?.lower === 'the' ? a + 1 : a;
    // (a party written as "the" alone, at the end of the text: "inked MoU with the ", found by the word-salad test)
    const key = b - a <= 4 && b > from ? spanKey(doc, from, b) : '';
    if (owner && !owner.nested && owner.b === a - 1 && (owner.type === 'place' || owner.type === 'organisation') && (TITLES.has(key) || ROLES.has(key))) {
      return { ...partyOf(owner, p.role), signatory: { name: p.name, entityId: null } };
    }
    // ("the Indonesian trade minister", "the Singaporean ambassador": the country the demonym names)
    const demonym = mentionCovering(doc, from);
    const title = demonym && demonym.a === from && b - demonym.b <= 3 && b > demonym.b ? spanKey(doc, demonym.b, b) : '';
    if (demonym?.rule === 'place.demonym' && demonym.placeKind === 'country' && (TITLES.has(title) || ROLES.has(title))) {
      return { ...partyOf(demonym, p.role), signatory: { name: p.name, entityId: null } };
    }
  }
  if (p.signatory || !p.entityId?.startsWith('per_')) return null;
  const m = mentionCovering(doc, doc.tokenAt(p.end) - 1);
  if (!m || m.type !== 'person' || m.nested) return null;
  // "AirAsia's Tony Fernandes", "Tom Enders of Airbus": the company or country named as the person's own.
  const ownerAt = doc.tokenAt(m.start) - 1;
  const owner = tokens[ownerAt]?.lower === "'s" && tokens[ownerAt].start === tokens[ownerAt - 1]?.end ? mentionCovering(doc, ownerAt - 1) : undefined;
  const of = tokens[m.b]?.lower === 'of' ? mentionAt(doc, m.b + 1) : undefined;
  const own = [owner, of].find((x): x is MentionRef => !!x && !x.nested && (x.type === 'organisation' || (x.type === 'place' && x.placeKind === 'country')) && (x !== owner || x.b === ownerAt));
  if (own) return { ...partyOf(own, p.role), signatory: { name: p.name, entityId: p.entityId } };
  // "Akinwumi Adesina, President of the African Development Bank,": the body the role between commas after the name
  // names.
  const held = bodyInApposition(doc, m.b);
  if (held) return { ...partyOf(held.m, p.role), signatory: { name: p.name, entityId: p.entityId } };
  // A title the mention's text starts with ("President Shavkat Mirziyoyev": its name starts after it), or a role
  // just before it ("chief executive").
  const a0 = doc.tokenAt(m.start);
  // "Kenya Foreign Minister Justin Tkatchenko": the mention opens with the country whose title it is, past a rank
  // ("Deputy U.S. Trade Representative Sarah Bianchi").
  const rank = RANK.test(tokens[a0].lower) ? 1 : 0;
  const country = a0 + rank < m.a ? mentionAt(doc, a0 + rank) : undefined;
  if (country?.type === 'place' && country.placeKind === 'country' && country.b < m.a) {
    // (not a courtesy title, which belongs to no country)
    for (let n = 3; n >= 1; n--) if (country.b + n <= m.a && TITLES.has(spanKey(doc, country.b, country.b + n)) && !COURTESY.test(tokens[country.b].lower)) return { ...partyOf(country, p.role), signatory: { name: p.name, entityId: p.entityId } };
  }
  // "US trade representative Robert Zoellick", "Chinese premier Wen Jiabao": a title in lower case between the
  // country and the name, outside the person's mention.
  for (let n = 3; n >= 1; n--) {
    const c = a0 - n - 1;
    if (c < 0 || !TITLES.has(spanKey(doc, a0 - n, a0)) || tokens[a0 - n].cap || COURTESY.test(tokens[a0 - n].lower)) continue;
    const before = mentionCovering(doc, c);
    if (before?.type === 'place' && before.placeKind === 'country' && before.b === a0 - n && !before.nested && tokens[c].sent === tokens[a0].sent) return { ...partyOf(before, p.role), signatory: { name: p.name, entityId: p.entityId } };
  }
  // "Iranian oil minister Bijan Zanganeh", "Iran's oil minister Bijan Zanganeh": a title after the words in lower case
  // that say what it is over, the country before them; "the chief executive of Airbus Guillaume Faury": the company a
  // role is of, right before the name.
  const over = countryBeforePortfolio(doc, a0) ?? companyAfterRoleOf(doc, a0);
  if (over) return { ...partyOf(over, p.role), signatory: { name: p.name, entityId: p.entityId } };
  // "President of the African Development Bank Akinwumi Adesina", "Deputy Minister of Higher Education, Science and
  // Innovation of Uzbekistan Odiljon Tojiev": the body or country the title's "of" names, just before the name.
  if (a0 < m.a) {
    for (const x of doc.mentions) {
      if (!x.nested || x.b !== m.a || x.a <= a0 || !(x.type === 'organisation' || (x.type === 'place' && x.placeKind === 'country'))) continue;
      const of = tokens[x.a - 1]?.lower === 'the' ? x.a - 2 : x.a - 1;
      if (tokens[of]?.lower === 'of' && of > a0) return { ...partyOf(x, p.role), signatory: { name: p.name, entityId: p.entityId } };
    }
  }
  let titled = false;
  // ("Airbus Chief Commercial Officer Christian Scherer": any chief officer)
  for (let n = 4; n >= 1 && !titled; n--) if (a0 + n < m.b && (TITLES.has(spanKey(doc, a0, a0 + n)) || CHIEF_OFFICER.test(spanKey(doc, a0, a0 + n)))) titled = true;
  // (a courtesy title ties no one to the name before it: "the relief deal with Tanzania Mr Brown said")
  if (titled && COURTESY.test(tokens[a0].lower)) return null;
  let j = a0 - 1;
  for (let n = 3; n >= 1 && !titled; n--) {
    if (a0 - n >= 0 && ROLES.has(spanKey(doc, a0 - n, a0))) {
      titled = true;
      j = a0 - n - 1;
    }
  }
  if (!titled) return roleOfBefore(doc, m, p);
  j = pastFirstOfTwoTitles(doc, j, 0);
  // ("EU trade commissioner Peter Mandelson": past the words in lower case that say what the role is over)
  for (let q = j; q > 0 && j - q < 2 && !tokens[q].cap && tokens[q].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[q].pos) && tokens[q].sent === tokens[a0].sent; q--) {
    const over = mentionCovering(doc, q - 1);
    if (!over || over.nested || over.b !== q || !(over.type === 'organisation' || (over.type === 'place' && over.placeKind === 'country'))) continue;
    j = q - 1;
    break;
  }
  // (in the title's sentence: not the headline's last word before "Chancellor Gordon Brown" opens the body)
  if (j < 0 || tokens[j].sent !== tokens[a0].sent) return null;
  const possessive = tokens[j].lower === "'s" && tokens[j].start === tokens[j - 1]?.end;
  // ("Food and Agricultural Organisation (FAO) director Edouard Saouma": past the short form in brackets)
  const at = beforeShortForm(doc, possessive ? j - 1 : j, 0);
  const body = at >= 0 ? mentionCovering(doc, at) : undefined;
  if (!body || body.nested || body.b !== at + 1 || (body.type !== 'place' && body.type !== 'organisation')) return null;
  return { ...partyOf(body, p.role), signatory: { name: p.name, entityId: p.entityId } };
}

/** The country of the person who says (or said, "that") what starts at token a, as bodyOf reads it from the title. */
function speakersCountry(doc: Doc, a: number): Party | null {
  const tokens = doc.tokens;
  const verb = tokens[a - 1]?.lower === 'that' ? a - 2 : a - 1;
  if (!lex.speech.has(tokens[verb]?.lower ?? '')) return null;
  const person = mentionCovering(doc, verb - 1);
  if (person?.type !== 'person' || person.b !== verb || person.nested) return null;
  const body = bodyOf(doc, partyOf(person, 'subject'));
  if (!body?.entityId?.startsWith('plc_')) return null;
  const { signatory: _, ...country } = body;
  return country;
}

/**
 * The country before a title in lower case that one to three words in lower case come before, which ends at token
 * a0 ("Iranian oil minister", "Iran's oil minister"); a title alone is read by the rules before.
 */
function countryBeforePortfolio(doc: Doc, a0: number): MentionRef | null {
  const tokens = doc.tokens;
  const title = tokens[a0 - 1];
  if (!title || title.cap || !(TITLES.has(title.lower) || ROLES.has(title.lower)) || COURTESY.test(title.lower)) return null;
  let q = a0 - 1;
  while (q - 1 >= 0 && a0 - 1 - q < 3 && tokens[q - 1].type === 'word' && !tokens[q - 1].cap && /^(NOUN|ADJ)$/.test(tokens[q - 1].pos)) q--;
  if (q === a0 - 1) return null;
  const possessive = tokens[q - 1]?.lower === "'s" && tokens[q - 1].start === tokens[q - 2]?.end;
  const end = possessive ? q - 1 : q;
  const c = end > 0 ? mentionCovering(doc, end - 1) : undefined;
  return c?.type === 'place' && c.placeKind === 'country' && c.b === end && !c.nested && tokens[c.a].sent === tokens[a0].sent ? c : null;
}

/** "the chief executive of Airbus Guillaume Faury": the company named right before the name, after a role and "of". */
function companyAfterRoleOf(doc: Doc, a0: number): MentionRef | null {
  const c = a0 > 0 ? mentionCovering(doc, a0 - 1) : undefined;
  return c?.type === 'organisation' && !c.nested && c.b === a0 && roleThenOf(doc, ROLES, c.a) ? c : null;
}

/**
 * "signed by Sinopec president Wang Tianpu and Aramco chief executive Abdallah Jumah": a company or country named
 * before a role and the person who holds it signs through that person.
 */
export function officerAfter(doc: Doc, p: Party): Party | null {
  if (p.signatory || !(p.entityId?.startsWith('org_') || p.entityId?.startsWith('plc_'))) return null;
  const tokens = doc.tokens;
  let b = doc.tokenAt(p.end);
  const m = mentionCovering(doc, b - 1);
  if (!m || m.nested || m.b !== b || m.entityId !== p.entityId || (m.type === 'place' && m.placeKind !== 'country')) return null;
  if (tokens[b]?.lower === "'s" && tokens[b].start === tokens[b - 1].end) b++;
  const r = roleEndAt(doc, b, tokens.length - 1);
  if (r === b) return null;
  const person = mentionAt(doc, r);
  if (person?.type === 'person' && !person.nested && tokens[r - 1].sent === tokens[person.a].sent) return { ...p, signatory: { name: person.written ?? person.name, entityId: person.entityId || null } };
  return null;
}

/** Any officer with "chief" before it ("chief commercial officer"). */
export const CHIEF_OFFICER = /^chief( \S+){1,2} officer$/;

/**
 * "The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma, signed", "The chairman of
 * Acme Corp, John Smith, signed": the body whose role the words before the name between commas give.
 */
function roleOfBefore(doc: Doc, m: MentionRef, p: Party): Party | null {
  const tokens = doc.tokens;
  const comma = doc.tokenAt(m.start) - 1;
  if (tokens[comma]?.lower !== ',' || tokens[m.b]?.lower !== ',') return null;
  // (the role opens the sentence, or follows "and" or a comma in a list of sides)
  const opensOrListed = (d: number) => d === 0 || tokens[d - 1].sent !== tokens[d].sent || /^(and|,)$/.test(tokens[d - 1].lower);
  const owned = possessedRoleBefore(doc, comma);
  if (owned && opensOrListed(owned.start)) return { ...partyOf(owned.m, p.role), signatory: { name: p.name, entityId: p.entityId } };
  const at = beforeShortForm(doc, comma - 1, 0);
  const body = at >= 0 ? mentionCovering(doc, at) : undefined;
  if (!body || body.nested || body.b !== at + 1 || (body.type !== 'place' && body.type !== 'organisation')) return null;
  const of = tokens[body.a - 1]?.lower === 'the' ? body.a - 2 : body.a - 1;
  if (tokens[of]?.lower !== 'of') return null;
  const hyphened = (a: number) => a + 2 < of && tokens[a + 1].lower === '-' ? `${tokens[a].lower}-${tokens[a + 2].lower}` : '';
  for (let n = 3; n >= 1; n--) {
    const a = of - n;
    if (a < 0) continue;
    const key = spanKey(doc, a, of);
    if (!(ROLES.has(key) || TITLES.has(key) || ROLES.has(hyphened(a)) || TITLES.has(hyphened(a)))) continue;
    // (the role opens the sentence: not "a lawyer for the head of Acme Corp, John Smith")
    let d = a;
    while (d > 0 && a - d < 2 && /^(the|former|then)$/.test(tokens[d - 1].lower)) d--;
    // (or after "and" or a comma, in a list of sides: "France and the Prime Minister of Cote d'Ivoire, ...")
    if (opensOrListed(d)) return { ...partyOf(body, p.role), signatory: { name: p.name, entityId: p.entityId } };
  }
  return null;
}

/**
 * "the EC's external relations commissioner, Willy De Clercq": the body (a company, a body or a country) whose role
 * the words between its "'s" and the comma at token c give, and the token the phrase opens with ("the" included).
 */
export function possessedRoleBefore(doc: Doc, c: number): { m: MentionRef; start: number } | null {
  const tokens = doc.tokens;
  if (tokens[c]?.lower !== ',' || !personsRole(tokens[c - 1]?.lower ?? '')) return null;
  let q = c - 2;
  while (q > 0 && c - q <= 5 && tokens[q].lower !== "'s" && tokens[q].type === 'word' && !/^(and|the|of|a|an)$/.test(tokens[q].lower)) q--;
  if (tokens[q]?.lower !== "'s" || tokens[q].start !== tokens[q - 1]?.end) return null;
  const m = mentionCovering(doc, q - 1);
  if (!m || m.nested || m.b !== q || !(m.type === 'organisation' || (m.type === 'place' && m.placeKind === 'country'))) return null;
  return { m, start: tokens[m.a - 1]?.lower === 'the' ? m.a - 1 : m.a };
}

/**
 * "Cable and Wireless Chairman and Chief Executive Eric Sharp": the token before the first of two titles when "and"
 * at token j joins them in front of a person's mention, or j itself.
 */
export function pastFirstOfTwoTitles(doc: Doc, j: number, first: number): number {
  const tokens = doc.tokens;
  return j - 1 >= first && tokens[j].lower === 'and' && tokens[j - 1].cap && personsRole(tokens[j - 1].lower) ? j - 2 : j;
}

/** The kind of place a party is ("country", "city" ...), when it is a place the gazetteer knows. */
export function placeKindOf(doc: Doc, p: Party): string | undefined {
  if (!p.entityId?.startsWith('plc_')) return undefined;
  return doc.mentions.find((m) => m.entityId === p.entityId && m.placeKind)?.placeKind;
}

/**
 * The country an article is about: of the countries it names, other than `except`, the one named most often, at
 * least three times and more often than any other. Its mention in the form the article writes most ("UK" of "UK",
 * "Britain" and "British").
 */
export function homeCountry(doc: Doc, except: string): MentionRef | null {
  const counts = new Map<string, { n: number; forms: Map<string, { n: number; m: MentionRef }> }>();
  for (const m of doc.mentions) {
    if (m.type !== 'place' || m.placeKind !== 'country' || m.entityId === except || m.nested) continue;
    let c = counts.get(m.entityId);
    if (!c) counts.set(m.entityId, (c = { n: 0, forms: new Map() }));
    c.n++;
    // ("British" is no name for the party)
    if (m.rule === 'place.demonym') continue;
    const form = m.written ?? m.name;
    const f = c.forms.get(form);
    if (f) f.n++;
    else c.forms.set(form, { n: 1, m });
  }
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
  if (!ranked[0] || ranked[0].n < 3 || (ranked.length > 1 && ranked[0].n === ranked[1].n)) return null;
  return [...ranked[0].forms.values()].sort((x, y) => y.n - x.n)[0]?.m ?? null;
}

/** A party by its entity's name, but a country as the text names it ("UK", linked to the United Kingdom's entity). */
export function partyOf(m: MentionRef, role: string): Party {
  return { name: m.written ?? m.name, entityId: m.entityId || null, start: m.start, end: m.end, role };
}

/** Names at token i, as recognised ("the U.S. Air Force", "X and Y") or a capitalised run no rule typed ("Shell"). */
export function namesAt(doc: Doc, i: number, limit: number, role: string): { parties: Party[]; end: number } | null {
  const list = mentionList(doc, i, limit);
  // ("by Boeing's Boeing Commercial Airplane Co": the company the one named first owns)
  const only = list?.items.length === 1 && list.items[0].b === list.end && possessiveAt(doc, list.end) ? mentionAt(doc, list.end + 1) : undefined;
  if (only?.type === 'organisation' && only.b <= limit) return { parties: [partyOf(only, role)], end: only.b };
  if (list) return { parties: list.items.map((m) => partyOf(m, role)), end: list.end };
  const tokens = doc.tokens;
  const a = tokens[i]?.lower === 'the' ? i + 1 : i;
  let b = a;
  while (b < limit && b - a < 4 && tokens[b].cap && tokens[b].type === 'word' && tokens[b].pos === 'PROPN' && !inDate(doc, b)) b++;
  return b > a ? { parties: [writtenParty(doc, a, b, role)], end: b } : null;
}

/** A party no rule typed, as written in tokens [a, b) (white space made single spaces). */
export function writtenParty(doc: Doc, a: number, b: number, role: string): Party {
  // ("signed by both the Food Ministry and the suppliers' agent": "both" before a pair is no part of its first side)
  if (doc.tokens[a].lower === 'both' && doc.tokens[a + 1]?.lower === 'the' && a + 2 < b) a++;
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  return { name: doc.text.slice(start, end).replace(/\s+/g, ' '), entityId: null, start, end, role };
}

/**
 * Before a short form in brackets that ends at token k ("... (NUST)"), or a press release's listings ("(NYSE: GOLD;
 * TSX: ABX)"): the token before "("; else k.
 */
export function beforeShortForm(doc: Doc, k: number, first: number): number {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== ')') return k;
  let o = k - 1;
  while (o > first && k - o < 5 && tokens[o].lower !== '(') o--;
  if (tokens[o]?.lower !== '(' && tokens[k - 2]?.lower === ':') {
    o = k - 1;
    while (o > first && k - o < 12 && tokens[o].lower !== '(' && (tokens[o].cap || /^[:;,.]$/.test(tokens[o].lower))) o--;
  }
  return tokens[o]?.lower === '(' && o - 1 >= first ? o - 1 : k;
}

/** The unit whose place is m ("Tessek Ltd joint venture affiliate in Prague"), as nounPhraseEndingAt reads it; else null. */
export function unitIn(doc: Doc, m: MentionRef, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  if (m.a - 2 < first || !/^(in|at)$/.test(tokens[m.a - 1].lower) || !UNIT_WORDS.test(tokens[m.a - 2].lower)) return null;
  return nounPhraseEndingAt(doc, m.a - 2, first);
}

/**
 * Who is awarded, written as the company the article is about: "awarded the company's Ultrasystems Defense and Space
 * Inc unit several new contracts" (the unit named after "the company's" or "its"), "awarded the company a 3.2 mln
 * dlr increase" (the first company the article names).
 */
export function awardedTheCompany(doc: Doc, k: number, end: number): { parties: Party[] } | null {
  const tokens = doc.tokens;
  const described = tokens[k]?.lower === 'the' && k + 1 < end && DESCRIPTORS.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'companies';
  const unitAt = tokens[k]?.lower === 'its' ? k + 1 : described && tokens[k + 2]?.lower === "'s" ? k + 3 : -1;
  if (unitAt > 0) {
    const unit = mentionAt(doc, unitAt);
    return unit && unit.type === 'organisation' && unit.b < end ? { parties: [partyOf(unit, 'counterparty')] } : null;
  }
  if (!described) return null;
  const main = doc.mentions.find((m) => m.type === 'organisation' && !m.nested);
  return main && main.b <= k ? { parties: [partyOf(main, 'counterparty')] } : null;
}

/** "Mexico, which followed a conciliatory route and last week signed ...": the name before ", which". */
export function relativeAntecedent(doc: Doc, first: number, before: number): Party[] | null {
  for (let k = before - 1; k > first; k--) {
    const w = doc.tokens[k].lower;
    if (w === '.' || w === ';') break;
    if ((w === 'which' || w === 'who') && doc.tokens[k - 1]?.lower === ',') {
      const m = mentionCovering(doc, k - 2);
      return m ? [partyOf(m, 'elided subject')] : null;
    }
  }
  return null;
}

export function subjectOfSentence(doc: Doc, first: number, before: number): Party[] | null {
  for (let j = first; j < before; j++) {
    const m = mentionAt(doc, j);
    if (m && !m.nested && (m.type === 'organisation' || m.type === 'place' || m.type === 'person')) {
      // "Taiwan and the United States have revised and extended their textile agreement": every name of the subject.
      const list = mentionList(doc, j, before);
      // ("Australian airline Qantas has ordered ... and signed": the company the demonym describes)
      const described = m.type === 'place' && list?.items[0]?.type === 'organisation';
      const items = list && (list.items[0] === m || described) && doc.tokens[list.end]?.pos !== 'ADP' ? list.items.filter((x) => x.type !== 'person' || x === m) : [m];
      return items.map((x) => partyOf(x, 'elided subject'));
    }
  }
  return null;
}

/**
 * After the comma at token k, a role apposition ("President of the African Development Bank"): the body it ends with
 * and where the apposition ends.
 */
export function bodyInApposition(doc: Doc, k: number): { m: MentionRef; end: number } | null {
  if (doc.tokens[k]?.lower !== ',') return null;
  // (a nested mention of the person, which mentionAt does not give)
  const app = doc.mentions.find((m) => m.a === k + 1 && m.rule === 'person.role-apposition');
  if (!app) return roleOfBody(doc, k + 1);
  let body: MentionRef | undefined;
  for (const m of doc.mentions) if (m.b === app.b && m.a > app.a && m.type !== 'person') body = m;
  return body ? { m: body, end: app.b } : null;
}

/** "president of the African Development Bank," from token i: a role in lower case, "of" and the body, to a comma. */
function roleOfBody(doc: Doc, i: number): { m: MentionRef; end: number } | null {
  const tokens = doc.tokens;
  // "Piyush Goyal, India's Minister of Commerce and Industry,", "Thani Al Zeyoudi, UAE Minister of State for Foreign
  // Trade,": the country or body whose role it is.
  const owner = mentionAt(doc, i);
  const roleAt = owner && possessiveAt(doc, owner.b) ? owner.b + 1 : owner?.type === 'place' ? owner.b : -1;
  if (owner && roleAt > 0 && (owner.type === 'place' || owner.type === 'organisation') && personsRole(tokens[roleAt]?.lower ?? '')) {
    const end = roleEnd(doc, roleAt);
    if (end > 0) return { m: owner, end };
  }
  let q = /^(the|a|an)$/.test(tokens[i]?.lower ?? '') ? i + 1 : i;
  const from = q;
  while (q < from + 3 && tokens[q] && tokens[q].type === 'word' && tokens[q].lower !== 'of') q++;
  if (q === from || tokens[q]?.lower !== 'of') return null;
  // ("chief executive of Aramco": a role of more words)
  let role = personsRole(tokens[q - 1].lower);
  for (let k = from; k < q - 1 && !role; k++) role = ROLES.has(spanKey(doc, k, q));
  if (!role) return null;
  const m = mentionOrLoneNestedAt(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1);
  return m && m.type !== 'person' && /^[,.;]$/.test(tokens[m.b]?.lower ?? '') ? { m, end: m.b } : null;
}

/**
 * "by the transport ministers of the three countries", after "a China-Kyrgyzstan-Uzbekistan railway company": the
 * countries the sentence names, when it names as many as the party counts (and no other).
 */
export function countedCountries(doc: Doc, p: Party, first: number, last: number): Party[] | null {
  if (p.entityId) return null;
  const m = /\bthe (two|three|four|five|six) (countries|nations|states|governments|sides)$/i.exec(p.name);
  if (!m) return null;
  const n = ['two', 'three', 'four', 'five', 'six'].indexOf(m[1].toLowerCase()) + 2;
  const countries = (a: number, b: number) => {
    const found: MentionRef[] = [];
    for (const x of doc.mentions) {
      if (x.nested || x.a < a || x.b > b || x.type !== 'place' || x.placeKind !== 'country') continue;
      if (!found.some((y) => y.entityId === x.entityId)) found.push(x);
    }
    return found;
  };
  let found = countries(first, last);
  // ("Vietnam and Laos held talks in Hanoi. The two countries signed ...": none in its own sentence, the one before)
  const s = doc.tokens[first].sent;
  if (found.length === 0 && s > 0) found = countries(doc.sentences[s - 1].first, doc.sentences[s - 1].last);
  return found.length === n ? found.map((x) => partyOf(x, p.role)) : null;
}

/** The people's adjective x opens a person's titled mention: "British" in "British Home Secretary James Cleverly". */
export function openedTitle(doc: Doc, x: MentionRef): boolean {
  if (x.rule !== 'place.demonym') return false;
  // (the next mention, past the title's words, which its text opens with: a lookup, not a scan of every mention)
  for (let k = x.b; k <= x.b + 4 && k < doc.tokens.length; k++) {
    const y = mentionAt(doc, k);
    if (y) return y.type === 'person' && doc.tokenAt(y.start) === x.b;
  }
  return false;
}

/**
 * "The African Continental Free Trade Area (AfCFTA) Secretariat and Afreximbank signed": a body's head noun alone right
 * after the short form in brackets is that body's organ; the party is the body.
 */
export function bodyBeforeShortForm(doc: Doc, p: Party): Party | null {
  const tokens = doc.tokens;
  const a = doc.tokenAt(p.start);
  if (doc.tokenAt(p.end) - a !== 1 || !/^(secretariat|commission|council|board|bank|authority|agency|office)$/.test(tokens[a].lower) || tokens[a - 1]?.lower !== ')') return null;
  const at = beforeShortForm(doc, a - 1, 0);
  const body = at !== a - 1 ? mentionCovering(doc, at) : undefined;
  return body?.type === 'organisation' && body.b === at + 1 ? partyOf(body, p.role) : null;
}

/**
 * A role written between commas from token i ("Minister of State for Foreign Trade,", "Minister of Commerce and
 * Industry."): where it ends, at a comma, a full stop or a semicolon, with no verb before; else -1.
 */
export function roleEnd(doc: Doc, i: number): number {
  const tokens = doc.tokens;
  for (let k = i; k < Math.min(tokens.length, i + 12); k++) {
    if (/^[,.;]$/.test(tokens[k].lower)) return k > i ? k : -1;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * A person party whose mention opens with a title of government ("Deputy Prime Minister Serik Zhumangarin"), here or
 * where the article named them before ("Riesenhuber" after "Research Minister Heinz Riesenhuber").
 */
export function governmentOfficial(doc: Doc, p: Party): boolean {
  if (!p.entityId?.startsWith('per_')) return false;
  const m = mentionCovering(doc, doc.tokenAt(p.end) - 1);
  if (!m || m.type !== 'person') return false;
  return doc.mentions.some((x) => x.entityId === m.entityId && x.start <= m.start && GOVERNMENT_TITLE.test(doc.text.slice(x.start, x.end)));
}
const GOVERNMENT_TITLE = /\b(minister|premier|president|prime|secretary|ambassador|chancellor|governor|administrator)\b/i;

/**
 * The signatory of a body party, as a person party, when the article titles them as an official of government
 * anywhere ("NASA Administrator Bill Nelson" for NASA); else null.
 */
export function officialOfBody(doc: Doc, p: Party): Party | null {
  const s = p.signatory;
  if (!s?.entityId || !p.entityId?.startsWith('org_')) return null;
  const titled = doc.mentions.some((x) => x.entityId === s.entityId && GOVERNMENT_TITLE.test(doc.text.slice(x.start, x.end)));
  if (!titled) return null;
  const { signatory: _, ...body } = p;
  return { ...body, name: s.name, entityId: s.entityId };
}

/** The one official of `officials`, no country given for them, signs for the one country of `row` left unsigned. */
export function signsForCountryLeft(row: AgreementRow, officials: Party[]): void {
  const unsigned = row.parties.filter((q) => !q.signatory && q.entityId?.startsWith('plc_'));
  if (unsigned.length !== 1 || officials.length !== 1) return;
  const at = row.parties.indexOf(unsigned[0]);
  row.parties[at] = { ...unsigned[0], signatory: { name: officials[0].name, entityId: officials[0].entityId } };
}
