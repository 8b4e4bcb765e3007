// Which currency an amount is in: symbols and words before or after it ("$", "stg", "francs"), and the
// country an article names most among a currency word's users.
import type { Doc } from '../../analyse/doc.js';
import { dict, lexiconJson, lexiconList, lexiconSet } from '../../analyse/lexicon.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import { entityLexicon } from '../entities/lexicon.js';
import { tok } from './count.js';

interface Currencies {
  prefixes: Record<string, string>;
  suffixes: Record<string, string>;
  dollar_countries: Record<string, string>;
  /** A currency word several countries use ("francs"), by the country whose it is. */
  by_country: Record<string, Record<string, string>>;
}

function load() {
  const units = new Map<string, string>();
  for (const line of lexiconList('measure-units.txt')) {
    const [u, c] = line.split('\t');
    units.set(u.toLowerCase(), (c ?? u).trim());
  }
  const qualifiers = lexiconList('count-qualifiers.txt').map((q) => q.toLowerCase().split(' '));
  qualifiers.sort((a, b) => b.length - a.length);
  const cur = lexiconJson<Currencies>('currencies.json');
  // ("30 billion Indian rupees", "Qatari riyals": a currency word several countries use, after one's demonym)
  const demonymsOf = new Map<string, string[]>();
  for (const [d, country] of entityLexicon().demonyms) demonymsOf.set(country, [...(demonymsOf.get(country) ?? []), d]);
  for (const [word, byCountry] of Object.entries(cur.by_country)) {
    for (const [country, code] of Object.entries(byCountry)) for (const d of demonymsOf.get(country) ?? []) cur.suffixes[`${d} ${word}`] ??= code;
  }
  return { cur, units, qualifiers, notCount: lexiconSet('not-count-contexts.txt'), notCountCompounds: lexiconSet('not-count-compounds.txt') };
}
/** Units, currencies, qualifiers and the contexts that make a number no count, read once. */
export const lex = load();

/** "U.S. dollars", "Hong Kong dlrs" from token b: the country's dollar and how many words name the country. */
export function dollarsOf(doc: Doc, b: number, last: number): { code: string; words: number } | null {
  const tokens = doc.tokens;
  for (let n = 2; n >= 1; n--) {
    if (b + n >= last || !/^(dollars?|dlrs?)$/.test(tokens[b + n].lower)) continue;
    let k = tokens[b].lower;
    // ("a 6-mln-U.S.-dlr loan": a hyphen glued between the country and its dollar)
    for (let q = b + 1; q < b + n; q++) if (!(tokens[q].lower === '-' && tokens[q].start === tokens[q - 1].end && tokens[q].end === tokens[q + 1].start)) k += ' ' + tokens[q].lower;
    const code = lex.cur.dollar_countries[k];
    if (code) return { code, words: n };
  }
  return null;
}

export const NO_CURRENCIES = new Map<string, string>();
let defaults: Set<string> | null = null;
/** The first choices of the currency words several countries use ("francs": CHF). */
export function sharedDefaults(): Set<string> {
  return (defaults ??= new Set(Object.keys(lex.cur.by_country).map((w) => lex.cur.suffixes[w]).filter(Boolean)));
}

/**
 * "total value of CCF's privatisation at between four and five billion francs": a currency word several countries
 * use, written bare, is the currency of the country the article names most of those that use it (French francs in
 * an article about France, Belgian in one about Belgium); the list's default (Swiss francs) when it names none.
 * A word written with its country ("Swiss francs") is left as written. Returns default code -> article's code.
 */
