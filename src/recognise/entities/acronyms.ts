// Acronyms the article defines ("Organisation of the Petroleum Exporting Countries (OPEC)") or spells
// from a name, and tickers in a press release's listing ("(NASDAQ: ACME)").
import type { Doc } from '../../analyse/doc.js';
import { isAcronym } from './candidates.js';
import { spanKey, verdict } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import type { Piece } from './piece.js';

/**
 * The acronym in brackets at token `open` ("(SECI)", "(UAE)") is the initials of the capitalised words of tokens
 * [a, b): "Solar Energy Corporation of India", "United Arab Emirates"; or of every word, particles too (only those,
 * with particlesOnly).
 */
export function spelledBy(doc: Doc, a: number, b: number, open: number, particlesOnly = false): boolean {
  const tokens = doc.tokens;
  if (tokens[open]?.lower !== '(' || tokens[open + 2]?.lower !== ')') return false;
  const acronym = doc.text.slice(tokens[open + 1].start, tokens[open + 1].end);
  if (!/^[A-Z]{2,8}$/.test(acronym)) return false;
  let initials = '';
  // ("Electricite du Laos (EDL)": with the particles between, as some write them)
  let withParticles = '';
  for (let i = a; i < b; i++) {
    if (tokens[i].type !== 'word') continue;
    if (tokens[i].cap) initials += doc.text[tokens[i].start];
    withParticles += doc.text[tokens[i].start];
  }
  if (initials.toUpperCase() === acronym) return !particlesOnly;
  return withParticles.length > initials.length && withParticles.toUpperCase() === acronym;
}

/** "European Aeronautic Defence and Space Company (EADS)": the acronym is an alias of the name before it. */
export function acronymDefinitions(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const byStart = new Map<number, Piece>();
  for (const p of pieces) byStart.set(p.a, p);
  const tokens = doc.tokens;
  for (const p of pieces) {
    // The exchange of a wire ticker, "PA" in "<PEUP.PA>" or "MI" in "[BTOM.MI]", names nothing.
    if (p.b - p.a === 1 && tokens[p.a - 1]?.lower === '.' && (tokens[p.b]?.lower === '>' || tokens[p.b]?.lower === ']') && tokens[p.a - 1].end === tokens[p.a].start && tokens[p.a].end === tokens[p.b].start) p.verdict = null;
  }
  for (const p of pieces) {
    // ("Texas Air Corp's <TXN> Continental Airlines", "Barclays Bank plc <BCS.L>": the ticker after a possessive or
    // a legal form in lower case is the company's too)
    // ("<Syarikat Telekom Malaysia Bhd> (STM)", "<The Australian Gas Light Co> (AGL)": the short form after the
    // brackets wire copy put round the name)
    const lt = tokens[p.a - 1]?.lower === 'the' ? p.a - 2 : p.a - 1;
    const wired = tokens[p.b]?.lower === '>' && tokens[lt]?.lower === '<' && tokens[p.b + 1]?.lower === '(';
    const at = wired || (tokens[p.b + 1]?.lower === '<' && (tokens[p.b]?.lower === "'s" || (lex.legalForms.has(tokens[p.b]?.lower ?? '') && !tokens[p.b].cap))) ? p.b + 1 : p.b;
    const open = tokens[at];
    // ("Electricite du Laos (EDL)": a name no rule typed, spelled by the acronym after it with its particles, is a
    // body's; the capitals alone spell terms too, "Gross Domestic Product (GDP)", "Special Drawing Rights (SDR)")
    if (!p.verdict && p.b - p.a >= 3 && spelledBy(doc, p.a, p.b, at, true)) p.verdict = verdict('organisation', 'org.spelled-acronym', true);
    // "(EADS)", and wire tickers in angle brackets: "Conagra Inc <CAG>", "Peugeot SA <PEUP.PA>"
    if (!open || (open.lower !== '(' && open.lower !== '<') || !p.verdict) continue;
    if (open.lower === '(' && p.verdict.type === 'organisation') listedTickers(doc, lex, byStart, p, at + 1);
    const inner = byStart.get(at + 1);
    let close = tokens[at + 2];
    if (open.lower === '<' && close?.lower === '.' && tokens[at + 4]?.lower === '>' && /^[A-Z]{1,2}$/.test(doc.text.slice(tokens[at + 3].start, tokens[at + 3].end))) close = tokens[at + 4];
    // "Cargill (USA)": where a company is, not its short name.
    if (open.lower === '(' && inner?.verdict?.type === 'place' && p.verdict.type !== 'place') continue;
    // ("Nigerian National Petroleum Company Limited (NNPC Ltd)": the acronym with its legal form)
    const withForm = open.lower === '(' && inner?.b === at + 3 && lex.legalForms.has(tokens[at + 2].lower);
    if (withForm) close = tokens[at + 3];
    // ("Indian Institute of Technology Madras (IIT-M)": capitals a hyphen joins, which spell the name)
    const hyphened = open.lower === '(' && inner && inner.b > at + 2 ? doc.text.slice(tokens[inner.a].start, tokens[inner.b - 1].end) : '';
    const spelled = /^[A-Z]+(-[A-Z]+)+$/.test(hyphened) && tokens[inner!.b]?.lower === ')' && hyphened.replace(/-/g, '') === acronymOf(doc.text.slice(tokens[p.a].start, tokens[p.b - 1].end));
    if (spelled) close = tokens[inner!.b];
    const innerText = inner ? doc.text.slice(tokens[inner.a].start, tokens[inner.a].end) : '';
    if (inner && (inner.b === at + 2 || withForm || spelled) && (close?.lower === ')' || close?.lower === '>') && (isAcronym(innerText) || shortNameOfCompany(doc, lex, p, inner, innerText, close?.lower))) {
      // "Alitalia of Italy <AERI.MI>", "Regional Investment Co of the Walloon Region (SPIW)": the company's.
      let of = p.a - 1;
      if (tokens[of]?.lower === 'the') of--;
      const owner = p.verdict.type === 'place' && tokens[of]?.lower === 'of' ? pieces.find((q) => q.b === of && q.verdict?.type === 'organisation') : undefined;
      const named = owner ?? p;
      // ("Televerket Kabel TV of Sweden (TKT)": a place's own short form spells it, "United Arab Emirates (UAE)")
      if (named.verdict!.type === 'place' && !spelledBy(doc, named.a, named.b, at)) continue;
      inner.verdict = verdict(named.verdict!.type, 'alias.acronym-definition', true);
      inner.aliasOf = named;
    }
  }
  for (const p of pieces) if (p.verdict?.type === 'organisation') acronymInApposition(doc, lex, byStart, p);
}

