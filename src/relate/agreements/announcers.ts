// "Netflix has struck a 10-year deal ..., the streaming giant and TKO Group Holdings said on Tuesday": the company
// that announces an agreement together with its only side is its other side.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { mentionAt, mentionCovering } from '../mentions.js';
import { lex } from './lexicon.js';
import { partyOf } from './parties.js';
import { inDate } from './date.js';
import { oneParty } from './same-agreement.js';

/** Adds to each row with one side the other company of the pair that said the sentence the row is in. */
export function announcersAsSides(doc: Doc, rows: AgreementRow[]): void {
  const tokens = doc.tokens;
  for (const row of rows) {
    if (row.parties.length !== 1) continue;
    const s = doc.sentences[tokens[doc.tokenAt(row.evidence.start)].sent];
    // ", X and Y said on Tuesday.": the verb of speech at the sentence's end, past when
    let v = /^[.!]$/.test(tokens[s.last - 1]?.lower ?? '') ? s.last - 2 : s.last - 1;
    while (v > s.first && inDate(doc, v)) v--;
    if (tokens[v]?.lower === 'on') v--;
    if (!lex.speech.has(tokens[v]?.lower ?? '')) continue;
    let c = v - 1;
    while (c > s.first && v - c <= 12 && tokens[c].lower !== ',') c--;
    if (tokens[c].lower !== ',' || tokens[c].start < row.evidence.end) continue;
    let and = c + 1;
    while (and < v && tokens[and].lower !== 'and') and++;
    if (and === v) continue;
    const [left, right] = [sideBetween(doc, c + 1, and), sideBetween(doc, and + 1, v)];
    const own = row.parties[0];
    const named = (m: Side): m is MentionRef => m !== null && m !== 'described';
    const isOwn = (m: Side) => m === 'described' || (named(m) && oneParty(own, partyOf(m, 'x')));
    // one half the row's side, or a description of it ("the streaming giant"); the other a company
    const other = isOwn(left) ? right : isOwn(right) ? left : null;
    if (!named(other) || other.type !== 'organisation' || isOwn(other)) continue;
    row.parties.push(partyOf(other, 'counterparty from context'));
  }
}

/** One half of a pair that said something: a mention, or a description naming none. */
type Side = MentionRef | 'described' | null;

/** The mention that spans tokens [a, b) whole, 'described' for "the <words>" naming none, or null. */
function sideBetween(doc: Doc, a: number, b: number): Side {
  const m = mentionAt(doc, a) ?? (doc.tokens[a]?.lower === 'the' ? mentionAt(doc, a + 1) : undefined);
  if (m && !m.nested && m.b === b) return m;
  if (doc.tokens[a]?.lower !== 'the' || b - a < 2 || b - a > 4) return null;
  for (let k = a + 1; k < b; k++) if (mentionCovering(doc, k) || doc.tokens[k].cap) return null;
  return 'described';
}
