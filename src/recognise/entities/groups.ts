// One entity per real-world entity: mentions grouped by their names, short forms and acronyms, with the
// indexes that keep grouping linear; then the rows with ids, aliases and role appositions.
import { hash } from 'node:crypto';
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { EntityRow, EntityType } from '../../schema/records.js';
import { verdict } from './classify.js';
import { key, type EntityLexicon } from './lexicon.js';
import { piece, type Piece } from './piece.js';
import { roleLength } from './person-names.js';
import { acronymOf } from './acronyms.js';
import { SHORT_FORM_RULES } from './propagate.js';
import { extent } from './extent.js';
import { CORPORATE_FORM, GROUP_WORDS, MODEL, NAME_PARTICLE, sets, TRADE_WORDS, UNIT_NOUNS } from './words.js';

const TYPE_PREFIX: Record<EntityType, string> = { organisation: 'org', person: 'per', place: 'plc', event: 'evt' };

const ids = new Map<string, string>();

/** Same type and canonical name give the same id in every article (a bounded memo saves re-hashing). */
export function entityId(type: EntityType, name: string): string {
  const k = type + '|' + key(name);
  let id = ids.get(k);
  if (id === undefined) {
    // crypto.hash (Node >= 20.12): the same digest as createHash, without a Hash object (2.5x faster on short keys).
    id = TYPE_PREFIX[type] + '_' + hash('sha1', k, 'hex').slice(0, 12);
    if (ids.size > 10_000) ids.clear();
    ids.set(k, id);
  }
  return id;
}

interface Group {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  refs: Array<{ piece: Piece; start: number; end: number }>;
  /** Position in creation order: "the first group that ..." is the one with the smallest. */
  order: number;
}

/**
 * The groups of one article, with the indexes that answer "the first group (in creation order) with this
 * alias / acronym / last word" without scanning every group: a scan per name is quadratic, and took most of
 * a minute on a 5 MB article.
 */
class Groups {
  constructor(
    private readonly legalForms: ReadonlySet<string>,
    private readonly places: ReadonlyMap<string, unknown>,
  ) {}
  readonly order: Group[] = [];
  private readonly byKey = new Map<string, Group>();
  readonly byType = new Map<EntityType, Group[]>();
  private readonly byAlias = new Map<string, Group[]>();
  private readonly byAcronym = new Map<string, Group[]>();
  private readonly byLastWord = new Map<string, Group[]>();
  /** Every run of whole words of a name, and every part before a hyphen ("Coca" in "Coca-Cola Co"). */
  private readonly byWords = new Map<string, Group[]>();
  /** Names of more than MAX_INDEXED_WORDS words: their runs are too many to index, so they are scanned. */
  private readonly longNames: Group[] = [];

