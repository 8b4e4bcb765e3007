// Entity lexicons, loaded once per process: gazetteers, name lists, head nouns and titles.
// Keys are normalised with `key()` so that lookups of a token span are plain Map/Set hits.
import { readFileSync } from 'node:fs';
import { dict, lexiconList, personTitles } from '../../analyse/lexicon.js';
import type { EntityType } from '../../schema/records.js';
import type { Doc } from '../../analyse/doc.js';

/** Lower case, single spaces, straight apostrophes. */
export function key(s: string): string {
  // Most names are printable ASCII with single spaces inside: only lower-casing to do (two regular
  // expression passes and a trim cost more than the rest of key() on every candidate name).
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c === 32 && i > 0 && i < n - 1 && s.charCodeAt(i + 1) !== 32) continue;
    return s.replace(/[\s\u00a0]+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();
  }
  return s.toLowerCase();
}

/**
 * key() of the text of tokens [a, b), built from the tokens' lower-case forms: the same string without
 * slicing the text and running regular expressions (this is called for every candidate sub-span).
 */
export function spanKey(doc: Doc, a: number, b: number): string {
  const t = doc.tokens;
  let k = t[a].lower;
  for (let i = a + 1; i < b; i++) k += t[i].start > t[i - 1].end ? ' ' + t[i].lower : t[i].lower;
  return k.indexOf('’') >= 0 || k.indexOf('‘') >= 0 ? k.replace(/[’‘]/g, "'") : k;
}

/** A role in lower case of one to three words, then "of", right before token a: "the chief executive of [Airbus]". */
export function roleThenOf(doc: Doc, roles: Set<string>, a: number): boolean {
  const t = doc.tokens;
  if (t[a - 1]?.lower !== 'of') return false;
  for (let n = 1; n <= 3 && a - 1 - n >= 0; n++) if (!t[a - 1 - n].cap && roles.has(spanKey(doc, a - 1 - n, a - 1))) return true;
  return false;
}

export interface KnownName {
  type: EntityType;
  /** Canonical name of the entity the key stands for. */
  name: string;
  source: string;
}

export interface EntityLexicon {
  places: Map<string, { kind: string; country: string | null; upper: boolean; name: string }>;
  demonyms: Map<string, string>;
  /** Capital cities to their country's code ("berlin" -> "DE"): news names a government by its capital. */
  capitals: Map<string, string>;
  /** A country's other names ("UK", "Great Britain", "Russian Federation") to the one name its entity has. */
  countryNames: Map<string, string>;
  givenNames: Set<string>;
  surnames: Set<string>;
  /** Given names the gazetteer also holds as a minor place: they open a person's name all the same. */
  givenNotPlaces: Set<string>;
  chineseSurnames: Set<string>;
  /** Korean surnames, read only before a given name a hyphen joins ("Yun Jong-yong"). */
  koreanSurnames: Set<string>;
  legalForms: Set<string>;
  orgHeads: Set<string>;
  /** Last words of a club named for its town ("Manchester United"). */
  clubHeads: Set<string>;
  /** Heads written alone after "the" for the one organisation the article names with them ("the Bank"). */
  backReferenceHeads: Set<string>;
  /** Heads that open a name in other languages: "Banque" in "Banque Paribas". */
  orgOpeningHeads: Set<string>;
  orgOpeningAdjectives: Set<string>;
  eventHeads: Set<string>;
  /** Last words of names of schemes, plans and indices: "Marshall Plan" is no person. */
  thingHeads: Set<string>;
  placeHeads: Set<string>;
  titles: Set<string>;
  roles: Set<string>;
  connectors: Set<string>;
  /** Particles inside a surname ("van", "de", "bin"). */
  surnameParticles: Set<string>;
  notNames: Set<string>;
  /** Labels of earnings tables ("Shr", "Mths"): they end a run of capitalised words. */
  tableWords: Set<string>;
  /** Generic words of organisation names ("Federal", "International"): no short form, given name or speaker. */
  genericWords: Set<string>;
  notAcronyms: Set<string>;
  /** Stock exchanges that name a listing before a ticker: "(NASDAQ: ACME)". */
  exchanges: Set<string>;
  /** Known names (built-in list and --lexicon entries), including aliases. */
  known: Map<string, KnownName>;
  /** Known names that are also common words (lexicons/common-word-names.txt). */
  commonWordNames: Set<string>;
}

