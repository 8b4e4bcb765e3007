// What an agreement is for: where its purpose starts ("to", "covering", a participle), its text without
// a trailing ticker, and a purpose given in an earlier sentence.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';

export const PURPOSE_START = /^(for|to|on|covering|aimed|aiming|establishing|concerning|regarding|under|involving|including|that|which|calling|allowing|enabling|granting|giving|providing|creating|extending|ending|paving|opening|permitting|guaranteeing|expanding|boosting|setting|requiring|obliging|committing|limiting|cutting|reducing|raising|lowering|stretching|rescheduling|restructuring)$/;
/** Participles after an agreement that comment on it or say when, not what it does: "marking", "following". */
const NOT_PURPOSE_PARTICIPLE = /^(marking|following|joining|bringing|making|saying|adding|according|during|totalling|totaling|amounting|pending|beginning|starting|lasting|running|using|valuing|taking|leaving|sending|seeing|hoping|expecting|citing|noting|signalling|signaling|underscoring|underlining|highlighting|reflecting|showing|being|having|coming|representing)$/;

/**
 * "12 cooperation documents in the fields of energy, transport and education": the token after "of" when the
 * agreement's fields follow token k; else -1.
 */
export function fieldsAfter(doc: Doc, k: number): number {
  const t = doc.tokens;
  if (t[k]?.lower !== 'in') return -1;
  const at = t[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  return /^(fields?|areas?|spheres?|sectors?|domains?)$/.test(t[at]?.lower ?? '') && t[at + 1]?.lower === 'of' && t[at + 2] && !t[at + 2].cap ? at + 2 : -1;
}

/** Words that open what an agreement "over" is about: "over the price of gas", "over its nuclear programme". */
const OVER_WHAT = /^(the|its|their|a|an)$/;

/** Where a purpose may start: "to", "for", "covering" ..., or a participle in lower case ("delineating their borders"). */
export function purposeStartAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (PURPOSE_START.test(t.lower) || fieldsAfter(doc, k) > 0) return true;
  // ("a merger agreement in which Chrysler will tender 27 dlrs a share": its terms, as "under which" gives them)
  if (/^(in|by)$/.test(t.lower) && doc.tokens[k + 1]?.lower === 'which') return true;
  // ("an agreement over the price of natural gas": what a dispute settled was over; not "over the weekend", "over
  // five years", a time)
  if (t.lower === 'over' && OVER_WHAT.test(doc.tokens[k + 1]?.lower ?? '') && !/^(weekend|next|past|last|coming|period)$/.test(doc.tokens[k + 2]?.lower ?? '')) return true;
  return t.pos === 'VERB' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !NOT_PURPOSE_PARTICIPLE.test(t.lower);
}

/**
 * "Should the United Kingdom approve the treaty establishing a constitution for the European Union? ... The treaty
 * was signed by all 25 EU members": what "the treaty" is for, from where the article named it before (in the three
 * sentences before, as "the <noun>" followed by what it does).
 */
export function earlierPurpose(doc: Doc, r: AgreementRow): string | null {
  const tokens = doc.tokens;
  const n = doc.tokenAt(r.evidence.start);
  let at = -1;
  for (let k = Math.max(0, n - 1); k < Math.min(n + 30, tokens.length) && tokens[k].start < r.evidence.end; k++) {
    if (tokens[k].lower === 'the' && tokens[k + 1] && r.kind.toLowerCase() === tokens[k + 1].lower) at = k + 1;
  }
  if (at < 0) return null;
  const s = doc.sentences[tokens[at].sent];
  const from = doc.sentences[Math.max(0, tokens[at].sent - 3)].first;
  for (let k = s.first - 1; k > from; k--) {
    if (tokens[k].lower !== tokens[at].lower || tokens[k - 1].lower !== 'the') continue;
    const w = tokens[k + 1]?.lower ?? '';
    if (!/^(establishing|creating|covering|governing|setting|ending|on|for)$/.test(w)) return null;
    const start = /^(on|for)$/.test(w) ? k + 2 : k + 1;
    let e = start;
    const last = doc.sentences[tokens[k].sent].last;
    while (e < last && !/^[,;.?!"'“”]$/.test(tokens[e].lower)) e++;
    return e - start >= 2 ? doc.text.slice(tokens[start].start, tokens[e - 1].end).replace(/\s+/g, ' ') : null;
  }
  return null;
}

/** A ticker a purpose ends with, whole or cut at its point ("to Altron Group <ALRN.O>", "<CABV"). */
const TRAILING_TICKER = /\s*<[A-Z0-9]{1,8}(\.[A-Z]{0,3}>?|>)?$/;
/** A whole ticker inside a purpose ("with Cable and Wireless PLC <CAWL.L> to instal"). */
const INNER_TICKER = /\s*<[A-Z0-9]{1,8}(\.[A-Z]{1,3})?>(?=[\s,;:]|$)/g;

/** Tokens [a, b) as a purpose: one line, without the punctuation that ends it (nor a ticker). */
export function purposeText(doc: Doc, a: number, b: number): string {
  const text = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end).replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
  return text.replace(TRAILING_TICKER, '').replace(INNER_TICKER, '') || text;
}

/** The point inside a wire ticker, glued to both its sides: "<CAWL.L>". */
export function tickerPoint(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t[k].lower === '.' && t[k - 1]?.end === t[k].start && t[k + 1]?.start === t[k].end && t[k + 2]?.lower === '>' && t[k + 2].start === t[k + 1].end;
}
