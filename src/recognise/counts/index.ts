// Numbers that count or measure something: counts with the item counted, money with its ISO 4217 code,
// percentages and measures with their unit. Dates, ordinals, identifiers and model numbers are not counts.
import type { Doc } from '../../analyse/doc.js';
import { NUMBER_WORDS } from '../../analyse/numbers.js';
import type { CountRow, Message } from '../../schema/records.js';
import { currenciesOfArticle, lex, NO_CURRENCIES, sharedDefaults } from './currency.js';
import { earningsTable } from './not-count.js';
import { countAt, type Found, levelAfterChange } from './count.js';

const RATIO = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-for-(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

/** "a two-for-one stock split", "a 3-for-2 split", "on a one-for-one basis": a ratio, no count (its tokens are masked). */
function markRatios(doc: Doc, mask: Uint8Array): void {
  if (!/-for-/i.test(doc.text)) return;
  for (const m of doc.text.matchAll(RATIO)) {
    const end = m.index + m[0].length;
    for (let i = doc.tokenAt(m.index); i < doc.tokens.length && doc.tokens[i].start < end; i++) mask[i] = 1;
  }
}

/**
 * "Denominations are of 1,000 and 10,000 Canadian dlrs", "at 35 and 45 dlrs": a bare number before "and" and an
 * amount with its currency is money in that currency. Not when the second is scaled ("1 and 2 mln dlrs" may be 1
 * mln or 1 dollar), nor a count of something ("three and 10 dlrs").
 */
function unitSharedAcrossAnd(doc: Doc, found: Found[]): void {
  const tokens = doc.tokens;
  for (let n = 0; n + 1 < found.length; n++) {
    const [f, g] = [found[n], found[n + 1]];
    if (f.kind !== 'count' || f.unit || f.item || f.qualifier || g.kind !== 'money' || !g.unit || g.a !== f.b + 1 || tokens[f.b].lower !== 'and') continue;
    if (f.b - f.a !== 1 || !/^\d[\d,.]*$/.test(tokens[f.a].lower) || !/^\d/.test(tokens[g.a].lower)) continue;
    let scaled = false;
    for (let q = g.a + 1; q < g.b && !scaled; q++) scaled = Object.hasOwn(NUMBER_WORDS.scales, tokens[q].lower);
    // ("12 and 15 cts": in the second's unit, cents too)
    const written = Number(tokens[g.a].lower.replace(/,/g, ''));
    if (scaled || !Number.isFinite(written) || written === 0) continue;
    f.value = Math.round((f.value * g.value) / written * 1e6) / 1e6;
    f.kind = 'money';
    f.unit = g.unit;
    f.rule = 'money.shared-unit';
  }
}

export function recogniseCounts(doc: Doc): void {
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
  unitSharedAcrossAnd(doc, found);
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
