// "It was signed in Paris by Air France-KLM chief executive Pierre-Henri Gourgeon and Delta chief executive Richard
// Anderson": a sentence whose subject is "It", right after an agreement was reported, says where, when and by whom
// that agreement was signed.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { partyPhrase } from './party-phrase.js';
import { bodyOf, officerAfter } from './parties.js';
import { placeIn } from './place.js';
import { dateRowAt } from './date.js';
import { oneParty } from './same-agreement.js';

/** Verbs of signing that "It was ..." takes for the agreement before. */
const SIGNED = /^(signed|inked|initialled|initialed|sealed|concluded)$/;

/** Adds to `prev` what "It was signed ..." in sentence s says of it; false when the sentence is no such report. */
export function itWasSigned(doc: Doc, s: { first: number; last: number }, prev: AgreementRow | undefined): boolean {
  const tokens = doc.tokens;
  const f = s.first;
  if (!prev || tokens[f].lower !== 'it' || tokens[f + 1]?.lower !== 'was') return false;
  const v = tokens[f + 2]?.pos === 'ADV' ? f + 3 : f + 2;
  if (!SIGNED.test(tokens[v]?.lower ?? '')) return false;
  // (the sentence right after the agreement's)
  if (tokens[f].sent - tokens[doc.tokenAt(prev.evidence.start)].sent !== 1) return false;
  for (let k = v + 1; k < s.last && !prev.date; k++) {
    const d = dateRowAt(doc, k);
    if (d) prev.date = { dateId: d.id, text: d.text, value: d.value };
  }
  prev.place ??= placeIn(doc, v + 1, s.last, prev.parties, null);
  let by = v + 1;
  while (by < s.last && tokens[by].lower !== 'by') by++;
  if (by < s.last) {
    for (const p of partyPhrase(doc, by + 1, s.last, 'passive agent').parties) {
      // ("Air France-KLM chief executive Pierre-Henri Gourgeon": or the officer named after the company)
      const body = bodyOf(doc, p) ?? officerAfter(doc, p);
      const at = body?.signatory ? prev.parties.findIndex((q) => !q.signatory && oneParty(body, q)) : -1;
      if (at >= 0) prev.parties[at] = { ...prev.parties[at], signatory: body!.signatory };
    }
  }
  return true;
}