  /** The group of this type and canonical name, created when new. */
  of(type: EntityType, name: string): Group {
    const gk = type + '|' + key(name);
    let g = this.byKey.get(gk);
    if (!g) {
      g = { type, name, aliases: new Set(), refs: [], order: this.order.length };
      this.byKey.set(gk, g);
      this.order.push(g);
      push(this.byType, type, g);
      if (type === 'organisation') {
        push(this.byAcronym, acronymOf(name), g);
        // ("GM chairman" after "General Motors Corp."): the initials of the name before its legal form too
        const words = name.split(' ');
        let n = words.length;
        while (n > 2 && this.legalForms.has(words[n - 1].toLowerCase())) n--;
        if (n < words.length) push(this.byAcronym, acronymOf(words.slice(0, n).join(' ')), g);
        // ("the IIT" after "the Indian Institute of Technology Delhi": the initials before the place it ends with)
        const initials = words.length >= 4 && this.places.has(words[words.length - 1].toLowerCase()) ? acronymOf(words.slice(0, -1).join(' ')) : '';
        if (initials.length >= 3) push(this.byAcronym, initials, g);
        // ("the PBOC" after "The People's Bank of China", "DKB" after "Dai-Ichi Kangyo Bank": the initials of its
        // particles too, a word a hyphen joins as one, and not of its legal form)
        const spelled = words.slice(0, n).filter((w) => /^[A-Za-z]/.test(w)).map((w) => w[0].toUpperCase()).join('');
        if (spelled.length >= 3 && spelled.length <= 6 && spelled !== acronymOf(name)) push(this.byAcronym, spelled, g);
      }
      // ("Waters, who" after "James F. Waters Jr": the surname before a generation)
      const bare = type === 'person' ? name.replace(/,? (Jr|Sr|II|III|IV)\.?$/, '') : name;
      const space = bare.lastIndexOf(' ');
      if (type === 'person' && space >= 0) push(this.byLastWord, bare.slice(space + 1), g);
      if (wordCount(name) > MAX_INDEXED_WORDS) this.longNames.push(g);
      else for (const part of wordRuns(name)) push(this.byWords, part, g);
    }
    return g;
  }
  /** The group of this type and canonical name, if there is one. */
  named(type: EntityType, name: string): Group | undefined {
    return this.byKey.get(type + '|' + key(name));
  }
  /** First group of the type, other than one named text, whose name contains text as whole words. */
  containing(type: EntityType, text: string): Group | undefined {
    let best: Group | undefined;
    const list = this.byWords.get(text);
    if (list) for (const g of list) if (g.type === type && g.name !== text) { best = g; break; }
    for (const g of this.longNames) {
      if (best && g.order > best.order) break;
      if (g.type === type && g.name !== text && containsWords(g.name, text)) return g;
    }
    return best;
  }
  /** The one group of the type, other than one named text, whose name contains text as whole words; none when more do. */
  onlyContaining(type: EntityType, text: string): Group | undefined {
    const found = new Set<Group>();
    for (const g of this.byWords.get(text) ?? []) if (g.type === type && g.name !== text) found.add(g);
    for (const g of this.longNames) if (g.type === type && g.name !== text && containsWords(g.name, text)) found.add(g);
    return found.size === 1 ? [...found][0] : undefined;
  }
  addAlias(g: Group, alias: string): void {
    if (g.aliases.has(alias)) return;
    g.aliases.add(alias);
    push(this.byAlias, alias, g);
  }
  /** First group of the type with this alias. */
  withAlias(type: EntityType, alias: string): Group | undefined {
    return first(this.byAlias.get(alias), type);
  }
  /** First organisation whose acronym or alias is this text. */
  organisationFor(acronym: string): Group | undefined {
    const a = first(this.byAcronym.get(acronym), 'organisation');
    const b = this.withAlias('organisation', acronym);
    return a && b ? (a.order < b.order ? a : b) : (a ?? b);
  }
  /** First person whose name ends with " " + text. */
  personEndingWith(text: string): Group | undefined {
    if (text.includes(' ')) return this.byType.get('person')?.find((o) => o.name.endsWith(' ' + text));
    return first(this.byLastWord.get(text), 'person');
  }
}

/** The first of a country's two names ("sao tome" of "Sao Tome and Principe"), keyed, read once per lexicon. */
const firstNames = new WeakMap<EntityLexicon, Set<string>>();
function firstOfTwoNames(lex: EntityLexicon): Set<string> {
  let set = firstNames.get(lex);
  if (!set) {
    set = new Set();
    for (const [name, place] of lex.places) if (place.kind === 'country' && name.includes(' and ')) set.add(name.slice(0, name.indexOf(' and ')));
    firstNames.set(lex, set);
  }
  return set;
}

/** Rules that type a name by a list that knows it whole. */
const KNOWN_RULES = new Set(['lexicon.known', 'lexicon.user']);

/** Names longer than this (in words) are scanned rather than indexed: a name of w words has w(w+1)/2 runs. */
const MAX_INDEXED_WORDS = 16;

function wordCount(name: string): number {
  let n = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) n++;
  return n;
}

