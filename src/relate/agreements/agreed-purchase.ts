// A purchase or merger agreed without an agreement noun ("Microsoft has agreed to buy Skype"), which the article
// names as "the deal" later.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { mentionAt, mentionCovering, writtenMention } from '../mentions.js';
import { oneParty } from './same-agreement.js';
import { formerName } from './noun.js';
import { purposeText } from './purpose.js';
import { partyOf } from './parties.js';
import { subjectBefore } from './subject.js';
import { clauseAfter } from './clauses.js';

/**
 * The first purchase or merger the article says was agreed from token `from` to token end, without an agreement noun of its own:
 * "Microsoft has agreed to buy internet phone service Skype for $8.5bn (£5.2bn) in cash", as the agreement `kind`
 * names it later ("The deal, which has been approved by both companies' boards, ..."). Null when there is none.
 */
export function agreedPurchaseBefore(doc: Doc, end: number, kind: string, from = 1): AgreementRow | null {
  const tokens = doc.tokens;
  for (let v = Math.max(1, from); v + 2 < end; v++) {
    if (!/^(agreed|agrees)$/.test(tokens[v].lower) || tokens[v + 1].lower !== 'to' || !/^(buy|acquire|purchase|merge|sell|take)$/.test(tokens[v + 2].lower)) continue;
    if (tokens[v + 2].lower === 'take' && tokens[v + 3]?.lower !== 'over') continue;
    const s = doc.sentences[tokens[v].sent];
    const subj = subjectBefore(doc, v, s.first);
    if (!subj || !subj.parties.some((p) => p.entityId || /^[A-Z]/.test(p.name))) continue;
    // what was agreed, to the end of its clause
    let e = v + 3;
    while (e < s.last && !/^(;|\.|but)$/.test(tokens[e].lower) && !(tokens[e].lower === ',' && clauseAfter(doc, e + 1, s.last))) e++;
    while (e > v + 3 && /^[.,;]$/.test(tokens[e - 1].lower)) e--;
    const parties = subj.parties.map((p) => ({ ...p, role: 'subject' }));
    // the company bought, sold to or merged with: the first one named, past what it is ("internet phone service Skype")
    const selling = tokens[v + 2].lower === 'sell';
    for (let q = v + 3; q < e; q++) {
      // (not "a company that will sell condoms produced by INKEY SA": a name inside a clause about what is bought)
      if (/^(that|which|who|produced|made|operated|owned)$/.test(tokens[q].lower)) break;
      const m = mentionAt(doc, q) ?? unnamedCompanyAt(doc, q, e);
      if (!m || m.b > e) continue;
      if (m.type === 'organisation' && !formerName(doc, q) && !parties.some((p) => oneParty(p, partyOf(m, 'x')))) {
        if (!selling || tokens[q - 1]?.lower === 'to') parties.push(partyOf(m, selling ? 'buyer in purpose' : tokens[v + 2].lower === 'merge' ? 'partner in purpose' : 'seller in purpose'));
        // ("to buy 15 planes from Boeing and 25 from Airbus": every seller the goods come from)
        if (!selling && tokens[q - 1]?.lower !== 'from') break;
      }
      q = m.b - 1;
    }
    if (parties.length < 2) return null;
    const start = Math.min(subj.start >= 0 ? tokens[subj.start].start : tokens[v].start, tokens[v].start);
    const stop = tokens[e - 1].end;
    return {
      articleId: doc.article.id,
      id: '',
      kind,
      status: 'agreed',
      plural: false,
      parties,
      purpose: purposeText(doc, v + 1, e),
      date: null,
      place: null,
      evidence: { start, end: stop, text: doc.text.slice(start, stop) },
      rule: 'agreement.agreed-to',
    };
  }
  return null;
}

/**
 * A name no rule typed, after what it is ("internet phone service Skype"): capitalised words at token q, after a
 * noun in lower case, that no lower-case noun follows. Undefined otherwise.
 */
function unnamedCompanyAt(doc: Doc, q: number, end: number): MentionRef | undefined {
  const tokens = doc.tokens;
  if (!tokens[q].cap || tokens[q].pos !== 'PROPN' || tokens[q - 1]?.cap || tokens[q - 1]?.pos !== 'NOUN' || mentionCovering(doc, q)) return undefined;
  let e = q;
  while (e < end && e - q < 3 && tokens[e].cap && tokens[e].pos === 'PROPN' && tokens[e].type === 'word' && !mentionCovering(doc, e)) e++;
  const after = tokens[e];
  if (after && !after.cap && after.type === 'word' && after.pos === 'NOUN') return undefined;
  return writtenMention(doc, q, e);
}
