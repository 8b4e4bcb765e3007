// Firms named after two partners: "Jones and Vining", "Duff and Phelps", "Wagner and Brown", "EG and G". Two
// names joined by "and" are one firm when the article treats the pair as one thing (a singular verb, "its", a role
// held there) and never names either partner alone.
import type { Doc } from '../../analyse/doc.js';
import { spanKey, verdict } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import { piece, type Piece } from './piece.js';
import { sets, WEEKDAY } from './words.js';

/** Merges each such pair of pieces into one organisation, in place. */
export function partnerships(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const tokens = doc.tokens;
  const pairs = new Map<string, Array<[number, number]>>();
  // ("EG and G Services", "AC and R Advertising": the firm's name opening a longer one, merged when the pair is)
  const longer = new Map<string, Array<[number, number]>>();
  for (let k = 0; k + 1 < pieces.length; k++) {
    const [p, q] = [pieces[k], pieces[k + 1]];
    if (p.b - p.a === 1 && q.b - q.a > 1 && q.a === p.b + 1 && /^(and|&)$/.test(tokens[p.b].lower)) {
      const key = spanKey(doc, p.a, q.a + 1);
      longer.set(key, [...(longer.get(key) ?? []), [k, k + 1]]);
    }
    if (p.b - p.a !== 1 || q.b - q.a !== 1 || q.a !== p.b + 1 || !/^(and|&)$/.test(tokens[p.b].lower) || p.sent !== q.sent) continue;
    if (!partnerName(doc, lex, p.a) || !partnerName(doc, lex, q.a)) continue;
    if (/^(companies|firms|brands|banks)$/.test(tokens[p.a - 2]?.lower ?? '')) continue;
    const key = spanKey(doc, p.a, q.b);
    pairs.set(key, [...(pairs.get(key) ?? []), [k, k + 1]]);
  }
  if (pairs.size === 0) return;
  const drop = new Set<number>();
  for (const [key, at] of pairs) {
    const [p0, q0] = [pieces[at[0][0]], pieces[at[0][1]]];
    // (neither partner named alone anywhere in the article)
    if (namedAlone(doc, tokens[p0.a].lower, tokens[q0.a].lower) || namedAlone(doc, tokens[q0.a].lower, tokens[p0.a].lower)) continue;
    // (the evidence not at the end of a list: "Aiwa, Sharp and Matsushita displayed their players")
    // ("P and O said", "B and C planned": two letters need only a verb after them, no person has such a name)
    const letters = tokens[p0.a].end - tokens[p0.a].start === 1 && tokens[q0.a].end - tokens[q0.a].start === 1;
    if (!at.some(([k]) => tokens[pieces[k].a - 1]?.lower !== ',' && (oneThing(doc, lex, pieces[k].a, pieces[k].b + 2) || (letters && /^(VERB|AUX)$/.test(tokens[pieces[k].b + 2]?.pos ?? ''))))) continue;
    for (const [k, k2] of [...at, ...(longer.get(key) ?? [])]) {
      const p = pieces[k];
      pieces[k] = piece(p.a, pieces[k2].b, -1, p.sent, verdict('organisation', 'org.partnership', true), false);
      drop.add(k2);
    }
  }
  if (drop.size === 0) return;
  let kept = 0;
  for (let k = 0; k < pieces.length; k++) if (!drop.has(k)) pieces[kept++] = pieces[k];
  pieces.length = kept;
}

/** A partner's name: a capitalised proper name no list knows as anything else ("Vining"), or initials ("EG"). */
function partnerName(doc: Doc, lex: EntityLexicon, i: number): boolean {
  const t = doc.tokens[i];
  const k = t.lower;
  // (not days, "on Saturdays and Sundays", nor terms in capitals, "WTI and WTS")
  if (WEEKDAY.test(k.replace(/s$/, '')) || lex.notAcronyms.has(doc.text.slice(t.start, t.end))) return false;
  if (!t.cap || t.type !== 'word' || lex.known.has(k) || lex.places.has(k) || lex.demonyms.has(k) || lex.orgHeads.has(k) || lex.genericWords.has(k) || lex.notNames.has(k) || lex.legalForms.has(k)) return false;
  return t.pos === 'PROPN' || /^[A-Z]{1,3}$/.test(doc.text.slice(t.start, t.end));
}

/** Is the capitalised word `k` written anywhere but beside its partner `other` ("Jones" of "Jones and Vining Inc")? */
function namedAlone(doc: Doc, k: string, other: string): boolean {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].cap || tokens[i].lower !== k) continue;
    const after = /^(and|&)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === other;
    const before = /^(and|&)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === other;
    if (!after && !before) return true;
  }
  return false;
}

/**
 * Does the pair ending before token b read as one thing: "Jones and Vining makes shoe lasts", "Duff and Phelps said
 * it", "raised its ratings", "SK and F's sales force", "an analyst with Hambrecht and Quist", "Phillips and Drew
 * senior European economist"? (Not a portfolio: "minister of Economy and Communication".)
 */
function oneThing(doc: Doc, lex: EntityLexicon, a: number, b: number): boolean {
  const tokens = doc.tokens;
  const [next, then] = [tokens[b], tokens[b + 1]];
  if (!next) return false;
  // ("The deal between Telewest and NTL was signed": the two sides "between" asks for, unless a second follows)
  if (tokens[a - 1]?.lower === 'between' && !/^(and|&)$/.test(next.lower)) return false;
  if (next.lower === "'s" || next.lower === "'") return true;
  if ((next.pos === 'VERB' || next.pos === 'AUX') && /[^s]s$/.test(next.lower)) return true;
  if ((next.pos === 'VERB' || sets.speech.has(next.lower)) && /^(it|its)$/.test(then?.lower ?? '')) return true;
  // a role held there, after the name or before "of", "with" or "at" it
  for (let e = b; e < b + 3 && tokens[e] && !tokens[e].cap && tokens[e].type === 'word'; e++) if (lex.roles.has(tokens[e].lower)) return true;
  const prev = tokens[a - 1]?.lower ?? '';
  const role = tokens[a - 2]?.lower ?? '';
  return (/^(of|with|at)$/.test(prev) && lex.roles.has(role) && !/^(minister|secretary|commissioner|undersecretary)$/.test(role)) || /^(privately-held|held)$/.test(prev);
}