/** The words of a name after the short form it opens with ("Acme Robotics, Inc." after "Acme Robotics": "Inc."). */
function wordsAfter(name: string, short: string): string[] {
  return name.slice(short.length + 1).split(/[\s,]+/).filter(Boolean);
}

/** The name is the short form and legal forms after it ("General Automation Inc", "Accor S.A.", "Acme Robotics, Inc."). */
function onlyLegalFormAfter(lex: EntityLexicon, name: string, short: string): boolean {
  if (!name.startsWith(short + ' ') && !name.startsWith(short + ', ')) return false;
  const rest = wordsAfter(name, short);
  return rest.length > 0 && rest.every((w) => lex.legalForms.has(w.toLowerCase()));
}

/** Whether `name` is other words, then `short`, then legal forms only ("Eastman Kodak Co" of "Kodak"). */
function endsBeforeLegalForm(lex: EntityLexicon, name: string, short: string): boolean {
  const words = name.split(' ');
  let e = words.length;
  while (e > 0 && lex.legalForms.has(words[e - 1].toLowerCase())) e--;
  // (capitalised words before it: not "Bonds for Texaco Inc")
  return e < words.length && e >= 2 && words[e - 1] === short && words.slice(0, e - 1).every((w) => /^[A-Z]/.test(w));
}

/** The name without the full stop of the legal form that ends it ("Chrysler Corp." gives "Chrysler Corp"), else null. */
function legalFormStopless(lex: EntityLexicon, name: string): string | null {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  const last = bare.slice(bare.lastIndexOf(' ') + 1).toLowerCase();
  return bare.includes(' ') && lex.legalForms.has(last) ? bare : null;
}

/** Does the name contain the short form as whole words, or begin with it before a space or a hyphen? */
function containsWords(long: string, short: string): boolean {
  return (' ' + long + ' ').includes(' ' + short + ' ') || long.startsWith(short + ' ') || long.startsWith(short + '-');
}

/** The short forms a name contains: runs of whole words ("Bank", "Bank of China") and what comes before a hyphen. */
export function wordRuns(name: string): Set<string> {
  const out = new Set<string>();
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < name.length; i++) {
    if (name[i] === ' ') {
      ends.push(i);
      starts.push(i + 1);
    } else if (name[i] === '-' && i > 0) out.add(name.slice(0, i));
  }
  ends.push(name.length);
  for (const a of starts) for (const b of ends) if (b > a) out.add(name.slice(a, b));
  return out;
}

function push<K>(index: Map<K, Group[]>, k: K, g: Group): void {
  const list = index.get(k);
  if (list) list.push(g);
  else index.set(k, [g]);
}

/** The group of the type that was created first. */
export function first(list: Group[] | undefined, type: EntityType): Group | undefined {
  let best: Group | undefined;
  if (list) for (const g of list) if (g.type === type && (!best || g.order < best.order)) best = g;
  return best;
}

