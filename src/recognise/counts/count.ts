// One count at a token: its value, kind (count, money, percent, measure), unit, item and range.
import type { Doc } from '../../analyse/doc.js';
import { gluedCurrency, NUMBER_WORDS, hyphenAt, parseNumber, roundValue, simpleValue, type ParsedNumber } from '../../analyse/numbers.js';
import type { CountRow } from '../../schema/records.js';
import { currencyBefore, currencyWordAt, dollarsOf, lex } from './currency.js';
import { isCountNumber } from './not-count.js';
import { itemAfter, listedAfter, qualifierBefore, weightAround } from './item.js';

export interface Found {
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

export const tok = (doc: Doc, i: number) => doc.text.slice(doc.tokens[i].start, doc.tokens[i].end);

/** Words that can start a count; any other word is skipped before the number parser runs. */
const STARTS = new Set([
  ...Object.keys(NUMBER_WORDS.units), ...Object.keys(NUMBER_WORDS.tens), 'a', 'an', 'half',
  'hundreds', 'thousands', 'millions', 'billions', 'dozens', 'tens',
]);

export function countAt(doc: Doc, i: number, last: number, notCount: Uint8Array): Found | null {
  const tokens = doc.tokens;
  const t = tokens[i];
  if (t.type !== 'number' && !STARTS.has(t.lower) && !/\d/.test(t.lower)) return null;
  // Vague counts: "hundreds of", "dozens of"
  if (/^(hundreds|thousands|millions|billions|dozens|tens)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && i + 1 < last) {
    const value = t.lower === 'dozens' ? 12 : t.lower === 'tens' ? 10 : (simpleValue(doc, i) ?? { hundreds: 100, thousands: 1000, millions: 1e6, billions: 1e9 }[t.lower]!);
    // "billions of dollars"
    const money = lex.cur.suffixes[tokens[i + 2]?.lower ?? ''];
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
  const glued = gluedCurrency(tok(doc, i), tokens[i + 1]?.lower);
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
    // "69.7 mln French francs": a two-word currency first, then one word; "129.40 European currency units": three.
    const three = b + 2 < last ? lex.cur.suffixes[`${next} ${tokens[b + 1].lower} ${tokens[b + 2].lower}`] : undefined;
    const two = three ?? (b + 1 < last ? lex.cur.suffixes[`${next} ${tokens[b + 1].lower}`] : undefined);
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
      b += dollars ? lead + 1 : three ? 3 : two ? 2 : 1;
      rule = 'money.suffix';
    }
  } else if (kind === 'money' && b < last && lex.cur.suffixes[tokens[b].lower] && tokens[b].lower !== 'won') {
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
    const u = lex.units.get(two) ?? lex.units.get(tokens[b]?.lower ?? '');
    if (u && b < last && !(tokens[b].lower === 'points' && doc.text.slice(tokens[b].start, tokens[b].end) !== 'points')) {
      kind = 'measure';
      unit = u;
      b += lex.units.has(two) ? 2 : 1;
      rule = 'measure.unit';
      // ("6,000 tonnes of palm oil": the number counts the unit, so what is measured stays as written, never made plural)
      if (tokens[b]?.lower === 'of' && b + 1 < last) {
        const it = itemAfter(doc, b + 1, last, 1);
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
  // (so is "rose $2.50 to $115.20": the currency written before both)
  const changeThenLevel = a > first && CHANGE_VERBS.test(tokens[a - 1].lower) && (b > num.end || (kind === 'money' && tokens[b]?.lower === 'to' && !!currencyBefore(doc, b + 2, 0) && b + 2 < last));
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
    // ("one to three per cent": per cent in two words)
    const perCent = after === 'per' && tokens[end + 1]?.lower === 'cent' && end + 1 < last;
    if (kind === 'count' && end < last && (after === '%' || after === 'percent' || after === 'pct' || after === 'pct.' || perCent)) {
      kind = 'percent';
      unit = '%';
      rule = change ? 'percent.before-change' : 'percent.range';
      item = null;
      if (!change) b += perCent ? 2 : 1;
    } else if (kind === 'count' && end < last && lex.cur.suffixes[after]) {
      // "12 to 15 cts": hundredths of the currency, as for a single amount.
      kind = 'money';
      unit = lex.cur.suffixes[after];
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

/** Words before "from X to Y" that make it one range of values, not a change from one to the other. */
const RANGE_WORDS = /^(range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere|spanning|priced|costing|cost|costs)$/;

/**
 * "rose 356 mln dlrs to 66.19 billion": the level reached, written without its currency, is in the currency of the
 * change before it. `dated` marks the tokens of temporal expressions (and ratios), which may stand between them.
 */
export function levelAfterChange(doc: Doc, change: Found | undefined, level: Found, dated: Uint8Array): void {
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
