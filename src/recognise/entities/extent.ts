// How much of the text around a name its mention covers: the premodifiers, possessors and titles that
// belong to it ("Russia's Gazprom", "the government of Nigeria").
import type { Doc } from '../../analyse/doc.js';
import { jointNationalityAt } from './candidates.js';
import { spanKey } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import type { Piece } from './piece.js';
import { PLURAL_DESCRIPTOR, sets, UNIT_NOUNS, WEEKDAY } from './words.js';

/** Courtesy titles, which name no office (and so no country or body). */
export const COURTESY = /^(mr|mrs|ms|miss|mx|dr|sir|dame|mme|mlle|m|herr|frau)\.?$/;

/** A rank before a country's title ("Deputy U.S. Trade Representative", "Acting U.S. Attorney"). */
export const RANK = /^(deputy|acting)$/;

/**
 * The mention's extent follows news annotation practice (ACE, MEANTIME): a title before a person's name
 * belongs to the mention, and so does "the" before a name that heads its noun phrase ("the Pentagon",
 * but not "the Airbus website").
 */
export function extent(doc: Doc, lex: EntityLexicon, p: Piece, byStart: Map<number, Piece>): { start: number; end: number } {
  const tokens = doc.tokens;
  // Honorifics and titles written as such belong to the mention ("President Vladimir Putin", "Mr. Lee",
  // "Chief executive Thomas Enders"); job descriptions do not ("CEO Steve Jobs", "chief executive Steve Jobs").
  const type = p.verdict!.type;
  const honorific = p.titleA >= 0 && (!lex.roles.has(spanKey(doc, p.titleA, p.a)) || writtenAsTitle(doc, p.titleA));
  let a = honorific ? p.titleA : p.a;
  // "Chief executive Thomas Enders": a title in capitals that the candidate run did not take in.
  if (!honorific && type === 'person' && p.titleA < 0) {
    for (let n = Math.min(3, a); n >= 1; n--) {
      if (lex.titles.has(spanKey(doc, a - n, a)) && writtenAsTitle(doc, a - n) && !tokens[a].nl) {
        a -= n;
        break;
      }
    }
  }
  // "U.S. President Barack Obama": the country whose title it is; not "Bank of Korea Governor Park Sung-sang", nor
  // a courtesy title, which belongs to no country ("the deal with Tanzania Mr Brown said").
  // ("Papua New Guinea Foreign Minister": the country's whole name, not "Guinea")
  if (a < p.a && a > 0 && !COURTESY.test(tokens[a].lower) && tokens[a - 1].cap && !tokens[a].nl) {
    for (let n = Math.min(4, a); n >= 1; n--) {
      if (!tokens[a - n].cap || tokens[a - n - 1]?.lower === 'of' || lex.places.get(spanKey(doc, a - n, a))?.kind !== 'country') continue;
      a -= n;
      // ("Deputy U.S. Trade Representative Sarah Bianchi": and the rank before the country)
      if (a > 0 && RANK.test(tokens[a - 1].lower) && tokens[a - 1].cap && !tokens[a - 1].nl && !tokens[a].nl) a--;
      break;
    }
  }
  let b = p.b;
  // "aircraft manufacturer Boeing", "Russian flag carrier Aeroflot": the descriptive phrase before a name.
  // (not a plural one, which describes a list the name is one of: "U.S. Oil companies Tenneco Inc and Texas Eastern")
  // (nor a verb after a negation or "do": "did not exchange GM bonds"; the tagger also reads "similar to rival
  // Honda" and "was broker R. Nivison" as verbs)
  const verbAfterDo = a > 1 && tokens[a - 1].pos === 'VERB' && /^(not|n't|do|does|did|never)$/.test(tokens[a - 2].lower);
  // (nor a size: "a 120-unit Days Inn Motor Lodge" is no unit of a company)
  const compound = a > 2 && tokens[a - 2].lower === '-' && tokens[a - 2].end === tokens[a - 1].start && tokens[a - 3].type === 'number';
  if (type === 'organisation' && a > 0 && sets.descriptors.has(tokens[a - 1].lower) && !verbAfterDo && !compound && !PLURAL_DESCRIPTOR.test(tokens[a - 1].lower) && !tokens[a].nl) a = premodifierStart(doc, lex, a - 1);
  // ("Anglo-Dutch Shell": the nationalities of a company, as "Russian flag carrier Aeroflot" has its own)
  else if (type === 'organisation' && a === p.a && jointNationalityAt(doc, lex, a - 3) && !tokens[a].nl) a -= 3;
  // "Toulouse, France": a place followed by the region or country that contains it.
  if (type === 'place' && tokens[b]?.lower === ',' ) {
    const q = byStart.get(b + 1);
    const kind = q && lex.places.get(spanKey(doc, q.a, q.b))?.kind;
    // "India, China" is a list: only a city or region is followed by what contains it.
    const own = lex.places.get(spanKey(doc, p.a, p.b))?.kind;
    // (nor a sea: "from the Gulf of Mexico, Alaska, the North Sea")
    const sea = /^(gulf|sea|bay|strait|straits|ocean)$/.test(tokens[p.a].lower);
    const contains = !sea && (kind === 'country' ? own !== 'country' && own !== 'continent' : kind === 'region' && own !== 'region' && own !== 'country' && own !== 'continent');
    // (not a country the gazetteer puts the city outside of, whose own clause goes on: "at a summit in London, France
    // will take back some migrants")
    const city = lex.places.get(spanKey(doc, p.a, p.b))?.country;
    const country = q && lex.places.get(spanKey(doc, q.a, q.b))?.country;
    const elsewhere = kind === 'country' && !!city && !!country && city !== country && !!tokens[q.b] && !/^[,.;:)"”'’]$/.test(tokens[q.b].lower);
    if (q && q.verdict?.type === 'place' && contains && !elsewhere && !tokens[b + 1].nl && !placeList(doc, lex, byStart, p, q)) b = q.b;
  }
  // "the (provincial) government of Ontario": a country's or region's government is a mention of that place.
  if (type === 'place' && a === p.a) a = governmentOf(doc, lex, p, a);
  // "Singapore's Changi International Airport": a facility's owner or location belongs to its mention.
  if (type === 'place' && p.verdict!.rule === 'place.head-noun' && a === p.a) a = possessorStart(doc, a);
  const prev = tokens[a - 1];
  const next = tokens[b];
  if (prev && prev.lower === 'the' && !p.nested && (type === 'organisation' || type === 'place') && p.verdict!.rule !== 'place.demonym' && a === p.a) {
    // ("the Apple Chief Executive Officer": a known company before a capitalised role or product modifies it)
    // (not a day or a new sentence after it: "the White House Tuesday", "the U.N. Last year")
    const knownBefore = next?.cap && next.type === 'word' && next.sent === tokens[b - 1].sent && !WEEKDAY.test(next.lower) && !/^(last|next|this)$/.test(next.lower) && p.verdict!.rule === 'lexicon.known' && type === 'organisation';
    // ("the Citibank-led steering committee": a name glued to a participle modifies the noun after it)
    const gluedParticiple = next?.lower === '-' && next.start === tokens[b - 1].end && tokens[b + 1]?.start === next.end && !!tokens[b + 1] && !tokens[b + 1].cap;
    const modifier = next && (next.pos === 'NOUN' || (next.pos === 'ADJ' && !next.cap) || next.lower === "'s" || (next.pos === 'PROPN' && !next.cap) || (next.pos === 'VERB' && /ing$/.test(next.lower)) || knownBefore || gluedParticiple) && !next.nl;
    // "the Atlanta and St. Louis plants": a city's name never takes "the"; here it modifies a later noun.
    // Nor does a one-word country, unless plural ("the Philippines") or an abbreviation ("the U.S."): "the
    // Iran/Contra scandal", "the Japan Fund".
    const placeKind = p.verdict!.rule === 'place.gazetteer' ? lex.places.get(spanKey(doc, p.a, p.b))?.kind : undefined;
    const oneWord = p.b - p.a === 1 && /^[A-Z][a-z]+$/.test(doc.text.slice(tokens[p.a].start, tokens[p.a].end)) && !/s$/.test(tokens[p.a].lower);
    const city = placeKind === 'city' || (placeKind === 'country' && oneWord);
    if (!modifier && !city && !coordinatedModifier(doc, b)) a--;
  }
  // "the Moscone West Convention Center in San Francisco": a facility with the place it stands in.
  if (type === 'place' && p.verdict!.rule === 'place.head-noun' && tokens[b]?.lower === 'in' && !tokens[b + 1]?.nl) {
    const q = byStart.get(b + 1) ?? byStart.get(b + 2);
    const kind = q && lex.places.get(spanKey(doc, q.a, q.b))?.kind;
    // (not a place that modifies a noun after it: "Willa Mine in the Nelson area of British Columbia")
    const modifies = !!q && !!tokens[q.b] && !tokens[q.b].cap && tokens[q.b].pos === 'NOUN';
    if (q && q.verdict?.type === 'place' && (kind === 'city' || kind === 'region' || kind === 'country') && (q.a === b + 1 || tokens[b + 1].lower === 'the') && !modifies) {
      b = q.b;
      // "..., California": and the region or country that holds that place.
      if (tokens[b]?.lower === ',') {
        const r = byStart.get(b + 1);
        const rk = r && lex.places.get(spanKey(doc, r.a, r.b))?.kind;
        if (r && r.verdict?.type === 'place' && (rk === 'region' || rk === 'country') && kind !== 'country' && !tokens[b + 1].nl) b = r.b;
      }
    }
  }
  return { start: tokens[a].start, end: tokens[b - 1].end };
}

/**
 * "in Peking, Shandong, Hebei and Henan", "Moscow, Poland, East Germany": a list of places, not a city and the
 * region that holds it. A list goes on with a place of the second one's kind ("Hebei"), or began with one of
 * the first one's kind ("Duesseldorf, Frankfurt, Hamburg"); "Albany, N.Y., Birmingham" and "Alabama, Columbus,
 * Ohio" list cities with their states.
 */
function placeList(doc: Doc, lex: EntityLexicon, byStart: Map<number, Piece>, p: Piece, q: Piece): boolean {
  const tokens = doc.tokens;
  const kind = (x: Piece) => (x.verdict?.type === 'place' ? lex.places.get(spanKey(doc, x.a, x.b))?.kind ?? 'place' : null);
  // "Greensboro, N.C.": a state as wire copy abbreviates it follows only a city.
  if (tokens[q.b - 1].lower.endsWith('.')) return false;
  const r = /^(,|and|or)$/.test(tokens[q.b]?.lower ?? '') ? byStart.get(q.b + 1) : undefined;
  if (r && kind(r) === kind(q)) return true;
  if (tokens[p.a - 1]?.lower !== ',') return false;
  for (let j = p.a - 2; j >= Math.max(0, p.a - 5); j--) {
    const x = byStart.get(j);
    if (x) return x.b === p.a - 1 && kind(x) === kind(p);
  }
  return false;
}

/** "the Northrop Grumman and EADS North America plan": names joined by "and" that together modify a noun. */
function coordinatedModifier(doc: Doc, b: number): boolean {
  const tokens = doc.tokens;
  if (tokens[b]?.lower !== 'and' && tokens[b]?.lower !== 'or') return false;
  let j = b + 1;
  if (!tokens[j]?.cap) return false;
  while (j < tokens.length && tokens[j].cap && !tokens[j].nl) j++;
  const after = tokens[j];
  return !!after && !after.cap && after.pos === 'NOUN' && !after.nl;
}

/** Start of the name in "Name's" or "Names'" right before token a, or a itself. */
function possessorStart(doc: Doc, a: number): number {
  const tokens = doc.tokens;
  const pos = tokens[a - 1];
  if (!pos || (pos.lower !== "'s" && pos.lower !== "'") || pos.start !== tokens[a - 2]?.end) return a;
  let s = a - 1;
  while (s - 1 >= 0 && tokens[s - 1].cap && tokens[s - 1].type === 'word' && !tokens[s].nl && tokens[s - 1].sent === tokens[a].sent) s--;
  return s < a - 1 ? s : a;
}

/** Start of "the [adjective] government(s) of" before the place at a, or a itself. */
function governmentOf(doc: Doc, lex: EntityLexicon, p: Piece, a: number): number {
  const tokens = doc.tokens;
  let i = a - 1;
  if (tokens[i]?.lower === 'the') i--;
  if (tokens[i]?.lower !== 'of' || !/^governments?$/.test(tokens[i - 1]?.lower ?? '')) return a;
  const kind = lex.places.get(spanKey(doc, p.a, p.b))?.kind;
  if (kind !== 'country' && kind !== 'region') return a;
  i -= 2;
  if (tokens[i] && tokens[i].pos === 'ADJ' && !tokens[i].cap) i--;
  return tokens[i]?.lower === 'the' && tokens[i].sent === tokens[a].sent ? i : a;
}

/** "President", "Chief executive": a capitalised word, not an acronym ("CEO") or a lower-case role. */
function writtenAsTitle(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const c = doc.text.charCodeAt(t.start + 1);
  return t.cap && t.end - t.start > 1 && c >= 97 && c <= 122;
}

/** First token of the modifiers before a descriptive noun: adjectives, nouns, names, "-based", possessives. */
function premodifierStart(doc: Doc, lex: EntityLexicon, head: number): number {
  const tokens = doc.tokens;
  const sent = doc.sentences[tokens[head].sent];
  let a = head;
  // ("Aramco's subsidiary Saudi Aramco Power Co", "Siemens AG unit KWU": the company a unit belongs to is another
  // one, named on its own)
  const unit = UNIT_NOUNS.test(tokens[head].lower);
  while (a - 1 >= sent.first) {
    const t = tokens[a - 1];
    if (t.nl && a - 1 !== sent.first) break;
    if (unit && (t.lower === "'s" || lex.legalForms.has(t.lower))) break;
    const glue = t.lower === '-' && tokens[a - 2] && tokens[a - 2].end === t.start;
    if (glue || t.lower === "'s" || ((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.lower === 'based') && t.type === 'word')) a--;
    else break;
  }
  // ("the shipping-to-hotels conglomerate REDEC": the whole of a word its hyphens glue, not from a hyphen inside it)
  while (a - 1 >= sent.first && tokens[a - 1].end === tokens[a].start && (tokens[a].lower === '-' || tokens[a - 1].lower === '-')) a--;
  // "The United States's largest car manufacturer General Motors"
  if (a - 1 >= sent.first && tokens[a - 1].lower === 'the' && a - 1 === sent.first) a--;
  return a;
}