export function buildEntities(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const tokens = doc.tokens;
  // Drop overlapping duplicates (a dateline piece and a run piece over the same tokens).
  pieces.sort((x, y) => x.a - y.a || y.b - x.b);
  const seen = new Set<string>();
  const kept: Piece[] = [];
  for (const p of pieces) {
    const id = p.a + ':' + p.b;
    if (seen.has(id)) continue;
    seen.add(id);
    kept.push(p);
  }
  // Group: canonical names first (longest first), then short forms attach to them.
  const groups = new Groups(lex.legalForms, lex.places);
  const byStart = new Map<number, Piece>();
  for (const p of kept) if (!byStart.has(p.a)) byStart.set(p.a, p);
  // "Airbus A380", "Boeing 787": the maker's name is part of a product's name here, not a mention of the
  // company (it still typed the company's other mentions).
  for (let i = kept.length - 1; i >= 0; i--) {
    const p = kept[i];
    const next = tokens[p.b];
    if (p.verdict!.type === 'organisation' && next && next.start - tokens[p.b - 1].end === 1 && MODEL.test(doc.text.slice(next.start, next.end)) && !/^(19|20)\d\d$/.test(next.lower)) kept.splice(i, 1);
  }
  // Longest names first, acronyms defined in brackets before other short forms, then by position.
  const byLength = [...kept].sort((x, y) => y.b - y.a - (x.b - x.a) || Number(!!y.aliasOf) - Number(!!x.aliasOf) || x.a - y.a);
  const pieceGroup = new Map<Piece, Group>();
  for (const p of byLength) {
    const v = p.verdict!;
    const text = doc.text.slice(tokens[p.a].start, tokens[p.b - 1].end).replace(/\s+/g, ' ');
    let g: Group | undefined;
    if (p.aliasOf && pieceGroup.has(p.aliasOf)) g = pieceGroup.get(p.aliasOf);
    else if (p.aliasOf && p.aliasOf.verdict) g = groups.of(p.aliasOf.verdict.type, canonicalText(doc, p.aliasOf));
    if (!g && SHORT_FORM_RULES.has(v.rule)) {
      // ("Allegheny" after "Allegheny International Inc" and "the Court of Common Pleas for Allegheny County": a
      // company's name opens with its short form)
      g = groups.containing(v.type, text);
      if (g && v.type === 'organisation' && !g.name.startsWith(text + ' ')) g = groups.byType.get('organisation')?.find((o) => o.name.startsWith(text + ' ')) ?? g;
      // ("General Automation" beside "General Automation Inc" and "General Automation Iberica S.A.": the company whose
      // name is the short form and its legal form, not its unit's)
      if (g && v.type === 'organisation' && !onlyLegalFormAfter(lex, g.name, text)) g = groups.byType.get('organisation')?.find((o) => onlyLegalFormAfter(lex, o.name, text)) ?? g;
      // "Du Plessis said" after "Barend du Plessis": the particle is capitalised only to open the sentence.
      if (!g && v.type === 'person' && p.b - p.a === 2 && NAME_PARTICLE.test(tokens[p.a].lower)) g = groups.containing(v.type, tokens[p.a].lower + text.slice(tokens[p.a].lower.length));
    }
    // "Chrysler Corp." beside "Chrysler Corp": a legal form written with or without its full stop is one name.
    const otherStop = v.type === 'organisation' ? legalFormStopless(lex, text) : null;
    if (!g && otherStop !== null) g = groups.named(v.type, otherStop) ?? groups.named(v.type, otherStop + '.');
    // ("Amazon" beside "Amazon.com": a company and its web address, one name)
    if (!g && v.type === 'organisation' && /^[A-Z]/.test(text)) g = groups.named(v.type, /\.com$/i.test(text) ? text.slice(0, -4) : text + '.com');
    // "Morgan Stanley" (a known name) after "Morgan Stanley and Co Inc": the same company without its legal form.
    // "Toyota" after "Toyota Motor Corporation", "Nissan" after "Nissan Motor Co Ltd": or with the trade the
    // company names before its legal form.
    // (the name without its trade first: "Chrysler" is "Chrysler Corp" where the article also names "Chrysler Motors Corp")
    // "Refinery Associates" beside "Refinery Associates Inc", whatever rule typed it: only the legal form differs.
    if (!g && v.type === 'organisation') {
      // ("Acme Robotics" after "Acme Robotics, Inc.": a comma before the legal form)
      // ("Pepsico" after "PepsiCo Inc", "Chemlawn" after "ChemLawn corp": whatever its capitals)
      const lower = text.toLowerCase();
      const longer = groups.byType.get(v.type)?.filter((o) => o.name.toLowerCase().startsWith(lower + ' ') || o.name.toLowerCase().startsWith(lower + ', ')) ?? [];
      const withForm = (o: Group, trade: number) => {
        const rest = wordsAfter(o.name, text);
        // (a trade only as written: "REUTER" signing off is not "Reuter Energy Inc")
        if (trade && !(o.name.startsWith(text + ' ') && rest.length > 1 && (TRADE_WORDS.test(rest[0].toLowerCase()) || GROUP_WORDS.test(rest[0].toLowerCase())) && CORPORATE_FORM.test(rest[rest.length - 1].toLowerCase()))) return false;
        return rest.slice(trade).every((w) => lex.legalForms.has(w.toLowerCase()) || /^(and|&|group|holdings)$/i.test(w));
      };
      // (not a company the article names as a unit: "Saudi Aramco" beside "Aramco's subsidiary Saudi Aramco Power Co")
      const whole = (o: Group) => !o.refs.some((r) => UNIT_NOUNS.test(tokens[r.piece.a - 1]?.lower ?? ''));
      g = longer.find((o) => withForm(o, 0)) ?? (v.rule === 'lexicon.known' ? longer.find((o) => withForm(o, 1) && whole(o)) : undefined);
      // ("Samsung" after "Samsung Electronics", "Hyundai" after "Hyundai Motor": a known name and its trade, when
      // the article names no other company that opens with it, as "LG Electronics" beside "LG Display")
      if (!g && v.rule === 'lexicon.known' && longer.length === 1 && longer[0].name.startsWith(text + ' ') && TRADE_WORDS.test(longer[0].name.slice(text.length + 1).toLowerCase()) && whole(longer[0])) g = longer[0];
      // ("International Minerals" after "International Minerals and Chemical Corp", "U.S. Minerals" after "U.S.
      // Minerals Exploration Co": a name its head noun typed, the start of the one company named in full with a legal
      // form, up to three words on)
      if (!g && v.rule === 'org.head-noun' && longer.length === 1 && longer[0].name.startsWith(text + ' ')) {
        const rest = wordsAfter(longer[0].name, text);
        if (rest.length <= 3 && lex.legalForms.has(rest[rest.length - 1].toLowerCase()) && whole(longer[0])) g = longer[0];
      }
      // ("Kodak" beside "Eastman Kodak Co": a known name that ends the one company's name before its legal form)
      if (!g && v.rule === 'lexicon.known' && longer.length === 0) {
        const ending = groups.byType.get(v.type)?.filter((o) => endsBeforeLegalForm(lex, o.name, text)) ?? [];
        if (ending.length === 1 && whole(ending[0])) g = ending[0];
      }
    }
    // "Xinjiang Forum" after "... Vocational Education Xinjiang Forum": a shortened name of the same event.
    if (!g && v.type === 'event' && !p.nested && p.b - p.a >= 2) {
      g = groups.byType.get(v.type)?.find((o) => o.name.length > text.length && o.name.endsWith(' ' + text) && !/ (of|for|the)$/i.test(o.name.slice(0, -text.length - 1)));
    }
    // ("KEPCO" after "Korea Electric Power Corp (Kepco)": the short name in capitals; "CNOOC" after "China National
    // Offshore Oil Corp": one a list knows too)
    if (!g && (v.rule === 'org.acronym' || (v.rule === 'lexicon.known' && /^[A-Z]{3,}$/.test(text)))) g = groups.organisationFor(text);
    if (!g && v.type === 'organisation' && /^[A-Z]{3,}$/.test(text) && !groups.named(v.type, text)) g = groups.withAlias('organisation', text[0] + text.slice(1).toLowerCase());
    // "Karimov, 54," after "Ahmed Karimov": the same person, whatever rule typed this mention.
    if (!g && v.type === 'person' && p.b - p.a === 1) g = groups.personEndingWith(text);
    // ("Mr Wen's four-day visit" after "Chinese Premier Wen Jiabao": a Chinese name puts the surname first)
    if (!g && v.type === 'person' && p.b - p.a === 1 && lex.chineseSurnames.has(tokens[p.a].lower)) g = groups.byType.get('person')?.find((o) => o.name.startsWith(text + ' ') && wordCount(o.name) === 2);
    if (!g && !SHORT_FORM_RULES.has(v.rule)) g = groups.withAlias(v.type, text);
    // "Activision" beside "Activision Blizzard": a name the context typed as a company is the first word of the
    // one company the article names in full.
    // ("Acme" after "Acme Semiconductor, Inc.", typed by "chief executive officer of Acme": whatever typed it, unless a
    // list knows it as a name of its own; "Standard" after "Standard Oil Co", "Global" after "Global Motors Inc": a
    // generic word too, when one company opens with it)
    if (!g && v.type === 'organisation' && (!v.strong || !KNOWN_RULES.has(v.rule)) && p.b - p.a === 1 && !lex.known.has(tokens[p.a].lower)) {
      const full = groups.byType.get('organisation')?.filter((o) => o.name.startsWith(text + ' '));
      if (full?.length === 1) g = full[0];
    }
    // "the Bank's decision" after "the Asian Development Bank", "the Community" after "the European Community": a
    // head alone after "the" is the one organisation the article names with it (with two banks it is neither).
    if (!g && v.type === 'organisation' && p.b - p.a === 1 && tokens[p.a - 1]?.lower === 'the' && lex.backReferenceHeads.has(tokens[p.a].lower)) g = groups.onlyContaining(v.type, text);
    // ("The Mint said" after "the U.S. Mint", "the Treasury" after "the U.S. Treasury": a state's body, where the
    // article names it with its country, not "the House" beside "the White House")
    if (!g && v.type === 'organisation' && p.b - p.a === 1 && tokens[p.a - 1]?.lower === 'the' && sets.state.has(tokens[p.a].lower)) {
      const only = groups.onlyContaining(v.type, text);
      if (only?.name.endsWith(' ' + text) && lex.places.has(key(only.name.slice(0, -text.length - 1)))) g = only;
    }
    // ("Sao Tome's President" after "Sao Tome and Principe", "Trinidad" after "Trinidad and Tobago": the first of a
    // country's two names, where the article names the country)
    if (!g && v.type === 'place' && firstOfTwoNames(lex).has(key(text))) g = groups.byType.get('place')?.find((o) => lex.places.get(key(o.name))?.kind === 'country' && [o.name, ...o.aliases].some((n) => n.startsWith(text + ' and ')));
    // ("Congo's Therese Kayikwamba Wagner", "Congolese troops" after "the Democratic Republic of Congo": the short
    // name of one country that ends another's the article names, before any mention of the first in full)
    if (!g && v.type === 'place' && v.canonical && !groups.named('place', v.canonical) && lex.places.get(key(v.canonical))?.kind === 'country') {
      const short = v.rule === 'place.demonym' ? v.canonical.replace(/^.* of (the )?/, '') : text;
      g = groups.byType.get('place')?.find((o) => lex.places.get(key(o.name))?.kind === 'country' && [o.name, ...o.aliases].some((n) => n.endsWith(' of ' + short) || n.endsWith(' of the ' + short)));
    }
    if (!g) g = groups.of(v.type, v.canonical ?? canonicalText(doc, p));
    if (key(text) !== key(g.name) && !(otherStop !== null && key(otherStop) === key(g.name.replace(/\.$/, '')))) groups.addAlias(g, text);
    const ext = extent(doc, lex, p, byStart);
    g.refs.push({ piece: p, start: ext.start, end: ext.end });
    pieceGroup.set(p, g);
  }
  for (const g of groups.order) if (g.type === 'person') addRoleAppositions(doc, lex, g, byStart);
  const mentions: MentionRef[] = [];
  const rows: EntityRow[] = [];
  for (const g of groups.order) {
    g.refs.sort((x, y) => x.start - y.start);
    g.name = displayName(doc, lex, g);
    // (and "Chrysler Corp." in one article is "Chrysler Corp" in another: one id)
    const id = entityId(g.type, (g.type === 'organisation' && legalFormStopless(lex, g.name)) || g.name);
    rows.push({
      articleId: doc.article.id,
      id,
      type: g.type,
      name: g.name,
      aliases: [...g.aliases].sort(),
      mentions: g.refs.map((r) => ({ start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), rule: r.piece.verdict!.rule })),
    });
    for (const r of g.refs) {
      const ref: MentionRef = { a: r.piece.a, b: r.piece.b, start: r.start, end: r.end, type: g.type, entityId: id, name: g.name, rule: r.piece.verdict!.rule, nested: r.piece.nested };
      if (g.type === 'place') {
        const kind = lex.places.get(key(g.name))?.kind ?? (lex.demonyms.has(key(doc.text.slice(r.start, r.end))) ? 'country' : undefined);
        if (kind) ref.placeKind = kind;
        const written = canonicalText(doc, r.piece);
        if (lex.countryNames.has(key(written))) ref.written = written;
      }
      mentions.push(ref);
    }
  }
  rows.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  mentions.sort((x, y) => x.a - y.a || y.b - x.b);
  doc.entities = rows;
  doc.mentions = mentions;
}

