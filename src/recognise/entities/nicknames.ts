// A person written with a nickname in quotes between the given name and the surname.
import type { Doc } from '../../analyse/doc.js';
import { verdict } from './classify.js';
import type { EntityLexicon } from './lexicon.js';
import type { Piece } from './piece.js';
import { INITIALS } from './person-names.js';

const QUOTE = /^(["“”]|''|``)$/;

/**
 * 'C.N. "Bud" Moore', 'Burkhard "Bobby" Junger', 'C.J. "Pete" Silas': initials or a given name, a nickname in
 * quotes and a surname are one person (read apart, the initials looked like an acronym and the rest like a quoted
 * title). The pieces the person took in are dropped, in place.
 */
export function nicknamedPeople(doc: Doc, lex: EntityLexicon, pieces: Piece[]): void {
  const tokens = doc.tokens;
  let taken: Set<Piece> | undefined;
  for (const p of pieces) {
    if (p.b - p.a !== 1 || taken?.has(p)) continue;
    const [open, nick, close, surname] = [tokens[p.b], tokens[p.b + 1], tokens[p.b + 2], tokens[p.b + 3]];
    if (!open || !QUOTE.test(open.lower) || !close || !QUOTE.test(close.lower) || !nick?.cap || nick.type !== 'word' || !surname?.cap || surname.type !== 'word') continue;
    if (surname.sent !== tokens[p.a].sent || lex.notNames.has(surname.lower)) continue;
    if (!tokens[p.a].cap || (!INITIALS.test(tokens[p.a].lower) && !lex.givenNames.has(tokens[p.a].lower))) continue;
    taken ??= new Set();
    for (const q of pieces) if (q !== p && q.a > p.a && q.a <= p.b + 3) taken.add(q);
    p.b += 4;
    p.verdict = verdict('person', 'person.nickname', true);
  }
  if (!taken) return;
  let kept = 0;
  for (const q of pieces) if (!taken.has(q)) pieces[kept++] = q;
  pieces.length = kept;
}
