// "Prime Minister Rishi Sunak and his Japanese counterpart Fumio Kishida signed": the leader named without a
// country stands for the other country an earlier agreement of the article pairs with the counterpart's.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import type { Party } from './lexicon.js';

/** Each row's person named beside "his X counterpart" becomes the country the article pairs with X, signed for by them. */
export function counterpartsCountry(doc: Doc, rows: AgreementRow[]): void {
  rows.forEach((row, i) => {
    if (row.parties.length !== 2) return;
    const across = row.parties.find((q) => q.signatory && q.entityId?.startsWith('plc_') && /^\s+counterparts?\b/i.test(doc.text.slice(q.end, q.end + 16)));
    const person = row.parties.find((p) => p !== across && !p.signatory && p.entityId?.startsWith('per_'));
    if (!across || !person) return;
    const other = pairedWith(rows.slice(0, i).reverse(), across.entityId!);
    if (!other) return;
    row.parties[row.parties.indexOf(person)] = { ...other, role: `${person.role} from context`, signatory: { name: person.name, entityId: person.entityId } };
  });
}

/** The other side of the latest agreement between two places, one of them the place with this id. */
function pairedWith(before: AgreementRow[], id: string): Party | null {
  for (const r of before) {
    const places = r.parties.filter((p) => p.entityId?.startsWith('plc_'));
    if (places.length !== 2 || r.parties.length !== 2 || !places.some((p) => p.entityId === id)) continue;
    const other = places.find((p) => p.entityId !== id)!;
    return { name: other.name, entityId: other.entityId, start: other.start, end: other.end, role: other.role };
  }
  return null;
}
