// Where an agreement was signed: a city in its clause or at its end, past occasions ("on the sidelines of
// the summit in Osaka").
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { mentionAt, mentionCovering } from '../mentions.js';
import type { Party } from './lexicon.js';
import { circumstanceAt } from './clauses.js';

/** A purpose ending at token e ends with "in" or "at" and a city. */
export function cityAtEnd(doc: Doc, e: number, startTok: number): boolean {
  const at = mentionCovering(doc, e - 1);
  return at?.type === 'place' && at.placeKind === 'city' && at.b === e && at.a - 1 > startTok && /^(in|at)$/.test(doc.tokens[at.a - 1].lower);
}

/** Where a purpose ending at token e ends without the "in Paris" just before e (not past its start). */
export function placeBefore(doc: Doc, e: number, startTok: number): number {
  const at = mentionCovering(doc, e - 1);
  return at?.type === 'place' && at.b === e && at.a - 1 > startTok && /^(in|at)$/.test(doc.tokens[at.a - 1].lower) ? at.a - 1 : e;
}

/**
 * "on the sidelines of the G20 summit in New Delhi": the "in" or "at" after the meeting a signing was on the margins
 * of, when that phrase follows the agreement noun (which ends at b); else -1.
 */
export function pastSidelines(doc: Doc, b: number, last: number): number {
  const tokens = doc.tokens;
  for (let k = b; k < Math.min(last - 4, b + 8); k++) {
    if (tokens[k].lower !== 'on' || !/^(the|its)$/.test(tokens[k + 1].lower) || !/^(sidelines|margins|fringes)$/.test(tokens[k + 2].lower) || tokens[k + 3].lower !== 'of') continue;
    for (let e = k + 4; e < last && e - k < 14; e++) {
      if (/^(in|at)$/.test(tokens[e].lower)) return e;
      if (/^[,;.]$/.test(tokens[e].lower)) break;
    }
    break;
  }
  return -1;
}

/**
 * "at a ceremony", "at their summit", "at the presidential palace": the token after the occasion (or venue) that starts
 * at k, else k.
 */
export function pastOccasion(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  // ("after marathon talks in Brussels", "during a visit to Beijing": past how it came about, to where)
  if (/^(after|following|during)$/.test(tokens[k]?.lower ?? '') && circumstanceAt(doc, k)) {
    let e = k + 1;
    while (e < last && e - k < 8 && !/^(in|at|,|;|\.)$/.test(tokens[e].lower) && !(tokens[e].lower === 'to' && /^(visit|trip|tour)$/.test(tokens[e - 1].lower))) e++;
    return /^(in|at|to)$/.test(tokens[e]?.lower ?? '') ? e : k;
  }
  if (tokens[k]?.lower !== 'at' || !/^(a|an|the|their|its|his|her)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  let e = k + 2;
  while (e < last && e - k < 6 && !tokens[e].cap && tokens[e].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[e].pos)) e++;
  if (e > k + 2 && OCCASION.test(tokens[e - 1].lower)) return e;
  // ("at the Tamil Nadu Global Investors Meet in Chennai": an occasion's name in capitals)
  e = k + 2;
  while (e < last && e - k < 9 && tokens[e].cap && tokens[e].type === 'word') e++;
  return e > k + 3 && NAMED_OCCASION.test(tokens[e - 1].lower) ? e : k;
}
const NAMED_OCCASION = /^(summit|meet|meeting|forum|conference|expo|fair|congress|dialogue|show|exhibition|week)$/;
// (or the building it was held in: "signed the document at the presidential palace in Khartoum")
const OCCASION = /^(ceremony|summit|meeting|conference|signing|talks|session|gathering|event|forum|visit|palace|headquarters|residence|embassy|hall)$/;

/** "during" a few words before token k ("during Mr Li's visit"). */
function duringBefore(doc: Doc, k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 6); q--) if (doc.tokens[q].lower === 'during') return true;
  return false;
}

/** Agreements that end fighting, after which "in" names where it stops. */
const FIGHTING_STOPS = /^(truce|truces|ceasefire|ceasefires|armistice)$/;

