// A purchase, merger or supply agreed without an agreement noun ("Microsoft has agreed to buy Skype"), which the article
// names as "the deal" later; or, as the article's first agreement, anything two named sides agreed to do ("Indonesia
// and Malaysia agreed on Monday to cut palm oil exports"), named "the accord" soon after.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { mentionAt, mentionCovering, writtenMention } from '../mentions.js';
import { oneParty } from './same-agreement.js';
import { formerName } from './noun.js';
import { purposeText } from './purpose.js';
import { partyOf } from './parties.js';
import { subjectBefore } from './subject.js';
import { clauseAfter } from './clauses.js';
import { dateRowAt, inDate, pastMonthOfSigning } from './date.js';
import { GROUP_NOUNS, lex, type Party } from './lexicon.js';

/**
 * The first purchase or merger the article says was agreed from token `from` to token end, without an agreement noun of its own:
 * "Microsoft has agreed to buy internet phone service Skype for $8.5bn (£5.2bn) in cash", as the agreement `kind`
 * names it later ("The deal, which has been approved by both companies' boards, ..."). Null when there is none.
 */
export function agreedPurchaseBefore(doc: Doc, end: number, kind: string, from = 1, anyAgreed = false): AgreementRow | null {
  const tokens = doc.tokens;
  for (let v = Math.max(1, from); v + 2 < end; v++) {
    if (!/^(agreed|agrees)$/.test(tokens[v].lower)) continue;
    // ("Indonesia and Malaysia agreed on Monday to cut palm oil exports": past when)
    let to = v + 1;
    while (to < end && to - v <= 4 && (inDate(doc, to) || (tokens[to].lower === 'on' && inDate(doc, to + 1)))) to++;
    const w = tokens[to + 1]?.lower ?? '';
    // ("Norway and the European Union have agreed on fishing quotas": or on what, unarticled, in lower case)
    const bare = !!tokens[to + 1] && !tokens[to + 1].cap && tokens[to + 1].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[to + 1].pos) && !inDate(doc, to + 1);
    if (anyAgreed && tokens[to]?.lower === 'on' && (/^(a|an)$/.test(w) || bare)) {
      const on = agreedOn(doc, kind, v, to, end, to > v + 1 ? dateRowAt(doc, to - 1) : undefined);
      if (on) return on;
    }
    const merger = anyAgreed ? agreedMerger(doc, kind, v, to, end, to > v + 1 ? dateRowAt(doc, to - 1) : undefined) : null;
    if (merger) return merger;
    if (tokens[to]?.lower !== 'to' || to + 1 >= end) continue;
    // ("Petrobras agreed to supply oil to Sinopec. The contract runs for ten years": a supply, to whom it goes)
    // ("Pfizer Inc has agreed to pay Jiangsu Hengrui Pharmaceuticals Co Ltd up to $1.5 billion for the rights to a
    // drug ... Under the licensing agreement": a payment for what is bought, or a licence)
    const purchase = /^(buy|acquire|purchase|merge|sell|take|supply|deliver|pay|license)$/.test(w);
    if (w === 'take' && tokens[to + 2]?.lower !== 'over') continue;
    // (a payment to someone, or of an amount: not "fees that Purolator agreed to pay if PC were unsuccessful")
    // ("agreed to pay up to $2.1 billion to license": an amount with its qualifier)
    if (w === 'pay' && !mentionAt(doc, to + 2) && !/^(number|currency)$/.test(tokens[to + 2]?.type ?? '') && !doc.counts.some((c) => c.kind === 'money' && c.start === tokens[to + 2]?.start)) continue;
    const s = doc.sentences[tokens[v].sent];
    const subj = subjectBefore(doc, v, s.first);
    if (!subj || !subj.parties.some((p) => p.entityId || /^[A-Z]/.test(p.name))) continue;
    const e = agreedClauseEnd(doc, to, s.last);
    const parties = subj.parties.map((p) => ({ ...p, role: 'subject' }));
    const when = to > v + 1 ? dateRowAt(doc, to - 1) : undefined;
    // ("Indonesia and Malaysia agreed to cut palm oil exports", named "the accord" later: two named sides agreed together,
    // whatever they agreed to do)
    // (the sides named in its own sentence: "X and Y said they agreed to", not "both sides" of an earlier one; and
    // named "the agreement" within the next two sentences)
    if (!purchase) {
      const named = parties.every((p) => p.entityId && !p.entityId.startsWith('per_') && p.start >= tokens[s.first].start && p.end <= tokens[v].start);
      const near = tokens[end].sent - tokens[v].sent <= 2;
      // ("agreed to jointly develop": past an adverb)
      const verb = tokens[to + 1].pos === 'ADV' ? tokens[to + 2] : tokens[to + 1];
      if (!anyAgreed || !near || verb?.pos !== 'VERB' || parties.length < 2 || !named) continue;
      return agreedRow(doc, kind, parties, subj.start, v, to, e, when);
    }
    // the company bought, sold to or merged with: the first one named, past what it is ("internet phone service Skype")
    const selling = /^(sell|supply|deliver)$/.test(w);
    for (let q = to + 2; q < e; q++) {
      // (not "a company that will sell condoms produced by INKEY SA": a name inside a clause about what is bought)
      if (/^(that|which|who|produced|made|operated|owned)$/.test(tokens[q].lower)) break;
      const m = mentionAt(doc, q) ?? unnamedCompanyAt(doc, q, e);
      if (!m || m.b > e) continue;
      if (m.type === 'organisation' && !formerName(doc, q) && !parties.some((p) => oneParty(p, partyOf(m, 'x')))) {
        // (or after the country whose it is: "to China's Sinopec")
        const owner = tokens[q - 1]?.lower === "'s" ? mentionCovering(doc, q - 2) : undefined;
        // ("to private equity firm CVC Capital Partners": or after what it is, which its mention holds)
        const afterTo = tokens[q - 1]?.lower === 'to' || tokens[doc.tokenAt(m.start) - 1]?.lower === 'to' || (owner?.type === 'place' && tokens[owner.a - 1]?.lower === 'to');
        if (!selling || afterTo) parties.push(partyOf(m, w === 'sell' ? 'buyer in purpose' : selling ? 'customer' : w === 'merge' ? 'partner in purpose' : w === 'pay' && q === to + 2 ? 'payee in purpose' : w === 'license' ? 'counterparty in purpose' : 'seller in purpose'));
        // ("to buy 15 planes from Boeing and 25 from Airbus": every seller the goods come from)
        if (!selling && tokens[q - 1]?.lower !== 'from') break;
      }
      q = m.b - 1;
    }
    if (parties.length < 2) return null;
    return agreedRow(doc, kind, parties, subj.start, v, to, e, when);
  }
  return null;
}

