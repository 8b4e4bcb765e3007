// An agreement no noun names, between a subject and the side after "with": "Airbus also agreed with the Chinese
// government to build a final assembly line", "France had formally agreed with Gabon to reschedule bilateral unpaid
// debt". The infinitive is what they agreed to do.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { agreedClauseEnd, agreedRow } from './agreed-purchase.js';
import { dateRowAt, inDate } from './date.js';
import { partyPhrase } from './party-phrase.js';
import { oneParty } from './same-agreement.js';
import { subjectBefore } from './subject.js';
import { afterAgreed } from './verbs.js';

/** Words before "agreed" that make it no agreement made: "has not agreed", "refused to", "would agree". */
const NOT_MADE = /^(not|n't|never|no|failed|refused|would|could|may|might|will|should|must|to|if|unless|whether)$/;

/** Words between a subject and "agreed" that leave it made: "has also formally agreed". */
const BETWEEN = /^(has|have|had|also|formally|already|now|finally|tentatively|jointly|since|recently|,)$/;

/** Verbs that end talks rather than agree terms: "agreed with General Motors Corp to discontinue negotiations". */
const ENDING = /^(discontinue|end|break|suspend|halt|terminate|abandon|cancel|drop|postpone|delay|defer|continue|resume|hold|meet)$/;

/** The agreement made by "agreed with" in sentence s, or null. */
export function agreedWithRow(doc: Doc, s: { first: number; last: number }): AgreementRow | null {
  const tokens = doc.tokens;
  for (let v = s.first + 1; v < s.last - 3; v++) {
    if (!/^(agreed|agrees)$/.test(tokens[v].lower)) continue;
    let b = v - 1;
    while (b > s.first && BETWEEN.test(tokens[b].lower)) b--;
    if (NOT_MADE.test(tokens[b].lower) || NOT_MADE.test(tokens[v - 1].lower)) continue;
    const w = afterAgreed(doc, v);
    if (tokens[w]?.lower !== 'with') continue;
    const side = partyPhrase(doc, w + 1, s.last, 'counterparty');
    if (side.parties.length === 0 || !side.parties.every((p) => p.entityId && !p.entityId.startsWith('per_'))) continue;
    // ("agreed with Gabon on Monday to reschedule": past when)
    let to = side.end;
    while (to < s.last && to - side.end <= 4 && (inDate(doc, to) || (tokens[to].lower === 'on' && inDate(doc, to + 1)))) to++;
    const verb = tokens[to + 1];
    if (tokens[to]?.lower !== 'to' || !verb || verb.pos !== 'VERB' || ENDING.test(verb.lower)) continue;
    const subj = subjectBefore(doc, v, s.first);
    if (!subj || !subj.parties.every((p) => p.entityId || /^[A-Z]/.test(p.name))) continue;
    const parties = subj.parties.map((p) => ({ ...p, role: 'subject' }));
    for (const p of side.parties) if (!parties.some((q) => oneParty(p, q))) parties.push(p);
    if (parties.length < 2) continue;
    const e = agreedClauseEnd(doc, to, s.last);
    let when: Doc['dates'][number] | undefined;
    for (let k = v + 1; k < to && !when; k++) when = dateRowAt(doc, k);
    return agreedRow(doc, 'agreement', parties, subj.start, v, to, e, when, 'agreement.agreed-with');
  }
  return null;
}
