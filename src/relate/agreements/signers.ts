// Who signed for each side, told after the agreement: "Treasury Cabinet Secretary Njuguna Ndung'u signed for
// Kenya, while country director Keith Hansen signed on behalf of the World Bank."
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { mentionAt, mentionCovering } from '../mentions.js';
import { DESCRIPTORS } from './lexicon.js';
import { nounPhraseEndingAt } from './noun-phrase.js';
import { bodyOf, partyOf } from './parties.js';

/** Past tense of signing, as one signs for a side. */
const SIGNED = /^(signed|inked|initialled|initialed|co-signed)$/;

/**
 * The body named at token k, after "for" or "on behalf of": a name ("Kenya", "the World Bank"), or one the article
 * named before, described ("the bank").
 */
export function bodyNamedAt(doc: Doc, k: number, first: number): MentionRef | null {
  const tokens = doc.tokens;
  const the = tokens[k]?.lower === 'the';
  let m = mentionAt(doc, the ? k + 1 : k);
  if (!m && the && DESCRIPTORS.has(tokens[k + 1]?.lower ?? '')) {
    const np = nounPhraseEndingAt(doc, k + 1, first);
    const named = np?.parties.length === 1 && np.parties[0].entityId ? np.parties[0] : null;
    if (named) m = doc.mentions.find((x) => x.entityId === named.entityId && x.start === named.start);
  }
  return m && m.type !== 'person' ? m : null;
}

/**
 * "X signed for Kenya", "Y signed on behalf of the bank": in the two sentences after each agreement, or after the
 * last sentence that names it again (and before the next one), a person who signed for one of its sides is that
 * side's signatory.
 */
export function signersAfter(doc: Doc, rows: AgreementRow[], namedLastIn?: Map<AgreementRow, number>): void {
  const tokens = doc.tokens;
  rows.forEach((row, n) => {
    const s = Math.max(tokens[doc.tokenAt(row.evidence.end) - 1]?.sent ?? -1, namedLastIn?.get(row) ?? -1);
    if (s < 0) return;
    const from = doc.tokenAt(row.evidence.end);
    const to = Math.min(doc.sentences[Math.min(doc.sentences.length - 1, s + 2)].last, rows[n + 1] ? doc.tokenAt(rows[n + 1].evidence.start) : tokens.length);
    for (let k = from; k < to; k++) {
      if (!SIGNED.test(tokens[k].lower)) continue;
      // ("The Minister of Education, Mallam Adamu Adamu, signed for the government": a name between commas)
      // ("ASUU President, Prof. Emmanuel Osodeke, signed": past the courtesy title the mention's text opens with)
      const apposed = tokens[k - 1].lower === ',' ? mentionCovering(doc, k - 2) : undefined;
      const opened = apposed ? tokens[doc.tokenAt(apposed.start) - 1]?.lower === ',' || tokens[apposed.a - 1]?.lower === ',' : false;
      // ("Saad al-Kaabi, who is also Qatar's minister of state for energy affairs, signed for QatarEnergy": or before
      // a clause on who the person is)
      const who = tokens[k - 1].lower === ',' ? beforeWhoClause(doc, k - 1) : undefined;
      const signer = who ?? (apposed && apposed.b === k - 1 && opened ? apposed : mentionCovering(doc, k - 1));
      if (signer?.type !== 'person' || (signer.b !== k && signer !== apposed && signer !== who) || signer.nested) continue;
      const first = doc.sentences[tokens[k].sent].first;
      const at = tokens[k + 1]?.lower === 'for' ? k + 2 : tokens[k + 1]?.lower === 'on' && tokens[k + 2]?.lower === 'behalf' && tokens[k + 3]?.lower === 'of' ? k + 4 : -1;
      const body = at > 0 ? bodyNamedAt(doc, at, first) ?? ownGovernment(doc, at, signer) : onItsBehalf(doc, k + 1) ? ownerBefore(doc, signer.a, first) : null;
      let side = body ? row.parties.findIndex((p) => p.entityId === body.entityId && !p.signatory) : at > 0 ? sideNamedBy(row, tokens[at].lower === 'the' ? tokens[at + 1]?.lower ?? '' : '') : -1;
      // ("Hudong-Zhonghua president Chen Jianliang signed for the shipyard": a side described no side's name holds,
      // the body the signer's title names)
      if (side < 0 && at > 0 && !body && tokens[at].lower === 'the') {
        const own = bodyOf(doc, partyOf(signer, 'signer'));
        if (own?.entityId) side = row.parties.findIndex((p) => p.entityId === own.entityId && !p.signatory);
      }
      if (side >= 0) row.parties[side] = { ...row.parties[side], signatory: { name: signer.written ?? signer.name, entityId: signer.entityId || null } };
    }
  });
}

/**
 * "signed for the government", "for the union": the one side whose name holds that noun ("Federal Government",
 * "Academic Staff Union of Universities") and has no signatory yet, or -1.
 */
function sideNamedBy(row: AgreementRow, noun: string): number {
  if (!/^[a-z]{4,}$/.test(noun)) return -1;
  const sides = row.parties.map((p, n) => (p.name.toLowerCase().split(/\s+/).includes(noun) ? n : -1)).filter((n) => n >= 0);
  return sides.length === 1 && !row.parties[sides[0]].signatory ? sides[0] : -1;
}

/**
 * "Kenya's Finance Minister David Mwiraria signed on behalf of the government": the country whose title the signer
 * holds, when what follows "for" or "on behalf of" at token k is its government unnamed.
 */
function ownGovernment(doc: Doc, k: number, signer: MentionRef): MentionRef | null {
  const t = doc.tokens;
  if (!/^(the|his|her)$/.test(t[k]?.lower ?? '') || !/^(government|country)$/.test(t[k + 1]?.lower ?? '')) return null;
  const body = bodyOf(doc, partyOf(signer, 'signer'));
  return body?.entityId?.startsWith('plc_') ? (doc.mentions.find((m) => m.entityId === body.entityId && m.start === body.start) ?? null) : null;
}

/** The person before ", who ...," that ends at the comma at token c (the clause at most 20 tokens long), if any. */
function beforeWhoClause(doc: Doc, c: number): MentionRef | undefined {
  const first = doc.sentences[doc.tokens[c].sent].first;
  for (let w = c - 1; w > first + 1 && c - w <= 20; w--) {
    const t = doc.tokens[w].lower;
    if (t === ',' || SIGNED.test(t)) return undefined;
    if (t === 'who' && doc.tokens[w - 1].lower === ',') {
      const m = mentionCovering(doc, w - 2);
      return m?.type === 'person' && m.b === w - 1 ? m : undefined;
    }
  }
  return undefined;
}

/** "signed on its behalf", "on their behalf". */
function onItsBehalf(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t[k]?.lower === 'on' && /^(its|their)$/.test(t[k + 1]?.lower ?? '') && t[k + 2]?.lower === 'behalf';
}

/** The owner a person's description opens with: "the bank's country director Keith Hansen" (the bank). */
export function ownerBefore(doc: Doc, a: number, first: number): MentionRef | null {
  const t = doc.tokens;
  for (let q = a - 1; q > first && a - q <= 4; q--) {
    if (t[q].lower !== "'s") continue;
    const named = mentionCovering(doc, q - 1);
    if (named && named.b === q) return named.type === 'person' ? null : named;
    return t[q - 2]?.lower === 'the' ? bodyNamedAt(doc, q - 2, first) : null;
  }
  return null;
}