/**
 * "The Philippines and its creditor banks have agreed on a rescheduling of 9.4 billion dlrs of foreign debt", named
 * "the agreement" within the next two sentences: what two sides or more agreed on, one named at least, each other
 * one named or described as a group ("its creditor banks"). The verb at v, its "on" at token `on`.
 */
function agreedOn(doc: Doc, kind: string, v: number, on: number, end: number, when: Doc['dates'][number] | undefined): AgreementRow | null {
  const tokens = doc.tokens;
  const s = doc.sentences[tokens[v].sent];
  if (tokens[end].sent - tokens[v].sent > 2) return null;
  const subj = subjectBefore(doc, v, s.first);
  if (!subj || subj.parties.length < 2) return null;
  const named = (p: Party) => !!p.entityId && !p.entityId.startsWith('per_');
  const group = (p: Party) => !p.entityId && !!GROUP_NOUNS[p.name.split(' ').pop()!.toLowerCase()];
  if (!subj.parties.some(named) || !subj.parties.every((p) => named(p) || group(p))) return null;
  const e = agreedClauseEnd(doc, on, s.last);
  return agreedRow(doc, kind, subj.parties.map((p) => ({ ...p, role: 'subject' })), subj.start, v, on + 1, e, when, 'agreement.agreed-on');
}

/**
 * "Glencore and Xstrata have agreed the terms of a $90bn (£56bn) merger", "Arcelor had earlier agreed a merger with
 * Russia's Severstal", named "the deal" within the next two sentences: a merger or takeover agreed, between the
 * named sides of the verb at v, or its side and the company it merges with. What was agreed starts at token `at`.
 */
function agreedMerger(doc: Doc, kind: string, v: number, at: number, end: number, when: Doc['dates'][number] | undefined): AgreementRow | null {
  const tokens = doc.tokens;
  let q = at;
  if (tokens[q]?.lower === 'the' && tokens[q + 1]?.lower === 'terms' && tokens[q + 2]?.lower === 'of') q += 3;
  if (!/^(a|an)$/.test(tokens[q]?.lower ?? '') || tokens[end].sent - tokens[v].sent > 2) return null;
  const s = doc.sentences[tokens[v].sent];
  let n = q + 1;
  while (n < s.last && n - q <= 8 && !/^(merger|takeover|\.|,|;)$/.test(tokens[n].lower)) n++;
  if (!/^(merger|takeover)$/.test(tokens[n]?.lower ?? '')) return null;
  const subj = subjectBefore(doc, v, s.first);
  const named = (p: Party) => !!p.entityId && !p.entityId.startsWith('per_');
  if (!subj || !subj.parties.every(named)) return null;
  const parties = subj.parties.map((p) => ({ ...p, role: 'subject' }));
  let e = n + 1;
  // (the company it merges with, past the country whose it is: "with Russia's Severstal")
  if (parties.length === 1 && tokens[e]?.lower === 'with') {
    const owner = mentionAt(doc, e + 1);
    const k = owner?.type === 'place' && tokens[owner.b]?.lower === "'s" ? owner.b + 1 : e + 1;
    const m = mentionAt(doc, k);
    if (m?.type === 'organisation') {
      parties.push(partyOf(m, 'partner in purpose'));
      e = m.b;
    }
  }
  if (parties.length < 2) return null;
  return agreedRow(doc, kind, parties, subj.start, v, q, e, when, 'agreement.agreed-merger');
}