function tsv(name: string): string[][] {
  return lexiconList(name).map((l) => l.split('\t').map((c) => c.trim()));
}

let base: EntityLexicon | null = null;

function loadBase(): EntityLexicon {
  const places = new Map<string, { kind: string; country: string | null; upper: boolean; name: string }>();
  const upper = (n: string) => n.length > 1 && n === n.toUpperCase();
  for (const [n, kind, cc] of tsv('generated/places.tsv')) places.set(key(n), { kind, country: cc ?? null, upper: upper(n), name: n });
  for (const [n, kind, cc] of tsv('places-extra.tsv')) places.set(key(n), { kind, country: cc || null, upper: upper(n), name: n });
  for (const n of lexiconList('not-places.txt')) places.delete(key(n));
  const demonyms = new Map<string, string>();
  for (const [d, c] of tsv('generated/demonyms.tsv')) demonyms.set(key(d), c);
  for (const [d, c] of tsv('place-demonym-extra.tsv')) demonyms.set(key(d), c);
  // "German firms": a demonym means its country, not a gazetteer's district of the same name (German, a
  // sheading of the Isle of Man; Somali, a region of Ethiopia). Countries keep their entries ("Djibouti").
  for (const d of demonyms.keys()) if (places.get(d) && places.get(d)!.kind !== 'country') places.delete(d);
  const countryNames = countryNamesOf(places, demonyms);
  for (const [d, c] of demonyms) demonyms.set(d, countryNames.get(key(c)) ?? c);
  const set = (name: string) => new Set(lexiconList(name).map(key));
  const known = new Map<string, KnownName>();
  for (const [name, aliases] of [...tsv('known-organisations.txt'), ...tsv('known-companies.txt')]) {
    const entry: KnownName = { type: 'organisation', name, source: 'lexicon' };
    for (const n of [name, ...(aliases ?? '').split('|').filter(Boolean)]) {
      known.set(key(n), entry);
      // "Wal - Mart", "Rolls - Royce": text tokenised before it was published (MEANTIME) spaces the hyphen.
      if (/\p{L}-\p{L}/u.test(n)) known.set(key(n).replace(/(\p{L})-(?=\p{L})/gu, '$1 - '), entry);
    }
  }
  return {
    places,
    demonyms,
    capitals: new Map(tsv('generated/capitals.tsv').map(([n, cc]) => [key(n), cc])),
    countryNames,
    givenNames: new Set([...set('generated/given-names.txt'), ...set('given-names-extra.txt')]),
    surnames: set('generated/surnames.txt'),
    givenNotPlaces: set('given-names-not-places.txt'),
    chineseSurnames: set('surnames-chinese.txt'),
    koreanSurnames: set('surnames-korean.txt'),
    legalForms: set('org-legal-forms.txt'),
    orgHeads: set('org-heads.txt'),
    clubHeads: set('club-heads.txt'),
    backReferenceHeads: set('back-reference-heads.txt'),
    orgOpeningHeads: set('org-opening-heads.txt'),
    orgOpeningAdjectives: set('org-opening-adjectives.txt'),
    eventHeads: set('event-heads.txt'),
    thingHeads: set('thing-heads.txt'),
    placeHeads: set('place-heads.txt'),
    titles: new Set(personTitles().map(key)),
    roles: set('roles.txt'),
    connectors: set('connectors.txt'),
    surnameParticles: set('surname-particles.txt'),
    notNames: new Set([...set('not-names.txt'), ...set('earnings-table-words.txt')]),
    tableWords: set('earnings-table-words.txt'),
    genericWords: set('generic-name-words.txt'),
    notAcronyms: new Set(lexiconList('not-name-acronyms.txt')),
    exchanges: set('stock-exchanges.txt'),
    known,
    commonWordNames: set('common-word-names.txt'),
  };
}

/**
 * One name per country, whatever the text calls it: every country name of the gazetteer with a country code
 * maps to the common name world-countries gives that code (the name its demonyms point to), unless
 * `country-names.tsv` prefers another ("Turkey" to "Türkiye"). Names that are already the one are left out.
 */
