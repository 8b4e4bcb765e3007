// Reads a number written in digits or words at a token: "1,200", "3.5", "twenty-five", "a dozen",
// "2.5 million", "21-1/2" (wire-service fractions), "two-thirds". Shared by dates and counts.
import type { Doc } from './doc.js';
import { lexiconJson } from './lexicon.js';

interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  collectives: Record<string, number>;
  fractions: Record<string, number>;
  ordinals: Record<string, number>;
}

export const NUMBER_WORDS = lexiconJson<NumberWords>('numbers.json');
const W = NUMBER_WORDS;

export interface ParsedNumber {
  value: number;
  /** Token index after the number. */
  end: number;
  /** Written with digits. */
  digits: boolean;
  /** Has a scale word ("million", "bn"). */
  scaled: boolean;
  /** The plain digit string when the number is one digits token (used to tell years and identifiers). */
  raw: string | null;
  /** "15-20 mln": the range's second number, as written, when one token holds both (the value is the first's). */
  to?: number;
}

const DIGITS = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/**
 * "Rs500 billion", "Rs20,000 crore", "Rs1.5bn", "RM1.2bn", "Tk500 crore": South and Southeast Asian news glues the
 * currency's letters to the digits (one token, "Rs20"), and a scale too. Letters as written (RM, Tk, Rp, KSh).
 */
const GLUED_CURRENCY = /^(Rs\.?|RM|Tk|Rp|KSh|Ksh|R|N)(\d+(?:\.\d+)?)([a-z]{1,3})?$/;
const GLUED_CODES: Record<string, string> = { Rs: 'INR', 'Rs.': 'INR', RM: 'MYR', Tk: 'BDT', Rp: 'IDR', KSh: 'KES', Ksh: 'KES', R: 'ZAR', N: 'NGN' };

/**
 * Currency, amount and scale of a glued amount ("Rs1.5bn": INR, 1.5, 1e9), or null. The rand's and the naira's
 * single letter only before millions or more ("R5 billion", "N200bn"; not "N95 masks", "R2 road"): `next` is the
 * word after the token.
 */
