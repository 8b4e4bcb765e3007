// Numbers that count or measure something: counts with the item counted, money with its ISO 4217 code,
// percentages and measures with their unit. Dates, ordinals, identifiers and model numbers are not counts.
import type { Doc } from '../../analyse/doc.js';
import { dict, lexiconJson, lexiconList, lexiconSet } from '../../analyse/lexicon.js';
import { gluedCurrency, NUMBER_WORDS, hyphenAt, parseNumber, roundValue, simpleValue, type ParsedNumber } from '../../analyse/numbers.js';
import type { CountRow, Message } from '../../schema/records.js';

interface Currencies {
  prefixes: Record<string, string>;
  suffixes: Record<string, string>;
  dollar_countries: Record<string, string>;
  /** A currency word several countries use ("francs"), by the country whose it is. */
  by_country: Record<string, Record<string, string>>;
}

let lex: ReturnType<typeof load> | null = null;
function load() {
  const units = new Map<string, string>();
  for (const line of lexiconList('measure-units.txt')) {
    const [u, c] = line.split('\t');
    units.set(u.toLowerCase(), (c ?? u).trim());
  }
  const qualifiers = lexiconList('count-qualifiers.txt').map((q) => q.toLowerCase().split(' '));
  qualifiers.sort((a, b) => b.length - a.length);
  return { cur: lexiconJson<Currencies>('currencies.json'), units, qualifiers, notCount: lexiconSet('not-count-contexts.txt') };
}

interface Found {
  a: number;
  b: number;
  kind: CountRow['kind'];
  value: number;
  qualifier: string | null;
  unit: string | null;
  item: { a: number; b: number; text: string } | null;
  rule: string;
  parts?: number[];
  warnings: Array<{ ruleId: string; reason: string }>;
}

const tok = (doc: Doc, i: number) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);