/**
 * "Stephen Harper, Prime Minister of Canada", "Fritz Henderson, the Chief Executive Officer of General Motors":
 * a role in capitals after a person's name, with the organisation or place it belongs to, is another mention
 * of that person (news annotation counts such descriptions). Marked nested, so that relations read the name.
 */
function addRoleAppositions(doc: Doc, lex: EntityLexicon, g: Group, byStart: Map<number, Piece>): void {
  const tokens = doc.tokens;
  for (const r of [...g.refs]) {
    const p = r.piece;
    if (p.nested || tokens[p.b]?.lower !== ',') continue;
    // The mention starts after the comma, at "the" when there is one.
    const from = p.b + 1;
    const roleStart = tokens[from]?.lower === 'the' ? from + 1 : from;
    const first = tokens[roleStart];
    if (!first?.cap || first.sent !== p.sent) continue;
    const rl = roleLength(doc, lex, roleStart, Math.min(tokens.length, roleStart + 4));
    if (rl === 0) continue;
    let b = roleStart + rl;
    if (tokens[b]?.lower === 'of') {
      const s = tokens[b + 1]?.lower === 'the' ? b + 2 : b + 1;
      const q = byStart.get(s);
      if (!q || (q.verdict?.type !== 'organisation' && q.verdict?.type !== 'place')) continue;
      b = q.b;
    }
    const next = tokens[b];
    if (next && !/^[,.;:)]$/.test(next.lower) && !next.nl) continue;
    const role = piece(roleStart, b, -1, p.sent, verdict('person', 'person.role-apposition', true), true);
    g.refs.push({ piece: role, start: tokens[from].start, end: tokens[b - 1].end });
  }
}

