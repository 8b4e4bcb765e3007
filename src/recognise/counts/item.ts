// What a count counts ("250 jets", "3,000 workers") and the qualifier before it ("about", "more than").
import type { Doc } from '../../analyse/doc.js';
import { hyphenAt } from '../../analyse/numbers.js';
import { lex } from './currency.js';
import { entityLexicon } from '../entities/lexicon.js';
import { mentionAt } from '../../relate/mentions.js';
import { lexiconSet } from '../../analyse/lexicon.js';

export function qualifierBefore(doc: Doc, a: number, first: number): [number, string] | null {
  for (const q of lex.qualifiers) {
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

// ... and words that follow a number without being what it counts: "37.4 mln vs 39.0 mln", "fell 6-1/4 yesterday",
// "sold 5,000 last year".
const STOP_ITEM = new Set(['of', 'in', 'at', 'on', 'for', 'from', 'to', 'with', 'by', 'across', 'and', 'or', 'than', 'per', 'vs', 'vs.', 'versus', 'yesterday', 'today', 'tomorrow', 'tonight', 'last', 'next']);

/** Nouns whose plural is the singular: "aircraft", "sheep". */
const INVARIANT_PLURALS = lexiconSet('invariant-plurals.txt');

/** The noun phrase a number counts: adjectives and nouns up to the head ("9 school-level ... training bases"). */
export function itemAfter(doc: Doc, i: number, last: number, value: number): { a: number; b: number; text: string } | null {
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
    // ("150 Airbus jets", "500 Airbus A320neo family aircraft", "four McDonnell Douglas DC-10 jets": the maker, and
    // its model, before what is counted)
    const maker = j === i && t.cap ? mentionAt(doc, j) : undefined;
    if (maker?.type === 'organisation') {
      let k = maker.b;
      while (k < last && k - maker.b < 3 && /^[a-z0-9][a-z0-9-]*$/.test(tokens[k].lower) && (tokens[k].cap || tokens[k].type === 'number')) k++;
      if (k < last && !tokens[k].cap && tokens[k].type === 'word' && tokens[k].pos === 'NOUN') {
        j = k;
        continue;
      }
    }
    const glued = j > i && t.start === tokens[j - 1].end && tokens[j - 1].lower === '-';
    // ("300 Cuban doctors", "20 British troops": a people's adjective before a noun in lower case)
    const demonym = t.cap && entityLexicon().demonyms.has(t.lower) && !!tokens[j + 1] && !tokens[j + 1].cap && /^(NOUN|ADJ)$/.test(tokens[j + 1].pos);
    const nounish = compound || demonym || t.pos === 'NOUN' || (t.pos === 'PROPN' && !t.cap) || t.pos === 'ADJ' || (t.pos === 'VERB' && /ing$|ed$/.test(t.lower) && !!tokens[j + 1] && tokens[j + 1].pos === 'NOUN') || glued;
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
  // ("500 Airbus A320neo family aircraft": not a head whose plural is its singular)
  if (firstSingularNoun >= 0 && firstSingularNoun < lastNoun && !/s$/.test(tokens[lastNoun].lower) && !INVARIANT_PLURALS.has(tokens[lastNoun].lower)) {
    text = doc.text.slice(tokens[i].start, tokens[firstSingularNoun].end).replace(/\s+/g, ' ') ;
    text = pluralize(text);
  }
  return { a: i, b, text };
}

function pluralize(phrase: string): string {
  return phrase.replace(/(\w+)$/, (w) => (/(s|x|z|ch|sh)$/.test(w) ? w + 'es' : /[^aeiou]y$/.test(w) ? w.slice(0, -1) + 'ies' : w + 's'));
}

/** Number of items listed after a stated count: quoted titles or names separated by commas and "and". */
export function listedAfter(doc: Doc, b: number, last: number): number | null {
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
export function weightAround(doc: Doc, a: number, b: number): boolean {
  const tokens = doc.tokens;
  for (let k = a - 1; k >= Math.max(0, a - 3); k--) if (/^(weigh|weighs|weighed|weighing|weight|weights|heavier|lighter)$/.test(tokens[k].lower)) return true;
  return tokens[b + 1]?.lower === '(' && /^(grams?|g|kg|kilograms?|kilos?)$/.test(tokens[b + 3]?.lower ?? '');
}