const RATIO = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-for-(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

/** "a two-for-one stock split", "a 3-for-2 split", "on a one-for-one basis": a ratio, no count (its tokens are masked). */
function markRatios(doc: Doc, mask: Uint8Array): void {
  if (!/-for-/i.test(doc.text)) return;
  for (const m of doc.text.matchAll(RATIO)) {
    const end = m.index + m[0].length;
    for (let i = doc.tokenAt(m.index); i < doc.tokens.length && doc.tokens[i].start < end; i++) mask[i] = 1;
  }
}

export function recogniseCounts(doc: Doc): void {
  lex ??= load();
  const tokens = doc.tokens;
  // Tokens inside temporal expressions and ratios are not counts.
  const notCount = new Uint8Array(tokens.length);
  const ct = doc.article.creationTime;
  for (const d of ct ? [...doc.dates, ct] : doc.dates) {
    for (let i = doc.tokenAt(d.start); i < tokens.length && tokens[i].start < d.end; i++) notCount[i] = 1;
  }
  markRatios(doc, notCount);
  const found: Found[] = [];
  for (const s of doc.sentences) {
    let i = s.first;
    while (i < s.last) {
      const f = notCount[i] ? null : countAt(doc, i, s.last, notCount);
      if (f) {
        levelAfterChange(doc, found[found.length - 1], f, notCount);
        found.push(f);
        i = Math.max(f.b, i + 1);
      } else i++;
    }
  }
  earningsTable(doc, found);
  // (looked for only when an amount is in one of those currencies' first choices: most articles have none)
  const ownCurrency = found.some((f) => f.kind === 'money' && f.unit !== null && sharedDefaults().has(f.unit)) ? currenciesOfArticle(doc) : NO_CURRENCIES;
  const rows: CountRow[] = [];
  for (const f of found) {
    // (not "1.8 billion Swiss francs", written with its country)
    if (f.kind === 'money' && f.unit && ownCurrency.has(f.unit) && f.b >= 2 && !lex.cur.suffixes[`${tokens[f.b - 2].lower} ${tokens[f.b - 1].lower}`]) f.unit = ownCurrency.get(f.unit)!;
    const start = tokens[f.a].start;
    // "12.5 pct.", "€500m.": the sentence's period is not part of the amount.
    const lastWord = tokens[f.b - 1].lower;
    const end = tokens[f.b - 1].end - (lastWord === 'pct.' || lastWord === 'p.' || (lastWord.endsWith('.') && Object.hasOwn(NUMBER_WORDS.scales, lastWord.slice(0, -1))) ? 1 : 0);
    const id = `${doc.article.id}#c${rows.length + 1}`;
    const warnings: Message[] = f.warnings.map((w) => doc.warn(w.ruleId, w.reason, { start, end }, id));
    const row: CountRow = {
      articleId: doc.article.id,
      id,
      start,
      end,
      text: doc.text.slice(start, end),
      kind: f.kind,
      value: f.value,
      approximate: f.qualifier !== null,
      qualifier: f.qualifier,
      unit: f.unit,
      item: f.item ? f.item.text : null,
      itemSpan: f.item ? { start: tokens[f.item.a].start, end: tokens[f.item.b - 1].end, text: doc.text.slice(tokens[f.item.a].start, tokens[f.item.b - 1].end) } : null,
      rule: f.rule,
      warnings,
    };
    if (f.parts) row.parts = f.parts;
    rows.push(row);
  }
  doc.counts = rows;
}

/** "U.S. dollars", "Hong Kong dlrs" from token b: the country's dollar and how many words name the country. */
function dollarsOf(doc: Doc, b: number, last: number): { code: string; words: number } | null {
  const tokens = doc.tokens;
  for (let n = 2; n >= 1; n--) {
    if (b + n >= last || !/^(dollars?|dlrs?)$/.test(tokens[b + n].lower)) continue;
    let k = tokens[b].lower;
    for (let q = b + 1; q < b + n; q++) k += ' ' + tokens[q].lower;
    const code = lex!.cur.dollar_countries[k];
    if (code) return { code, words: n };
  }
  return null;
}

const NO_CURRENCIES = new Map<string, string>();
let defaults: Set<string> | null = null;
/** The first choices of the currency words several countries use ("francs": CHF). */
function sharedDefaults(): Set<string> {
  return (defaults ??= new Set(Object.keys(lex!.cur.by_country).map((w) => lex!.cur.suffixes[w]).filter(Boolean)));
}

/**
 * "total value of CCF's privatisation at between four and five billion francs": a currency word several countries
 * use, written bare, is the currency of the country the article names most of those that use it (French francs in
 * an article about France, Belgian in one about Belgium); the list's default (Swiss francs) when it names none.
 * A word written with its country ("Swiss francs") is left as written. Returns default code -> article's code.
 */
function currenciesOfArticle(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const tokens = doc.tokens;
  let counts: Map<string, number> | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const byCountry = lex!.cur.by_country[tokens[i].lower];
    if (!byCountry || (tokens[i - 1].type !== 'number' && !Object.hasOwn(NUMBER_WORDS.scales, tokens[i - 1].lower))) continue;
    const fallback = lex!.cur.suffixes[tokens[i].lower];
    if (!fallback || out.has(fallback)) continue;
    if (!counts) {
      counts = new Map();
      // (the "Swiss" of "Swiss francs" names the currency, not what the article is about)
      for (const m of doc.mentions) if (m.type === 'place' && !m.nested && !lex!.cur.by_country[tokens[m.b]?.lower ?? '']) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
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
function currencyBefore(doc: Doc, i: number, first: number): [number, string] | null {
  const c = lex!.cur;
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

function qualifierBefore(doc: Doc, a: number, first: number): [number, string] | null {
  for (const q of lex!.qualifiers) {
    const s = a - q.length;
    if (s < first) continue;
    let ok = true;
    for (let k = 0; k < q.length; k++) if (doc.tokens[s + k].lower !== q[k]) ok = false;
    if (ok) {
      // "over" and "under" are prepositions too: "over 2,400 units" yes, "took over 3 firms" rarely matters.
      return [s, doc.text.slice(doc.tokens[s].start, doc.tokens[a - 1].end).replace(/\s+/g, ' ')];
    }
  }
  return null;
}

/** Words that can start a count; any other word is skipped before the number parser runs. */
const STARTS = new Set([
  ...Object.keys(NUMBER_WORDS.units), ...Object.keys(NUMBER_WORDS.tens), 'a', 'an', 'half',
  'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens',
]);

function countAt(doc: Doc, i: number, last: number, notCount: Uint8Array): Found | null {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (t.type !== 'number' && !STARTS.has(t.lower) && !/\d/.test(t.lower)) return null;
  // Vague counts: "hundreds of", "dozens of"
  if (/^(hundreds|thousands|millions|billions|dozens|tens)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && i + 1 < last) {
    const value = t.lower === 'dozens' ? 12 : t.lower === 'tens' ? 10 : (simpleValue(doc, i) ?? { hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 }[t.lower]!);
    // "billions of dollars"
    const money = lex!.cur.suffixes[tokens[i + 2]?.lower ?? ''];
    if (money && !money.endsWith('/100') && i + 2 < last) return { a: i, b: i + 3, kind: 'money', value, qualifier: t.lower, unit: money, item: null, rule: 'money.vague', warnings: [] };
    const item = itemAfter(doc, i + 2, last, value);
    return { a: i, b: item ? item.b : i + 2, kind: 'count', value, qualifier: t.lower, unit: null, item, rule: 'count.vague', warnings: [] };
  }
  const first = doc.sentences[t.sent].first;
  // "half a percent", "about half of those cuts"
  if (t.lower === 'half') {
    if (tokens[i + 1]?.lower === 'a' && /^(percent|per|point|percentage)$/.test(tokens[i + 2]?.lower ?? '') && i + 2 < last) {
      const e = tokens[i + 2].lower === 'per' ? i + 4 : i + 3;
      return { a: i, b: e, kind: 'percent', value: 0.5, qualifier: null, unit: '%', item: null, rule: 'percent.half', warnings: [] };
    }
    const q = qualifierBefore(doc, i, first);
    if (q && tokens[i + 1]?.lower === 'of') return { a: q[0], b: i + 1, kind: 'count', value: 0.5, qualifier: q[1], unit: null, item: null, rule: 'count.half', warnings: [] };
    // "half a million people", "half a billion dollars": half the amount that follows
    if (tokens[i + 1]?.lower === 'a' && /^(hundred|thousand|million|billion|trillion|dozen)$/.test(tokens[i + 2]?.lower ?? '')) {
      const f = countAt(doc, i + 1, last, notCount);
      if (f && f.a === i + 1) return { ...f, a: i, value: roundValue(f.value / 2), parts: undefined };
    }
    return null;
  }
  const num = parseNumber(doc, i, last, true);
  if (!num) return null;
  if (!isCountNumber(doc, i, num, first)) return null;
  for (let k = i; k < num.end; k++) if (notCount[k]) return null;
  let a = i;
  let b = num.end;
  let value = num.value;
  let kind: CountRow['kind'] = 'count';
  let unit: string | null = null;
  let rule = 'count.number';
  let parts: number[] | undefined;
  const warnings: Found['warnings'] = [];
  const glued = gluedCurrency(tok(doc, i));
  const cur = currencyBefore(doc, i, first) ?? (glued ? ([i, glued.code] as [number, string]) : null);
  if (cur) {
    a = cur[0];
    kind = 'money';
    unit = cur[1];
    rule = 'money.prefix';
  }
  // "4+3+2+1" (wink reads "+3" as a number): parts of a total that may be stated next.
  if (b < last && /^\+\d/.test(tok(doc, b)) && tokens[b].start === tokens[b - 1].end) {
    parts = [value];
    while (b < last && /^\+\d+$/.test(tok(doc, b)) && tokens[b].start === tokens[b - 1].end) {
      parts.push(Number(tok(doc, b).slice(1)));
      b++;
    }
    const sum = parts.reduce((x, y) => x + y, 0);
    value = sum;
    rule = 'count.sum';
    // A quoted formula: take the quotes in.
    if (a > first && /^["“']$/.test(tok(doc, a - 1)) && b < last && /^["”']$/.test(tok(doc, b))) {
      a--;
      b++;
    }
    const total = parseNumber(doc, b, last);
    if (total && !total.digits === true) {
      if (total.value !== sum) warnings.push({ ruleId: 'count.parts-disagree', reason: `the parts ${parts.join('+')} add up to ${sum}, not the stated ${total.value}` });
      value = total.value;
      b = total.end;
    }
  }
  // "a 500-mln dlr fund", "the 40,500-dlr car", "the 14-bank committee": a glued hyphen joins the number to
  // its scale, currency or noun.
  const hyphen = b + 1 < last && tokens[b].lower === '-' && hyphenAt(doc, b) && tokens[b + 1].type === 'word' && !parseNumber(doc, b + 1, last) ? b : -1;
  if (hyphen >= 0) {
    b++;
    if (b + 1 < last && Object.hasOwn(NUMBER_WORDS.scales, tokens[b].lower)) {
      value = roundValue(value * NUMBER_WORDS.scales[tokens[b].lower]);
      b++;
      // "a 60-mln-dlr loan"
      if (b + 1 < last && tokens[b].lower === '-' && hyphenAt(doc, b) && tokens[b + 1].type === 'word') b++;
    }
  }
  // "a zero coupon bond": a kind of bond, not a count of coupons.
  if (t.lower === 'zero' && tokens[b]?.lower === 'coupon') return null;
  // Money and percent written after the number.
  if (kind === 'count' && b < last) {
    const next = tokens[b].lower;
    // "69.7 mln French francs": a two-word currency first, then one word.
    const two = b + 1 < last ? lex!.cur.suffixes[`${next} ${tokens[b + 1].lower}`] : undefined;
    // "89.4 billion U.S. dollars", "5 million Hong Kong dollars": the country whose dollars they are.
    const named = dollarsOf(doc, b, last);
    const dollars = named?.code;
    const lead = named ? named.words : 0;
    // ("weighs 1.3 pounds (601 grams)": pounds of weight, not sterling)
    const currency = dollars ?? two ?? (/^pounds?$/.test(next) && weightAround(doc, a, b) ? undefined : currencyWordAt(doc, b));
    // "12.5 pct." at the end of a sentence: the tokenizer keeps the period with the abbreviation.
    // ("40pc", "2.5 pc": per cent as British papers write it, in lower case; not "40 PCs")
    const pc = next === 'pc' && doc.text.slice(tokens[b].start, tokens[b].end) === 'pc';
    if (next === '%' || next === 'percent' || next === 'pct' || next === 'pct.' || pc || (next === 'per' && tokens[b + 1]?.lower === 'cent')) {
      b += next === 'per' ? 2 : 1;
      kind = 'percent';
      unit = '%';
      rule = 'percent';
    } else if (currency) {
      kind = 'money';
      unit = currency;
      // "26 cents": hundredths of the currency
      if (unit.endsWith('/100')) {
        unit = unit.slice(0, -4);
        value = roundValue(value / 100);
      }
      b += dollars ? lead + 1 : two ? 2 : 1;
      rule = 'money.suffix';
    }
  } else if (kind === 'money' && b < last && lex!.cur.suffixes[tokens[b].lower] && tokens[b].lower !== 'won') {
    b++; // "USD$ 23 billion dollar"
  } else if (kind === 'money' && b + 1 < last) {
    // "around $9.99 US dollars", "$5 Canadian dollars": the currency said again after the amount, with its country.
    // (a bare "$" is whichever dollar the words name: "$5 Canadian dollars")
    const named = dollarsOf(doc, b, last);
    if (named && (named.code === unit || tok(doc, a) === '$')) {
      unit = named.code;
      b += named.words + 1;
    }
  }
  let item: Found['item'] = null;
  if (kind === 'count') {
    const two = b + 1 < last ? `${tokens[b].lower} ${tokens[b + 1].lower}` : '';
    const u = lex!.units.get(two) ?? lex!.units.get(tokens[b]?.lower ?? '');
    if (u && b < last && !(tokens[b].lower === 'points' && doc.text.slice(tokens[b].start, tokens[b].end) !== 'points')) {
      kind = 'measure';
      unit = u;
      b += lex!.units.has(two) ? 2 : 1;
      rule = 'measure.unit';
      if (tokens[b]?.lower === 'of' && b + 1 < last) {
        const it = itemAfter(doc, b + 1, last, value);
        if (it) item = it;
      }
    } else {
      const k = tokens[b]?.lower === 'of' && /^(dozen|hundred|thousand|million|billion)$/.test(tokens[b - 1]?.lower ?? '') ? b + 1 : b;
      item = itemAfter(doc, k, last, value);
      if (item) rule = parts ? rule : 'count.item';
    }
  }
  const q = qualifierBefore(doc, a, first);
  if (q) a = q[0];
  // "between $12 million and $20 million", "200-250", "10 to 15": a range of amounts.
  // A range follows the first number directly ("10 to 15 percent", "$12 million to $20 million"), or
  // comes after "between"; "rose 15 percent to 3.5 pct" is a change, not a range.
  const between = a > first && tokens[a - 1].lower === 'between';
  // "rose from 5 mln dlrs to 8 mln dlrs", "increased its swap lines from US$ 55 billion to US$ 110 billion": a value
  // before and after a change, two amounts; "prices ranging from $5 to $10" is one range.
  // (the first still takes the scale and unit written after the second: "from 35 to 36 pct" is 35 percent)
  const change = a > first && tokens[a - 1].lower === 'from' && !RANGE_WORDS.test(tokens[a - 2]?.lower ?? '');
  // "shares rose 15 cents to 3.20 dlrs": after a verb of change, an amount with its unit written, then "to", is the
  // change and then the level reached, two amounts ("rose 10 to 15 cents" stays a range).
  const changeThenLevel = b > num.end && a > first && CHANGE_VERBS.test(tokens[a - 1].lower);
  let second = !changeThenLevel && (b === num.end || kind === 'money' || between) ? rangeAfter(doc, num, b, last, kind) : null;
  // "Hutchison 1.50 dlrs to 54.50", "British Telecom 2p to 254", "25 cts to 1.75 dlrs a barrel": a unit written after
  // the first number and not repeated after the second is a change and the level reached (the verb said once for
  // the list), not a range ("5 dlrs to 10 dlrs a share" still is one).
  const unitWord = rule === 'money.suffix' ? tokens[b - 1].lower : null;
  if (second && unitWord !== null && !between && !change && tokens[second.end]?.lower !== unitWord) second = null;
  const range = second && !change ? second.end : 0;
  if (second) {
    const end = second.end;
    if (!change) b = end;
    // "100 to 250 mln dlrs": the first number takes the scale written after the second.
    if (second.scale !== 1 && !num.scaled) value = roundValue(value * second.scale);
    // "20 to 25 percent", "between three and seven percent": the unit after the range is the first number's too.
    const after = tokens[end]?.lower ?? '';
    // "5 dlrs to 10 dlrs": the unit repeated after the second number closes the range.
    if (kind === 'money' && unitWord !== null && after === unitWord && !change) {
      b = end + 1;
      rule = 'money.range';
    }
    if (kind === 'count' && end < last && (after === '%' || after === 'percent' || after === 'pct' || after === 'pct.')) {
      kind = 'percent';
      unit = '%';
      rule = change ? 'percent.before-change' : 'percent.range';
      item = null;
      if (!change) b++;
    } else if (kind === 'count' && end < last && lex!.cur.suffixes[after]) {
      // "12 to 15 cts": hundredths of the currency, as for a single amount.
      kind = 'money';
      unit = lex!.cur.suffixes[after];
      if (unit.endsWith('/100')) {
        unit = unit.slice(0, -4);
        value = roundValue(value / 100);
      }
      rule = change ? 'money.before-change' : 'money.range';
      item = null;
      if (!change) b++;
    }
  }
  if (item && item.b > b) b = item.b;
  // "zero-rated", "7-Eleven": nothing read after the hyphen, which then belongs to the word after it.
  if (hyphen >= 0 && b === hyphen + 1) b = hyphen;
  if (a > first && tokens[a - 1].lower === 'between' && range) a--;
  // A stated count followed by a list: "three sub-forums, including "A", "B", "C" and "D"".
  if (kind === 'count' && item) {
    const listed = listedAfter(doc, b, last);
    if (listed !== null && listed > value && Number.isInteger(value)) {
      warnings.push({ ruleId: 'count.list-disagrees', reason: `${value} stated, but ${listed} listed after it` });
    }
  }
  return { a, b, kind, value, qualifier: q ? q[1] : null, unit, item, rule, parts, warnings };
}

const modelCache = new WeakMap<Doc, Set<string>>();
/** Numbers written right after a capitalised name somewhere in the article: model names ("Boeing 787"). */
function models(doc: Doc): Set<string> {
  let set = modelCache.get(doc);
  if (set) return set;
  set = new Set();
  const t = doc.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i].type !== 'number' || !/^\d{3,4}$/.test(t[i].lower)) continue;
    const p = t[i - 1];
    if (p.cap && p.pos === 'PROPN' && p.type === 'word' && !/^(in|on|at|since|by)$/i.test(p.lower) && !lex!.cur.prefixes[p.lower] && t[i].start - p.end === 1 && !lex!.notCount.has(p.lower) && !/^(19|20)\d\d$/.test(t[i].lower)) set.add(t[i].lower);
  }
  modelCache.set(doc, set);
  return set;
}

const STREET = /^(street|st\.|avenue|ave\.?|road|rd\.|boulevard|blvd\.?|lane|drive|place|square|plaza|way|terrace|crescent|court)$/;

/**
 * "745 Seventh Avenue", "10 Downing Street", "1600 Pennsylvania Avenue": the number of a building in its street.
 * Not "200 High Street banks", which counts banks.
 */
function streetNumberAt(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  if (!/^\d{1,5}$/.test(tokens[i].lower)) return false;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t.cap || t.type !== 'word') return false;
    if (j > i + 1 && STREET.test(t.lower)) {
      const after = tokens[j + 1];
      return !(after && after.type === 'word' && !after.cap && after.pos === 'NOUN');
    }
  }
  return false;
}