/**
 * "Siemens AG subsidiary Kraftwerk Union AG <KAWG.F>, KWU, has won", "Singapore International Monetary Exchange Ltd,
 * SIMEX,": an acronym between commas right after a company (and its wire ticker) is its short name, when the
 * acronym abbreviates the name (not "Amoco Corp <AN>, ARCO, ...", a list).
 */
function acronymInApposition(doc: Doc, lex: EntityLexicon, byStart: Map<number, Piece>, company: Piece): void {
  const tokens = doc.tokens;
  let c = company.b;
  if (tokens[c]?.lower === '<') {
    while (c < tokens.length && c - company.b < 8 && tokens[c].lower !== '>') c++;
    c++;
  }
  if (tokens[c]?.lower !== ',') return;
  const inner = byStart.get(c + 1);
  if (!inner || inner.b !== c + 2 || !/^[,.;]$/.test(tokens[inner.b]?.lower ?? '') || inner.aliasOf) return;
  if (inner.verdict && inner.verdict.type !== 'organisation') return;
  const acronym = doc.text.slice(tokens[inner.a].start, tokens[inner.a].end);
  if (!/^[A-Z]{2,6}$/.test(acronym)) return;
  const words: Array<{ text: string; optional: boolean }> = [];
  for (let i = company.a; i < company.b; i++) {
    if (tokens[i].type !== 'word' || !tokens[i].cap) continue;
    words.push({ text: doc.text.slice(tokens[i].start, tokens[i].end).toUpperCase(), optional: lex.legalForms.has(tokens[i].lower) });
  }
  if (!abbreviates(acronym, words)) return;
  inner.verdict = verdict('organisation', 'alias.acronym-apposition', true);
  inner.aliasOf = company;
}

/**
 * The acronym takes, in order, the first letter of every word and maybe later letters of it ("KraftWerk Union" for
 * KWU, "EXchange" for SIMEX); a legal form may give letters or none ("CO" of "Corp" in PEFCO).
 */
function abbreviates(acronym: string, words: Array<{ text: string; optional: boolean }>, i = 0, w = 0): boolean {
  if (w === words.length) return i === acronym.length;
  const word = words[w].text;
  if (words[w].optional && abbreviates(acronym, words, i, w + 1)) return true;
  if (acronym[i] !== word[0]) return false;
  // the word's first letter, then any of its later letters in order
  for (let n = i + 1, from = 1; ; n++) {
    if (abbreviates(acronym, words, n, w + 1)) return true;
    if (n >= acronym.length) return false;
    const at = word.indexOf(acronym[n], from);
    if (at < 0) return false;
    from = at + 1;
  }
}

/**
 * "Acme Widgets Inc. (NASDAQ: ACME)", "(TSX: ABX; NYSE: GOLD)": each ticker after an exchange and a colon in the
 * brackets after a company is that company's short name, as a press release writes its listings.
 */
function listedTickers(doc: Doc, lex: EntityLexicon, byStart: Map<number, Piece>, company: Piece, i: number): void {
  const tokens = doc.tokens;
  while (i < tokens.length) {
    let colon = -1;
    for (let n = 1; n <= 2 && colon < 0; n++) if (tokens[i + n]?.lower === ':' && lex.exchanges.has(spanKey(doc, i, i + n))) colon = i + n;
    if (colon < 0) return;
    const ticker = byStart.get(colon + 1);
    let end = colon + 2;
    if (ticker) {
      end = ticker.b;
      if (/^[A-Z][A-Z0-9.]{0,7}$/.test(doc.text.slice(tokens[ticker.a].start, tokens[ticker.b - 1].end))) {
        ticker.verdict = verdict('organisation', 'alias.listed-ticker', true);
        ticker.aliasOf = company;
      }
    }
    const sep = tokens[end]?.lower;
    if (sep !== ';' && sep !== ',') return;
    i = end + 1;
  }
}

/**
 * "China Petroleum and Chemical Corp (Sinopec)": one word in brackets after a company's legal form is the short
 * name it goes by, unless it is a listing's exchange ("(Nasdaq)") or names a place or person.
 */
function shortNameOfCompany(doc: Doc, lex: EntityLexicon, company: Piece, inner: Piece, text: string, close: string | undefined): boolean {
  const tokens = doc.tokens;
  if (close !== ')' || inner.b !== inner.a + 1 || company.verdict?.type !== 'organisation') return false;
  if (!lex.legalForms.has(tokens[company.b - 1].lower) || lex.exchanges.has(tokens[inner.a].lower)) return false;
  if (inner.verdict && inner.verdict.type !== 'organisation') return false;
  return /^[A-Z][a-z]+(?:[A-Z][a-z]+)*$/.test(text);
}

export function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}