export function gluedCurrency(s: string, next = ''): { code: string; value: number; scale: number | null } | null {
  // (asked of every word a number may start at: the first letter rules out nearly all of them)
  const c = s.charCodeAt(0);
  if (c !== 82 && c !== 84 && c !== 75 && c !== 78) return null; // R, T, K, N
  const m = GLUED_CURRENCY.exec(s);
  if (!m) return null;
  const scale = m[3] === undefined ? null : (W.scales[m[3]] ?? undefined);
  if (scale === undefined || (scale !== null && m[3].length === 1 && !/^[mbk]$/.test(m[3]))) return null;
  if (m[1].length === 1 && !((scale ?? (Object.hasOwn(W.scales, next) ? W.scales[next] : 0)) >= 1e6)) return null;
  return { code: GLUED_CODES[m[1]], value: Number(m[2]), scale };
}
const WIRE_FRACTION = /^(\d+)-(\d)\/(\d{1,2})$/;
/** "15-20", "200-250", "2.5-3.0": a range the tokenizer keeps as one token. */
const RANGE_TOKEN = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)-((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/**
 * The two numbers of a one-token range, or null. Not a score or vote ("89-6"), a model ("747-400"), a span of
 * years ("1986-87", "1986-1987") or a telephone number ("555-1234"): the first is below the second.
 */
function rangeToken(s: string): [number, number] | null {
  const m = RANGE_TOKEN.exec(s);
  if (!m || /^(1[89]|20)\d\d$/.test(m[1]) || /^\d{3}-\d{4}$/.test(s)) return null;
  let a = Number(m[1].replace(/,/g, ''));
  const b = Number(m[2].replace(/,/g, ''));
  // "140-150,000 bpd": the first number shares the second's thousands.
  if (!m[1].includes(',') && m[2].includes(',') && a < 1000 && a * 1000 < b) a *= 1000;
  return a < b ? [a, b] : null;
}
const SIMPLE_FRACTION = /^(\d)\/(\d{1,2})$/;

function txt(doc: Doc, i: number): string {
  const t = doc.tokens[i];
  return doc.text.slice(t.start, t.end);
}

/** A glued hyphen between tokens i-1 and i+1 ("twenty-five", "three-month"). */
export function hyphenAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return !!t && t.lower === '-' && i > 0 && doc.tokens[i - 1].end === t.start && i + 1 < doc.tokens.length && doc.tokens[i + 1].start === t.end;
}

/** The token after "and a half" at token j, with or without hyphens ("-and-a-half"), or -1. */
function andAHalf(doc: Doc, j: number, limit: number): number {
  let k = j;
  for (const w of ['and', 'a', 'half']) {
    if (hyphenAt(doc, k)) k++;
    if (k >= limit || doc.tokens[k].lower !== w) return -1;
    k++;
  }
  return k;
}

/** Numeric value of a single word or digits token, or null. */
export function simpleValue(doc: Doc, i: number): number | null {
  const t = doc.tokens[i];
  if (!t) return null;
  const s = txt(doc, i);
  if (DIGITS.test(s)) return Number(s.replace(/,/g, ''));
  const glued = gluedCurrency(s, doc.tokens[i + 1]?.lower);
  if (glued) return glued.scale === null ? glued.value : roundValue(glued.value * glued.scale);
  const wf = WIRE_FRACTION.exec(s);
  if (wf) return Number(wf[1]) + Number(wf[2]) / Number(wf[3]);
  const sf = SIMPLE_FRACTION.exec(s);
  if (sf && Number(sf[2]) !== 0 && Number(sf[1]) < Number(sf[2])) return Number(sf[1]) / Number(sf[2]);
  const l = t.lower;
  if (l in W.units) return W.units[l];
  if (l in W.tens) return W.tens[l];
  return null;
}

/**
 * A product or quotient of decimals without the binary float's remainder: 1.07 * 1e9 is 1070000000.0000001
 * in floating point, and a table of amounts should read 1070000000. Fifteen significant digits are exact.
 */
export function roundValue(v: number): number {
  return Number(v.toPrecision(15));
}

/** The number at token i; with `ranges`, also a one-token range ("15-20 mln dlrs"), read as its first number. */
export function parseNumber(doc: Doc, i: number, limit = doc.tokens.length, ranges = false): ParsedNumber | null {
  const tokens = doc.tokens;
  if (i >= limit) return null;
  let j = i;
  let value: number | null = null;
  let digits = false;
  const first = tokens[i];
  const firstText = txt(doc, i);
  if (first.lower === 'a' || first.lower === 'an') {
    // "a dozen", "a hundred", "a million"
    const n = tokens[i + 1];
    if (n && i + 1 < limit && (n.lower === 'dozen' || n.lower === 'hundred' || n.lower === 'thousand' || n.lower === 'million' || n.lower === 'billion')) {
      value = n.lower === 'dozen' ? 12 : W.scales[n.lower];
      return { value, end: i + 2, digits: false, scaled: n.lower !== 'dozen', raw: null };
    }
    // "a score of Airbus A320 jets": twenty (only before "of": "a score of 3-1" is no count)
    if (n && i + 2 < limit && n.lower === 'score' && tokens[i + 2].lower === 'of' && !/\d/.test(tokens[i + 3]?.lower ?? '0')) {
      return { value: W.collectives.score, end: i + 2, digits: false, scaled: false, raw: null };
    }
    return null;
  }
  value = simpleValue(doc, i);
  let to: number | undefined;
  if (value === null && ranges && first.type === 'number') {
    const r = rangeToken(firstText);
    if (r) [value, to] = r;
  }
  if (value === null) return null;
  digits = /\d/.test(firstText);
  j = i + 1;
  // "Rs20,000": the tokenizer cuts the glued amount at its comma ("Rs20", ",", "000").
  // (not after a decimal point: "Rs20.5")
  const glued = gluedCurrency(firstText, tokens[i + 1]?.lower);
  if (glued && glued.scale === null && !/\d\./.test(firstText)) {
    while (j + 1 < limit && tokens[j].lower === ',' && tokens[j].start === tokens[j - 1].end && tokens[j + 1].start === tokens[j].end && /^\d{3}$/.test(tokens[j + 1].lower)) {
      value = value * 1000 + Number(tokens[j + 1].lower);
      j += 2;
    }
  }
  // twenty-five / twenty five
  if (!digits && first.lower in W.tens) {
    if (hyphenAt(doc, j) && tokens[j + 1].lower in W.units && j + 1 < limit) {
      value += W.units[tokens[j + 1].lower];
      j += 2;
    } else if (j < limit && tokens[j].lower in W.units && W.units[tokens[j].lower] < 10 && W.units[tokens[j].lower] > 0) {
      value += W.units[tokens[j].lower];
      j += 1;
    }
  }
  // "two-thirds", "three quarters"
  if (!digits && value < 20) {
    const k = hyphenAt(doc, j) ? j + 1 : j;
    if (k < limit && tokens[k] && tokens[k].lower in W.fractions && (value > 1 ? /s$/.test(tokens[k].lower) : !/s$/.test(tokens[k].lower)) && tokens[k].lower !== 'second') {
      return { value: value / W.fractions[tokens[k].lower], end: k + 1, digits: false, scaled: false, raw: null };
    }
  }
  // "two and a half million", "a four-and-a-half-year contract"
  const half = andAHalf(doc, j, limit);
  if (half > 0) {
    value += 0.5;
    j = half;
  }
  let scaled = !!glued?.scale;
  // scales: "2.5 million", "one hundred thousand", "$15bn" (wink splits "15bn" into 15 + bn)
  for (;;) {
    if (j >= limit) break;
    const s = tokens[j];
    // "€500m." at the end of a sentence: the tokenizer keeps the period with the scale (written in lower case:
    // "3M." is a company).
    const scale = W.scales[s.lower] ?? (/^[a-z]{1,3}\.$/.test(doc.text.slice(s.start, s.end)) && (j + 1 >= tokens.length || tokens[j + 1].sent !== s.sent || tokens[j + 1].cap || tokens[j + 1].type === 'tabCRLF') ? W.scales[s.lower.slice(0, -1)] : undefined);
    const glued = s.start === tokens[j - 1].end;
    if (scale === undefined) break;
    // single-letter scales ("m", "b", "k") only when glued to digits: "$15m", not "15 m" (metres).
    if (s.lower.replace(/\.$/, '').length === 1 && !(glued && digits)) break;
    if (/^[mkb]\.?$/.test(s.lower) && !glued) break;
    value = roundValue(value * scale);
    if (to !== undefined) to = roundValue(to * scale);
    scaled = true;
    j++;
    // "one hundred and twenty"
    if (j + 1 < limit && tokens[j].lower === 'and' && !digits) {
      const v2 = simpleValue(doc, j + 1);
      if (v2 !== null && v2 < scale) {
        const rest = parseNumber(doc, j + 1, limit);
        if (rest && !rest.digits) {
          value += rest.value;
          j = rest.end;
        }
      }
    }
  }
  return { value, end: j, digits, scaled, raw: digits && j === i + 1 && to === undefined ? firstText : null, ...(to === undefined ? {} : { to }) };
}
