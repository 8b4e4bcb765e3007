// Numbers that count nothing: model numbers ("Boeing 747"), street numbers, and the figures of an earnings
// table.
import type { Doc } from '../../analyse/doc.js';
import { NUMBER_WORDS, hyphenAt, type ParsedNumber } from '../../analyse/numbers.js';
import { currencyWordAt, lex } from './currency.js';
import { type Found, tok } from './count.js';

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
    if (p.cap && p.pos === 'PROPN' && p.type === 'word' && !/^(in|on|at|since|by)$/i.test(p.lower) && !lex.cur.prefixes[p.lower] && t[i].start - p.end === 1 && !lex.notCount.has(p.lower) && !/^(19|20)\d\d$/.test(t[i].lower)) set.add(t[i].lower);
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

export function isCountNumber(doc: Doc, i: number, num: ParsedNumber, first: number): boolean {
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
  if (next && next.start === tokens[num.end - 1].end && next.type === 'word' && /^[a-z]/i.test(next.lower) && !currencyWordAt(doc, num.end) && !NUMBER_WORDS.scales[next.lower] && !lex.units.has(next.lower) && doc.text.slice(next.start, next.end) !== 'pc') return false;
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
  if (prev && (prev.cap || CAMEL_NAME.test(tok(doc, i - 1))) && prev.pos === 'PROPN' && num.digits && !num.scaled && !/^(us|gb|uk)$/.test(prev.lower) && !lex.cur.prefixes[prev.lower] && prev.end + 1 >= t.start && !currencyWordAt(doc, num.end) && !tableLine) {
    // (a word in capitals only before a model's number, or after one: "737 MAX 10")
    if (!/^[A-Z]{2,}$/.test(tok(doc, i - 1)) || /^\d{3,4}$/.test(tok(doc, i)) || /^\d{3,4}$/.test(tokens[i - 2]?.lower ?? '')) return false;
  }
  if (prev && lex.notCount.has(prev.lower)) return false;
  // ("two-way trade", "a one-off payment": a compound that describes)
  if (hyphenAt(doc, num.end) && lex.notCountCompounds.has(tokens[num.end + 1]?.lower ?? '')) return false;
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

/** Labels of an earnings table's lines of money ("Net 3,588,000 vs 2,981,000", "Revs 37.8 mln vs 31.6 mln"). */
const TABLE_MONEY = /^(net|revs|revenues|sales|turnover|profit|loss|income|oper|operating|pretax|pre-tax|gross|assets|deposits|loans)$/;

/**
 * An earnings table writes its amounts bare after the line's label, in the currency of its share line ("Shr 14 cts
 * vs 15 cts", "Shr 5.95p vs 4.41p"): those amounts are money in that currency. Not "Avg shrs" (a count of shares)
 * nor a table without a share line in money.
 */
export function earningsTable(doc: Doc, found: Found[]): void {
  const tokens = doc.tokens;
  const lineStart = (k: number) => {
    while (k > 0 && !tokens[k].nl && tokens[k - 1].sent === tokens[k].sent) k--;
    return k;
  };
  let currency: string | null = null;
  // ("Net income 154.7 mln pesos vs 127.5 mln", "Pre-tax profit 39.4 mln stg vs 29.7 mln": without a share line in
  // money, the currency a line of money names, "vs" on it)
  let named: string | null = null;
  for (const f of found) {
    const s = lineStart(f.a);
    // ("Oper shr loss 2.03 dlrs", "Primary shr 1.10 dlrs": the share line may open with what the figures are)
    const shr = tokens[s].lower === 'shr' ? s : tokens[s + 1]?.lower === 'shr' && s + 1 < f.a ? s + 1 : -1;
    if (f.kind === 'money' && f.unit && shr >= 0 && tokens[s].cap) {
      currency = f.unit;
      break;
    }
    if (!named && f.kind === 'money' && f.unit && tokens[s].cap && TABLE_MONEY.test(tokens[s].lower) && tokens[f.b]?.lower === 'vs') named = f.unit;
  }
  currency ??= named;
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