function countryNamesOf(places: EntityLexicon['places'], demonyms: Map<string, string>): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const c of demonyms.values()) {
    const cc = places.get(key(c))?.country;
    if (cc && places.get(key(c))?.kind === 'country' && !byCode.has(cc)) byCode.set(cc, c);
  }
  for (const [cc, name] of tsv('country-names.tsv')) byCode.set(cc, name);
  const out = new Map<string, string>();
  for (const [k, p] of places) {
    const name = p.kind === 'country' && p.country ? byCode.get(p.country) : undefined;
    if (name && key(name) !== k) out.set(k, name);
  }
  return out;
}

export interface UserLexiconEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
}

const withUser = new Map<string, EntityLexicon>();

/** The built-in lexicon, with the entries of user lexicon files merged on top (they win). */
export function entityLexicon(userFiles: string[] = []): EntityLexicon {
  if (!base) base = loadBase();
  if (userFiles.length === 0) return base;
  const cacheKey = userFiles.join('\n');
  let lex = withUser.get(cacheKey);
  if (!lex) {
    const known = new Map(base.known);
    const places = new Map(base.places);
    for (const file of userFiles) {
      for (const e of readUserLexicon(file)) {
        const entry: KnownName = { type: e.type, name: e.name, source: 'user' };
        for (const n of [e.name, ...(e.aliases ?? [])]) {
          known.set(key(n), entry);
          if (e.type !== 'place') places.delete(key(n));
        }
      }
    }
    lex = { ...base, known, places };
    withUser.set(cacheKey, lex);
  }
  return lex;
}

const TYPES = new Set(['organisation', 'person', 'place', 'event']);
const TYPE_ALIASES: Record<string, EntityType> = dict({ org: 'organisation', organization: 'organisation', per: 'person', loc: 'place', location: 'place', gpe: 'place' });

/** Reads a --lexicon file: JSON (array of {name, type, aliases}) or CSV with a header name,type,aliases. */
export function readUserLexicon(file: string): UserLexiconEntry[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: Array<Record<string, unknown>> = [];
  if (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) {
    const data = JSON.parse(text);
    rows.push(...(Array.isArray(data) ? data : [data]));
  } else {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
    const header = parseCsvLine(lines.shift() ?? '').map((h) => h.trim().toLowerCase());
    for (const line of lines) {
      const cells = parseCsvLine(line);
      rows.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    }
  }
  return rows.map((r, i) => {
    const name = String(r.name ?? '').trim();
    const rawType = String(r.type ?? '').trim().toLowerCase();
    const type = (TYPE_ALIASES[rawType] ?? rawType) as EntityType;
    if (!name) throw new Error(`${file}: entry ${i + 1} has no name`);
    if (!TYPES.has(type)) throw new Error(`${file}: entry ${i + 1} ("${name}") has type "${rawType}"; use organisation, person, place or event`);
    const aliases = Array.isArray(r.aliases) ? r.aliases.map(String) : String(r.aliases ?? '').split('|').map((s) => s.trim()).filter(Boolean);
    return { name, type, aliases };
  });
}

/** One CSV line (RFC 4180 quoting). */
function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const prefixes = new WeakMap<EntityLexicon, Set<string>>();

/**
 * Beginnings of known names, word by word ("general agreement on" of "General Agreement on Tariffs and
 * Trade", "moody's" of "Moody's Investors Service"): a run of capitalised words goes on through a word that
 * would end it (a lower-case "on", a possessive "'s") while it still spells the beginning of a known name.
 */
export function knownPrefixes(lex: EntityLexicon): Set<string> {
  let set = prefixes.get(lex);
  if (!set) {
    set = new Set();
    for (const k of lex.known.keys()) {
      for (let i = k.indexOf(' '); i >= 0; i = k.indexOf(' ', i + 1)) set.add(k.slice(0, i));
      for (let i = k.indexOf("'s"); i >= 0; i = k.indexOf("'s", i + 2)) set.add(k.slice(0, i + 2));
      set.add(k);
    }
    prefixes.set(lex, set);
  }
  return set;
}