/**
 * The end of what was agreed after its "to" at token `to`: the end of its clause, before a full stop, a semicolon
 * outside brackets ("for 20 billion Czech crowns ($864m; £456m)"), "but" or a comma that opens another clause.
 */
export function agreedClauseEnd(doc: Doc, to: number, last: number): number {
  const tokens = doc.tokens;
  let e = to + 2;
  let depth = 0;
  for (; e < last; e++) {
    const w = tokens[e].lower;
    // (", including brands such as Lipton and PG Tips, to private equity firm CVC": past an aside on what is sold,
    // closed by a comma before the rest of the clause)
    const aside = w === ',' && tokens[e + 1]?.lower === 'including' ? asideEnd(doc, e + 2, last) : -1;
    if (aside > 0) e = aside;
    else if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (w === '.' || w === 'but' || (w === ';' && depth === 0) || (w === ',' && (clauseAfter(doc, e + 1, last) || rankingAside(doc, e + 1)))) break;
  }
  while (e > to + 2 && /^[.,;]$/.test(tokens[e - 1].lower)) e--;
  return e;
}

/** The comma that closes an aside from token k, before "to", "from" or "for" that go on with the clause; -1 when none does. */
function asideEnd(doc: Doc, k: number, last: number): number {
  for (let c = k; c < last && c - k <= 12; c++) {
    if (/^[.;]$/.test(doc.tokens[c].lower)) return -1;
    if (doc.tokens[c].lower === ',') return /^(to|from|for)$/.test(doc.tokens[c + 1]?.lower ?? '') ? c : -1;
  }
  return -1;
}

/** ", the first such link in nearly 60 years", ", the latest in a series": an aside that ranks what was agreed, at token k. */
function rankingAside(doc: Doc, k: number): boolean {
  const t = doc.tokens[k + 1];
  return /^(the|a|an|its|their)$/.test(doc.tokens[k]?.lower ?? '') && !!t && (/^(first|second|third|last|latest|only|next)$/.test(t.lower) || (t.pos === 'ADJ' && /[^e]est$/.test(t.lower)));
}

/** The row of what the subject agreed "to" do, from the verb at v and its "to" to token e. */
export function agreedRow(doc: Doc, kind: string, parties: Party[], subjStart: number, v: number, to: number, e: number, when: Doc['dates'][number] | undefined, rule = 'agreement.agreed-to'): AgreementRow {
  const tokens = doc.tokens;
  const start = Math.min(subjStart >= 0 ? tokens[subjStart].start : tokens[v].start, tokens[v].start);
  const stop = tokens[e - 1].end;
  // ("Chevron agreed to buy Hess in October 2023": a month past that ends the clause is when it was agreed, not part
  // of what was)
  const last = when ? undefined : dateRowAt(doc, e - 1);
  if (last && last.end === tokens[e - 1].end && doc.tokenAt(last.start) - 1 > to + 2 && pastMonthOfSigning(doc, last, 'past')) {
    when = last;
    e = doc.tokenAt(last.start) - 1;
  }
  when ??= reportedAfter(doc, e);
  return {
    articleId: doc.article.id,
    id: '',
    kind,
    status: 'agreed',
    plural: false,
    parties,
    purpose: purposeText(doc, to, e),
    date: when ? { dateId: when.id, text: when.text, value: when.value } : null,
    place: null,
    evidence: { start, end: stop, text: doc.text.slice(start, stop) },
    rule,
  };
}

/**
 * ", the Canadian miner said on Tuesday.", ", the companies said on Tuesday, ending a months-long pursuit": the day
 * the report after token e gives, when it ends the sentence or its clause, which is when it was agreed as far as the
 * article says ("Glencore has agreed to buy a 77% stake in Teck Resources' steelmaking coal business for $6.93 billion
 * in cash, the Canadian miner said on Tuesday").
 */
function reportedAfter(doc: Doc, e: number): Doc['dates'][number] | undefined {
  const tokens = doc.tokens;
  if (tokens[e]?.lower !== ',') return undefined;
  const last = doc.sentences[tokens[e].sent].last;
  for (let q = e + 1; q < last && q - e <= 10; q++) {
    if (/^[,;]$/.test(tokens[q].lower)) return undefined;
    if (tokens[q].pos !== 'VERB' || !lex.speech.has(tokens[q].lower)) continue;
    const k = tokens[q + 1]?.lower === 'on' ? q + 2 : q + 1;
    const d = dateRowAt(doc, k);
    if (!d || d.start !== tokens[k].start || !/^date\.(weekday|yesterday|today)$/.test(d.rule)) return undefined;
    const after = doc.tokenAt(d.end);
    return after >= last || /^[.,]$/.test(tokens[after].lower) ? d : undefined;
  }
  return undefined;
}

/** The row's date is the report's that ends its sentence (see reportedAfter), which a date the article gives the agreement beats. */
export function reportDated(doc: Doc, r: AgreementRow): boolean {
  const id = r.date?.dateId;
  return !!id && (doc.dates.find((x) => x.id === id)?.start ?? -1) >= r.evidence.end;
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
