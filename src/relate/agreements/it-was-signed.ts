// "It was signed in Paris by Air France-KLM chief executive Pierre-Henri Gourgeon and Delta chief executive Richard
// Anderson": a sentence whose subject is "It", right after an agreement was reported, says where, when and by whom
// that agreement was signed. So does "The concession was signed by ...", the word that said the agreement's kind.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import type { Party } from './lexicon.js';
import { partyPhrase } from './party-phrase.js';
import { bodyOf, governmentOfficial, officerAfter, signsForCountryLeft } from './parties.js';
import { placeIn } from './place.js';
import { dateRowAt } from './date.js';
import { oneParty } from './same-agreement.js';

/** Verbs of signing that "It was ..." takes for the agreement before. */
const SIGNED = /^(signed|inked|initialled|initialed|sealed|concluded)$/;

/** Adds to `prev` what "It was signed ..." in sentence s says of it; false when the sentence is no such report. */
export function itWasSigned(doc: Doc, s: { first: number; last: number }, prev: AgreementRow | undefined): boolean {
  const tokens = doc.tokens;
  const f = s.first;
  if (!prev) return false;
  // ("The concession was signed by ..." after "a 30-year concession agreement": or the word that said its kind)
  const kindWord = tokens[f].lower === 'the' && tokens[f + 1]?.pos === 'NOUN' && prev.kind.split(' ').slice(0, -1).includes(tokens[f + 1].lower);
  const was = kindWord ? f + 2 : f + 1;
  if ((tokens[f].lower !== 'it' && !kindWord) || tokens[was]?.lower !== 'was') return false;
  const v = tokens[was + 1]?.pos === 'ADV' ? was + 2 : was + 1;
  if (!SIGNED.test(tokens[v]?.lower ?? '')) return false;
  // (the sentence right after the agreement's; the kind's word reaches one sentence further)
  const gap = tokens[f].sent - tokens[doc.tokenAt(prev.evidence.start)].sent;
  if (gap !== 1 && !(kindWord && gap === 2)) return false;
  for (let k = v + 1; k < s.last && !prev.date; k++) {
    const d = dateRowAt(doc, k);
    if (d) prev.date = { dateId: d.id, text: d.text, value: d.value };
  }
  prev.place ??= placeIn(doc, v + 1, s.last, prev.parties, null);
  let by = v + 1;
  while (by < s.last && tokens[by].lower !== 'by') by++;
  if (by < s.last) {
    const officials: Party[] = [];
    for (const p of partyPhrase(doc, by + 1, s.last, 'passive agent').parties) {
      // ("Air France-KLM chief executive Pierre-Henri Gourgeon": or the officer named after the company)
      const body = bodyOf(doc, p) ?? officerAfter(doc, p);
      const at = body?.signatory ? prev.parties.findIndex((q) => !q.signatory && oneParty(body, q)) : -1;
      if (at >= 0) prev.parties[at] = { ...prev.parties[at], signatory: body!.signatory };
      else if (!body && governmentOfficial(doc, p)) officials.push(p);
    }
    // ("Transport Cabinet Secretary Kipchumba Murkomen")
    signsForCountryLeft(prev, officials);
  }
  return true;
}