/** A ceasefire the noun phrase before token k joins to another kind: "a ceasefire and hostage release deal in Gaza". */
function fightingStopsIn(doc: Doc, k: number): boolean {
  for (let q = k - 2; q >= Math.max(0, k - 6); q--) {
    const t = doc.tokens[q];
    if (t.type !== 'word' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return false;
    if (FIGHTING_STOPS.test(t.lower)) return true;
  }
  return false;
}

/** Verbs after which "here" is the dateline's city: "under an agreement signed here today". */
const DONE_HERE = /^(signed|reached|concluded|initialled|initialed|sealed)$/;

/** The place of the article's dateline ("NEW DELHI, March 12 -"), as recognised; null when there is none. */
function datelinePlace(doc: Doc): AgreementRow['place'] {
  const at = doc.article.dateline?.place;
  const m = at ? mentionCovering(doc, doc.tokenAt(at.start)) : undefined;
  return m?.type === 'place' ? { entityId: m.entityId, name: m.name } : null;
}

/** "signed in Rome": a place introduced by "in" or "at" that is not inside a party's phrase or the purpose. */
export function placeIn(doc: Doc, first: number, last: number, parties: Party[], purpose: [number, number] | null, sentenceLast = last): AgreementRow['place'] {
  for (let k = first; k < Math.max(last, sentenceLast) - 1; k++) {
    // ("NEW DELHI, March 12 - ... under an agreement signed here today": the city the article was filed from)
    // (without a dateline, the clause is read on)
    const here = doc.tokens[k].lower === 'here' && DONE_HERE.test(doc.tokens[k - 1]?.lower ?? '') ? datelinePlace(doc) : null;
    if (here) return here;
    // ("during Premier Li Keqiang's visit to Astana": the city a visit it was signed during went to, in the sentence)
    // ("during a visit by Vladimir Putin to New Delhi": past who visited)
    const visitor = doc.tokens[k].lower === 'to' ? mentionCovering(doc, k - 1) : undefined;
    let by = visitor?.type === 'person' && visitor.b === k ? visitor.a - 1 : -1;
    while (by > 0 && visitor!.a - by <= 3 && doc.tokens[by].cap && doc.tokens[by].lower !== 'by') by--;
    const visitedBy = by > 0 && doc.tokens[by].lower === 'by' && /^(visit|trip|tour)$/.test(doc.tokens[by - 1]?.lower ?? '') && duringBefore(doc, by - 1);
    const visit = doc.tokens[k].lower === 'to' && ((/^(visit|trip|tour)$/.test(doc.tokens[k - 1]?.lower ?? '') && duringBefore(doc, k - 1)) || visitedBy);
    if (!(/^(in|at)$/.test(doc.tokens[k].lower) && k < last - 1) && !visit) continue;
    // "to explore gas fields in Siberia": where the purpose is, not where it was signed.
    if (purpose && k >= purpose[0] && k < purpose[1]) continue;
    // ("agreed to a four-day truce in Gaza", "a cease-fire in Lebanon": where the fighting stops)
    if (FIGHTING_STOPS.test(doc.tokens[k - 1]?.lower ?? '') || (doc.tokens[k - 1]?.lower === 'fire' && doc.tokens[k - 3]?.lower === 'cease') || fightingStopsIn(doc, k)) continue;
    // ("at the Tower of London", "in the Netherlands": past the article)
    let m = mentionAt(doc, k + 1) ?? (doc.tokens[k + 1]?.lower === 'the' ? mentionAt(doc, k + 2) : undefined);
    if (!m || m.type !== 'place') continue;
    // ("in the Kenyan capital, Nairobi", "in the Chinese city of Xi'an": the city named after what it is)
    if (/^(capital|city|port|town)$/.test(doc.tokens[m.b]?.lower ?? '')) {
      const at = /^(,|of)$/.test(doc.tokens[m.b + 1]?.lower ?? '') ? m.b + 2 : m.b + 1;
      const city = mentionAt(doc, at);
      if (city?.type === 'place') m = city;
    }
    // ("at the Oklahoma City tire plant": the place names the plant, which the row does not)
    if (doc.tokens[m.b]?.pos === 'NOUN' && !doc.tokens[m.b].cap && !/^(today|tonight|yesterday|tomorrow)$/.test(doc.tokens[m.b].lower)) continue;
    if (parties.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    return { entityId: m.entityId, name: m.name };
  }
  return null;
}

/**
 * "Saad al-Kaabi said at the signing ceremony in Doha": where the signing of an agreement reported before took place,
 * as a later sentence names it; for each such phrase, the token it starts at and the place.
 */
export function signingCeremonies(doc: Doc): Array<{ at: number; place: NonNullable<AgreementRow['place']> }> {
  const tokens = doc.tokens;
  const found: Array<{ at: number; place: NonNullable<AgreementRow['place']> }> = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    if (tokens[k].lower !== 'signing' || tokens[k - 1].lower !== 'the') continue;
    const e = tokens[k + 1].lower === 'ceremony' ? k + 2 : k + 1;
    if (tokens[e]?.lower !== 'in') continue;
    const m = mentionAt(doc, e + 1);
    // (a city, or one the gazetteer has as its province too: "Istanbul")
    if (m?.type === 'place' && (m.placeKind === 'city' || m.placeKind === 'region')) found.push({ at: k - 1, place: { entityId: m.entityId, name: m.name } });
  }
  return found;
}