export function currenciesOfArticle(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const tokens = doc.tokens;
  let counts: Map<string, number> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const byCountry = lex.cur.by_country[tokens[i].lower];
    if (!byCountry || (tokens[i - 1].type !== 'number' && !Object.hasOwn(NUMBER_WORDS.scales, tokens[i - 1].lower))) continue;
    const fallback = lex.cur.suffixes[tokens[i].lower];
    if (!fallback || out.has(fallback)) continue;
    if (!counts) {
      counts = new Map();
      // (the "Swiss" of "Swiss francs" names the currency, not what the article is about)
      for (const m of doc.mentions) if (m.type === 'place' && !m.nested && !lex.cur.by_country[tokens[m.b]?.lower ?? '']) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    }
    let best: string | null = null;
    let most = 0;
    for (const [country, code] of Object.entries(byCountry)) {
      const n = counts.get(country) ?? 0;
      if (n > most || (n === most && n > 0 && code === fallback)) {
        most = n;
        best = code;
      }
    }
    if (best && best !== fallback) out.set(fallback, best);
  }
  return out;
}

const SHORT_SYMBOLS: Record<string, string> = dict({ RM: 'MYR', Tk: 'BDT', Rp: 'IDR', KSh: 'KES', Ksh: 'KES' });

/** A currency written before the number: "$", "US$", "GB £", "Rs.", "USD". Returns [first token, code]. */
export function currencyBefore(doc: Doc, i: number, first: number): [number, string] | null {
  const c = lex.cur;
  if (i - 1 < first) return null;
  const written = tok(doc, i - 1);
  const p = written.toLowerCase();
  let code = c.prefixes[p];
  if (code && p.length <= 2 && /^[a-z]+$/.test(p) && p !== 'rs') code = undefined as unknown as string; // "us 40" is not money
  // A currency code is written in capitals ("TRY 5 billion"; "try 5 times" is no money), but for the abbreviations
  // news writes in lower case.
  if (code && /^[a-z]{3}$/.test(p) && written !== written.toUpperCase() && !/^(stg|yen|sfr|rmb)$/.test(p)) code = undefined as unknown as string;
  // "RM 500 million", "Tk 500 crore", "Rp 10 trillion", "KSh 50bn": short letters, only as these currencies write them
  code ??= SHORT_SYMBOLS[written];
  if (code) {
    // "GB £ 20.1 billion", "US $ 5", "Canadian $"
    if (i - 2 >= first) {
      const pp = tok(doc, i - 2).toLowerCase();
      if ((pp === 'gb' || pp === 'uk') && code === 'GBP') return [i - 2, 'GBP'];
      if (pp === 'us' && p === '$') return [i - 2, 'USD'];
      if (c.dollar_countries[pp] && p === '$') return [i - 2, c.dollar_countries[pp]];
      // "HK$2bn", "S$300m", "R$10bn", "USD$ 23 billion": the country's letters glued to the sign.
      if (p === '$' && tok(doc, i - 2).length <= 3 && doc.tokens[i - 2].end === doc.tokens[i - 1].start && c.prefixes[pp + '$']) return [i - 2, c.prefixes[pp + '$']];
    }
    return [i - 1, code];
  }
  // "GB # 20.1 billion": '#' standing for '£' in text that lost its encoding
  if (p === '#' && i - 2 >= first && /^(gb|uk)$/i.test(tok(doc, i - 2))) return [i - 2, 'GBP'];
  return null;
}

/** The currency a word after a number names ("dlrs", "cts": USD/100, "francs", a glued "p": GBP/100), if any. */
export function currencyWordAt(doc: Doc, k: number): string | undefined {
  const t = doc.tokens[k];
  return t ? (lex.cur.suffixes[t.lower] ?? (penceAt(doc, k) ? 'GBP/100' : undefined)) : undefined;
}

/** "fell 8p to 245p", "a dividend of 10.5p": pence, as British news writes them, a lone "p" glued to the digits. */
function penceAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const before = doc.tokens[k - 1];
  // ("to 240p." at a sentence's end: the tokenizer keeps the period with the letter, as with "pct.")
  if (!t || !before || (t.lower !== 'p' && t.lower !== 'p.') || t.start !== before.end || !/\d$/.test(before.lower)) return false;
  const after = doc.tokens[k + 1];
  return !after || after.start > t.end || !/^[a-z0-9]/i.test(after.lower);
}