/**
 * "its 787 Dreamliner", "the 911 Coupe", "the 5636 System Unit": a number between a determiner and a model's own
 * name, a capitalised word that no mention starts at and no noun follows. Not "the 400 Boeing jets", "the 300
 * Americans", "a 115 MB disk", "a 330 European currency unit".
 */
function modelNumberAt(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i + 1];
  if (!/^\d{3,4}$/.test(tokens[i].lower) || /^(19|20)\d\d$/.test(tokens[i].lower)) return false;
  // "up to 39 787 Dreamliners", "20 more 737 MAX jets": a count, then the model it counts.
  const counted = tokens[i - 1]?.type === 'number' || (tokens[i - 1]?.lower === 'more' && tokens[i - 2]?.type === 'number');
  if (counted && t && t.cap && t.type === 'word' && t.start - tokens[i].end === 1) return true;
  // ("unveiled their new 787 Dreamliner", "unveils new 787 Dreamliner": after "new", with or without a determiner)
  if (tokens[i - 1]?.lower !== 'new' && !/^(its|the|a|their|'s)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  if (!t || !t.cap || t.type !== 'word' || t.pos !== 'PROPN' || /s$/.test(t.lower) || /^[A-Z]+$/.test(tok(doc, i + 1)) || t.start - tokens[i].end !== 1) return false;
  const after = tokens[i + 2];
  if (after && ((after.type === 'word' && !after.cap && after.pos === 'NOUN') || after.type === 'number')) return false;
  return !doc.mentions.some((m) => m.a === i + 1);
}

/** "iPhone", "iPod", "eBay": a product's name written with a small letter first. */
const CAMEL_NAME = /^[a-z]{1,2}[A-Z][a-z]/;

/** The currency a word after a number names ("dlrs", "cts": USD/100, "francs", a glued "p": GBP/100), if any. */
function currencyWordAt(doc: Doc, k: number): string | undefined {
  const t = doc.tokens[k];
  return t ? (lex!.cur.suffixes[t.lower] ?? (penceAt(doc, k) ? 'GBP/100' : undefined)) : undefined;
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

function isCountNumber(doc: Doc, i: number, num: ParsedNumber, first: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (t.type === 'ordinal') return false;
  const prev = i > first ? tokens[i - 1] : undefined;
  const next = tokens[num.end];
  const raw = doc.text.slice(t.start, t.end);
  // "(GMT +8)", "'11": signed offsets and short years are not counts
  if (/^[+]/.test(raw) || (prev && prev.end === t.start && (prev.lower === "'" || prev.lower === '’'))) return false;
  // "3G", "150px", "7e7": digits glued to letters make an identifier (scales and units are read later)
  // (not "40pc": per cent in British papers)
  if (next && next.start === tokens[num.end - 1].end && next.type === 'word' && /^[a-z]/i.test(next.lower) && !currencyWordAt(doc, num.end) && !NUMBER_WORDS.scales[next.lower] && !lex!.units.has(next.lower) && doc.text.slice(next.start, next.end) !== 'pc') return false;
  // "Big Three", "Ford Five Hundred": capitalised number words inside a name
  if (t.cap && !/\d/.test(raw) && i > first && !/^["“'`(]$/.test(prev?.lower ?? '')) return false;
  // a number the article uses as a model name elsewhere ("Boeing 787" ... "the 787 Dreamliner")
  if (num.raw && models(doc).has(num.raw)) return false;
  if (num.end === i + 1 && modelNumberAt(doc, i)) return false;
  if (num.end === i + 1 && streetNumberAt(doc, i)) return false;
  // "Boeing's 747", "Standard & Poor's 500"
  if (prev && prev.lower === "'s" && tokens[i - 2]?.cap && num.digits && !num.scaled && /^\d{3,4}$/.test(raw) && !(next && (next.pos === 'NOUN' && /s$/.test(next.lower)))) return false;
  // Model numbers and names with numbers: "Boeing 787", "Flight 447", "Trent 900", "iPhone 4".
  // (not a currency: "Rs 900 per square metre", "EUR 500"; nor an amount with its currency after it, as an earnings
  // table writes it: "Shr 62 cts vs 56 cts")
  // ("Net 3,588,000 vs 2,981,000": nor a table's line of figures, its label first)
  const tableLine = TABLE_MONEY.test(prev?.lower ?? '') && /^(vs|vs\.)$/.test(next?.lower ?? '');
  if (prev && (prev.cap || CAMEL_NAME.test(tok(doc, i - 1))) && prev.pos === 'PROPN' && num.digits && !num.scaled && !/^(us|gb|uk)$/.test(prev.lower) && !lex!.cur.prefixes[prev.lower] && prev.end + 1 >= t.start && !currencyWordAt(doc, num.end) && !tableLine) {
    if (!/^[A-Z]{2,}$/.test(tok(doc, i - 1)) || /^\d{3,4}$/.test(tok(doc, i))) return false;
  }
  if (prev && lex!.notCount.has(prev.lower)) return false;
  // Glued to letters or slashes: identifiers, phone numbers, scores.
  if (prev && prev.end === t.start && /^[-/:.]$/.test(prev.lower)) return false;
  // "Rs20,000 crore" (one token "Rs20", then ",000"): the tail of a number glued to its currency, not 0 crore.
  if (prev?.lower === ',' && prev.end === t.start && tokens[i - 2]?.end === prev.start && /\d$/.test(tokens[i - 2].lower) && /^\d{3}$/.test(t.lower)) return false;
  if (next && next.start === tokens[num.end - 1].end && /^[-/:]$/.test(next.lower) && !hyphenAt(doc, num.end)) return false;
  if (next && hyphenAt(doc, num.end) && tokens[num.end + 1] && /^\d/.test(tokens[num.end + 1].lower)) {
    // "200-250" is a range, handled by the caller; "555-1234" is not.
    if (tok(doc, i).length === 3 && tokens[num.end + 1].lower.length === 4) return false;
  }
  // "one of the", "the one", "no one", "one another"
  if (t.lower === 'one' && (next?.lower === 'of' || next?.lower === 'another' || /^(the|no|any|every|each|this|that|which)$/.test(prev?.lower ?? '') || next?.pos === 'VERB' || next?.pos === 'AUX' || !next)) return false;
  // A bare four-digit number next to "in"/"since" is a year the date stage did not take; leave it.
  if (/^(1[89]|20)\d\d$/.test(tok(doc, i)) && num.end === i + 1 && /^(in|since|by|of|from|until)$/.test(prev?.lower ?? '')) return false;
  return true;
}

/** Words before "from X to Y" that make it one range of values, not a change from one to the other. */
const RANGE_WORDS = /^(range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere|spanning|priced|costing|cost|costs)$/;

/**
 * "rose 356 mln dlrs to 66.19 billion": the level reached, written without its currency, is in the currency of the
 * change before it. `dated` marks the tokens of temporal expressions (and ratios), which may stand between them.
 */
function levelAfterChange(doc: Doc, change: Found | undefined, level: Found, dated: Uint8Array): void {
  const tokens = doc.tokens;
  if (!change || change.kind !== 'money' || level.kind !== 'count' || level.item || level.b - level.a > 3) return;
  // ("83.68 billion crowns in January, against 93.07 billion in December and 105.29 billion in January 1986": past
  // the date of each figure and a comma)
  let b = change.b;
  while (b < level.a - 1 && level.a - b < 10 && (dated[b] || tokens[b].lower === ',' || (/^(in|on|at)$/.test(tokens[b].lower) && dated[b + 1]))) b++;
  // ("... compared with 34.1 mln": the two words between)
  const compared = b === level.a - 2 && tokens[level.a - 1]?.lower === 'with' && /^(compared|comparing)$/.test(tokens[level.a - 2].lower);
  // (and the figure listed after one compared: "... against 93.07 billion in December and 105.29 billion")
  const listed = b === level.a - 1 && b > change.b && tokens[b].lower === 'and' && change.rule === 'money.versus';
  if ((b !== level.a - 1 && !compared) || change.rule === 'money.range') return;
  if (b > change.b && !compared && !listed && !/^(vs|vs\.|versus|against)$/.test(tokens[level.a - 1].lower)) return;
  // "Final div 30 cents vs 10": an earnings table's figure of a year before, in the same unit; "a net profit of 36.7
  // mln dlrs against 34.1 mln", "rising to 54.9 mln stg from 33.4 mln previously": the other figure compared.
  const before = tokens[level.a - 1]?.lower ?? '';
  const versus = /^(vs|vs\.|versus|against)$/.test(before) || compared || listed || (before === 'from' && tokens[change.a - 1]?.lower === 'to' && level.value !== 0);
  if (!versus && (before !== 'to' || change.a === 0 || !CHANGE_VERBS.test(tokens[change.a - 1].lower))) return;
  level.kind = 'money';
  level.unit = change.unit;
  level.rule = versus ? 'money.versus' : 'money.level-after-change';
  // "fell 26p to 464": a share price in pence reaches a level in pence (in cents, "rose 15 cents to 3.20", dollars);
  // "30 cents vs 10" compares cents with cents.
  const unit = currencyWordAt(doc, change.b - 1) ?? '';
  if (unit.endsWith('/100') && (versus || unit.startsWith('GBP'))) level.value = roundValue(level.value / 100);
}

/** Verbs of a change in value, after which "X to Y" is the change and the level reached. */
const CHANGE_VERBS = /^(rose|rise|rises|fell|fall|falls|gained|gains|lost|loses|climbed|dropped|added|eased|slipped|jumped|declined|increased|decreased|advanced|slid|tumbled|soared|dipped|shed|firmed|improved|slumped|plunged|plummeted|surged|rallied|edged|recovered|retreated|weakened|strengthened|up|down)$/;

/** The second number of a range after token b ("... and $20 million", "-250", "to 15 mln"): the token after it, and its scale. */
function rangeAfter(doc: Doc, num: ParsedNumber, b: number, last: number, kind: CountRow['kind']): { end: number; scale: number } | null {
  const tokens = doc.tokens;
  const w = tokens[b]?.lower;
  if (b + 1 >= last || !(w === 'to' || w === 'and' || (w === '-' && hyphenAt(doc, b)))) return null;
  let k = b + 1;
  if (kind === 'money' && currencyBefore(doc, k + 1, 0) && tokens[k + 1]) k = k + 1;
  const n2 = parseNumber(doc, k, last);
  if (!n2 || n2.digits !== num.digits) return null;
  let e = n2.end;
  if (kind === 'percent' && /^(%|percent|pct)$/.test(tokens[e]?.lower ?? '')) e++;
  if (w === 'and' && tokens[num.end - 1] && doc.tokens[b - 1] && !/between/.test(tokens[Math.max(0, b - 3)].lower + tokens[Math.max(0, b - 4)].lower + tokens[Math.max(0, b - 2)].lower)) return null;
  const base = n2.scaled ? simpleValue(doc, k) : null;
  return { end: e, scale: base ? n2.value / base : 1 };
}

// ... and words that follow a number without being what it counts: "37.4 mln vs 39.0 mln", "fell 6-1/4 yesterday",
// "sold 5,000 last year".
const STOP_ITEM = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'to', 'with', 'by', 'across', 'and', 'or', 'than', 'per', 'vs', 'vs.', 'versus', 'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next']);

/** The noun phrase a number counts: adjectives and nouns up to the head ("9 school-level ... training bases"). */
function itemAfter(doc: Doc, i: number, last: number, value: number): { a: number; b: number; text: string } | null {
  const tokens = doc.tokens;
  let j = i;
  let lastNoun = -1;
  let firstSingularNoun = -1;
  while (j < last) {
    const t = tokens[j];
    const compound = hyphenAt(doc, j + 1);
    if (STOP_ITEM.has(t.lower) && !compound) break;
    if (hyphenAt(doc, j)) {
      j++;
      continue;
    }
    const glued = j > i && t.start === tokens[j - 1].end && tokens[j - 1].lower === '-';
    const nounish = compound || t.pos === 'NOUN' || (t.pos === 'PROPN' && !t.cap) || t.pos === 'ADJ' || (t.pos === 'VERB' && /ing$|ed$/.test(t.lower) && !!tokens[j + 1] && tokens[j + 1].pos === 'NOUN') || glued;
    if (!nounish || t.type !== 'word') break;
    // ("15 cooperation documents covering trade": a participle after a plural noun opens a clause about the items;
    // not "oil refining plants")
    if (t.pos === 'VERB' && lastNoun >= i && lastNoun === j - 1 && /s$/.test(tokens[lastNoun].lower) && !compound) break;
    if (t.pos === 'NOUN' || glued) {
      lastNoun = j;
      if (firstSingularNoun < 0 && value > 1 && t.pos === 'NOUN' && !/s$/.test(t.lower) && !glued && tokens[j + 1]?.pos === 'NOUN' && !hyphenAt(doc, j + 1)) firstSingularNoun = j;
    }
    j++;
  }
  if (lastNoun < i) return null;
  const b = lastNoun + 1;
  let text = doc.text.slice(tokens[i].start, tokens[lastNoun].end).replace(/\s+/g, ' ');
  // "ten professional group layout": the number counts "professional groups"; "layout" heads the phrase.
  if (firstSingularNoun >= 0 && firstSingularNoun < lastNoun && !/s$/.test(tokens[lastNoun].lower)) {
    text = doc.text.slice(tokens[i].start, tokens[firstSingularNoun].end).replace(/\s+/g, ' ') ;
    text = pluralize(text);
  }
  return { a: i, b, text };
}

function pluralize(phrase: string): string {
  return phrase.replace(/(\w+)$/, (w) => (/(s|x|z|ch|sh)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's'));
}

/** Number of items listed after a stated count: quoted titles or names separated by commas and "and". */
function listedAfter(doc: Doc, b: number, last: number): number | null {
  const tokens = doc.tokens;
  let k = b;
  if (tokens[k]?.lower === ',') k++;
  if (!(tokens[k]?.lower === 'including' || tokens[k]?.lower === ':' || tokens[k]?.lower === 'namely')) return null;
  k++;
  if (tokens[k]?.lower === ':') k++;
  let n = 0;
  let open = false;
  for (; k < last; k++) {
    const s = doc.text.slice(tokens[k].start, tokens[k].end);
    if (/^["“”]$/.test(s)) {
      const opens = s === '“' || (!open && s === '"');
      if (opens && !open) {
        open = true;
        n++;
      } else open = false;
      continue;
    }
    if (!open && !(s === ',' || s === 'and') && n > 0) {
      // the list ended: a word outside quotes that is not a separator
      break;
    }
    if (!open && n === 0 && s !== ',') return null;
  }
  return n >= 2 ? n : null;
}

/** A weight is meant by the pounds at token b after the number at a: "weighs 1.3 pounds", "1.3 pounds (601 grams)". */
function weightAround(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) if (/^(weigh|weighs|weighed|weighing|weight|weights|heavier|lighter)$/.test(tokens[k].lower)) return true;
  return tokens[b + 1]?.lower === '(' && /^(grams?|g|kg|kilograms?|kilos?)$/.test(tokens[b + 3]?.lower ?? '');
}

/** Labels of an earnings table's lines of money ("Net 3,588,000 vs 2,981,000", "Revs 37.8 mln vs 31.6 mln"). */
const TABLE_MONEY = /^(net|revs|revenues|sales|turnover|profit|loss|income|oper|operating|pretax|pre-tax|gross|assets|deposits|loans)$/;

/**
 * An earnings table writes its amounts bare after the line's label, in the currency of its share line ("Shr 14 cts
 * vs 15 cts", "Shr 5.95p vs 4.41p"): those amounts are money in that currency. Not "Avg shrs" (a count of shares)
 * nor a table without a share line in money.
 */
function earningsTable(doc: Doc, found: Found[]): void {
  const tokens = doc.tokens;
  const lineStart = (k: number) => {
    while (k > 0 && !tokens[k].nl && tokens[k - 1].sent === tokens[k].sent) k--;
    return k;
  };
  let currency: string | null = null;
  for (const f of found) {
    const s = lineStart(f.a);
    if (f.kind === 'money' && f.unit && tokens[s].lower === 'shr' && tokens[s].cap) {
      currency = f.unit;
      break;
    }
  }
  if (!currency) return;
  for (const f of found) {
    if (f.kind !== 'count' || f.item || f.unit || f.qualifier) continue;
    const s = lineStart(f.a);
    const label = tokens[s];
    if (!label.cap || !TABLE_MONEY.test(label.lower) || f.a - s > 6) continue;
    // (the label, maybe "loss", then the amount or "vs" and the amount: nothing else on the line before it)
    let ok = true;
    for (let q = s + 1; q < f.a && ok; q++) ok = /^(loss|profit|net|income|vs|shr)$/.test(tokens[q].lower) || found.some((g) => g.a <= q && q < g.b);
    if (!ok) continue;
    f.kind = 'money';
    f.unit = currency;
    f.rule = 'money.earnings-table';
  }
}
