// The tense of a sentence decides which way an underspecified date points ("on Monday" in a past-tense
// sentence is the previous Monday). Universal POS tags carry no tense, so it is read from auxiliaries
// and verb forms.
import type { Doc, Sentence } from '../../analyse/doc.js';

export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const IRREGULAR_PAST = new Set(['said', 'told', 'made', 'took', 'gave', 'came', 'went', 'saw', 'got', 'met', 'held', 'won', 'lost', 'sold', 'bought', 'paid', 'left', 'fell', 'rose', 'grew', 'began', 'became', 'brought', 'built', 'chose', 'drew', 'ate', 'flew', 'found', 'felt', 'kept', 'knew', 'led', 'let', 'put', 'ran', 'sent', 'set', 'shut', 'spent', 'stood', 'struck', 'thought', 'understood', 'wrote', 'cut', 'hit', 'quit', 'signed']);
const FUTURE_PHRASE = /^(expected|scheduled|due|planned|set|going|plans|plan|intends|aims)$/;

export function sentenceTense(doc: Doc, s: Sentence): Tense {
  let past = 0;
  let future = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = doc.tokens[i];
    const w = t.lower;
    if (FUTURE.has(w) && (t.pos === 'AUX' || t.pos === 'VERB')) future += 2;
    else if (FUTURE_PHRASE.test(w) && doc.tokens[i + 1]?.lower === 'to') future += 1;
    else if (w === 'next' || w === 'upcoming' || w === 'coming') future += 1;
    else if (PAST_AUX.has(w)) past += 1;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && (IRREGULAR_PAST.has(w) || (/ed$/.test(w) && doc.tokens[i - 1]?.lower !== 'has' && doc.tokens[i - 1]?.lower !== 'have'))) past += 1;
  }
  if (future > past) return 'future';
  if (past > 0) return 'past';
  return 'present';
}