/**
 * A name first written in capitals ("BEIJING, Nov. 28 (Xinhua) --", a headline in capitals) as the article or the
 * gazetteer writes it otherwise ("Beijing"): the same key, so the same id.
 */
function displayName(doc: Doc, lex: EntityLexicon, g: Group): string {
  // "Key Tronic corp said": the legal form wire copy wrote in lower case is named as the company writes it, so that
  // the name (and its id) is the one other articles give.
  const form = g.type === 'organisation' ? / (corp|inc|ltd|plc)(\.?)$/.exec(g.name) : null;
  if (form) return `${g.name.slice(0, form.index + 1)}${form[1][0].toUpperCase()}${form[1].slice(1)}${form[2]}`;
  if (/[a-z]/.test(g.name) || !/[A-Z]{2}/.test(g.name)) return g.name;
  // (not an acronym an article also writes in lower case: "TASS" and "Tass", "PDVSA" and "Pdvsa")
  if (g.type !== 'place' && !g.name.includes(' ') && g.name.length <= 5) return g.name;
  const k = key(g.name);
  for (const r of g.refs) {
    const written = canonicalText(doc, r.piece);
    if (/[a-z]/.test(written) && key(written) === k) return written;
  }
  const place = g.type === 'place' ? lex.places.get(k) : undefined;
  return place && !place.upper && /[a-z]/.test(place.name) ? place.name : g.name;
}

function canonicalText(doc: Doc, p: Piece): string {
  return doc.text.slice(doc.tokens[p.a].start, doc.tokens[p.b - 1].end).replace(/\s+/g, ' ');
}
