// The portfolios a ministry or a minister holds, written as a list: "Ministry of Higher Education, Science and
// Innovation", "Minister of Labour, Invalids and Social Affairs". Its commas join one name, not several names.
import type { Doc } from '../../analyse/doc.js';
import { lexiconSet } from '../../analyse/lexicon.js';
import { isNameToken } from './candidates.js';
import { spanKey } from './lexicon.js';

const PORTFOLIOS = lexiconSet('portfolios.txt');

/** Heads whose "of" or "for" a list of portfolios may follow. */
export const PORTFOLIO_HEAD = /^(ministry|minister|ministers|department|secretary|commissioner|committee|commission|agency)$/;

/** Tokens [x, y) are one portfolio: "Science", "Higher Education", "Aerospace Industry" (its last word or two one). */
export function isPortfolio(doc: Doc, x: number, y: number): boolean {
  if (y <= x || y - x > 3) return false;
  for (let k = x; k < y; k++) if (!isNameToken(doc.tokens[k])) return false;
  return PORTFOLIOS.has(spanKey(doc, x, y)) || PORTFOLIOS.has(doc.tokens[y - 1].lower) || (y - x >= 2 && PORTFOLIOS.has(spanKey(doc, y - 2, y)));
}

/** The longest portfolio starting at k (at most three words, before `last`), its end; -1 when none. */
export function portfolioEnd(doc: Doc, k: number, last: number): number {
  for (let n = Math.min(3, last - k); n >= 1; n--) if (isPortfolio(doc, k, k + n)) return k + n;
  return -1;
}

/**
 * After the comma at j: the rest of a list of portfolios (", Science and Innovation"), each item a portfolio, the
 * last joined by "and"; the token after it, or -1.
 */
export function portfolioListAfter(doc: Doc, j: number, last: number): number {
  const tokens = doc.tokens;
  let k = j + 1;
  for (let items = 0; items < 6; items++) {
    const e = portfolioEnd(doc, k, last);
    if (e < 0 || e >= last) return -1;
    if (tokens[e].lower === ',') k = e + 1;
    else if (tokens[e].lower === 'and') return portfolioEnd(doc, e + 1, last);
    else return -1;
  }
  return -1;
}

/**
 * Whether the comma at j ends the first portfolio of a head's list in the run from a: "Ministry of Higher
 * Education," (the head's "of" or "for", then one portfolio up to the comma).
 */
export function portfolioListOpens(doc: Doc, a: number, j: number): boolean {
  const tokens = doc.tokens;
  for (let q = j - 2; q > a && q >= j - 4; q--) {
    if (!/^(of|for)$/.test(tokens[q].lower)) continue;
    return PORTFOLIO_HEAD.test(tokens[q - 1].lower) && tokens[q - 1].cap && isPortfolio(doc, q + 1, j);
  }
  return false;
}

/** From k (after a title's "of" or "for"): the end of its portfolios written as a list, or -1. */
export function portfolioListFrom(doc: Doc, k: number, last: number): number {
  const e = portfolioEnd(doc, k, last);
  // ("of Economy and Finance Ilyas Moussa Dawaleh": two portfolios joined by "and")
  if (e > 0 && e < last && doc.tokens[e].lower === 'and') return portfolioEnd(doc, e + 1, last);
  return e > 0 && e < last && doc.tokens[e].lower === ',' ? portfolioListAfter(doc, e, last) : -1;
}
