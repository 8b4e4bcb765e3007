// Agreements: an agreement noun ("strategic cooperation agreement", "letter of intent") governed by a verb
// of concluding (signed, inked, reached, won) that is not negated, planned or proposed. Parties come from
// the subject (including an elided subject of a coordinated clause, relative "which" and pronouns), "with",
// "between" and passive "by" phrases; purpose, date and place from the rest of the clause.
import type { Doc, MentionRef } from '../analyse/doc.js';
import { dict, lexiconJson, lexiconList, lexiconSet, personTitles } from '../analyse/lexicon.js';
import { NUMBER_WORDS } from '../analyse/numbers.js';
import type { AgreementRow } from '../schema/records.js';
import { MISSION, ROLES, mentionAt, mentionCovering, mentionList, mentionsIn, possessiveAt, writtenMention } from './mentions.js';
import { isHeadline } from '../recognise/entities/candidates.js';
import { spanKey } from '../recognise/entities/lexicon.js';

type Party = AgreementRow['parties'][number];

let lex: ReturnType<typeof load> | null = null;
const DESCRIPTORS = lexiconSet('org-descriptors.txt');
const CURRENCY_WORDS = lexiconJson<{ suffixes: Record<string, string> }>('currencies.json').suffixes;
const LEGAL_FORMS = lexiconSet('org-legal-forms.txt');
const TITLES = new Set(personTitles().map((t) => t.toLowerCase()));
/** A possessive pronoun before a unit's name: "its Measurement and Control Division" is one name. */
const OWNER = /^(its|their|his|her|our)$/;
function load() {
  // Words as the tokeniser splits them: "cease-fire" is "cease", "-", "fire".
  const nouns = lexiconList('agreement-nouns.txt').map((n) => n.toLowerCase().split(/ |(?=-)|(?<=-)/));
  nouns.sort((a, b) => b.length - a.length);
  const verbs = new Map<string, { status: AgreementRow['status']; tense: string }>();
  for (const line of lexiconList('agreement-verbs.tsv')) {
    const [form, status, tense] = line.split('\t');
    verbs.set(form, { status: status as AgreementRow['status'], tense });
  }
  const byFirst = new Map<string, string[][]>();
  for (const n of nouns) {
    let l = byFirst.get(n[0]);
    if (!l) byFirst.set(n[0], (l = []));
    l.push(n);
  }
  return { nouns, byFirst, verbs, blockers: lexiconSet('agreement-blockers.txt'), speech: lexiconSet('speech-verbs.txt'), modified: lexiconSet('agreement-noun-modifiers.txt') };
}

/** A seller's verbs: it wins, secures, lands, clinches or bags an order, a contract or a deal (or receives one). */
const WIN_WORDS = 'win|wins|won|secure|secures|secured|land|lands|landed|clinch|clinches|clinched|bag|bags|bagged|receive|receives|received';
const WINS = new RegExp(`^(${WIN_WORDS})$`);
/** An order's verbs: the seller's, and the buyer's who signs, places, finalises or awards it ("awarded a 100 mln dlr order to Nixdorf"). */
const ORDER_VERBS = new RegExp(`^(${WIN_WORDS}|sign|signs|signed|place|places|placed|finalise|finalised|finalize|finalized|award|awards|awarded)$`);

/** A settlement's or a truce's verbs: the sides reach, agree, sign or conclude it. */
const SETTLE_VERBS = /^(sign|signs|signed|signing|reach|reaches|reached|agree|agrees|agreed|conclude|concludes|concluded|finali[sz]e|finali[sz]ed|enter|entered|seal|seals|sealed|strike|strikes|struck|announce|announces|announced)$/;

/** Nouns that need a particular verb to count ("win an order", "sign a loan package"). */
const NEEDS_VERB: Record<string, RegExp> = dict({
  // A seller wins an order, a buyer signs or places it ("IndiGo signed a firm order for 250 jets").
  order: ORDER_VERBS,
  orders: ORDER_VERBS,
  // ("Ford and Volkswagen announced a global alliance": announced as its object, see announcedObject)
  // ("Fiat and Chrysler finalised their alliance", "struck an alliance")
  alliance: /^(sign|signs|signed|forge|forged|form|formed|seal|sealed|announce|announces|announced|finali[sz]e|finali[sz]es|finali[sz]ed|conclude|concludes|concluded|ink|inks|inked|strike|strikes|struck)$/,
  // ("struck a $5 billion partnership with Intel")
  partnership: /^(sign|signs|signed|seal|sealed|ink|inked|form|formed|forge|forged|enter|entered|announce|announces|announced|strike|strikes|struck)$/,
  partnerships: /^(sign|signs|signed|seal|sealed|ink|inked|form|formed|strike|strikes|struck)$/,
  // ("Roche entered into a strategic collaboration with Alnylam"; not "a collaboration announced", proposed or praised)
  collaboration: /^(sign|signs|signed|ink|inked|enter|enters|entered|form|formed|forge|forged|seal|sealed|strike|strikes|struck)$/,
  collaborations: /^(sign|signs|signed|ink|inked|enter|enters|entered|form|formed|forge|forged|seal|sealed)$/,
  memorandum: /^(sign|signs|signed|signing|ink|inked)$/,
  // "signed a joint declaration on green hydrogen"; a declaration issued or read out binds no one.
  declaration: /^(sign|signs|signed|signing|ink|inked)$/,
  declarations: /^(sign|signs|signed|signing|ink|inked)$/,
  // and so a joint statement or communiqué, signed ("Putin and Xi signed a joint statement")
  statement: /^(sign|signs|signed|signing|ink|inked)$/,
  statements: /^(sign|signs|signed|signing|ink|inked)$/,
  communique: /^(sign|signs|signed|signing|ink|inked)$/,
  communiqué: /^(sign|signs|signed|signing|ink|inked)$/,
  // "reached a settlement with the SEC", "agreed a ceasefire"; a "settlement won by" a plaintiff is damages.
  ...Object.fromEntries(['settlement', 'settlements', 'ceasefire', 'ceasefires', 'cease-fire', 'cease-fires', 'truce', 'truces', 'armistice'].map((n) => [n, SETTLE_VERBS])),
  // "Kraft has agreed a takeover of Cadbury": agreed between the two companies; a takeover launched, completed or
  // blocked is no agreement. ("merger" was measured and left out: as a noun of its own it took "signed the agreement
  // and plan of merger" and "completed a merger ... in a deal" from the agreements they name.)
  takeover: /^(agree|agrees|agreed)$/,
});
/**
 * Verbs that take only some agreement nouns: one forms, forges, establishes, creates or sets up an alliance, a
 * partnership or a joint venture
 * (not a contract); one continues, renews or extends an agreement that exists (not an order or a declaration).
 */
const FORMING = /^(form|forms|formed|forge|forges|forged|establish|establishes|established|create|creates|created|set|sets)$/;
const KEEPING = /^(continue|continues|continued|renew|renews|renewed|extend|extends|extended)$/;
const NEEDS_NOUN: Array<[RegExp, RegExp]> = [
  [FORMING, /^(alliances?|partnerships?|ventures?)$/],
  [KEEPING, /^(?!orders?$|declarations?$)/],
];
/** "exchanged MoUs", but "a technology exchange pact". */
const EXCHANGE = /^exchang(e|es|ed)$/;
/** Those verbs (and "exchange") govern an agreement only as their object, active: not "Renewed optimism ... the accord reached". */
function objectOnly(w: string): boolean {
  return FORMING.test(w) || KEEPING.test(w) || EXCHANGE.test(w);
}
/** Verbs that speak of an agreement that already exists: "will continue a joint venture agreement". */
const EXISTING = /^(continu|renew|extend)/;
/** What undoes an existing agreement's continuing or renewal: "did not renew", "refused to extend". */
const NEGATION = /^(not|n't|never|no|without|failed|fail|fails|refused|refuse|refuses|rejected|rejects|reject)$/;
const NOT_KIND = new Set(['recent', 'new', 'previous', 'earlier', 'latest', 'final', 'other', 'further', 'similar', 'such', 'major', 'big', 'massive', 'huge', 'first', 'second', 'third', 'fourth', 'fifth', 'several', 'separate', 'same', 'historic', 'landmark', 'preliminary', 'formal', 'official',
  // what the writer thinks of it, not what kind it is: "a sweeping free trade agreement"
  'sweeping', 'ambitious', 'controversial', 'lucrative', 'key', 'important', 'significant', 'crucial', 'unprecedented', 'groundbreaking', 'hefty', 'record',
  // how many: "a dozen cooperation documents"
  'dozen', 'dozens', 'handful', 'couple', 'pair']);
const PURPOSE_START = /^(for|to|on|covering|aimed|aiming|establishing|concerning|regarding|under|involving|including|that|which|calling|allowing|enabling|granting|giving|providing|creating|extending|ending|paving|opening|permitting|guaranteeing|expanding|boosting|setting|requiring|obliging|committing|limiting|cutting|reducing|raising|lowering|stretching|rescheduling|restructuring)$/;
/** Participles after an agreement that comment on it or say when, not what it does: "marking", "following". */
const NOT_PURPOSE_PARTICIPLE = /^(marking|following|bringing|making|saying|adding|according|during|totalling|totaling|amounting|pending|beginning|starting|lasting|running|using|valuing|taking|leaving|sending|seeing|hoping|expecting|citing|noting|signalling|signaling|underscoring|underlining|highlighting|reflecting|showing|being|having|coming)$/;

/** Where a purpose may start: "to", "for", "covering" ..., or a participle in lower case ("delineating their borders"). */
function purposeStartAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (PURPOSE_START.test(t.lower)) return true;
  return t.pos === 'VERB' && !t.cap && t.lower.length > 5 && t.lower.endsWith('ing') && !NOT_PURPOSE_PARTICIPLE.test(t.lower);
}
const GROUP_NOUNS: Record<string, 'place' | 'organisation'> = dict({
  countries: 'place', nations: 'place', governments: 'place', states: 'place', presidents: 'place', leaders: 'place', heads: 'place', sides: 'place',
  companies: 'organisation', enterprises: 'organisation', colleges: 'organisation', schools: 'organisation', firms: 'organisation', groups: 'organisation', banks: 'organisation', carriers: 'organisation', airlines: 'organisation', parties: 'organisation', partners: 'organisation', universities: 'organisation', institutions: 'organisation',
});

/** "rebels in Aceh": a group named by where it is, which stands for no country. */
const PLACED_GROUP = /^(rebels|separatists|insurgents|militants|guerrillas|fighters|groups|factions|opposition|tribes|leaders|unions|farmers|workers)$/;
/** "a visiting Ghanaian delegation": a group that stands for the country a demonym names. */
const DELEGATION = /^(delegation|government|team|side|authorities)$/;
/** "the government of Nigeria", "the people of Iraq": the country the phrase stands for. */
const STANDS_FOR_COUNTRY = /^(government|governments|people|republic|kingdom|state|authorities)$/;

interface NounHit {
  /** Kind phrase token range (modifiers + noun) and the head noun range. */
  a: number;
  b: number;
  headA: number;
  plural: boolean;
}

export function relateAgreements(doc: Doc): void {
  lex ??= load();
  const tokens = doc.tokens;
  const rows: AgreementRow[] = [];
  for (const s of doc.sentences) {
    let prevSubject: Party[] | null = null;
    for (let i = s.first; i < s.last; i++) {
      const hit = nounAt(doc, i, s.first, s.last);
      if (!hit) continue;
      i = hit.b - 1;
      // ("The Memorandum of Understanding (MoU) was signed": its short form in brackets is the same agreement)
      if (tokens[hit.b]?.lower === '(' && tokens[hit.b + 2]?.lower === ')' && tokens[hit.b + 1].cap && nounAt(doc, hit.b + 1, s.first, s.last)) i = hit.b + 2;
      const row = agreementFor(doc, hit, s.first, s.last, prevSubject);
      // "Microsoft has agreed to buy internet phone service Skype for $8.5bn in cash. The deal, which ...": the
      // purchase agreed before is the deal the article goes on to name.
      if ((!row || row.parties.length === 0) && rows.length === 0 && theOneBefore(doc, hit) && REFERS_BACK.test(kindKey(row?.kind ?? doc.tokens[hit.b - 1].lower))) {
        const agreed = agreedPurchaseBefore(doc, hit.a, row?.kind ?? doc.tokens[hit.b - 1].lower);
        if (agreed) rows.push(agreed);
        if (agreed || !row) continue;
      }
      if (!row) continue;
      // "the agreement" / "the deal" after an agreement was reported: the same one; it may add a date or place.
      const prev = rows[rows.length - 1];
      // "signed two letters of intent ... covering the setting up of packaging joint ventures": what an agreement
      // covers is no agreement of its own.
      // (not one a purpose lists beside it: "agreements aimed at boosting trade ... as well a number of technical
      // cooperation pacts", "settlements on half its gas and interim agreements for another")
      const covers = prev && purposeTokens.get(prev);
      if (covers && hit.a >= covers[0] && hit.b <= covers[1] && COVERING.test(doc.tokens[covers[0]].lower)) continue;
      if (row.parties.length === 0 && !prev) continue;
      // (not one with a counterparty of its own: "such as the deal signed with Maine" after a contract with another)
      const own = row.parties.some((p) => p.role === 'counterparty' && !prev?.parties.some((q) => sameParty(p.name, q.name)));
      // (not "the treaty" after a contract: a word of a kind of its own names another agreement)
      if (prev && theOneBefore(doc, hit) && !own && (REFERS_BACK.test(kindKey(row.kind)) || kindKey(row.kind) === kindKey(prev.kind))) {
        prev.date ??= row.date;
        prev.place ??= row.place;
        // ... and a second party the first report left out ("Ghana will import crude from Iran under an agreement
        // reached today. The accord was reached between Iran's oil minister and a Ghanaian delegation").
        // A headline that named the sides only by what they are takes the names the body gives them ("Telecom firms
        // seal merger deal", then "France Telecom's Orange and Deutsche Telekom's T-Mobile signed the deal").
        const described = prev.parties.filter((p) => !p.entityId);
        if (described.length > 0 && prev.parties.length - described.length <= 1 && row.parties.length >= 2 && doc.tokens[doc.tokenAt(prev.evidence.start)].sent === 0 && !leadSentence(doc)) {
          prev.parties = [...prev.parties.filter((p) => p.entityId && !row.parties.some((q) => oneParty(p, q))), ...row.parties];
        } else if (prev.parties.length < 2) {
          for (const p of row.parties) if (p.entityId && !p.entityId.startsWith('per_') && !prev.parties.some((q) => oneParty(p, q))) prev.parties.push(p);
        }
        continue;
      }
      if (row.parties.some((p) => p.role === 'subject')) prevSubject = row.parties.filter((p) => p.role === 'subject');
      // "ExxonMobil signed up for a $12.8bn deal" after "Shell has signed a deal with Qatar": the same counterparty.
      if (row.parties.length === 1 && prev) {
        const cp = prev.parties.find((p) => p.role === 'counterparty' && p.entityId);
        if (cp && prev.kind.split(' ').pop() === row.kind.split(' ').pop() && cp.entityId !== row.parties[0].entityId) row.parties.push({ ...cp, role: 'counterparty from context' });
      }
      rows.push(row);
    }
  }
  // A headline's agreement that the body reports again ("EADS wins ... contract", then "signed a 27-year
  // contract"): keep the body's, which has the detail.
  // A first sentence that ends with a full stop is the lead, not a headline ("Campeau Corp said its Allied Stores
  // Corp entered into a definitive agreement ...", then "Campeau announced its first agreement ... in April").
  const lead = leadSentence(doc);
  // A party the body leaves out is kept from the headline: "Airbus lands $12 billion IndiGo order", then "IndiGo
  // has placed a firm order for 30 Airbus A350 widebody aircraft".
  const out = rows.filter((r, i) => {
    if (lead || doc.tokens[doc.tokenAt(r.evidence.start)]?.sent !== 0 || doc.sentences.length < 2) return true;
    const head = kindKey(r.kind);
    const body = rows.find((o, j) => j !== i && o.evidence.start > r.evidence.end && (kindKey(o.kind) === head || sameUnderOtherWord(r, o)) && !anotherOne(o));
    if (!body) return true;
    if (body.parties.length < 2) {
      for (const p of r.parties) if (!body.parties.some((q) => oneParty(p, q))) body.parties.push({ ...p, role: 'from headline' });
    }
    return false;
  });
  for (const r of out) r.purpose ??= earlierPurpose(doc, r);
  out.forEach((r, i) => (r.id = `${doc.article.id}#a${i + 1}`));
  doc.agreements = out;
}

/** The first sentence ends with a full stop ("... throughout the U.S.": one an abbreviation holds too), and is no headline. */
function leadSentence(doc: Doc): boolean {
  const s0 = doc.sentences[0];
  return !!s0 && /[.!?]$/.test(doc.tokens[s0.last - 1]?.lower ?? '') && !isHeadline(doc, s0);
}

/**
 * The first purchase or merger the article says was agreed before token end, without an agreement noun of its own:
 * "Microsoft has agreed to buy internet phone service Skype for $8.5bn (£5.2bn) in cash", as the agreement `kind`
 * names it later ("The deal, which has been approved by both companies' boards, ..."). Null when there is none.
 */
function agreedPurchaseBefore(doc: Doc, end: number, kind: string): AgreementRow | null {
  const tokens = doc.tokens;
  for (let v = 1; v + 2 < end; v++) {
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

/** Words that may name any agreement reported before: "the agreement", "the contract" after a distribution agreement. */
const REFERS_BACK = /^(deal|agreement|accord|pact|contract)$/;

/** "the agreement", "this deal": a bare noun that points back to the agreement reported before. */
function theOneBefore(doc: Doc, hit: NounHit): boolean {
  return hit.b - hit.a === 1 && /^(the|this|that)$/.test(doc.tokens[hit.a - 1]?.lower ?? '');
}

/** "Côte d'Ivoire signed a similar deal last month", "another agreement": not the agreement reported before. */
function anotherOne(row: AgreementRow): boolean {
  const kind = row.kind.split(' ').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(similar|another|separate|second|other|further|earlier|previous)\\s+(?:\\S+\\s+){0,3}?${kind}`, 'i').test(row.evidence.text);
}

/**
 * The names before an agreement noun and its modifiers: the owner of "Britain's first post-Brexit trade deal", the
 * two sides of "the U.S.-China trade deal" or "the EU-Japan agreement".
 */
function sidesBefore(doc: Doc, a: number, first: number): MentionRef[] {
  const tokens = doc.tokens;
  let k = a - 1;
  while (k > first && a - k <= 3 && !tokens[k].cap && /^(ADJ|NUM|NOUN)$/.test(tokens[k].pos)) k--;
  if (possessiveAt(doc, k)) {
    const owner = mentionCovering(doc, k - 1);
    return owner && owner.type !== 'person' ? [owner] : [];
  }
  // "U.S.-China": two names joined by a glued hyphen, right before the noun or its modifiers
  for (let q = k; q > first && a - q <= 5; q--) {
    if (tokens[q].lower !== '-' || tokens[q].start !== tokens[q - 1].end || tokens[q + 1]?.start !== tokens[q].end) continue;
    const left = mentionCovering(doc, q - 1);
    const right = mentionCovering(doc, q + 1);
    if (left && right && left !== right && left.type !== 'person' && right.type !== 'person') return [left, right];
  }
  return [];
}

/**
 * Two names of one party as an article varies them: equal, the same first word ("Plessey", "Plessey Co Plc"), or
 * an acronym of the other ("ATT", "American Telephone and Telegraph Co").
 */
function sameParty(x: string, y: string): boolean {
  if (x === y || x.split(' ')[0] === y.split(' ')[0]) return true;
  const initials = (s: string) => s.split(/[\s-]+/).filter((w) => !/^(and|of|the|&)$/i.test(w)).map((w) => w[0]).join('').toUpperCase();
  const acronym = (a: string, b: string) => /^[A-Z&]{2,}$/.test(a) && initials(b).startsWith(a.replace('&', ''));
  return acronym(x, y) || acronym(y, x);
}

/** One party's name the start of the other's ("Saab", "Saab Scania AB"), or the same entity. */
function shortOf(p: Party, q: Party): boolean {
  const [a, b] = [p.name.toLowerCase(), q.name.toLowerCase()];
  return (!!p.entityId && p.entityId === q.entityId) || a === b || a.startsWith(b + ' ') || b.startsWith(a + ' ');
}

/** Two parties that are one: the same entity, or the same name as an article varies it. */
function oneParty(p: Party, q: Party): boolean {
  return (!!p.entityId && p.entityId === q.entityId) || sameParty(p.name, q.name);
}

/** Words news uses for one agreement in its headline and its body ("free trade deal", "free trade agreement"). */
const ONE_THING = /^(deal|agreement|accord|pact)$/;

/**
 * A headline's agreement the body reports under another of those words, with its parties and its modifiers, which
 * a headline may shorten ("investment pact", then "an investment protection agreement").
 */
function sameUnderOtherWord(h: AgreementRow, o: AgreementRow): boolean {
  const a = h.kind.toLowerCase().split(' ');
  const b = o.kind.toLowerCase().split(' ');
  const hh = kindKey(a.pop()!);
  const oh = kindKey(b.pop()!);
  // (or the body's purpose: "Mr Blair signs climate pact", then "signed an agreement to work together on climate change")
  const about = (o.purpose ?? '').toLowerCase().split(/[\s,]+/);
  // ("rail deal", then "an agreement with China to build a railway line": a word the purpose's word starts with)
  const said = (w: string) => b.includes(w) || about.includes(w) || (w.length >= 3 && about.some((x) => x.startsWith(w)));
  if (!ONE_THING.test(hh) || !ONE_THING.test(oh) || !a.every(said)) return false;
  // ("Kenya, Tanzania sign deal to end border trade dispute", then "Kenya and Tanzania signed an agreement to remove
  // 14 non-tariff barriers": a bare word for the same sides, two or more of them)
  if (a.length === 0 && h.parties.length < 2) return false;
  return h.parties.every((p) => o.parties.some((q) => oneParty(p, q)));
}

/** The head of a kind, one form for singular and plural and for "MoUs" and "memoranda of understanding". */
function kindKey(kind: string): string {
  if (/\b(mous?|memorand(um|a|ums))\b/i.test(kind)) return 'mou';
  const head = kind.split(' ').pop()!.toLowerCase();
  return head.endsWith('ies') ? head.slice(0, -3) + 'y' : /[^s]s$/.test(head) ? head.slice(0, -1) : head;
}

function nounAt(doc: Doc, i: number, first: number, last: number): NounHit | null {
  const tokens = doc.tokens;
  const candidates = lex!.byFirst.get(tokens[i].lower);
  if (!candidates) return null;
  for (const n of candidates) {
    if (i + n.length > last) continue;
    let ok = true;
    for (let k = 0; k < n.length; k++) if (tokens[i + k].lower !== n[k]) ok = false;
    if (!ok) continue;
    const head = tokens[i + n.length - 1];
    if (n.length === 1 && head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
    // "a strategic partnership agreement": a modifier of the agreement noun after it, not an agreement of its own.
    const after = tokens[i + n.length];
    if (i + n.length < last && after.pos === 'NOUN' && lex!.byFirst.has(after.lower) && after.start - head.end === 1) return null;
    // "contract talks", "contract gas reached 4.40 dlrs", "order books": a noun the agreement noun modifies.
    if (i + n.length < last && !after.cap && after.type === 'word' && lex!.modified.has(after.lower) && after.start - head.end === 1) return null;
    // "a great deal of", "a good deal"; "a string of deals" speaks of deals in general, unless they were just
    // signed ("China and Pakistan signed a series of agreements")
    if (head.lower === 'deal' && /^(great|good)$/.test(tokens[i - 1]?.lower ?? '')) return null;
    if (tokens[i - 1]?.lower === 'of' && /^(string|series|spate|wave|flurry|raft|host)$/.test(tokens[i - 2]?.lower ?? '') && !(/^(a|an)$/.test(tokens[i - 3]?.lower ?? '') && lex!.verbs.has(tokens[i - 4]?.lower ?? ''))) return null;
    let a = i;
    while (a - 1 >= first) {
      const t = tokens[a - 1];
      // "a 27-year contract": a compound with a number is not part of the kind; "production-sharing agreements" is.
      if (a - 2 >= first && tokens[a - 2].lower === '-' && tokens[a - 2].end === t.start) {
        const w = tokens[a - 3];
        // ("the U.S.-China trade deal": two names joined by the hyphen are the sides, not the kind)
        if (!w || a - 3 < first || w.end !== tokens[a - 2].start || w.type !== 'word' || amountWord(w.lower) || amountWord(t.lower) || (w.cap && t.cap)) break;
        a -= 3;
        // "the oil-for-bridges deal": a compound of more words, hyphen by hyphen.
        while (a - 2 >= first && tokens[a - 1].lower === '-' && tokens[a - 1].end === tokens[a].start && tokens[a - 2].end === tokens[a - 1].start && tokens[a - 2].type === 'word' && !amountWord(tokens[a - 2].lower)) a -= 2;
        continue;
      }
      const afterNumber = a - 2 >= first && tokens[a - 2].end === t.start && /\d$/.test(tokens[a - 2].lower);
      // "a 130 mln marks joint order": the amount's scale and currency are not part of the kind either.
      // So too "a 900 mln mark contract" and "a four year contract": a currency or a length after its number.
      const amount = Object.hasOwn(NUMBER_WORDS.scales, t.lower) || Object.hasOwn(CURRENCY_WORDS, t.lower) || measureAfterNumber(doc, a - 1, first);
      // ("Airbus lands IndiGo order": a company wink tags as a common noun is a party, not part of the kind)
      const company = t.cap && t.pos === 'NOUN' && mentionCovering(doc, a - 1)?.type === 'organisation';
      // ("a production sharing contract", "a revenue sharing agreement": a noun and a gerund wink tags as a verb)
      const sharing = t.pos === 'VERB' && t.type === 'word' && /ing$/.test(t.lower) && a - 2 >= first && tokens[a - 2].pos === 'NOUN' && !tokens[a - 2].cap && tokens[a - 2].type === 'word';
      if (sharing) a--;
      else if ((t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'PROPN' && !t.cap)) && t.type === 'word' && !NOT_KIND.has(t.lower) && !lex!.blockers.has(t.lower) && (!lex!.verbs.has(t.lower) || EXCHANGE.test(t.lower)) && !afterNumber && !amount && !company) a--;
      else break;
    }
    // "production and development contracts", "a trade and investment agreement": two kinds joined, as one (after
    // a modifier only: not "loans and agreements").
    if (a < i) {
      const w = tokens[a - 2];
      const before = tokens[a - 3];
      if (a - 3 >= first && tokens[a - 1].lower === 'and' && !w.cap && w.type === 'word' && (w.pos === 'NOUN' || w.pos === 'ADJ') && !NOT_KIND.has(w.lower) && !lex!.blockers.has(w.lower) && !lex!.verbs.has(w.lower) && /^(DET|NUM|VERB|AUX)$/.test(before.pos)) a -= 2;
    }
    // "the Good Friday Agreement", "the Trans-Pacific Partnership": a capitalised agreement's whole name is its kind.
    if (a === i && tokens[i].cap && i > first) {
      while (a - 1 >= first && i - a < 6) {
        const t = tokens[a - 1];
        if (t.lower === '-' && a - 2 >= first && tokens[a - 2].cap && tokens[a - 2].end === t.start && t.end === tokens[a].start) a -= 2;
        else if (t.cap && t.type === 'word' && t.pos === 'PROPN' && !inDate(doc, a - 1)) a--;
        else break;
      }
    }
    const last2 = n[n.length - 1];
    // "memorandums of understanding", "letters of intent": the number is the first word's.
    const word = n.length >= 3 && n[1] === 'of' ? n[0] : last2;
    return { a, b: i + n.length, headA: i, plural: (/s$/.test(word) && !/(ss|us)$/.test(word)) || word === 'treaties' || word === 'memoranda' || word === 'mous' };
  }
  return null;
}

/** The noun (with its "with"/"between" parties) is the subject of a passive concluding verb: "... with Chile was signed". */
function passiveAfter(doc: Doc, hit: NounHit, last: number): boolean {
  const tokens = doc.tokens;
  let k = hit.b;
  if (/^(with|between)$/.test(tokens[k]?.lower ?? '')) {
    const ph = partyPhrase(doc, k + 1, last, 'counterparty');
    if (ph.parties.length === 0) return false;
    k = ph.end;
  }
  if (/^(has|have|had)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'been') k += 2;
  else if (/^(was|were)$/.test(tokens[k]?.lower ?? '')) k++;
  else return false;
  if (tokens[k]?.pos === 'ADV') k++;
  const w = tokens[k]?.lower ?? '';
  return lex!.verbs.has(w) && /(ed|won|struck)$/.test(w);
}

/** A holding in something: "its interest in a joint venture", "a stake in a consortium". */
const HOLDING = /^(interest|interests|stake|stakes|holding|holdings|share|shares|role|part|participation|investment|investments|partner|partners)$/;

/**
 * "Should the United Kingdom approve the treaty establishing a constitution for the European Union? ... The treaty
 * was signed by all 25 EU members": what "the treaty" is for, from where the article named it before (in the three
 * sentences before, as "the <noun>" followed by what it does).
 */
function earlierPurpose(doc: Doc, r: AgreementRow): string | null {
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

/** "agreed to merge in a deal", "agreed to defer the charges under a one-year pretrial agreement". */
function agreedToIn(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  // ("agreed in principle to sell its European business to Ferruzzi in a 630 mln dlr deal")
  if (inPrinciple(doc, v)) v += 2;
  if (tokens[v + 1]?.lower !== 'to') return false;
  return dealPreposition(doc, v + 2, a) !== null;
}

/**
 * "in" or "under" when tokens [from, a) end with "in a" or "under a" before the agreement noun at a, in one clause of
 * at most 20 words; else null.
 */
function dealPreposition(doc: Doc, from: number, a: number): string | null {
  const tokens = doc.tokens;
  if (a - from > 18) return null;
  for (let k = from; k < a; k++) if (/^(;|\.|which|who|that|but|while|after|before|if|unless)$/.test(tokens[k].lower)) return null;
  // (not "its interest in an ethylene glycols joint venture": a holding in a venture)
  for (let k = Math.max(from + 1, a - 5); k < a - 1; k++) {
    // (not "ordered the company to pay in a ruling on a deal": the noun after "in a" is another)
    if (/^(in|under)$/.test(tokens[k].lower) && /^(a|an)$/.test(tokens[k + 1].lower)) {
      for (let q = k + 2; q < a; q++) if (tokens[q].pos === 'ADP') return null;
      return HOLDING.test(tokens[k - 1].lower) ? null : tokens[k].lower;
    }
  }
  return null;
}

/** "agreed in principle to ...": agreed, the terms still to be set down. */
function inPrinciple(doc: Doc, v: number): boolean {
  return doc.tokens[v + 1]?.lower === 'in' && doc.tokens[v + 2]?.lower === 'principle';
}

/** A purpose ending at token e ends with "in" or "at" and a city. */
function cityAtEnd(doc: Doc, e: number, startTok: number): boolean {
  const at = mentionCovering(doc, e - 1);
  return at?.type === 'place' && at.placeKind === 'city' && at.b === e && at.a - 1 > startTok && /^(in|at)$/.test(doc.tokens[at.a - 1].lower);
}

/** Where a purpose ending at token e ends without the "in Paris" just before e (not past its start). */
function placeBefore(doc: Doc, e: number, startTok: number): number {
  const at = mentionCovering(doc, e - 1);
  return at?.type === 'place' && at.b === e && at.a - 1 > startTok && /^(in|at)$/.test(doc.tokens[at.a - 1].lower) ? at.a - 1 : e;
}

/**
 * "Alcatel CIT, the French subsidiary of <Alcatel NV> which groups the business of ITT Corp and France's Cie
 * Generale d'Electricite <CGE>, has won": an aside too long to walk back through, with commas of its own ("Honeywell
 * Bull Inc, the company jointly owned by Honeywell Inc, <NEC Corp> of Japan and ..., received"), after the name that
 * opens the sentence: that name.
 */
function openingAppositive(doc: Doc, first: number, k: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const at = tokens[first]?.lower === '<' ? first + 1 : first;
  const m = mentionAt(doc, at);
  let nameEnd = m ? m.b : at;
  if (!m) while (nameEnd < k && tokens[nameEnd].cap && tokens[nameEnd].pos === 'PROPN') nameEnd++;
  const comma = tokens[nameEnd]?.lower === '>' ? nameEnd + 1 : nameEnd;
  if (nameEnd === at || comma + 1 >= k || tokens[comma].lower !== ',' || !/^(the|a|an)$/.test(tokens[comma + 1].lower)) return null;
  return { parties: [m ? partyOf(m, 'subject') : writtenParty(doc, at, nameEnd, 'subject')], start: at };
}

/** How far back, in tokens, the comma that opens an aside before the verb is looked for. */
const ASIDE_TOKENS = 15;

const ANNOUNCE = /^(announc(e|es|ed)|unveil(s|ed)?)$/;
/** Verbs of buying a purpose opens with ("to acquire Wyeth"). */
const BUYING = /^(acquire|buy|purchase)$/;
/** Their past, for a purchase made in a deal ("has bought 10 Boeing 777s in a deal", "ordered 100 jets in a deal"). */
const BOUGHT = /^(bought|acquired|purchased|ordered)$/;

/** "received a 48 mln dlrs contract", "received a U.S. Army contract": an order or a contract, no other noun before it. */
function receivedObject(doc: Doc, v: number, a: number, headWord: string): boolean {
  if (!/^(orders?|contracts?)$/.test(headWord)) return false;
  for (let k = v + 1; k < a; k++) if (doc.tokens[k].pos === 'NOUN' && !amountWord(doc.tokens[k].lower) && !measureAfterNumber(doc, k, v + 1)) return false;
  return true;
}

/** "a four-year contract", "a 900 mln mark contract": a length or a currency after its number, at token k (from `from`). */
function measureAfterNumber(doc: Doc, k: number, from: number): boolean {
  const tokens = doc.tokens;
  return /^(years?|months?|weeks?|days?|mark|crown)$/.test(tokens[k].lower) && k > from && (amountWord(tokens[k - 1].lower) || tokens[k - 1].lower === '-');
}

/** An agreement noun within a few words from token k ("a contract", "a $2 billion supply deal"): an object of its own. */
function agreementNounNear(doc: Doc, k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 6); q++) {
    if (nounAt(doc, q, k, last)) return true;
    if (/^[,;.]$/.test(doc.tokens[q].lower)) return false;
  }
  return false;
}

/** The words from the verb at v to the noun at a are only determiners and modifiers: "announced its merger agreement". */
function announcedObject(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  if (/^(previously|already|earlier|recently|just)$/.test(tokens[v - 1]?.lower ?? '')) return false;
  // ("set up a joint venture": the particle of the verb)
  const up = tokens[v + 1]?.lower === 'up' && /^sets?$/.test(tokens[v].lower) ? 1 : 0;
  if (a - v - up > 4) return false;
  for (let k = v + 1 + up; k < a; k++) if (!/^(DET|ADJ|NUM|PRON|PART)$/.test(tokens[k].pos) || tokens[k].lower === 'that') return false;
  return true;
}

/** The words from verb v to the noun at a are its object's determiners, adjectives and amount: "a 2.5 billion dlr". */
function amountObject(doc: Doc, v: number, a: number): boolean {
  const tokens = doc.tokens;
  if (a - v > 8) return false;
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    if (!(/^(DET|ADJ|NUM|PRON|PART)$/.test(t.pos) || amountWord(t.lower) || t.type === 'currency' || t.lower === '-' || measureAfterNumber(doc, k, v + 1)) || t.lower === 'that') return false;
  }
  return true;
}

/** A number, a number word, a scale or a currency: "27", "five", "mln", "dlr" ("a 15-mln-dlr contract"). */
function amountWord(w: string): boolean {
  return /\d/.test(w) || Object.hasOwn(NUMBER_WORDS.units, w) || Object.hasOwn(NUMBER_WORDS.tens, w) || Object.hasOwn(NUMBER_WORDS.scales, w) || Object.hasOwn(CURRENCY_WORDS, w);
}

/** Purposes that say what an agreement sets up: "to form", "covering", "for the setting up of". */
const COVERING = /^(to|for|covering|establishing|creating|forming|setting)$/;

/** The tokens of each agreement's purpose, for the agreement nouns inside it. */
const purposeTokens = new WeakMap<AgreementRow, [number, number]>();

function agreementFor(doc: Doc, hit: NounHit, first: number, last: number, prevSubject: Party[] | null): AgreementRow | null {
  const tokens = doc.tokens;
  // ("cease-fire": the hyphened word is the head)
  const hyphened = hit.b - hit.headA >= 3 && tokens[hit.b - 2].lower === '-';
  const headWord = hyphened ? `${tokens[hit.b - 3].lower}-${tokens[hit.b - 1].lower}` : tokens[hit.b - 1].lower;
  // The governing verb: before the noun (active: "X signed a deal") or after it (passive: "a deal was signed by").
  let verbAt = -1;
  let passive = false;
  let announcedAsSettled = false;
  let boughtInDeal = false;
  let soldInDeal = false;
  let penToPaper = false;
  let approvedBetween = false;
  for (let k = hit.a - 1; k >= Math.max(first, hit.a - 25); k--) {
    const w = tokens[k].lower;
    if (w === ';' || (w === '.' && k < hit.a - 1)) break;
    // "took place after an agreement was reached": "place" concludes only an order.
    if (/^place/.test(w) && !/^orders?$/.test(headWord)) continue;
    // "announced a definitive agreement": only with the agreement as its object; "a previously announced
    // agreement", "announced a tender for a pact", "announced in December an agreement" leave the verb to others.
    if (ANNOUNCE.test(w) && !announcedObject(doc, k, hit.a)) continue;
    // So do "formed a joint venture" and "renewed its contract": "Renewed optimism stems from the accord reached by
    // OPEC" leaves the accord to "reached".
    // ("set up a joint venture": "set" only with its "up")
    if (/^sets?$/.test(w) && tokens[k + 1]?.lower !== 'up') continue;
    if (objectOnly(w) && !announcedObject(doc, k, hit.a)) continue;
    // ("a currency exchange agreement", "a telephone exchange order": the noun, part of the kind)
    if (EXCHANGE.test(w) && tokens[k].pos !== 'VERB') continue;
    // ("Lightning strikes hit the grain sector ... in a new labour agreement": "strikes" as a noun governs only an
    // agreement right after it, as headlines write it: "Boeing strikes deal with Airbus")
    if (/^strikes?$/.test(w) && tokens[k].pos !== 'VERB' && hit.a - k > 4) continue;
    // ("The UAW struck at three GM factories as labor contract talks broke down": a strike, unless the agreement is
    // what was struck: "struck a 2.5 billion dlr deal")
    if (/^(strike|strikes|struck|striking)$/.test(w) && !amountObject(doc, k, hit.a)) continue;
    // ("a 15.5 mln bag offer": "bag" only as a verb, or after a name, as headlines write it: "L&T bags order")
    if (/^bags?$/.test(w) && tokens[k].pos !== 'VERB' && !(k > first && tokens[k - 1].cap && tokens[k - 1].pos === 'PROPN')) continue;
    // One accepts the agreement itself, as its object: "the unions accepted a pay deal" (not "accepted bids ... at a
    // tender for a repurchase pact", "accepted an offer ... in contract talks").
    if (/^accept/.test(w) && (hit.a < k || !announcedObject(doc, k, hit.a))) continue;
    // ("long term and short term secured revolving credit agreements", "a fully secured loan agreement": an adjective)
    if (w === 'secured' && /^(a|an|the|its|their|term|fully|partly|senior)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // A seller receives an order or a contract, as its object: "received a 3.5 billion yen credit under an agreement
    // signed with ..." leaves the agreement to "signed"; "received final approval ... of a power contract" to none.
    if (/^receiv/.test(w) && !receivedObject(doc, k, hit.a, headWord)) continue;
    // ("bonus awards": "award" only as a verb)
    // ("have both struck deals": wink may tag a participle after an auxiliary or a subject as an adjective; "the
    // signed agreement" stays no verb)
    const participle = tokens[k].pos === 'ADJ' && k > first && (/^(has|have|had|both|also|jointly|all)$/.test(tokens[k - 1].lower) || tokens[k - 1].pos === 'PROPN');
    // "US drugs giant Pfizer is to buy rival Wyeth in a $68bn deal": a purchase announced as settled, and the deal
    // it is made in, read as "has agreed to buy ... in a deal".
    // (not "details are to be spelled out in a partnership agreement to be negotiated": one still to come)
    // ("Pfizer will acquire Seagen for $43 billion under a deal announced on Monday": the same)
    if ((/^(is|are)$/.test(w) && tokens[k + 2]?.lower !== 'be' && agreedToIn(doc, k, hit.a)) || (w === 'will' && BUYING.test(tokens[k + 1]?.lower ?? '') && dealPreposition(doc, k + 2, hit.a) !== null)) {
      verbAt = k;
      announcedAsSettled = true;
      break;
    }
    // "Jet Airways has bought 10 Boeing 777s in a deal worth $2.5bn": a purchase made in a deal, concluded.
    // ("Ford sold Volvo Cars to Geely in a deal worth $1.8bn": a sale too)
    // (in a deal, not "under an agreement it had with UNC": one that was there before)
    // ("Pfizer bought Seagen in a deal": what was bought may be one word)
    if ((BOUGHT.test(w) || w === 'sold') && tokens[k].pos === 'VERB' && dealPreposition(doc, k + 1, hit.a) === 'in') {
      verbAt = k;
      boughtInDeal = true;
      soldInDeal = w === 'sold';
      break;
    }
    // "The European Commission has approved a deal between Lufthansa and Swiss": the deal the sides agreed, which
    // whoever approves it is no party to.
    if (/^(approve|approves|approved|clear|clears|cleared)$/.test(w) && tokens[k].pos === 'VERB' && tokens[hit.b]?.lower === 'between' && announcedObject(doc, k, hit.a)) {
      verbAt = k;
      approvedBetween = true;
      break;
    }
    // ("Regulators signed off on a deal between Disney and Fox": approved it; one who signs off signs nothing)
    if (lex!.verbs.has(w) && tokens[k + 1]?.lower === 'off' && tokens[k + 2]?.lower === 'on') {
      if (tokens[hit.b]?.lower !== 'between' || hit.a - (k + 3) > 4) break;
      verbAt = k;
      approvedBetween = true;
      break;
    }
    // "Britain and Mauritius put pen to paper on the accord": signed it.
    if (w === 'paper' && k - 3 >= first && tokens[k - 1].lower === 'to' && tokens[k - 2].lower === 'pen' && /^(put|puts|putting)$/.test(tokens[k - 3].lower) && /^(on|to)$/.test(tokens[k + 1]?.lower ?? '')) {
      verbAt = k - 3;
      penToPaper = true;
      break;
    }
    // ("hammered out a deal", "thrashed out an agreement": only with "out"; "shares were hammered" is no deal)
    if (/^(hammer|thrash)/.test(w) && tokens[k + 1]?.lower !== 'out') continue;
    // (a verb wink tags as a noun, as headlines write it, governs only near the noun: not "writedown of land and
    // ... settlements with U.S. agencies", twenty words on)
    if (lex!.verbs.has(w) && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || participle || ((tokens[k].pos === 'NOUN' || k === first || tokens[k].pos === 'PROPN') && !/^award/.test(w) && hit.a - k <= 6))) {
      // ("notes secured by sales contracts": the agreement is what secures, no party to it is named)
      if (tokens[k + 1]?.lower === 'by') break;
      // ('It concluded: "The nature ... of the deals"': a verb of saying, what was said after it)
      if (tokens[k + 1]?.lower === ':') break;
      // ("volume reached a record 78,546 contracts": futures traded, no agreement)
      if (/^reach/.test(w) && tradedVolume(doc, k + 1, hit.a)) break;
      // "The EU signed a pact with Singapore in May, and an interim agreement with Chile was signed in December":
      // a verb of its own after the noun, not the earlier clause's.
      if (!passiveAfter(doc, hit, last)) verbAt = k;
      break;
    }
  }
  // "The agreement between Israel and the United Arab Emirates was signed": the parties may come before the verb.
  let before: { parties: Party[]; end: number } | null = null;
  // "The agreement, which Japan and South Korea signed in 2015, ...": signed by the relative clause's subject.
  const relative = verbAt < 0 ? objectRelative(doc, hit, last) : null;
  if (relative) {
    verbAt = relative.verbAt;
    before = { parties: relative.parties, end: relative.verbAt };
    passive = true;
  }
  // What a passive agreement is about, written before its verb: [first token, end token).
  let topic: [number, number] | null = null;
  if (verbAt < 0) {
    let from = hit.b;
    const w0 = tokens[hit.b]?.lower;
    if (w0 === 'between' || w0 === 'with') {
      before = partyPhrase(doc, hit.b + 1, last, w0 === 'with' ? 'counterparty' : 'between');
      if (before.parties.length > 0) from = before.end;
      else before = null;
      // ("An agreement between India and Japan on civil nuclear cooperation was signed": past what it is about)
      if (before && /^(on|for)$/.test(tokens[from]?.lower ?? '')) {
        for (let c = from + 1; c < Math.min(last, from + 9); c++) {
          if (/^(was|were)$/.test(tokens[c].lower)) {
            // ("... for 20 jets that was reached": the relative pronoun is no part of it)
            const pronoun = /^(that|which)$/.test(tokens[c - 1].lower) ? 1 : 0;
            topic = [from + 1, c - pronoun];
            from = c;
            break;
          }
          if (tokens[c].pos === 'VERB' || tokens[c].pos === 'AUX' || /^[,.;]$/.test(tokens[c].lower)) break;
        }
      }
    }
    // "The contract, worth $2bn, was awarded": past an aside between commas that has no verb of its own.
    // ("The agreement, which still needs regulatory approval, was signed": past a relative clause too.)
    if (!before && tokens[from]?.lower === ',') {
      const relativeAside = /^(which|that)$/.test(tokens[from + 1]?.lower ?? '');
      for (let c = from + 1; c < Math.min(last, from + (relativeAside ? 16 : 10)); c++) {
        // (not "The agreement, which was signed in 2015, ...": the clause's own verb is the agreement's)
        if ((tokens[c].pos === 'VERB' || tokens[c].pos === 'AUX') && (!relativeAside || lex!.verbs.has(tokens[c].lower))) break;
        if (tokens[c].lower !== ',') continue;
        if (/^(was|were|has|have|had)$/.test(tokens[c + 1]?.lower ?? '')) from = c + 1;
        break;
      }
    }
    // After such a phrase, only "was signed", "signed" right after it or after a comma ("..., signed in").
    const reach = before ? 3 : 6;
    for (let k = from; k < Math.min(last, from + reach); k++) {
      const w = tokens[k].lower;
      // "its joint venture with X has signed": active, the venture signs something else.
      if (/^(has|have|had)$/.test(w) && tokens[k + 1]?.lower !== 'been' && k === from) break;
      // ("a deal announced by the banks": who announces a deal need not be a party to it; "The agreement between
      // Boeing and Embraer was announced" names its sides)
      // ("Britain will write off its share of Tanzania's debt under a deal announced by Gordon Brown": the terms
      // the main clause's subject is under, announced as made)
      const announcedBetween = ANNOUNCE.test(w) && ((w0 === 'between' && !!before && /^(was|were|been)$/.test(tokens[k - 1].lower)) || (k === hit.b && /^(under|in)$/.test(tokens[hit.a - 2]?.lower ?? '') && /^(a|an|the)$/.test(tokens[hit.a - 1]?.lower ?? '') && hit.a - 2 > first));
      if (lex!.verbs.has(w) && /ed$|ned$|ink$|won$|struck$|reached$/.test(w) && tokens[k].pos !== 'ADJ' && (!ANNOUNCE.test(w) || announcedBetween)) {
        // "was signed", "was finally agreed"
        const aux = tokens[k - 1].pos === 'ADV' && k - 1 > from ? k - 2 : k - 1;
        if (before && !(k === from || /^(was|were|been|is|are|be|,)$/.test(tokens[aux].lower))) break;
        // ("BAE and Saab's joint venture signed a contract": the verb has an object of its own; the noun is its
        // subject, not what was signed)
        if (k === hit.b && /^(a|an|the|its|their)$/.test(tokens[k + 1]?.lower ?? '') && agreementNounNear(doc, k + 1, last)) break;
        verbAt = k;
        passive = true;
        break;
      }
      // "The deal, signed in Beijing by ...": a comma right after the noun may open the participle, as may one
      // right after its parties ("An agreement between Tata Group and Rolls-Royce, also signed on Tuesday, ...").
      // ("The pact with Chevron, signed last month, ..." too, but not "which replaces a prior agreement with the
      // Virgin Islands, was signed": that is the relative clause's antecedent, signed.)
      const participleNext = tokens[hit.b].lower === 'between' || tokens[k + 1]?.pos !== 'AUX';
      if ((w === ',' && k > hit.b && !(before && k === from && participleNext && /^(between|with)$/.test(tokens[hit.b].lower))) || w === '.') break;
    }
  }
  if (verbAt < 0) return null;
  if (!passive) before = null;
  const verb = announcedAsSettled ? 'agreed' : boughtInDeal ? 'completed' : penToPaper ? 'signed' : approvedBetween ? 'agreed' : tokens[verbAt].lower;
  const need = NEEDS_VERB[headWord];
  if (need && !need.test(verb)) return null;
  if (NEEDS_NOUN.some(([v, n]) => v.test(verb) && !n.test(headWord))) return null;
  // "received a 30 mln dlr order from Micro D Inc" (read above, by receivedObject): only actively; "orders received
  // by the industry" are statistics.
  if (passive && /^receiv/.test(verb)) return null;
  // "nuclear cooperation accords have been extended by a series of waiver orders", "a partnership formed by
  // financier Asher B. Edelman": whoever extends or forms it need not be a party.
  // ("The MoU was exchanged between officials of the Bangladesh Power Development Board and Adani Power": a
  // signing ceremony, between its sides)
  const exchangedBetween = EXCHANGE.test(verb) && (tokens[verbAt + 1]?.lower === 'between' || before?.parties.some((p) => p.role === 'between'));
  if (passive && objectOnly(verb) && !exchangedBetween) return null;
  // "formed Charterhouse Mezzanine Partners, a limited partnership", "formed a general partnership with several
  // investment groups": a firm of that legal form, not an agreement; a partnership formed is one only with a partner.
  if (/^form/.test(verb) && /^partnerships?$/.test(headWord) && (/^(limited|general)$/.test(tokens[hit.b - 2]?.lower ?? '') || tokens[hit.b]?.lower !== 'with')) return null;
  // Contracts and orders are awarded; a pay rise "awarded last year" or damages "awarded by the jury" are no pact.
  if (/^award/.test(verb) && !/^(contract|contracts|order|orders|tender|tenders)$/.test(headWord)) return null;
  // "orders placed with U.S. factories" are statistics, not an order someone signed; "the swap agreement is
  // secured by a charge on the bonds" is about collateral.
  if (passive && /^(place|secur)/.test(verb)) return null;
  // "a trade deal to be signed with China next month", "the contract, which will be signed next week": one still to
  // come (not "the first to be finalised between the government and ...", which was).
  if (passive) {
    const be = tokens[verbAt - 1]?.pos === 'ADV' ? verbAt - 2 : verbAt - 1;
    const ordinal = tokens[be - 1]?.lower === 'to' && /^(first|second|third|last|latest|only)$/.test(tokens[be - 2]?.lower ?? '');
    if (tokens[be]?.lower === 'be' && /^(to|will|would|shall|should|could|can|may|might|must)$/.test(tokens[be - 1]?.lower ?? '') && !ordinal) return null;
  }
  // "after the agreement with the IMF is signed", "once the deal is approved": one still to come.
  if (passive && /^(is|are|be)$/.test(tokens[verbAt - 1]?.lower ?? '') && /^(after|once|when|until|before|if|unless)$/.test(tokens[hit.a - 2]?.lower ?? '')) return null;
  // ("won permanent relief from various provisions of the 1952 Consent Judgment and 1980 Order": what is won is the
  // verb's object, not a noun behind "from"; "won 7.6 mln dlrs worth of Navy contracts", "received 669,000 dlrs in
  // orders" are, and so is the means: "has won breathing space from its creditors through yesterday's Paris Club
  // refinancing agreement")
  if (!passive && WINS.test(verb)) {
    let behind = false;
    for (let q = verbAt + 1; q < hit.a; q++) {
      if (tokens[q].lower === 'through') behind = false;
      else if (/^(from|against)$/.test(tokens[q].lower)) behind = true;
    }
    if (behind) return null;
  }
  // ("won a bidding war for the contract, which is expected to be signed next month": one still to be signed)
  if (!passive && tokens[hit.b]?.lower === ',' && /^(which|that)$/.test(tokens[hit.b + 1]?.lower ?? '')) {
    for (let q = hit.b + 2; q + 2 < last && q - hit.b < 12 && !/^[,;.]$/.test(tokens[q].lower); q++) {
      if (/^(to|will|would|shall|should|could|may|might)$/.test(tokens[q].lower) && tokens[q + 1].lower === 'be' && lex!.verbs.has(tokens[q + 2].lower)) return null;
    }
  }
  // ("Police won a court order to evict the protesters": a court's order, whatever the verb)
  if (/^orders?$/.test(headWord) && /^(court|restraining|executive|gag|protection|injunction|cease-and-desist)$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  // A buyer's order is for something or with a seller ("signed a firm order for 250 jets", "placed an order with
  // Boeing"); "Reagan signed an order", "placed buy orders", "received a disappointing rate order" are no purchases.
  // ("received a court order requiring ...": an order received is a purchase only with what or whom it is from)
  if (/^orders?$/.test(headWord) && (!WINS.test(verb) || /^receiv/.test(verb))) {
    const after = tokens[hit.b]?.lower ?? '';
    if (!(/^(for|with|worth|valued)$/.test(after) || (after === 'from' && /^receiv/.test(verb)) || (after === 'to' && /^award/.test(verb))) || /^(buy|sell|stop|limit|market|transfer|rate|"|')$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  }
  // ("<M-L Technology Ventures L.P.>, a research and development limited partnership": a firm's legal form)
  if (/^partnerships?$/.test(headWord) && /^(limited|general)$/.test(tokens[hit.b - 2]?.lower ?? '')) return null;
  const info = lex!.verbs.get(verb)!;
  // ("Italy joined the initiative by signing a memorandum": signed, by the subject of "joined")
  const byGerund = info.tense === 'progressive' && tokens[verbAt - 1]?.lower === 'by';
  // ("witnessed the signing of 20 agreements", "The signing ceremony of the agreement ... was held": signed)
  const event = info.tense === 'progressive' && !passive ? signingEvent(doc, verbAt, hit, first, last) : null;
  if (info.tense === 'progressive' && !byGerund && !event && !/^(is|are|was|were)$/.test(tokens[verbAt - 1]?.lower ?? '')) return null;
  // "agreed to sign", "plans to sign", "failed to reach", "would sign": not concluded.
  if (blocked(doc, verbAt, hit, first, passive)) return null;
  // "Kazakhstan became the first country to sign the deal" (not "will become", "aims to be"): it signed, and the
  // subject of "became" signed it.
  const became = !passive && tokens[verbAt - 1]?.lower === 'to' ? firstToSign(doc, verbAt, first) : -1;
  // Infinitive "to sign" without a concluding verb before it; "defeated Boeing to win an order" did win it.
  let agreedTo = false;
  if (!passive && tokens[verbAt - 1]?.lower === 'to') {
    let realised = false;
    // ("agreed on Monday to form a joint venture": past when, as past an adverb)
    let agreedAt = verbAt - 2;
    while (agreedAt > first && (inDate(doc, agreedAt) || tokens[agreedAt].pos === 'ADV' || (/^(on|in)$/.test(tokens[agreedAt].lower) && inDate(doc, agreedAt + 1)))) agreedAt--;
    for (let k = verbAt - 2; k >= Math.max(first, verbAt - 6); k--) {
      const w = tokens[k].lower;
      if (lex!.blockers.has(w)) break;
      if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && /ed$/.test(w) && WINS.test(verb)) realised = true;
      // "have agreed to form a joint venture", "agreed to extend their pact", "agreed to enter into a standstill
      // agreement": agreed on, if not yet signed.
      if (k === agreedAt && /^(agreed|agree|agrees)$/.test(w) && (NEEDS_NOUN.some(([v]) => v.test(verb)) || verb === 'enter')) realised = agreedTo = true;
    }
    if (became >= 0) realised = true;
    if (!realised) return null;
  }
  // "Sony and Samsung have agreed to share patents in a cross-licensing deal": what was agreed, then the deal.
  const agreedIn = boughtInDeal || announcedAsSettled || (!passive && /^agree(d|s)?$/.test(verb) && agreedToIn(doc, verbAt, hit.a));
  if (/^agree(d|s)?$/.test(verb) && !agreedIn) {
    // "agreed a deal" / "agreed on a deal" / "agreed to a ceasefire"; "agreed to buy" is not an agreement noun
    // phrase anyway.
    const between = tokens.slice(verbAt + 1, hit.a).map((t) => t.lower);
    const toTheNoun = between[0] === 'to' && /^(a|an|the)$/.test(between[1] ?? '');
    if (between.some((w, j) => w === 'to' && !(j === 0 && toTheNoun))) return null;
    // ("agreed that the current agreement had worked": a clause agreed with, no agreement made)
    if (between[0] === 'that') return null;
  }
  if (!passive && !agreedIn && !governsDirectly(doc, verb, verbAt, hit.a, hit.b)) return null;
  const parties: Party[] = [];
  const push = (p: Party) => {
    if (!parties.some((q) => q.name.toLowerCase() === p.name.toLowerCase())) parties.push(p);
  };
  let evStart = Math.min(verbAt, hit.a);
  let evEnd = hit.b;
  if (!passive && !approvedBetween) {
    // "Northrop Grumman and EADS defeated Boeing to win an order": the subject of the verb before "to".
    let subjVerb = became >= 0 ? became : verbAt;
    if (became < 0 && (tokens[verbAt - 1]?.lower === 'to' || byGerund)) {
      for (let k = verbAt - 2; k >= Math.max(first, verbAt - (byGerund ? 15 : 8)); k--) {
        if ((tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && /ed$/.test(tokens[k].lower)) {
          subjVerb = k;
          break;
        }
      }
    }
    // (who witnessed or held the signing, when they did; "The signing of the agreement took place" names none)
    if (event) subjVerb = event.witness;
    const subj = subjVerb >= 0 ? subjectBefore(doc, subjVerb, first) : null;
    if (subj) {
      subj.parties.forEach(push);
      evStart = Math.min(evStart, subj.start);
    } else {
      // "..., and signed a strategic cooperation agreement with ...": the subject of the first clause.
      let andAt = -1;
      for (let k = verbAt - 1; k >= Math.max(first, verbAt - 5); k--) {
        if (tokens[k].lower === 'and') {
          andAt = k;
          break;
        }
        if (!(tokens[k].pos === 'ADV' || inDate(doc, k) || /^(has|have|had|also|then|last|week|month|year)$/.test(tokens[k].lower))) break;
      }
      if (andAt >= 0) {
        const elided = relativeAntecedent(doc, first, andAt) ?? prevSubject ?? subjectOfSentence(doc, first, verbAt);
        if (elided) elided.forEach((p) => push({ ...p, role: 'elided subject' }));
        evStart = Math.min(evStart, andAt);
      }
    }
  }
  // "awarded Shell a contract", "awarded a contract to Boeing", "has been awarded a contract by the Pentagon": the
  // one who gives it as well as the one who receives it.
  const awarded = /^award/.test(verb) && !passive;
  const beenAwarded = awarded && /^(been|being|was|were|is|are)$/.test(tokens[verbAt - 1]?.lower ?? '');
  // ("Control Data Corp said the Air Force awarded it a contract": the one who said it)
  const awardedIt = awarded && !beenAwarded && tokens[verbAt + 1]?.lower === 'it' ? sentenceSpeaker(doc, verbAt + 1, first) : null;
  if (awardedIt) push({ ...awardedIt, role: 'counterparty' });
  else if (awarded && !beenAwarded) (namesAt(doc, verbAt + 1, hit.a, 'counterparty') ?? awardedTheCompany(doc, verbAt + 1, hit.a))?.parties.forEach(push);
  // "Boeing's deal with Ryanair was signed": whose agreement it is.
  if (possessiveAt(doc, hit.a - 1) && !parties.length && tokens[hit.b]?.lower === 'with') {
    const owner = mentionCovering(doc, hit.a - 2);
    if (owner && owner.type !== 'person') {
      push(partyOf(owner, 'subject'));
      evStart = Math.min(evStart, owner.a);
    }
  }
  // "Microsoft agreed with the European Commission on a settlement": the other side between the verb and the noun.
  if (!passive && tokens[verbAt + 1]?.lower === 'with' && verbAt + 2 < hit.a) partyPhrase(doc, verbAt + 2, hit.a, 'counterparty').parties.forEach(push);
  // "agreed a takeover of Cadbury": the company taken over is the other side.
  if (headWord === 'takeover' && tokens[hit.b]?.lower === 'of') {
    const target = mentionAt(doc, tokens[hit.b + 1]?.lower === 'the' ? hit.b + 2 : hit.b + 1);
    if (target?.type === 'organisation') {
      push(partyOf(target, 'taken over'));
      evEnd = Math.max(evEnd, target.b);
    }
  }
  // After the noun: "with X", "between X and Y", "by X" (passive), then the purpose.
  let k = hit.b;
  // "inked 15 agreements and MoUs with Chinese firms": what follows the second noun is the first's too.
  // ("signed agreements and memorandums on trade", "a contract and an agreement with Russia")
  if (!passive && tokens[k]?.lower === 'and') {
    const at = /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const second = at < last ? nounAt(doc, at, first, last) : null;
    // (what an agreement with its own article is about is its own: "a treaty and an agreement on payments")
    if (second && second.a === at && (/^(with|between)$/.test(tokens[second.b]?.lower ?? '') || (at === k + 1 && /^(on|for|covering)$/.test(tokens[second.b]?.lower ?? '')))) k = second.b;
  }
  if (passive) {
    before?.parties.forEach(push);
    k = skipWhenWhere(doc, verbAt + 1, last);
    // "The contract was awarded to Boeing by the Pentagon"
    const to = /^award/.test(verb) && tokens[k]?.lower === 'to' ? namesAt(doc, k + 1, last, 'subject') : null;
    if (to) {
      to.parties.forEach(push);
      k = skipWhenWhere(doc, to.end, last);
    }
    if (tokens[k]?.lower === 'by') {
      const by = partyPhrase(doc, k + 1, last, 'passive agent');
      // (who announced it need not be a party: "under a deal announced by Gordon Brown")
      if (!ANNOUNCE.test(verb)) by.parties.forEach(push);
      k = by.end;
    }
    // "The EU signed a pact with Singapore in May, and an interim agreement with Chile was signed in December":
    // with only its counterparty named, the agreement is the earlier clause's subject's.
    if (prevSubject && before && parties.every((p) => p.role === 'counterparty')) {
      const own = [...parties];
      parties.length = 0;
      prevSubject.forEach((p) => push({ ...p, role: 'elided subject' }));
      own.forEach(push);
    }
  }
  // "a contract worth £1 billion from the British Ministry of Defence": the amount, then who gave it.
  if (/^(worth|valued|totalling|totaling)$/.test(tokens[k]?.lower ?? '')) {
    const q = tokens[k + 1]?.lower === 'at' ? k + 2 : k + 1;
    const c = tokens[q] ? doc.counts.find((x) => x.start <= tokens[q].start && tokens[q].start < x.end && x.kind === 'money') : undefined;
    if (c) {
      let e = q;
      while (e < last && tokens[e].start < c.end) e++;
      // ("worth $60 million a year with Reddit": past the rate)
      if (/^(a|an|per|each|every)$/.test(tokens[e]?.lower ?? '') && /^(year|month|week|day|annum)$/.test(tokens[e + 1]?.lower ?? '')) e += 2;
      else if (/^(annually|yearly|monthly)$/.test(tokens[e]?.lower ?? '')) e++;
      // ... or what it is for: "two loan agreements worth $500m for social protection"
      if (/^(from|with|for)$/.test(tokens[e]?.lower ?? '') || (tokens[e]?.lower === 'to' && (awarded || tokens[e + 1]?.pos === 'VERB'))) k = e;
    }
  }
  // Skip an amount or appositive in brackets: "a $6bn (£3.12bn) deal" is before the noun; "deal (worth ...)" after.
  if (tokens[k]?.lower === '(') {
    while (k < last && tokens[k].lower !== ')') k++;
    k++;
  }
  // "an order for 179 tankers from the United States Air Force": the buyer comes after what is bought.
  if (/^(order|orders|contract|contracts)$/.test(headWord) && tokens[k]?.lower === 'for') {
    for (let q = k + 1; q < Math.min(last, k + 10); q++) {
      if (tokens[q].lower === ',' || tokens[q].lower === '.') break;
      if (tokens[q].lower === 'from' && (mentionAt(doc, q + 1) || mentionAt(doc, q + 2))) {
        const ph = partyPhrase(doc, q + 1, last, 'counterparty');
        ph.parties.forEach(push);
        break;
      }
    }
  }
  // "an agreement in principle with Dart Group Corp under which ...": the other side after "in principle".
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'principle' && /^(with|between)$/.test(tokens[k + 2]?.lower ?? '')) k += 2;
  for (let guard = 0; guard < 3 && k < last; guard++) {
    // ("signed the agreement here with the Soviet central bank": past where)
    if (/^(here|there|today|yesterday|jointly)$/.test(tokens[k]?.lower ?? '') && /^(with|between|from)$/.test(tokens[k + 1]?.lower ?? '')) k++;
    const w = tokens[k]?.lower;
    // "won an order from the city of Munich", "Nokia wins 5G deal from Vodafone": who gave it.
    // ("Egypt secured a $3 billion loan agreement from the International Monetary Fund": any agreement won)
    if (w === 'with' || w === 'between' || (w === 'from' && (/^(order|orders|contract|contracts)$/.test(headWord) || WINS.test(verb)))) {
      const ph = partyPhrase(doc, k + 1, last, w === 'with' ? 'counterparty' : w === 'between' ? 'between' : 'counterparty');
      ph.parties.forEach(push);
      k = ph.end;
      // "with the Paris Club of creditor nations to write off $18bn": past what the party is, to the purpose.
      if (ph.parties.length && tokens[k]?.lower === 'of') {
        let e = k + 1;
        while (e < last && e - k <= 4 && tokens[e].type === 'word' && !tokens[e].cap && /^(NOUN|ADJ|DET)$/.test(tokens[e].pos)) e++;
        if (e > k + 1 && e < last && PURPOSE_START.test(tokens[e].lower)) k = e;
      }
      continue;
    }
    const given = (beenAwarded && w === 'by') || (awarded && !beenAwarded && w === 'to') ? namesAt(doc, k + 1, last, 'counterparty') : null;
    if (given) {
      given.parties.forEach(push);
      k = given.end;
      continue;
    }
    if (w === 'signed' && tokens[k + 1]?.lower === 'by') {
      const by = partyPhrase(doc, k + 2, last, 'passive agent');
      by.parties.forEach(push);
      k = by.end;
      continue;
    }
    break;
  }
  // "Airbus lands $12 billion IndiGo order", "Pakistan signed the IMF deal": a company named before the noun.
  if (!passive && parties.length < 2) {
    const m = mentionCovering(doc, hit.a - 1);
    if (m && m.b === hit.a && m.a > verbAt && m.type === 'organisation' && !possessiveAt(doc, hit.a - 1)) push(partyOf(m, 'counterparty'));
  }
  evEnd = Math.max(evEnd, tokens[Math.min(k, last) - 1].end > tokens[hit.b - 1].end ? k : hit.b);
  let purpose: string | null = null;
  // "reached an agreement in principle to transfer its South American service": the purpose after "in principle".
  if (tokens[k]?.lower === 'in' && tokens[k + 1]?.lower === 'principle' && PURPOSE_START.test(tokens[k + 2]?.lower ?? '')) k += 2;
  // "a contract with IBM worth 300 mln stg to run the new database": past what it is worth.
  k = pastWorth(doc, k, last);
  // "signed 15 agreements on Monday covering energy": the purpose may follow a date or a place.
  // Not past a comma: ", for which Mellon Bank is agent", ", on the one hand" begin other clauses.
  const q0 = skipWhenWhere(doc, k, last);
  let comma = false;
  for (let q = k; q < q0; q++) if (tokens[q].lower === ',') comma = true;
  // (", covering trade, defence and counter-terrorism" past where and when: what the agreement covers)
  if (q0 > k && q0 < last && (!comma || (tokens[q0 - 1].lower === ',' && /^(covering|aimed)$/.test(tokens[q0].lower))) && purposeStartAt(doc, q0) && !/^(that|which)$/.test(tokens[q0].lower)) k = q0;
  // "signed 14 agreements on Monday during a visit": a day after "on" is when, and no purpose follows; nor after
  // "on the sidelines of the summit" to the sentence's end.
  else if (q0 > k && ((tokens[k].lower === 'on' && inDate(doc, k + 1)) || (!comma && (q0 >= last || /^[.;]$/.test(tokens[q0].lower))))) k = q0;
  // "an agreement with Renault, under which Renault will take a stake", "37 documents, covering trade"
  if (tokens[k]?.lower === ',' && ((tokens[k + 1]?.lower === 'under' && tokens[k + 2]?.lower === 'which') || /^(covering|aimed)$/.test(tokens[k + 1]?.lower ?? ''))) k++;
  let purposeStart = k;
  let purposeEnd = k;
  // "a franchise deal with Tata Group that will see it supply stores": a relative clause that says what the
  // agreement does is its purpose; "the agreement that was signed last year" is not.
  const what = /^(that|which)$/.test(tokens[k]?.lower ?? '') && /^(will|would|allows?|gives?|covers?|calls?|sets?|provides?|includes?|commits?|paves?|ends?|creates?|grants?)$/.test(tokens[k + 1]?.lower ?? '');
  if (k < last && purposeStartAt(doc, k) && (!(tokens[k].lower === 'that' || tokens[k].lower === 'which') || what)) {
    const startTok = tokens[k].lower === 'for' || tokens[k].lower === 'on' ? k + 1 : k;
    let e = startTok;
    // (nor past the end of words quoted: 'an agreement to enter into a contract with Okamoto," adding')
    // (nor at the point inside a ticker: "Cable and Wireless PLC <CAWL.L> to instal ...")
    // (nor, when the agreement is the sentence's subject, into its own verb after an infinitive: "the agreement
    // reached ... to cooperate in bringing about currency stability has prevented speculative concerns")
    const infinitive = passive && tokens[startTok].lower === 'to';
    let relative = false;
    while (e < last && !(/^[;.]$/.test(tokens[e].lower) && !tickerPoint(doc, e)) && !(tokens[e].lower === ',' && (clauseAfter(doc, e + 1, last) || closingQuote(doc, e + 1))) && !(e > startTok && circumstanceAt(doc, e))) {
      if (/^(that|which|who|whom|where|when|if|whether|because|as|while|after|before|since|until|once)$/.test(tokens[e].lower)) relative = true;
      if (infinitive && !relative && e > startTok + 2 && /^(has|have|had|is|are|was|were)$/.test(tokens[e].lower) && tokens[e + 1]?.pos === 'VERB' && tokens[e - 1].pos !== 'PRON') break;
      e++;
    }
    // "a memorandum on nuclear cooperation on Monday": when it was signed is not part of its purpose (a date
    // of the purpose itself stays: "to return Macao to China in 1999", "for delivery between May 10 and July 30").
    const e0 = e;
    const when = e > startTok && inDate(doc, e - 1) ? dateRowAt(doc, e - 1) : null;
    // ("to supply chips from next year", "to cut output until next month": a term of the purpose)
    const term = when && /^(from|until|till|through|by|starting|beginning|within)$/.test(tokens[doc.tokenAt(when.start) - 1]?.lower ?? '');
    // (after a participle, any past date: "an agreement delineating their maritime boundaries in August 2020")
    const participle = !PURPOSE_START.test(tokens[startTok].lower);
    if (when && !term && (SIGNING_TIME.has(when.rule) || pastMonthOfSigning(doc, when, info.tense, participle)) && !ownClauseDate(doc, when, verbAt)) {
      while (e > startTok && inDate(doc, e - 1)) e--;
      if (e > startTok && /^(on|at|in)$/.test(tokens[e - 1].lower)) e--;
      // ("a deal on gas prices late on Tuesday": the part of the day goes with it)
      if (e > startTok + 1 && /^(late|early)$/.test(tokens[e - 1].lower)) e--;
      // "for 20 jets in Paris on Monday": where it was signed comes before when.
      if (e > startTok) e = placeBefore(doc, e, startTok);
      if (e === startTok) e = e0;
    } else if ((tokens[k].lower === 'on' || (e < last && circumstanceAt(doc, e))) && cityAtEnd(doc, e, startTok)) {
      // "a memorandum on counter-narcotics co-operation in Tehran": a city the subject of the memorandum ends with
      // is where it was signed (and so is one before the visit it was signed during: "for eight 787-10 Dreamliners
      // in Hanoi during Mr Trump's visit").
      e = placeBefore(doc, e, startTok);
    } else {
      // "on a free trade deal in Brussels on Friday after 20 years of talks": a weekday inside the purpose is when
      // the deal was made, and what follows it is about the making.
      for (let q = startTok + 1; q < e - 1; q++) {
        if (tokens[q].lower !== 'on' || !inDate(doc, q + 1) || !/^date\.(weekday|yesterday|today)$/.test(dateRowAt(doc, q + 1)?.rule ?? '')) continue;
        e = placeBefore(doc, q, startTok);
        break;
      }
    }
    // "agreed a deal with Saudi Arabia on Tuesday": a date is no purpose, nor is a term ("renewed the swap
    // agreement for another three years").
    let onlyDate = true;
    let q0 = startTok;
    if (/^(another|further|additional)$/.test(tokens[q0]?.lower ?? '')) q0++;
    else if (/^(a|an|the)$/.test(tokens[q0]?.lower ?? '') && /^(further|additional|next)$/.test(tokens[q0 + 1]?.lower ?? '')) q0 += 2;
    if (q0 > startTok && !inDate(doc, q0)) q0 = startTok;
    for (let q = q0; q < e && onlyDate; q++) onlyDate = inDate(doc, q);
    if (e > startTok && !onlyDate) {
      purpose = purposeText(doc, startTok, e);
      purposeStart = startTok;
      purposeEnd = e;
    }
  }
  // "a joint marketing agreement for its Model 730 scanner with Xerox Corp.": the counterparty after what it is for.
  // ("an agreement on new traffic rights with the Japanese government which clears the way ...": a country's
  // government, before a clause about the agreement)
  const about = tokens[purposeStart - 1]?.lower;
  if (purpose && (about === 'for' || about === 'on') && !parties.some((p) => p.role === 'counterparty')) {
    for (let q = purposeStart + 1; q < purposeEnd; q++) {
      if (tokens[q].lower !== 'with') continue;
      // (not "to buy shares in association with Polo Energy Corp": partners of what the purpose does)
      if (/^(association|conjunction|cooperation|partnership|together|along)$/.test(tokens[q - 1].lower)) break;
      const list = mentionList(doc, q + 1, purposeEnd);
      if (about === 'for' && list && list.end === purposeEnd && list.items.every((m) => m.type === 'organisation')) {
        list.items.forEach((m) => push(partyOf(m, 'counterparty')));
        purposeEnd = q;
        purpose = purposeText(doc, purposeStart, q);
      }
      const place = mentionAt(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1);
      const h = place?.type === 'place' ? governmentAfter(doc, place, purposeEnd) : -1;
      if (place && h >= 0 && (h + 1 === purposeEnd || /^(which|that|,)$/.test(tokens[h + 1]?.lower ?? ''))) {
        push(partyOf(place, 'counterparty'));
        purposeEnd = q;
        purpose = purposeText(doc, purposeStart, q);
      }
      break;
    }
  }
  // "agreed to share patents in a cross-licensing deal": what was agreed is the purpose.
  if (agreedIn && !purpose) {
    let e = hit.a - 1;
    // (past "to" and one word at least: "agreed to share patents in", "bought Seagen in")
    const least = tokens[verbAt + 1]?.lower === 'to' || inPrinciple(doc, verbAt) ? verbAt + 2 : verbAt + 1;
    while (e > least && !/^(in|under)$/.test(tokens[e].lower)) e--;
    if (e > least) {
      purposeStart = verbAt + (inPrinciple(doc, verbAt) ? 3 : 1);
      e = beforeWhenWhere(doc, purposeStart, e);
      purposeEnd = e;
      purpose = purposeText(doc, purposeStart, e);
      evStart = Math.min(evStart, verbAt);
    }
  }
  if (!purpose && topic) {
    purposeStart = topic[0];
    purposeEnd = topic[1];
    purpose = purposeText(doc, topic[0], topic[1]);
  }
  if (purpose) evEnd = Math.max(evEnd, purposeEnd);
  // A purchase names the seller when no counterparty was given: "signed a contract to purchase ... Airbus jets".
  // An order for what a maker makes names the maker: "placed an order for 90 Boeing 777X jets".
  // (and a contract for them: "signed a contract for three <Airbus Industrie> A310-300 aircraft")
  const madeBy = /^(orders?|contracts?)$/.test(headWord) && !!purpose && (/^(up to )?\d/.test(purpose) || amountWord(purpose.split(' ')[0].toLowerCase()));
  // ("a definitive agreement for the previously-announced acquisition of Lincoln Savings Bank": what is bought)
  // The buyer of what was sold in a deal: "sold Volvo Cars to Zhejiang Geely Holding Group in a deal".
  if (soldInDeal && parties.length === 1 && purpose) {
    const buyer = afterTo(doc, purposeStart + 1, purposeEnd)?.m;
    if (buyer?.type === 'organisation') push(partyOf(buyer, 'buyer in purpose'));
  }
  if (parties.length === 1 && purpose && !soldInDeal && (madeBy || boughtInDeal || /^(to )?(purchase|buy|order|acquire|lease|take over)\b|^(the |its |a |an )?([\w-]+ )?(acquisition|purchase) of\b/.test(purpose))) {
    for (let q = purposeStart; q < (madeBy ? Math.min(purposeEnd, purposeStart + 4) : purposeEnd); q++) {
      const m = mentionAt(doc, q);
      // ("to purchase its West German affiliate <Bankhaus Centrale Credit AG>": what is bought, not who sells it)
      const before = tokens[q - 1]?.lower === '<' ? tokens[q - 2]?.lower : tokens[q - 1]?.lower;
      if (m && /^(its|their|affiliate|subsidiary|unit)$/.test(before ?? '')) break;
      if (m && formerName(doc, q)) continue;
      if (m && m.type === 'organisation') {
        // ("Saab SF340 aircraft" after "an agreement with Saab Scania AB": the same company)
        if (!parties.some((p) => shortOf(p, partyOf(m, 'seller in purpose')))) push(partyOf(m, 'seller in purpose'));
        break;
      }
      const t = tokens[q];
      const next = tokens[q + 1];
      // "agreed to acquire Wyeth in a cash-and-stock deal": a name no rule typed, right after the verb of buying, that
      // no lower-case noun follows (not "to buy Treasury bills") and that is not a place.
      // ("to buy Singapore's NatSteel": past the place the company is from)
      const from = possessiveAt(doc, q - 1) ? mentionCovering(doc, q - 2) : undefined;
      const v = from?.type === 'place' ? from.a - 1 : q - 1;
      // ("Pfizer bought Seagen in a deal", "will acquire Seagen under a deal": or right after the verb of a purchase
      // made in a deal)
      const buying = (BUYING.test(tokens[v].lower) && ((v === purposeStart + 1 && tokens[v - 1].lower === 'to') || (v === purposeStart && tokens[v - 1].lower === 'will'))) || (boughtInDeal && v === purposeStart - 1 && /^(bought|acquired|purchased)$/.test(tokens[v].lower));
      if (!madeBy && !m && buying) {
        let e = q;
        while (e < purposeEnd && e - q < 4 && tokens[e].cap && tokens[e].type === 'word' && tokens[e].pos === 'PROPN' && !mentionCovering(doc, e) && !inDate(doc, e)) e++;
        const after = tokens[e];
        if (e > q && !(after && !after.cap && after.type === 'word' && (after.pos === 'NOUN' || after.pos === 'PROPN'))) {
          push(writtenParty(doc, q, e, 'seller in purpose'));
          break;
        }
      }
      // "Airbus A320 passenger jets": the maker of what is bought (for a contract counted in what it buys, only a
      // company the article names: not "a contract for 1,403 HEMTT 977 series trucks")
      if (t.cap && t.pos === 'PROPN' && next && next.start - t.end === 1 && /^[A-Z]{0,3}\d{2,4}/.test(doc.text.slice(next.start, next.end))) {
        const name = doc.text.slice(t.start, t.end);
        const e = doc.entities.find((x) => x.type === 'organisation' && (x.name === name || x.aliases.includes(name)));
        if (!e && madeBy && /^contracts?$/.test(headWord)) break;
        const maker: Party = { name: e ? e.name : name, entityId: e ? e.id : null, start: t.start, end: t.end, role: 'seller in purpose' };
        if (!parties.some((p) => shortOf(p, maker))) push(maker);
        break;
      }
    }
  }
  // "signed a trade protocol to buy up to 15,000 tonnes of asbestos fibre from Zimbabwe": the country bought from.
  if (parties.length === 1 && purpose && /^to (buy|purchase|import)\b/.test(purpose)) {
    for (let q = purposeStart + 2; q < purposeEnd - 1; q++) {
      if (tokens[q].lower !== 'from') continue;
      const m = openingName(doc, q + 1, purposeEnd)?.m;
      if (m && ((m.type === 'place' && m.placeKind === 'country') || m.type === 'organisation') && !oneParty(partyOf(m, 'seller in purpose'), parties[0])) push(partyOf(m, 'seller in purpose'));
      break;
    }
  }
  // "Ram Industries Inc said an agreement has been reached with <Treasure Valley Foods>": who says so is the other side.
  if (passive && parties.length === 1 && parties[0].role === 'counterparty') {
    let q = hit.a - 1;
    if (q >= first && /^(a|an|the)$/.test(tokens[q].lower)) q--;
    if (q >= first && tokens[q].lower === 'that') q--;
    const speaker = q > first && lex!.speech.has(tokens[q].lower) ? speakerBefore(doc, q + 1, first) : null;
    if (speaker && !oneParty(speaker, parties[0])) {
      parties.unshift({ ...speaker, role: 'speaker' });
      evStart = Math.min(evStart, doc.tokenAt(speaker.start));
    }
  }
  // "received about 500,000 dlrs in orders for its new CF1000 Scanner and RAVE software, a document scanning system,
  // from McDonnell Douglas Corp": who an order or a contract won came from, after what it is for.
  // ("an order for 60 A321neo jets from Saudi budget carrier Flynas": past what the company is)
  const giver = purpose && !passive && /^(orders?|contracts?)$/.test(headWord) && WINS.test(verb) && tokens[purposeStart - 1]?.lower === 'for' ? mentionCovering(doc, purposeEnd - 1) : undefined;
  if (giver && giver.b === purposeEnd && giver.type === 'organisation' && !giver.nested) {
    let q = giver.a - 1;
    while (q > purposeStart && giver.a - q <= 5 && tokens[q].lower !== 'from' && (!tokens[q].cap || mentionCovering(doc, q)?.rule === 'place.demonym' || mentionCovering(doc, q)?.type === 'place') && tokens[q].type === 'word') q--;
    // (not "terminals capable of receiving messages from the Defense Satellite Communications System": a verb's own)
    let verbBetween = false;
    for (let v = purposeStart + 1; v < q; v++) if (tokens[v].pos === 'VERB' && !/^(NOUN|PROPN|DET|NUM|CCONJ)$/.test(tokens[v - 1].pos)) verbBetween = true;
    if (q > purposeStart && tokens[q].lower === 'from' && !verbBetween) {
      if (!parties.some((p) => p.entityId === giver.entityId)) push(partyOf(giver, 'counterparty'));
      purpose = purposeText(doc, purposeStart, tokens[q - 1].lower === ',' ? q - 1 : q);
      purposeEnd = q;
    }
  }
  // The other side a purpose names: a buyer, whose products, a merger partner, a customer.
  if (parties.length === 1 && purpose) {
    const found = partiesInPurpose(doc, purpose, purposeStart, purposeEnd);
    // ("The two companies inked a supply pact, under which Samsung will provide memory chips to Apple": the two,
    // when the article named neither before)
    if (!parties[0].entityId && PAIR_WRITTEN.test(parties[0].name) && found.length === 2 && found[0].entityId !== found[1].entityId) parties.splice(0, 1, ...found);
    else {
      for (const p of found) {
        push(p);
        if (parties.length > 1) break;
      }
    }
  }
  // "Under an agreement reached with the World Bank last week, Pakistan will receive $500m", "Under the deal,
  // signed last week, Gazprom will supply ...": the subject of the main clause is a party too.
  // (Not after "signed by Narendra Modi and Emmanuel Macron": the signers are named.)
  // ("Under the terms of the agreement, signed in Doha on Sunday, Qatar will supply ...")
  const terms = tokens[first + 1]?.lower === 'the' && /^(terms|provisions)$/.test(tokens[first + 2]?.lower ?? '') && tokens[first + 3]?.lower === 'of' ? 3 : 0;
  if (passive && /^(under|in)$/.test(tokens[first].lower) && hit.a - first - terms <= 3 && !parties.some((p) => p.role === 'passive agent')) {
    // "In a separate deal, Unilever agreed with Procter & Gamble to swap brands": the verb is the main clause's own,
    // its subject between the comma and the verb.
    // (not "Under the pact, Tokyo agreed to stop ...": the terms of one reported before)
    let comma = -1;
    if (/^(a|an)$/.test(tokens[first + 1]?.lower ?? '')) for (let q = hit.b; q < verbAt; q++) if (tokens[q].lower === ',') comma = q;
    const own = comma >= 0 ? mentionList(doc, comma + 1, verbAt) : null;
    if (own && own.end === verbAt) {
      parties.unshift(...own.items.map((m) => partyOf(m, 'subject')));
      evStart = Math.min(evStart, own.items[0].a);
    }
    for (let q = verbAt + 1; q < last && !own; q++) {
      if (tokens[q].lower !== ',') continue;
      const main = mentionList(doc, q + 1, last);
      if (main) {
        main.items.forEach((m) => push(partyOf(m, 'subject')));
        evEnd = Math.max(evEnd, main.end);
        // ("Gazprom will supply gas to China", "Norway will supply Germany with hydrogen": whom it supplies)
        const customer = main.items.length === 1 ? customerOfTerms(doc, main.items[0], last) : null;
        if (customer && !parties.some((p) => sameParty(p.name, customer.name))) push(partyOf(customer, 'customer'));
      }
      break;
    }
  }
  // "Volkswagen said it would cut 35,000 jobs by 2030 under a deal reached with the IG Metall union": the name
  // the sentence opens with, when the agreement is named in the middle of it.
  const under = hit.a - 1 > first && /^(a|an|the|its|their)$/.test(tokens[hit.a - 1].lower) && tokens[hit.a - 2].lower === 'under' ? hit.a - 2 : -1;
  if (passive && under > first && !parties.some((p) => p.role !== 'counterparty')) {
    // ("Meanwhile, the African Development Bank approved ...": past a sentence adverb and its comma)
    let at = first;
    if (!mentionAt(doc, first) && tokens[first + 1]?.lower === ',' && tokens[first].pos === 'ADV') at = first + 2;
    const opener = mentionAt(doc, at) ?? (tokens[at]?.lower === 'the' ? mentionAt(doc, at + 1) : null);
    // (not a source: "China Daily said the factory ...")
    const source = (m: MentionRef) => lex!.speech.has(tokens[m.b]?.lower ?? '') && !/^(it|they)$/.test(tokens[m.b + 1]?.lower ?? '');
    if (opener && !opener.nested && opener.type !== 'person' && opener.b < under && !source(opener) && !parties.some((q) => sameParty(opener.name, q.name))) {
      parties.unshift(partyOf(opener, 'subject'));
      evStart = Math.min(evStart, opener.a);
      // "Bangladesh will import 60,000 tons of diesel oil from the Soviet Union under a barter agreement": the other
      // side is whom the goods or the money come from.
      let bought = false;
      for (let q = opener.b; q < under; q++) {
        if (/^(import|imports|imported|importing|buy|buys|bought|buying|purchase|purchases|purchased|receive|receives|received|borrow|borrows|borrowed|obtain|obtained)$/.test(tokens[q].lower)) bought = true;
        if (tokens[q].lower !== 'from' || !bought) continue;
        const m = mentionAt(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1);
        if (m && firmOrCountry(m) && m.b <= under && !parties.some((x) => oneParty(x, partyOf(m, 'counterparty')))) push(partyOf(m, 'counterparty'));
        break;
      }
      // "Britain will write off its share of Tanzania's debt under a deal": the country whose debt or trade it is.
      for (let q = opener.b; q < under - 2 && !bought && parties.length < 2; q++) {
        const m = mentionAt(doc, q);
        if (m?.type !== 'place' || m.placeKind !== 'country' || m.rule === 'place.demonym' || !possessiveAt(doc, m.b) || m.entityId === opener.entityId) continue;
        if (/^(debt|debts|loans|arrears|exports|imports|trade|oil|gas|claims)$/.test(tokens[m.b + 1]?.lower ?? '')) push(partyOf(m, 'counterparty'));
        break;
      }
    }
  }
  // "Britain's first post-Brexit trade deal was signed with Australia", "The U.S.-China trade deal was signed": the
  // sides named before the noun, when nothing else says who signed.
  if (passive && !parties.some((p) => p.role !== 'counterparty')) {
    const sides = sidesBefore(doc, hit.a, first);
    if (sides.length) {
      parties.unshift(...sides.map((m) => partyOf(m, 'subject')).filter((p) => !parties.some((q) => q.name === p.name)));
      evStart = Math.min(evStart, sides[0].a);
    }
  }
  // "signed by Ali Khan on behalf of the Ministry of Energy and John Smith on behalf of Siemens": the bodies the
  // signers stand for are the parties, not the signers.
  for (let q = verbAt + 1; q + 3 < last; q++) {
    if (tokens[q].lower !== 'on' || tokens[q + 1].lower !== 'behalf' || tokens[q + 2].lower !== 'of') continue;
    let m = mentionAt(doc, tokens[q + 3].lower === 'the' ? q + 4 : q + 3);
    // ("and on behalf of the bank by its country director": the bank the article named)
    if (!m && tokens[q + 3].lower === 'the' && DESCRIPTORS.has(tokens[q + 4]?.lower ?? '')) {
      const np = nounPhraseEndingAt(doc, q + 4, first);
      const named = np?.parties.length === 1 && np.parties[0].entityId ? np.parties[0] : null;
      if (named) m = doc.mentions.find((x) => x.entityId === named.entityId && x.start === named.start);
    }
    if (!m || m.type === 'person') continue;
    // (the signer is named right before, or is the subject of "Ali Khan signed the agreement on behalf of ...")
    let signer = parties.findIndex((p) => p.end === tokens[q - 1].end);
    if (signer < 0 && q === hit.b) signer = parties.findIndex((p) => p.role === 'subject' && p.entityId?.startsWith('per_'));
    if (signer >= 0) parties.splice(signer, 1);
    push(partyOf(m, 'on behalf of'));
    evEnd = Math.max(evEnd, m.b);
    if (purpose?.startsWith('behalf of')) purpose = null;
  }
  // "The ministers witnessed the signing of a memorandum between Kenya Power and Siemens Energy": those it is
  // between are its parties; who watched is not, when the text names two such.
  if (event && event.witness >= 0 && parties.filter((p) => p.role === 'between').length >= 2) {
    for (let n = parties.length - 1; n >= 0; n--) if (parties[n].role === 'subject') parties.splice(n, 1);
  }
  // A titled signer stands for the body the title names ("Kazakh President Tokayev" signs for Kazakhstan); a body
  // two of its people sign for is one party.
  for (let n = 0; n < parties.length; n++) {
    const body = bodyOf(doc, parties[n]);
    if (!body) continue;
    if (parties.some((q, i) => i !== n && oneParty(q, body))) parties.splice(n--, 1);
    else parties[n] = body;
  }
  // "Mr Brown has signed a debt relief deal with Tanzania": a person no title ties to a body, signing with a
  // country, signs for the country the article is about.
  const person = parties.findIndex((p) => p.entityId?.startsWith('per_') && !p.signatory);
  if (person >= 0 && parties.length === 2 && placeKindOf(doc, parties[1 - person]) === 'country') {
    const home = homeCountry(doc, parties[1 - person].entityId!);
    if (home) parties[person] = { ...partyOf(home, parties[person].role), signatory: { name: parties[person].name, entityId: parties[person].entityId } };
  }
  // ("The agreement was signed in Frankfurt on Tuesday": no party named, but when and where the one reported before was)
  if (parties.length === 0 && !theOneBefore(doc, hit)) return null;
  const start = tokens[evStart].start;
  const end = tokens[Math.max(evStart, Math.min(evEnd, last) - 1)].end;
  const kindText = doc.text.slice(tokens[hit.a].start, tokens[hit.b - 1].end).replace(/\s+/g, ' ');
  const row: AgreementRow = {
    articleId: doc.article.id,
    id: '',
    kind: hit.plural ? singular(kindText) : kindText,
    status: agreedTo || (!passive && talksConcluded(doc, verbAt, hit)) ? 'agreed' : info.status,
    plural: hit.plural,
    parties,
    purpose,
    date: dateIn(doc, tokens[first].start, tokens[last - 1].end, verbAt, passive, purpose ? [purposeStart, purposeEnd] : null, hit),
    // "signed a free trade agreement in Hanoi": where, just after the evidence.
    // (past a noun phrase that goes on after a named agreement: "sealed the Trans-Pacific Partnership trade deal in Atlanta")
    // ("signed by the chief executives of both companies at a ceremony in Tokyo": past the occasion)
    place: placeIn(doc, verbAt, Math.min(Math.max(pastOccasion(doc, Math.max(evEnd, verbAt + 6, hit.b + 2), last), pastSidelines(doc, hit.b, last)) + 2, last), parties, purpose ? [purposeStart, purposeEnd] : null, last),
    evidence: { start, end, text: doc.text.slice(start, end) },
    rule: relative ? 'agreement.relative' : event ? 'agreement.signing-event' : passive ? 'agreement.passive' : parties.some((p) => p.role === 'elided subject') ? 'agreement.elided-subject' : 'agreement.active',
  };
  if (purpose) purposeTokens.set(row, [purposeStart, purposeEnd]);
  return row;
}

/** A quotation mark glued to the comma before it: the end of words quoted ('with Okamoto," adding'), not the start of a title. */
function closingQuote(doc: Doc, q: number): boolean {
  const t = doc.tokens[q];
  return !!t && t.lower === '"' && t.start === doc.tokens[q - 1].end;
}

/** Past "worth" and the amount after it ("worth 300 mln stg", "worth about $2bn"), when "to" or "for" follows; else k. */
function pastWorth(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== 'worth') return k;
  let q = k + 1;
  // ("worth up to 7.3 mln dlrs": "up to" is part of the amount)
  if (tokens[q]?.lower === 'up' && tokens[q + 1]?.lower === 'to') q += 2;
  while (q < last && q - k <= 8 && !/^(to|for)$/.test(tokens[q].lower) && tokens[q].lower !== ',' && (tokens[q].pos === 'NUM' || tokens[q].type !== 'word' || amountWord(tokens[q].lower) || /^(about|around|some|nearly|almost|over|more|than|an|estimated|a|total|of)$/.test(tokens[q].lower))) q++;
  // ("worth $6bn, under which China will receive ...": the comma before the terms)
  const terms = tokens[q]?.lower === ',' && tokens[q + 1]?.lower === 'under' && tokens[q + 2]?.lower === 'which';
  // ("worth $500 million on Tuesday to modernise the grid": or when it was signed, then the purpose)
  const when = /^(on|in|at)$/.test(tokens[q]?.lower ?? '') && inDate(doc, q + 1);
  return q < last && q > k + 1 && (/^(to|for)$/.test(tokens[q].lower) || terms || when) ? q : k;
}

/** A record or a count in thousands between the verb and the noun: "a record 122,819 contracts". */
function tradedVolume(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = doc.tokens[k].lower;
    if (w === 'record' || /^\d{1,3}(,\d{3})+$|^\d{4,}$/.test(w)) return true;
  }
  return false;
}

/** The name at token q is what a company was called before ("<Deutsche Bank (Asia) AG>, the former <European Asian Bank AG>"). */
function formerName(doc: Doc, q: number): boolean {
  const before = doc.tokens[q - 1]?.lower === '<' ? q - 2 : q - 1;
  return doc.tokens[before]?.lower === 'former' && doc.tokens[before - 1]?.lower === 'the';
}

/** A ticker a purpose ends with, whole or cut at its point ("to Altron Group <ALRN.O>", "<CABV"). */
const TRAILING_TICKER = /\s*<[A-Z0-9]{1,8}(\.[A-Z]{0,3}>?|>)?$/;
/** A whole ticker inside a purpose ("with Cable and Wireless PLC <CAWL.L> to instal"). */
const INNER_TICKER = /\s*<[A-Z0-9]{1,8}(\.[A-Z]{1,3})?>(?=[\s,;:]|$)/g;

/** Tokens [a, b) as a purpose: one line, without the punctuation that ends it (nor a ticker). */
function purposeText(doc: Doc, a: number, b: number): string {
  const text = doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end).replace(/\s+/g, ' ').replace(/[.,;:]+$/, '');
  return text.replace(TRAILING_TICKER, '').replace(INNER_TICKER, '') || text;
}

/** The point inside a wire ticker, glued to both its sides: "<CAWL.L>". */
function tickerPoint(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  return t[k].lower === '.' && t[k - 1]?.end === t[k].start && t[k + 1]?.start === t[k].end && t[k + 2]?.lower === '>' && t[k + 2].start === t[k + 1].end;
}

/** What an unnamed buyer is: "a private investment group", "an investor group", "a Japanese company". */
const BUYER_GROUP = /^(group|company|firm|consortium|investor|investors|partnership|syndicate|concern|buyer|purchaser)$/;

/**
 * The other side of an agreement that its purpose names, in the order they are tried: the buyer of a sale ("to sell
 * its Swedish subsidiary Volvo Cars to China's Zhejiang Geely Holding Group"), whose products are sold or
 * distributed ("to distribute Walt Disney Co's home video cassettes", "to sell and service Western Union Corp's
 * telex"), the buyer, merger partner or customer after its verb ("to be acquired by R-C Acquisitions Inc", "to
 * merge with Lotoquik", "to supply National Medical with dialysis solutions").
 */
function partiesInPurpose(doc: Doc, purpose: string, start: number, end: number): Party[] {
  const tokens = doc.tokens;
  const out: Party[] = [];
  if (/^(to )?(sell|transfer)\b/.test(purpose)) {
    const to = afterTo(doc, start + 2, end);
    const buyer = to?.m;
    const place = !to ? null : buyer?.type === 'place' ? buyer : buyer ? null : mentionAt(doc, to.at + 1);
    if (buyer?.type === 'organisation') out.push(partyOf(buyer, 'buyer in purpose'));
    // "to sell its mobile phone business to Taiwan's BenQ": the name after the place's possessive, as written.
    else if (place?.type === 'place' && possessiveAt(doc, place.b)) {
      const a = place.b + 1;
      const owned = mentionAt(doc, a);
      let e = a;
      while (e < end && e - a < 3 && tokens[e].cap && tokens[e].type === 'word' && tokens[e].pos === 'PROPN' && !mentionCovering(doc, e)) e++;
      if (owned?.type === 'organisation') out.push(partyOf(owned, 'buyer in purpose'));
      else if (!owned && e > a && !tokens[e]?.cap) out.push(writtenParty(doc, a, e, 'buyer in purpose'));
    } else if (to && !buyer && !place) {
      // "to sell its Hudson's Bay Wholesale unit to a private investment group": a buyer no name was given for.
      const a = to.at + 1;
      let e = a + 1;
      if (/^(a|an)$/.test(tokens[a]?.lower ?? '')) while (e < end && e - a < 5 && !tokens[e].cap && /^(ADJ|NOUN)$/.test(tokens[e].pos)) e++;
      // ("a group of local investors")
      if (e - a >= 2 && BUYER_GROUP.test(tokens[e - 1].lower) && tokens[e]?.lower === 'of') {
        let f = e + 1;
        while (f < end && f - e < 4 && !tokens[f].cap && /^(ADJ|NOUN)$/.test(tokens[f].pos)) f++;
        if (f > e + 1 && tokens[f - 1].pos === 'NOUN') e = f;
      }
      if (e - a >= 2 && (BUYER_GROUP.test(tokens[e - 1].lower) || tokens[e - 1].lower === 'investors')) out.push(writtenParty(doc, a, e, 'buyer in purpose'));
    }
  }
  // "an agreement for Sun Chemical Corp to study the potential of Savin infrared technology": who is to do it.
  // ("for <Teleco USA Inc> to sell", "for an affiliate of Public Storage Inc to acquire")
  // ("for Wright Engineers Ltd of British Columbia to recoup": past where the company is from)
  const doer = openingName(doc, start, end);
  let toAt = doer?.after ?? -1;
  if (doer && tokens[toAt]?.lower === 'of' && mentionAt(doc, toAt + 1)?.type === 'place') toAt = mentionAt(doc, toAt + 1)!.b;
  if (doer?.m.type === 'organisation' && tokens[toAt]?.lower === 'to' && tokens[toAt + 1]?.pos === 'VERB') out.push(partyOf(doer.m, 'counterparty in purpose'));
  // "awarded a contract valued at 28 mln dlrs to a unit of Grumman Corp": who it went to.
  if (tokens[start]?.lower === 'to' && tokens[start + 1]?.pos !== 'VERB' && tokens[start + 1]?.pos !== 'PART') {
    const to = openingName(doc, start + 1, end);
    if (to && firmOrCountry(to.m)) out.push(partyOf(to.m, 'recipient in purpose'));
  }
  const named = termsName(doc, start, end);
  if (named) {
    out.push(partyOf(named, 'counterparty in purpose'));
    const customer = customerOfTerms(doc, named, end);
    if (customer) out.push(partyOf(customer, 'customer in purpose'));
  } else if (/^(that|which) (will|would) see (it|them) /.test(purpose)) {
    // ("Nokia signed a deal that will see it supply radio equipment to Deutsche Telekom": whom the signer supplies)
    const customer = customerOfTerms(doc, writtenMention(doc, start + 3, start + 4), end);
    if (customer) out.push(partyOf(customer, 'customer in purpose'));
  }
  const partner = partnerInPurpose(doc, purpose, start, end);
  if (partner) out.push(partyOf(partner, 'partner in purpose'));
  const lender = fromInPurpose(doc, purpose, start, end);
  if (lender) out.push(partyOf(lender, 'lender in purpose'));
  // "to resolve a territorial dispute with Union Rural Electric Association": the other side of the dispute.
  if (/^to (resolve|settle|end)\b/.test(purpose)) {
    for (let q = start + 2; q < end - 1 && q - start <= 8; q++) {
      if (tokens[q].lower === ',' || tokens[q].lower === 'which' || tokens[q].lower === 'that') break;
      if (tokens[q].lower !== 'with' || !/^(dispute|disputes|litigation|lawsuit|suit|differences|claims|conflict|row|feud)$/.test(tokens[q - 1].lower)) continue;
      const m = openingName(doc, q + 1, end)?.m;
      if (m && firmOrCountry(m)) out.push(partyOf(m, 'counterparty in purpose'));
      break;
    }
  }
  // "for the sale to Dillard of the Joske's and the Cain-Sloan divisions": the buyer.
  if (/^(the )?(sale|transfer) to\b/.test(purpose)) {
    const to = afterTo(doc, start, Math.min(end, start + 4));
    if (to?.m && firmOrCountry(to.m)) out.push(partyOf(to.m, 'buyer in purpose'));
  }
  if (tokens[start]?.lower !== 'to') return out;
  let q = start + 1;
  while (q < end && q - start < 5 && /^(distribute|market|sell|service|license|manufacture|produce|promote|and)$/.test(tokens[q].lower)) q++;
  const owner = q > start + 1 ? mentionAt(doc, q) : undefined;
  if (owner?.type === 'organisation' && possessiveAt(doc, owner.b) && owner.b < end) out.push(partyOf(owner, 'owner in purpose'));
  const v = start + 1;
  const w = tokens[v]?.lower ?? '';
  const at = w === 'be' && /^(acquired|bought|purchased|taken)$/.test(tokens[v + 1]?.lower ?? '') ? (tokens[v + 2]?.lower === 'by' ? v + 3 : tokens[v + 3]?.lower === 'by' ? v + 4 : -1)
    : /^(merge|merger)$/.test(w) && /^(with|into)$/.test(tokens[v + 1]?.lower ?? '') ? v + 2
    : /^(supply|provide)$/.test(w) ? v + 1
    : -1;
  // ("to build warships for the Royal Navy": who it is built for is a customer too)
  const builds = /^(build|make|design|develop|produce|manufacture)$/.test(w);
  const supplies = builds || /^(supply|provide|deliver)$/.test(w);
  // ("to merge with an affiliate of First Boston Inc", "with its partly-owned subsidiary Medco Containment Services Inc")
  let other = at > 0 && at < end ? (mentionList(doc, at, end)?.items[0] ?? openingName(doc, at, end)?.m) : undefined;
  // "to supply touch panel monitors to Matrox Electronics Systems Ltd": the customer after what is supplied (after
  // what is built: "for the Royal Navy").
  if (!other && supplies) {
    const q = customerPreposition(doc, v, end, builds ? 'for' : 'to');
    if (q >= 0) other = mentionList(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1, end)?.items[0];
  }
  // (a country buys too: "a 30-year deal to supply gas to China")
  // (not "to Venezuela's Venalum", "to the Soviet motor industry", "to the U.S. mints": a country before what it owns)
  const country = supplies && other?.type === 'place' && other.placeKind === 'country' && other.rule !== 'place.demonym' && !/^('s|'|’s)$/.test(tokens[other.b]?.lower ?? '') && !(tokens[other.b]?.type === 'word' && /^(NOUN|PROPN|ADJ)$/.test(tokens[other.b].pos));
  if (other && (other.type === 'organisation' || country)) out.push(partyOf(other, w === 'be' ? 'buyer in purpose' : supplies ? 'customer in purpose' : 'counterparty in purpose'));
  return out;
}

/**
 * Who lends, finances or supplies what the signer receives: "to borrow up to 150 billion yen ... from Japan's
 * governmental Export-Import Bank", "under which it would receive financing from I.C.H. Corp."
 */
function fromInPurpose(doc: Doc, purpose: string, start: number, end: number): MentionRef | null {
  if (!/^(to (borrow|receive|obtain|raise)|under which (it|they|the company) (would|will) (receive|obtain|borrow|get))\b/.test(purpose)) return null;
  const tokens = doc.tokens;
  for (let q = start + 2; q < end - 1 && q - start <= 16; q++) {
    const w = tokens[q].lower;
    if (w === ',' || w === 'which' || w === 'that' || w === 'and') return null;
    if (w !== 'from') continue;
    let k = q + 1;
    // ("from Japan's governmental Export-Import Bank": past the country that owns it and what it is)
    const place = mentionAt(doc, k);
    if (place?.type === 'place' && possessiveAt(doc, place.b)) {
      k = place.b + 1;
      while (k < end && k - place.b < 4 && !tokens[k].cap && tokens[k].pos === 'ADJ') k++;
    }
    const m = openingName(doc, k, end)?.m;
    return m && firmOrCountry(m) ? m : null;
  }
  return null;
}

/**
 * The partner in what an agreement sets up or leads to: "a letter of intent to create a joint venture with <Computer
 * Design Equipment Co>", "an agreement to form a joint venture for franchising service centers with Seal-It Corp",
 * "an agreement to enter into a contract with Okamoto".
 */
function partnerInPurpose(doc: Doc, purpose: string, start: number, end: number): MentionRef | null {
  // ("a letter of intent for a proposed business combination with privately owned <DataGene Scientific Laboratories
  // Inc>": or what it is for, a combination with another)
  const combination = /^(a |an |the )?(proposed |possible |planned )?(business combination|combination|merger|joint venture|partnership|alliance) with\b/.test(purpose);
  // ("to co-finance ten motion pictures with Hemdale Releasing Corp", "to jointly develop a drug with Merck": what is
  // done together, with whom)
  const together = /^to (co-\w+|jointly \w+|cooperate|collaborate|work together|develop|produce|explore)\b/.test(purpose);
  if (!combination && !together && !/^to (form|create|establish|set up|launch|start|enter into|sign)\b/.test(purpose)) return null;
  const tokens = doc.tokens;
  for (let q = start + (combination ? 1 : 2); q < end - 1 && q - start <= 15; q++) {
    const w = tokens[q].lower;
    if (w === ',' || w === 'to' || w === 'which' || w === 'that') return null;
    if (w !== 'with') continue;
    // (not "in association with", "together with": partners of the one who signs)
    if (/^(association|conjunction|cooperation|partnership|together|along)$/.test(tokens[q - 1].lower)) return null;
    let e = q + 1;
    while (e < end && e - q < 8 && !/^(,|;|\.|to|for|which|that)$/.test(tokens[e].lower)) e++;
    // ("with Britain's Cable and Wireless PLC": the company the country's name describes)
    const m = mentionList(doc, q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m ?? describedCompany(doc, q + 1, e);
    return m && firmOrCountry(m) ? m : null;
  }
  return null;
}

/**
 * The name a purpose opens with, past "the", a wire bracket, "an affiliate of" or "its subsidiary" ("for <Teleco USA
 * Inc> to sell", "for an affiliate of Public Storage Inc to acquire"), and the token after it, past the closing bracket.
 */
function openingName(doc: Doc, at: number, end: number): { m: MentionRef; after: number } | null {
  const tokens = doc.tokens;
  let k = at;
  if (/^(a|an|its|the)$/.test(tokens[k]?.lower ?? '') && /^(affiliate|unit|subsidiary|division)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') k += 3;
  // "its partly-owned subsidiary Medco Containment Services Inc": the unit named after its description
  else if (OWNER.test(tokens[k]?.lower ?? '')) {
    for (let j = k + 1; j < end && j - k <= 5 && !tokens[j].cap; j++) {
      if (!/^(affiliate|unit|subsidiary|division|parent)$/.test(tokens[j].lower)) continue;
      k = j + 1;
      break;
    }
  }
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === '<') k++;
  const m = k < end ? mentionAt(doc, k) : undefined;
  if (!m || m.b > end) return null;
  return { m, after: tokens[m.b]?.lower === '>' ? m.b + 1 : m.b };
}

/** A company, or a country named as such (not a demonym): who can be the other side of an agreement. */
function firmOrCountry(m: MentionRef): boolean {
  return m.type === 'organisation' || (m.type === 'place' && m.placeKind === 'country' && m.rule !== 'place.demonym');
}

/**
 * The first "to" in [from, end) and the name after it, past an affiliate or a bracket ("to an affiliate of Wesray
 * Capital Corp": the company the affiliate belongs to); null without a "to".
 */
function afterTo(doc: Doc, from: number, end: number): { at: number; m: MentionRef | undefined } | null {
  for (let q = from; q < end; q++) {
    // (not "all power to be generated by the project, to Carolina Power and Light Co": an infinitive)
    if (doc.tokens[q].lower !== 'to' || (/^(VERB|AUX)$/.test(doc.tokens[q + 1]?.pos ?? '') && !doc.tokens[q + 1].cap)) continue;
    return { at: q, m: mentionList(doc, q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m };
  }
  return null;
}

/** A pair written as what they are, not named ("The two companies", "both firms"). */
const PAIR_WRITTEN = /^(the two|both) (companies|firms|groups|sides|partners|carriers|airlines|banks|countries|nations|governments)$/i;

/**
 * Whom the company the terms name supplies: "under which Samsung will provide memory chips to Apple through 2028"
 * gives Apple (a company named within a few words of the verb, after "to").
 */
function customerOfTerms(doc: Doc, named: MentionRef, end: number): MentionRef | null {
  const tokens = doc.tokens;
  let v = named.b;
  if (/^(will|would|shall|is|are|agreed)$/.test(tokens[v]?.lower ?? '')) v++;
  if (tokens[v]?.lower === 'to') v++;
  // ("that will see Britain pay Mauritius": whom it pays, right after the verb)
  if (/^(pay|pays|compensate|compensates|lend|lends)$/.test(tokens[v]?.lower ?? '')) {
    const payee = mentionAt(doc, tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1);
    return payee && payee.entityId !== named.entityId && firmOrCountry(payee) ? payee : null;
  }
  if (!/^(supply|provide|deliver|sell|supplies|provides|delivers|sells)$/.test(tokens[v]?.lower ?? '')) return null;
  // ("will supply Germany with hydrogen": the customer right after the verb, before "with")
  const direct = /^(supply|provide|supplies|provides)$/.test(tokens[v].lower) ? mentionList(doc, tokens[v + 1]?.lower === 'the' ? v + 2 : v + 1, end) : null;
  const q = direct && tokens[direct.end]?.lower === 'with' ? v : customerPreposition(doc, v, end, 'to');
  if (q < 0) return null;
  const m = mentionList(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1, end)?.items[0] ?? openingName(doc, q + 1, end)?.m;
  return m && m.entityId !== named.entityId && firmOrCountry(m) && (m.type === 'organisation' || m.rule !== 'place.demonym') ? m : null;
}

/** The "to" (or "for") before whom the verb at v supplies: within a few words after what is supplied, before a comma; else -1. */
function customerPreposition(doc: Doc, v: number, end: number, word: 'to' | 'for'): number {
  const tokens = doc.tokens;
  for (let q = v + 2; q < end && q - v <= 8 && tokens[q].lower !== ','; q++) if (tokens[q].lower === word) return q;
  return -1;
}

const GRANTING = /^(giving|granting|allowing|enabling|permitting)$/;

/**
 * The company or country the terms of an agreement name first: "a two-year agreement under which Pacific Telesis
 * Group's Pacific Bell unit will buy ...", "an agreement whereby Libya would sell ...", "an agreement giving Kyowa
 * exclusive rights". After "under which" and "whereby" the name is the subject of the clause: a verb follows it
 * (its own or, after a possessive, its unit's).
 */
function termsName(doc: Doc, start: number, end: number): MentionRef | null {
  const tokens = doc.tokens;
  const w = tokens[start]?.lower;
  // ("a framework deal that will see Britain pay Mauritius": the clause "that will see" opens)
  const sees = /^(that|which)$/.test(w ?? '') && /^(will|would)$/.test(tokens[start + 1]?.lower ?? '') && /^see$/.test(tokens[start + 2]?.lower ?? '');
  const clause = w === 'under' && tokens[start + 1]?.lower === 'which' ? start + 2 : w === 'whereby' ? start + 1 : sees ? start + 3 : -1;
  const at = clause >= 0 ? clause : w && GRANTING.test(w) ? start + 1 : -1;
  if (at < 0 || at >= end) return null;
  const o = openingName(doc, at, end);
  const m = o?.m;
  if (!m || !firmOrCountry(m)) return null;
  if (clause < 0) return m;
  // A verb within a few words: "Libya would sell", "Pacific Telesis Group's <PAC> Pacific Bell unit will buy".
  for (let k = o.after; k < Math.min(end, o.after + 8); k++) {
    const t = tokens[k];
    // ("that will see Nokia supply radio equipment": wink may tag the verb right after the name a noun)
    if (t.pos === 'VERB' || t.pos === 'AUX' || (k === o.after && sees && /^(supply|provide|deliver|sell|buy|build|pay|lend|invest|acquire|take)$/.test(t.lower))) return m;
    if (t.lower === ',' || t.lower === 'which' || t.lower === 'that') break;
  }
  return null;
}

function singular(kind: string): string {
  return kind
    .replace(/memorand(a|ums) of understanding$/i, 'memorandum of understanding')
    .replace(/letters of intent$/i, 'letter of intent')
    .replace(/treaties$/i, 'treaty')
    .replace(/(\w)s$/, '$1');
}

function blocked(doc: Doc, verbAt: number, hit: NounHit, first: number, passive: boolean): boolean {
  const tokens = doc.tokens;
  const from = Math.max(first, verbAt - 4);
  // An agreement that exists is not undone by a plan or a modal: "will also continue a joint venture agreement".
  const blocks = EXISTING.test(tokens[verbAt].lower) ? (w: string) => NEGATION.test(w) : (w: string) => lex!.blockers.has(w);
  // ("American Subscription Plan Inc signed": a word of a name blocks nothing)
  const named = (k: number) => tokens[k].cap && mentionCovering(doc, k) !== undefined;
  for (let k = from; k < verbAt; k++) {
    const w = tokens[k].lower;
    if (blocks(w) && !named(k)) {
      // "will" in "which will ..." after the verb does not count; before it, it does.
      return true;
    }
  }
  for (let k = hit.a - 2; k < hit.a; k++) if (k >= first && lex!.blockers.has(tokens[k].lower) && !passive && !named(k)) return true;
  // "have completed preliminary negotiations on forming a joint venture": the verb's own object blocks (not "agreed
  // after 36 hours of negotiations the details of an outline accord").
  if (!passive && verbAt < hit.a && !talksConcluded(doc, verbAt, hit)) {
    // ("entered into preliminary discussions with Mitsui on the formation of a joint venture")
    let k = tokens[verbAt + 1]?.lower === 'into' ? verbAt + 2 : verbAt + 1;
    while (k < hit.a && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
    if (k < hit.a && lex!.blockers.has(tokens[k].lower) && !named(k)) return true;
  }
  if (passive) {
    for (let k = hit.b; k < verbAt; k++) if (lex!.blockers.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * "The European Union and Mercosur concluded negotiations on a free trade agreement": talks concluded on an
 * agreement settle it (agreed, not yet signed); "completed preliminary negotiations on forming a joint venture" do not.
 */
function talksConcluded(doc: Doc, verbAt: number, hit: NounHit): boolean {
  const tokens = doc.tokens;
  if (!/^(conclude|concludes|concluded|complete|completes|completed|finali[sz]e|finali[sz]es|finali[sz]ed)$/.test(tokens[verbAt].lower)) return false;
  let k = verbAt + 1;
  if (/^(the|their|its)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(negotiations|talks)$/.test(tokens[k]?.lower ?? '') || !/^(on|for|over)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // (the agreement noun right after, past its article and modifiers)
  for (let q = k + 2; q < hit.a; q++) if (!/^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[q].pos) && tokens[q].lower !== '-') return false;
  return hit.a - k <= 7;
}

/**
 * Whether the verb at v governs the noun at a, not another verb between them: "entered the market to arrange
 * repurchase agreements" and "reached agreement to form a joint venture" (for "joint venture") do not;
 * "enter" governs only "into" an agreement or the agreement itself ("entered marketing agreements").
 */
function governsDirectly(doc: Doc, verb: string, v: number, a: number, b: number): boolean {
  const tokens = doc.tokens;
  // (not "put pen to paper on the accord", where wink may tag "paper" a verb)
  for (let k = v + 1; k < a - 1; k++) if (tokens[k].lower === 'to' && tokens[k + 1].pos === 'VERB' && !lex!.verbs.has(tokens[k + 1].lower) && tokens[k - 1].lower !== 'pen') return false;
  // "an agreement with Hutton under which Hutton will terminate its merger agreement", "..., formalizing a
  // preliminary agreement": the noun is in a clause of its own, with its own verb.
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    if (/^(which|who|whom|whereby)$/.test(t.lower)) return false;
    // "completed its acquisition of Jaguar under an agreement signed in March"
    if (t.lower === 'under' || (t.lower === 'of' && tokens[k - 1].lower === 'part')) return false;
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && tokens[k - 1].lower === ',' && !lex!.verbs.has(t.lower)) return false;
  }
  // "reached agreement with the union on a new contract": the verb governs the first agreement noun, and the
  // second is what the first is about; not "signed a variety of agreements ... as well as technical pacts".
  for (let k = Math.max(v + 1, a - 25); k < a; k++) {
    if (!nounAt(doc, k, v + 1, a)) continue;
    let coordinated = false;
    let comma = false;
    for (let q = k + 1; q < a; q++) {
      if (/^(and|or|as|plus)$/.test(tokens[q].lower)) coordinated = true;
      if (tokens[q].lower === ',') comma = true;
    }
    // "won an order for 500 jets, the largest order in its history": after a comma alone, an apposition; a list
    // goes on ("signed agreements, pacts and memoranda").
    if (!coordinated && comma && /^(,|and|or)$/.test(tokens[b]?.lower ?? '')) coordinated = true;
    if (!coordinated) return false;
  }
  if (!/^enter/.test(verb) || tokens[v + 1]?.lower === 'into') return true;
  // "entered a new, unsecured revolving credit agreement", "entered a five-year loan and security agreement".
  for (let k = v + 1; k < a; k++) {
    const t = tokens[k];
    const modifier = /^(DET|ADJ|NUM|NOUN|PROPN|SYM|ADV|CCONJ)$/.test(t.pos) || /^[,-]$/.test(t.lower) || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower));
    if (!modifier) return false;
  }
  return a - v <= 8;
}

const NOT_PARTY_NOUNS = lexiconSet('not-party-nouns.txt');

/**
 * "Kazakh President Kassym-Jomart Tokayev", "Peru's President Alan Garcia", "Tesla chief executive Elon Musk": a
 * person whose title names the country or the organisation they hold it in signs for that body. The party is the
 * body, the person its signatory.
 */
function bodyOf(doc: Doc, p: Party): Party | null {
  const tokens = doc.tokens;
  // "its Tracor Aerospace Inc unit won": the unit's own name.
  if (!p.entityId && /^(its|their) .+ (unit|subsidiary|division|affiliate)$/i.test(p.name)) {
    const last = doc.tokenAt(p.end) - 1;
    const unit = mentionCovering(doc, last - 1);
    if (unit?.type === 'organisation' && unit.b === last && !unit.nested) return partyOf(unit, p.role);
    // ("its RKO General unit": a name no rule typed, as written; not one word such as "its Trucks unit")
    let a = last;
    while (a - 1 > doc.tokenAt(p.start) && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
    if (a < last - 1 && a === doc.tokenAt(p.start) + 1) return writtenParty(doc, a, last, p.role);
  }
  // "his Japanese counterpart", named no further, or "his Chinese counterpart Jin Renqing": the country the
  // description names.
  const counterpart = /\bcounterparts?$/i.test(p.name) || /^(his|her|their|its) \S+( \S+){0,2} counterparts? /i.test(p.name);
  if (!p.entityId && counterpart) {
    const a = doc.tokenAt(p.start);
    const b = doc.tokenAt(p.end);
    let named = a;
    while (named < b && !/^counterparts?$/.test(doc.tokens[named].lower)) named++;
    for (let k = a; k < named; k++) {
      const place = mentionCovering(doc, k);
      if (place?.type === 'place') return partyOf(place, p.role);
    }
  }
  // "Zambia's Finance Minister", unnamed: the country whose minister signed.
  if (!p.entityId && !p.signatory) {
    const a = doc.tokenAt(p.start);
    const b = doc.tokenAt(p.end);
    const owner = a >= 2 && tokens[a - 1].lower === "'s" && tokens[a - 1].start === tokens[a - 2].end ? mentionCovering(doc, a - 2) : undefined;
    const key = b - a <= 4 ? spanKey(doc, tokens[a]?.lower === 'the' ? a + 1 : a, b) : '';
    if (owner && !owner.nested && owner.b === a - 1 && (owner.type === 'place' || owner.type === 'organisation') && (TITLES.has(key) || ROLES.has(key))) {
      return { ...partyOf(owner, p.role), signatory: { name: p.name, entityId: null } };
    }
  }
  if (p.signatory || !p.entityId?.startsWith('per_')) return null;
  const m = mentionCovering(doc, doc.tokenAt(p.end) - 1);
  if (!m || m.type !== 'person' || m.nested) return null;
  // "AirAsia's Tony Fernandes", "Tom Enders of Airbus": the company or country named as the person's own.
  const ownerAt = doc.tokenAt(m.start) - 1;
  const owner = tokens[ownerAt]?.lower === "'s" && tokens[ownerAt].start === tokens[ownerAt - 1]?.end ? mentionCovering(doc, ownerAt - 1) : undefined;
  const of = tokens[m.b]?.lower === 'of' ? mentionAt(doc, m.b + 1) : undefined;
  const own = [owner, of].find((x): x is MentionRef => !!x && !x.nested && (x.type === 'organisation' || (x.type === 'place' && x.placeKind === 'country')) && (x !== owner || x.b === ownerAt));
  if (own) return { ...partyOf(own, p.role), signatory: { name: p.name, entityId: p.entityId } };
  // A title the mention's text starts with ("President Shavkat Mirziyoyev": its name starts after it), or a role
  // just before it ("chief executive").
  const a0 = doc.tokenAt(m.start);
  // "Kenya Foreign Minister Justin Tkatchenko": the mention opens with the country whose title it is.
  const country = a0 < m.a ? mentionAt(doc, a0) : undefined;
  if (country?.type === 'place' && country.placeKind === 'country' && country.b < m.a) {
    for (let n = 3; n >= 1; n--) if (country.b + n <= m.a && TITLES.has(spanKey(doc, country.b, country.b + n))) return { ...partyOf(country, p.role), signatory: { name: p.name, entityId: p.entityId } };
  }
  let titled = false;
  for (let n = 3; n >= 1 && !titled; n--) if (a0 + n < m.b && TITLES.has(spanKey(doc, a0, a0 + n))) titled = true;
  let j = a0 - 1;
  for (let n = 3; n >= 1 && !titled; n--) {
    if (a0 - n >= 0 && ROLES.has(spanKey(doc, a0 - n, a0))) {
      titled = true;
      j = a0 - n - 1;
    }
  }
  if (!titled) return roleOfBefore(doc, m, p);
  if (j < 0) return null;
  const possessive = tokens[j].lower === "'s" && tokens[j].start === tokens[j - 1]?.end;
  // ("Food and Agricultural Organisation (FAO) director Edouard Saouma": past the short form in brackets)
  const at = beforeShortForm(doc, possessive ? j - 1 : j, 0);
  const body = at >= 0 ? mentionCovering(doc, at) : undefined;
  if (!body || body.nested || body.b !== at + 1 || (body.type !== 'place' && body.type !== 'organisation')) return null;
  return { ...partyOf(body, p.role), signatory: { name: p.name, entityId: p.entityId } };
}

/**
 * "The Director-General of the Food and Agricultural Organisation (FAO), Edouard Saouma, signed", "The chairman of
 * Acme Corp, John Smith, signed": the body whose role the words before the name between commas give.
 */
function roleOfBefore(doc: Doc, m: MentionRef, p: Party): Party | null {
  const tokens = doc.tokens;
  const comma = doc.tokenAt(m.start) - 1;
  if (tokens[comma]?.lower !== ',' || tokens[m.b]?.lower !== ',') return null;
  const at = beforeShortForm(doc, comma - 1, 0);
  const body = at >= 0 ? mentionCovering(doc, at) : undefined;
  if (!body || body.nested || body.b !== at + 1 || (body.type !== 'place' && body.type !== 'organisation')) return null;
  const of = tokens[body.a - 1]?.lower === 'the' ? body.a - 2 : body.a - 1;
  if (tokens[of]?.lower !== 'of') return null;
  const hyphened = (a: number) => a + 2 < of && tokens[a + 1].lower === '-' ? `${tokens[a].lower}-${tokens[a + 2].lower}` : '';
  for (let n = 3; n >= 1; n--) {
    const a = of - n;
    if (a < 0) continue;
    const key = spanKey(doc, a, of);
    if (!(ROLES.has(key) || TITLES.has(key) || ROLES.has(hyphened(a)) || TITLES.has(hyphened(a)))) continue;
    // (the role opens the sentence: not "a lawyer for the head of Acme Corp, John Smith")
    let d = a;
    while (d > 0 && a - d < 2 && /^(the|former|then)$/.test(tokens[d - 1].lower)) d--;
    if (d === 0 || tokens[d - 1].sent !== tokens[d].sent) return { ...partyOf(body, p.role), signatory: { name: p.name, entityId: p.entityId } };
  }
  return null;
}

/** The kind of place a party is ("country", "city" ...), when it is a place the gazetteer knows. */
function placeKindOf(doc: Doc, p: Party): string | undefined {
  if (!p.entityId?.startsWith('plc_')) return undefined;
  return doc.mentions.find((m) => m.entityId === p.entityId && m.placeKind)?.placeKind;
}

/**
 * The country an article is about: of the countries it names, other than `except`, the one named most often, at
 * least three times and more often than any other. Its mention in the form the article writes most ("UK" of "UK",
 * "Britain" and "British").
 */
function homeCountry(doc: Doc, except: string): MentionRef | null {
  const counts = new Map<string, { n: number; forms: Map<string, { n: number; m: MentionRef }> }>();
  for (const m of doc.mentions) {
    if (m.type !== 'place' || m.placeKind !== 'country' || m.entityId === except || m.nested) continue;
    let c = counts.get(m.entityId);
    if (!c) counts.set(m.entityId, (c = { n: 0, forms: new Map() }));
    c.n++;
    // ("British" is no name for the party)
    if (m.rule === 'place.demonym') continue;
    const form = m.written ?? m.name;
    const f = c.forms.get(form);
    if (f) f.n++;
    else c.forms.set(form, { n: 1, m });
  }
  const ranked = [...counts.values()].sort((x, y) => y.n - x.n);
  if (!ranked[0] || ranked[0].n < 3 || (ranked.length > 1 && ranked[0].n === ranked[1].n)) return null;
  return [...ranked[0].forms.values()].sort((x, y) => y.n - x.n)[0]?.m ?? null;
}

/** A party by its entity's name, but a country as the text names it ("UK", linked to the United Kingdom's entity). */
function partyOf(m: MentionRef, role: string): Party {
  return { name: m.written ?? m.name, entityId: m.entityId || null, start: m.start, end: m.end, role };
}

/** Names at token i, as recognised ("the U.S. Air Force", "X and Y") or a capitalised run no rule typed ("Shell"). */
function namesAt(doc: Doc, i: number, limit: number, role: string): { parties: Party[]; end: number } | null {
  const list = mentionList(doc, i, limit);
  if (list) return { parties: list.items.map((m) => partyOf(m, role)), end: list.end };
  const tokens = doc.tokens;
  const a = tokens[i]?.lower === 'the' ? i + 1 : i;
  let b = a;
  while (b < limit && b - a < 4 && tokens[b].cap && tokens[b].type === 'word' && tokens[b].pos === 'PROPN' && !inDate(doc, b)) b++;
  return b > a ? { parties: [writtenParty(doc, a, b, role)], end: b } : null;
}

/** A party no rule typed, as written in tokens [a, b) (white space made single spaces). */
function writtenParty(doc: Doc, a: number, b: number, role: string): Party {
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  return { name: doc.text.slice(start, end).replace(/\s+/g, ' '), entityId: null, start, end, role };
}

/**
 * Before a short form in brackets that ends at token k ("... (NUST)"), or a press release's listings ("(NYSE: GOLD;
 * TSX: ABX)"): the token before "("; else k.
 */
function beforeShortForm(doc: Doc, k: number, first: number): number {
  const tokens = doc.tokens;
  if (tokens[k]?.lower !== ')') return k;
  let o = k - 1;
  while (o > first && k - o < 5 && tokens[o].lower !== '(') o--;
  if (tokens[o]?.lower !== '(' && tokens[k - 2]?.lower === ':') {
    o = k - 1;
    while (o > first && k - o < 12 && tokens[o].lower !== '(' && (tokens[o].cap || /^[:;,.]$/.test(tokens[o].lower))) o--;
  }
  return tokens[o]?.lower === '(' && o - 1 >= first ? o - 1 : k;
}

/** A company's part that is somewhere: "its unit in Muellheim", "the affiliate in Prague". */
const UNIT_WORDS = /^(unit|subsidiary|division|affiliate|plant|branch|office)$/;

/** The unit whose place is m ("Tessek Ltd joint venture affiliate in Prague"), as nounPhraseEndingAt reads it; else null. */
function unitIn(doc: Doc, m: MentionRef, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  if (m.a - 2 < first || !/^(in|at)$/.test(tokens[m.a - 1].lower) || !UNIT_WORDS.test(tokens[m.a - 2].lower)) return null;
  return nounPhraseEndingAt(doc, m.a - 2, first);
}

/** Words of a trade union's name ("Teamsters Union Local 125", "United Auto Workers"). */
const UNION_NAME = /\b(unions?|workers|teamsters|federation|confederation|guild|brotherhood|syndicate)\b/i;

/** "the country", "the state": the kind of place each stands for. */
const PLACE_WORDS: Record<string, string> = dict({ country: 'country', nation: 'country', kingdom: 'country', state: 'region', province: 'region' });

/** A dash that opens or closes an aside, as wire copy writes it. */
const DASH = /^(--|—|–)$/;

/** Subject of the verb at v: names (possibly coordinated), a pronoun, "which" or an unnamed noun phrase; `start` is a token index. */
function subjectBefore(doc: Doc, v: number, first: number): { parties: Party[]; start: number } | null {
  const found = subjectRightBefore(doc, v, first);
  if (!found) return null;
  // "The two companies, together with Nissan's alliance partner Mitsubishi Motors, signed", "Nissan along with Renault
  // signed": the subject before the one "together with" adds.
  const tokens = doc.tokens;
  for (let q = found.start - 1; q > first && found.start - q <= 6; q--) {
    const w = tokens[q].lower;
    if (w === ',' || tokens[q].pos === 'VERB') break;
    const joined = w === 'alongside' ? q : w === 'with' && /^(together|along)$/.test(tokens[q - 1].lower) ? q - 1 : -1;
    if (joined < 0) continue;
    const left = joined - 1 >= first ? subjectRightBefore(doc, tokens[joined - 1].lower === ',' ? joined - 1 : joined, first) : null;
    if (!left) break;
    return withJoined(left, found.parties);
  }
  return found;
}

/** The subject `left` and those signing together with it, each once. */
function withJoined(left: { parties: Party[]; start: number }, joined: Party[]): { parties: Party[]; start: number } {
  const parties = [...left.parties];
  for (const p of joined) if (!parties.some((o) => oneParty(o, p))) parties.push(p);
  return { parties, start: left.start };
}

/** The subject that ends right before the verb at v (subjectBefore reads what "together with" adds to it). */
function subjectRightBefore(doc: Doc, v: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  let k = v - 1;
  // "Shell has been awarded a contract": who is awarded it (not "the deal was struck", "a ship was struck").
  const awarded = /^award/.test(tokens[v].lower);
  // skip auxiliaries, adverbs, dates and "that"
  // "Egypt and Saudi Arabia on Sunday signed": the preposition of a date too.
  // ('Pacad said it "has reached an agreement': the quotation mark that opens the words quoted)
  while (k >= first && ((awarded && /^(been|being|was|were|is|are)$/.test(tokens[k].lower)) || tokens[k].lower === '"' || /^(has|have|had|also|jointly|then|today|formally|officially|finally|recently|successfully|yesterday|already|up|both|all|together|just|last|week|month|year|will|would|shall)$/.test(tokens[k].lower) || tokens[k].pos === 'ADV' || inDate(doc, k) || (/^(on|in)$/.test(tokens[k].lower) && k + 1 < v && inDate(doc, k + 1)))) k--;
  if (k < first) return null;
  // "The four -- Exxon Corp <XON>, Mobil Corp <MOB> and Chevron Corp <CHV> -- signed": the names between dashes
  // say who the subject before them is.
  if (DASH.test(tokens[k].lower) && k - 1 > first) {
    let open = k - 1;
    while (open > first && !DASH.test(tokens[open].lower)) open--;
    if (open > first && DASH.test(tokens[open].lower) && mentionCovering(doc, pastTicker(doc, k - 1, first))) k--;
  }
  // "its defense systems division based here, has been awarded": the unit, past where it is based.
  if (tokens[k].lower === ',') {
    for (let q = k - 1; q > first && k - q <= 6; q--) {
      if (tokens[q].lower === ',') break;
      if (tokens[q].lower !== 'based') continue;
      k = q - 1;
      break;
    }
  }
  // "Siemens AG <SIEG.F> has won": past the ticker Reuters writes after a name; "<Arabian Auto Agency> signed": into
  // the brackets of the name itself.
  k = pastTicker(doc, k, first);
  // "The National University of Sciences and Technology (NUST) also signed": the name before its short form.
  // ("<Syarikat Telekom Malaysia Bhd> (STM) signed": into the wire brackets before the short form)
  let named = beforeShortForm(doc, k, first);
  if (named !== k) named = pastTicker(doc, named, first);
  if (named !== k && mentionCovering(doc, named)) k = named;
  const w = tokens[k].lower;
  if (w === 'and') return null;
  // relative pronoun: "Mexico, which ... signed" / "X, which" -> the name before the comma
  if (w === 'which' || w === 'who') {
    const e = tokens[k - 1]?.lower === ',' ? k - 2 : k - 1;
    const m = mentionCovering(doc, e);
    // ("a consortium of banks which entered into ... agreements with the company": the phrase, as written)
    return m ? { parties: [partyOf(m, 'subject')], start: m.a } : e >= first ? nounPhraseEndingAt(doc, e, first) : null;
  }
  if (w === 'it' || w === 'they' || w === 'he' || w === 'she' || w === 'we') return pronounSubject(doc, k, first);
  // "Cargill Inc and Continental Grain Co are among the firms that have signed": the subject the firms are said of.
  if (w === 'that' && k - 1 > first && tokens[k - 1].pos === 'NOUN') {
    const np = nounPhraseEndingAt(doc, k - 1, first);
    const among = np ? np.start - 1 : -1;
    if (among - 1 > first && tokens[among].lower === 'among' && /^(are|were|is|was)$/.test(tokens[among - 1].lower)) return subjectBefore(doc, among - 1, first);
  }
  let m = mentionCovering(doc, k);
  // "a logistics company from Kashgar reached": the company, as written, not the place it is from.
  if (m?.type === 'place' && m.a - 2 >= first && /^(from|in)$/.test(tokens[m.a - 1].lower) && DESCRIPTORS.has(tokens[m.a - 2].lower)) {
    let a = m.a - 2;
    while (a - 1 >= first && m.a - a < 7 && !tokens[a - 1].cap && /^(DET|ADJ|NOUN|NUM)$/.test(tokens[a - 1].pos)) a--;
    if (/^(a|an|the|one|two|three|several)$/.test(tokens[a].lower)) return { parties: [writtenParty(doc, a, m.b, 'subject')], start: a };
  }
  // "The company's Precision Etched Products unit in Muellheim signed": the unit, not where it is.
  const unit = m?.type === 'place' ? unitIn(doc, m, first) : null;
  if (unit) return unit;
  // "Indonesia and separatist rebels in Aceh signed": a group, as written, with the place it is in.
  if (m && m.a - 2 >= first && tokens[m.a - 1].lower === 'in' && PLACED_GROUP.test(tokens[m.a - 2].lower)) {
    const np = nounPhraseEndingAt(doc, m.a - 2, first);
    if (np && np.parties.length === 1 && !np.parties[0].entityId) return withLeftOfAnd(doc, { parties: [writtenParty(doc, np.start, m.b, 'subject')], start: np.start }, first);
  }
  // "Exxon Co USA of Houston has been awarded": the company, not the city it is in.
  const owner = m?.type === 'place' ? ownerOfPlace(doc, m, first) : null;
  if (owner && 'parties' in owner) return owner;
  if (owner) m = owner;
  if (m) {
    // walk back over a coordinated list: "Venezuela and China sign", "X, Y and Z signed"
    const items: MentionRef[] = [m];
    // from where the mention's text starts: "President Shavkat Mirziyoyev" starts before its name
    let j = doc.tokenAt(m.start) - 1;
    while (j >= first) {
      // "The World Bank and the government of Nigeria signed": the government stands for its country.
      if (j - 1 >= first && tokens[j].lower === 'of' && STANDS_FOR_COUNTRY.test(tokens[j - 1].lower) && items[0].type === 'place') j -= 2;
      // "Kazakh President Tokayev and Uzbek President Mirziyoyev signed": a demonym before a person is no party.
      const dem = j >= first ? mentionCovering(doc, j) : undefined;
      if (dem && dem.rule === 'place.demonym' && dem.b === j + 1 && items[0].type === 'person') j = dem.a - 1;
      // "el-Sisi and his Sudanese counterpart Omar al-Bashir signed": the description before the second name.
      if (j - 1 >= first && items[0].type === 'person' && /^counterparts?$/.test(tokens[j].lower)) {
        j--;
        const d2 = mentionCovering(doc, j);
        if ((d2?.rule === 'place.demonym' || d2?.placeKind === 'country') && d2.b === j + 1) j = d2.a - 1;
        if (j >= first && /^(his|her|their)$/.test(tokens[j].lower)) j--;
      }
      // "Mitsubishi Corp and the Soviet Union's foreign trade organisation Technopromexport", "X and its partner Y":
      // the description in front of the second name.
      if (items[0].type === 'organisation' || items[0].type === 'person') {
        let d = j;
        while (d >= first && j - d < 4 && !tokens[d].cap && (tokens[d].pos === 'NOUN' || tokens[d].pos === 'ADJ')) d--;
        const dem = d < j && d >= first ? mentionCovering(doc, d) : undefined;
        if (d < j && d >= first) {
          if (tokens[d].lower === "'s") j = d;
          // ("Tony Blair and California governor Arnold Schwarzenegger": the place a title is held in, too)
          else if (dem && (dem.rule === 'place.demonym' || (dem.type === 'place' && items[0].type === 'person')) && dem.b === d + 1) j = dem.a - 1;
          else if (OWNER.test(tokens[d].lower)) j = d - 1;
        }
      }
      // "Russia's Gazprom and China's CNPC signed", "Egypt's President el-Sisi and ...": the place a company or a
      // leader is from is no party.
      // ("France Telecom's Orange and Deutsche Telekom's T-Mobile signed": nor is the company that owns one)
      const owner = j - 1 >= first && tokens[j].lower === "'s" ? mentionCovering(doc, j - 1) : undefined;
      // ("... and AirAsia's Tony Fernandes signed": nor the company a person signs for, read from the person later)
      if (owner && (owner.type === 'place' || (owner.type === 'organisation' && owner.b === j)) && (items[0].type === 'organisation' || items[0].type === 'person')) j = owner.a - 1;
      if (j >= first && (tokens[j].lower === 'the' || tokens[j].lower === '<')) j--;
      if (j >= first && (tokens[j].lower === 'and' || tokens[j].lower === ',' || tokens[j].lower === '&')) {
        // "The Asian Development Bank (ADB) and Pakistan signed": past the short form in brackets; "Mazda Motor Corp
        // <MAZT.T> and Ford Motor Co <F> have signed": past the ticker.
        let prev = j - 1 >= first ? mentionCovering(doc, beforeShortForm(doc, pastTicker(doc, j - 1, first), first)) : undefined;
        // ("The Chinese Embassy in Kazakhstan and the Kazakh Ministry of Education signed": the mission)
        const mission = prev?.type === 'place' && tokens[prev.a - 1]?.lower === 'in' ? ownerOfPlace(doc, prev, first) : null;
        if (mission && !('parties' in mission)) prev = mission;
        if (prev && prev !== items[0]) {
          items.unshift(prev);
          j = doc.tokenAt(prev.start) - 1;
          continue;
        }
        // a capitalised name no rule typed: "Northrop Grumman and EADS defeated ..."
        if (tokens[j].lower === 'and' && tokens[j - 1]?.cap && tokens[j - 1].pos === 'PROPN') {
          let a = j - 1;
          while (a - 1 >= first && tokens[a - 1].cap && (tokens[a - 1].pos === 'PROPN' || tokens[a - 1].pos === 'ADJ')) a--;
          // "its Measurement and Control Division has been awarded": one unit's name with "and" in it.
          if (OWNER.test(tokens[a - 1]?.lower ?? '') && items.length === 1) {
            return { parties: [writtenParty(doc, a, items[0].b, 'subject')], start: a };
          }
          items.unshift(writtenMention(doc, a, j));
          break;
        }
        if (tokens[j - 1]?.lower === 'it' || tokens[j - 1]?.lower === 'they') {
          const pr = pronounSubject(doc, j - 1, first);
          if (pr) return { parties: [...pr.parties, ...items.map((x) => partyOf(x, 'subject'))], start: j - 1 };
        }
        const left = tokens[j].lower === 'and' ? unnamedPartyBefore(doc, j, first) : null;
        if (left) return { parties: [...left.parties, ...items.map((x) => partyOf(x, 'subject'))], start: left.start };
      }
      break;
    }
    const from = items.every((x) => x.type === 'place') ? institutionsFrom(doc, doc.tokenAt(items[0].start), items[items.length - 1].b, first) : null;
    if (from) return from;
    // "AirTanker Ltd., an EADS-led consortium, have signed": skip the appositive back to the name.
    // (the evidence opens with the bracket of a name Reuters marked: "<Inelectra> received")
    return { parties: items.map((x) => partyOf(x, 'subject')), start: tokens[items[0].a - 1]?.lower === '<' && items[0].a - 1 >= first ? items[0].a - 1 : items[0].a };
  }
  // "X, an EADS-led consortium, have signed" / "The airline, which is the third largest, signed"
  if (w === ',') {
    // "Vietnam, Japan upgrade ties, sign deals", "Toyota and Ford boosted output, signed a deal": the subject of
    // the verb before, when it opens the sentence (not "X, an EADS-led consortium, have signed").
    for (let v1 = k - 1; v1 > first && tokens[v1].lower !== ','; v1--) {
      if (tokens[v1].pos !== 'VERB' && tokens[v1].pos !== 'AUX') continue;
      const s1 = subjectBefore(doc, v1, first);
      const opens = s1 && (s1.start === first || (s1.start === first + 1 && tokens[first].lower === 'the'));
      if (opens && s1.parties.every((p) => p.entityId)) return s1;
      break;
    }
    // "European aircraft manufacturer, Airbus, has won": the name just before the comma, unless it sits in
    // a description ("EADS, the parent company of Airbus, has won").
    let open = -1;
    for (let j = k - 1; j >= Math.max(first, k - ASIDE_TOKENS); j--) if (tokens[j].lower === ',') {
      open = j;
      break;
    }
    // "Nissan, together with Renault and Mitsubishi, signed", "China, alongside Russia, signed": both sides of the aside.
    const joinedAt = open > first ? (tokens[open + 1]?.lower === 'alongside' ? open + 2 : /^(together|along)$/.test(tokens[open + 1]?.lower ?? '') && tokens[open + 2]?.lower === 'with' ? open + 3 : -1) : -1;
    if (joinedAt > 0 && joinedAt < k) {
      const left = subjectRightBefore(doc, open, first);
      const added = partyPhrase(doc, joinedAt, k, 'subject');
      if (left && added.parties.length) return withJoined(left, added.parties);
    }
    const described = open >= 0 && /^(the|a|an)$/.test(tokens[open + 1]?.lower ?? '');
    // "The consortium, which includes Total and CNPC, signed": the name before a relative clause, not in it; so too
    // before a participle's ("Altus, formerly known as First Southern Federal Savings, announced", "X, owned by Y,").
    const aside = tokens[open + 1];
    const participle = aside && ((aside.pos === 'VERB' && /(ed|wn)$/.test(aside.lower)) || (/^(formerly|previously)$/.test(aside.lower) && tokens[open + 2]?.pos === 'VERB'));
    if (open > first && (/^(which|who|whose)$/.test(aside?.lower ?? '') || participle)) {
      // ("<Arabian Auto Agency>, known as AAA,": the name Reuters marked)
      const e = tokens[open - 1].lower === '>' ? open - 2 : open - 1;
      const m2 = e >= first ? mentionCovering(doc, e) : undefined;
      if (m2) return { parties: [partyOf(m2, 'subject')], start: m2.a };
      if (e >= first && tokens[e].cap && tokens[e].pos === 'PROPN') {
        let a = e;
        while (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
        return { parties: [writtenParty(doc, a, e + 1, 'subject')], start: a };
      }
      if (!participle) return nounPhraseEndingAt(doc, open - 1, first);
    }
    const mm = described ? undefined : mentionCovering(doc, k - 1);
    if (mm && mm.type !== 'place') return { parties: [partyOf(mm, 'subject')], start: mm.a };
    for (let j = k - 1; j >= Math.max(first, k - ASIDE_TOKENS); j--) {
      if (tokens[j].lower === ',') {
        // "Citibank and <Tokyo Sogo Bank Ltd>, the largest mutual loan and savings bank in the Tokyo area, have
        // signed": the whole subject before the aside, a list or a name in wire brackets, read as before a verb.
        const wired = tokens[j - 1]?.lower === '>';
        const listed = /^(and|&)$/.test(tokens[(mentionCovering(doc, j - 1)?.a ?? j) - 1]?.lower ?? '');
        if (wired || listed) {
          const whole = subjectBefore(doc, j, first);
          if (whole?.parties.length) return whole;
        }
        let m2 = mentionCovering(doc, j - 1);
        // "Gulf Coast Grain Inc of Memphis, Tennessee, won", "Burlington Menswear of New York City, a division of
        // Burlington Industries Inc, has received": the company, not the city it is in.
        const owner = m2?.type === 'place' ? ownerOfPlace(doc, m2, first) : null;
        if (owner && 'parties' in owner) return owner;
        if (owner) m2 = owner;
        if (m2) return { parties: [partyOf(m2, 'subject')], start: m2.a };
        const np = nounPhraseEndingAt(doc, j - 1, first);
        if (np) return np;
        break;
      }
    }
    return openingAppositive(doc, first, k);
  }
  // A capitalised name no rule typed ("Shell has signed", "Rolls-Royce clinched"): the party as written.
  if (tokens[k].cap && tokens[k].pos === 'PROPN') {
    let a = k;
    for (;;) {
      if (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].pos === 'PROPN') a--;
      else if (a - 2 >= first && tokens[a - 1].lower === '-' && tokens[a - 1].start === tokens[a - 2].end && tokens[a - 1].end === tokens[a].start && tokens[a - 2].cap) a -= 2;
      else break;
    }
    // "Delta Dental Plan of San Francisco has been awarded": a name no rule typed, "of" its place.
    if (tokens[a - 1]?.lower === 'of' && a - 2 >= first && tokens[a - 2].cap && tokens[a - 2].type === 'word') {
      let b = a - 2;
      while (b - 1 >= first && tokens[b - 1].cap && tokens[b - 1].type === 'word' && a - b < 6) b--;
      // (not a person's title and name: "Prime Minister Anibal Cavaco Silva of Portugal" signs for Portugal)
      let titled = false;
      for (let q = b; q < a - 1; q++) if (TITLES.has(tokens[q].lower)) titled = true;
      // Nor the second of "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal".
      if (tokens[b].lower !== 'the' && !titled && tokens[b - 1]?.lower !== 'and' && !mentionCovering(doc, b)) return { parties: [writtenParty(doc, b, k + 1, 'subject')], start: b };
    }
    if (a > first || tokens[a].pos === 'PROPN') {
      const party = writtenParty(doc, a, k + 1, 'subject');
      // "Nissan and Renault inked a pact": the name before "and", typed or not ("and the Moro ...").
      const j = tokens[a - 1]?.lower === 'the' && tokens[a - 2]?.lower === 'and' ? a - 2 : a - 1;
      if (j - 1 >= first && (tokens[j].lower === 'and' || tokens[j].lower === '&')) {
        // "its Measurement and Control Division": one unit's name with "and" in it.
        if (OWNER.test(tokens[j - 2]?.lower ?? '')) return { parties: [writtenParty(doc, j - 1, k + 1, 'subject')], start: j - 1 };
        const prev = mentionCovering(doc, j - 1);
        if (prev || (tokens[j - 1].cap && tokens[j - 1].pos === 'PROPN' && (j - 1 === first || !tokens[j - 2].cap))) {
          const other = prev ? partyOf(prev, 'subject') : writtenParty(doc, j - 1, j, 'subject');
          return { parties: [other, party], start: prev ? prev.a : j - 1 };
        }
        const left = tokens[j].lower === 'and' ? unnamedPartyBefore(doc, j, first) : null;
        if (left) return { parties: [...left.parties, party], start: left.start };
      }
      return { parties: [party], start: a };
    }
  }
  // "The two countries", "both companies", "the airline": the names they stand for, else the phrase as written.
  return withLeftOfAnd(doc, nounPhraseEndingAt(doc, k, first), first);
}

/** "The union and management", "Iran and world powers", "Opec and its allies": both sides of "and". */
function withLeftOfAnd(doc: Doc, np: { parties: Party[]; start: number } | null, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const j = (np?.start ?? first) - 2;
  if (np && j >= first && tokens[j + 1].lower === 'and') {
    const m = mentionCovering(doc, j);
    // not a name the phrase is part of: "Far West Savings and Loan Association unit"
    if (m && m.b > j + 1) return np;
    // "Indian and Australian businessmen": one group, described by two demonyms.
    if (m && m.rule === 'place.demonym' && np.parties.length === 1 && !np.parties[0].entityId) {
      const t = tokens[m.a];
      return { parties: [{ ...np.parties[0], name: doc.text.slice(t.start, np.parties[0].end).replace(/\s+/g, ' '), start: t.start }], start: m.a };
    }
    // ("... China and Central Asian countries": the group a demonym describes is where they are from too)
    const from = m?.type === 'place' && np.parties.length === 1 && !np.parties[0].entityId && GROUP_NOUNS[tokens[doc.tokenAt(np.parties[0].end) - 1].lower] === 'place' ? institutionsFrom(doc, m.a, doc.tokenAt(np.parties[0].end), first) : null;
    if (from) return from;
    if (m) return { parties: [partyOf(m, 'subject'), ...np.parties], start: m.a };
    if (tokens[j].cap && tokens[j].pos === 'PROPN' && (j === first || !tokens[j - 1].cap)) return { parties: [writtenParty(doc, j, j + 1, 'subject'), ...np.parties], start: j };
    // "The union and management"; not "long term and short term", "products and electronics division"; "Sudan's
    // government and southern rebels": the country ("Opel's management and unions": the company).
    const left = nounPhraseEndingAt(doc, j, first);
    if (left && (/^(the|its|their|his|her)$/.test(tokens[left.start].lower) || governmentOf(doc, j, first))) return { parties: [...left.parties, ...np.parties], start: left.start };
  }
  return np;
}

/**
 * "More than 50 enterprises from China and Central Asian countries signed": institutions and the places they are from
 * or in (tokens [at, end)), one party as written, as "two universities in Uzbekistan and Kazakhstan" is after "with".
 */
function institutionsFrom(doc: Doc, at: number, end: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  if (at - 2 < first || !/^(from|in)$/.test(tokens[at - 1].lower) || GROUP_NOUNS[tokens[at - 2].lower] !== 'organisation') return null;
  let a = at - 2;
  while (a - 1 >= first && (/^(NUM|ADJ|DET)$/.test(tokens[a - 1].pos) || /^(more|than|over|about|nearly|some|around|almost)$/.test(tokens[a - 1].lower)) && (!tokens[a - 1].cap || a - 1 === first)) a--;
  return { parties: [writtenParty(doc, a, end, 'subject')], start: a };
}

/**
 * A comma before another clause ends a purpose: ", and ...", ", which ...", ", said it has agreed" (the relative
 * clause the agreement was in has ended), ", the ministry said", ", ending a battle".
 */
function clauseAfter(doc: Doc, k: number, last: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (/^(and|but|while|which|who|as|after|before|according)$/.test(t.lower)) return true;
  // ", in what Prime Minister Keir Starmer called a landmark deal": a comment on the deal
  if (t.lower === 'in' && doc.tokens[k + 1]?.lower === 'what') return true;
  // ", ending a five-month takeover battle": a participle after the comma speaks of the deal, not its purpose.
  // Not a list of nouns: "Shell's marketing, terminaling and distribution assets".
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && t.lower !== 'including' && !/^(and|or|,)$/.test(doc.tokens[k + 1]?.lower ?? '')) return true;
  // "..., has decided against", "..., said it": not "explore, evaluate and produce", ", priced at".
  if ((t.pos === 'AUX' && !/ing$/.test(t.lower)) || (t.pos === 'VERB' && lex!.speech.has(t.lower))) return true;
  // "..., Edward Niedermeyer, president of the company, said": a speaker with his role (not a list of names:
  // "Mickey Mouse, Minnie Mouse, Donald Duck").
  const who = mentionAt(doc, k);
  const after = doc.tokens[who ? who.b : k];
  if (who?.type === 'person' && (/^(said|says|told)$/.test(after?.lower ?? '') || (after?.lower === ',' && doc.tokens[who.b + 1] && !doc.tokens[who.b + 1].cap))) return true;
  return reportingClause(doc, k, last);
}

/** ", the ministry said", ", officials told Reuters": a short clause reporting the sentence, to its end. */
function reportingClause(doc: Doc, k: number, last: number): boolean {
  for (let q = k; q < Math.min(last, k + 10); q++) {
    const w = doc.tokens[q].lower;
    if (w === ',' || w === ';') return false;
    // "..., a value-added reseller of ..." is no report: the clause must end the sentence soon after its verb.
    // (or end at a comma soon after: ", the carrier said on Thursday, marking its first foray ...")
    // (not "a value-added reseller of ...": a speaker of a few words, then the verb)
    // (", WAM reported", ", state news agency KUNA reported on Monday": an agency's report, as it ends a sentence)
    if ((lex!.speech.has(w) || w === 'reported') && doc.tokens[q].pos !== 'NOUN') return last - q <= 7 || (q - k <= 3 && doc.tokens[q - 1].lower !== '-' && commaWithin(doc, q + 1, Math.min(last, q + 6)));
  }
  return false;
}

/**
 * Where a signing took place, not what it is about: "in the presence of the two leaders", "on the sidelines of
 * the summit", "on the occasion of", "during a visit", "at a ceremony", "after months of talks".
 */
function circumstanceAt(doc: Doc, k: number): boolean {
  const w = (q: number) => doc.tokens[k + q]?.lower ?? '';
  if (w(1) === 'the' && ((w(0) === 'in' && w(2) === 'presence') || (w(0) === 'on' && /^(sidelines|occasion)$/.test(w(2))))) return w(3) === 'of';
  // ("during the French president's visit to Beijing", "during Mr Trump's visit")
  if (w(0) === 'during') {
    for (let n = 1; n <= 7 && /^[\w'.-]+$/.test(w(n)); n++) if (/^(visit|trip|tour|summit|meeting|talks)$/.test(w(n))) return n <= 2 || /^(a|the|his|her|their|its|mr|mrs|ms)$/.test(w(1)) || doc.tokens[k + 1].cap;
    return false;
  }
  // "after months of talks", "following five months of negotiations", "after talks brokered by the EU": how it came about
  if (/^(after|following)$/.test(w(0))) {
    // ("after marathon talks in Brussels", "after two days of talks")
    if (/^(talks|negotiations|discussions)$/.test(w(1))) return true;
    if (/^(talks|negotiations|discussions)$/.test(w(2)) && /^(NOUN|ADJ)$/.test(doc.tokens[k + 1]?.pos ?? '')) return true;
    for (const n of [2, 3]) if (w(n) === 'of' && /^(talks|negotiations|discussions|wrangling)$/.test(w(n + 1))) return true;
  }
  return w(0) === 'at' && /^(a|the)$/.test(w(1)) && /^(ceremony|signing)$/.test(w(2));
}

function commaWithin(doc: Doc, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (doc.tokens[q].lower === ',') return true;
  return false;
}

/**
 * "signed a definitive agreement to acquire Pioneer Natural Resources in October": after a verb in the past, a
 * month or a day already past that ends the purpose is when it was signed (not "to return Macao in 1999").
 */
function pastMonthOfSigning(doc: Doc, when: Doc['dates'][number], tense: string, anyDate = false): boolean {
  if (tense !== 'past' || !(anyDate || /^date\.(month|month-day)$/.test(when.rule)) || !when.value) return false;
  const k = doc.tokenAt(when.start);
  if (!/^(in|on)$/.test(doc.tokens[k - 1]?.lower ?? '')) return false;
  const anchor = doc.anchor.value;
  return !!anchor && /^\d{4}-\d\d/.test(when.value) && when.value.slice(0, 10) <= anchor.slice(0, when.value.length);
}

/** Date rules that say when something happened in the news ("on Monday", "last week"), not a date of a plan. */
const SIGNING_TIME = new Set(['date.weekday', 'date.yesterday', 'date.today', 'date.ago', 'date.last-month-name', 'date.relative-unit', 'date.the-weekend']);

/** Past "on Monday", "in Beijing", "yesterday" after a passive verb, to the "by" that may follow. */
function skipWhenWhere(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  for (let guard = 0; guard < 3 && k < last; guard++) {
    const w = tokens[k].lower;
    if (w === 'yesterday' || w === 'today' || w === ',') {
      k++;
      continue;
    }
    // "signed on the occasion", "on the sidelines of the summit": when, not what the agreement is on.
    // ("on the margins of", "on the eve of", "on the second day of the visit")
    const day = /^(first|second|third|fourth|last|final|opening|closing)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'day' ? 1 : 0;
    if (w === 'on' && tokens[k + 1]?.lower === 'the' && (day || /^(occasion|sidelines|margins|fringes|eve)$/.test(tokens[k + 2]?.lower ?? ''))) {
      k += 3 + day;
      const from = k;
      if (tokens[k]?.lower === 'of') while (k < last && k - from < 10 && !/^(,|;|\.|by|between|with|to|for)$/.test(tokens[k].lower)) k++;
      continue;
    }
    if (!/^(on|in|at|during|last|this|earlier)$/.test(w)) break;
    const q = /^(on|in|at|during)$/.test(w) ? k + 1 : k;
    const m = mentionAt(doc, q);
    // ("at the Paris Air Show for 60 A350s": an event it was signed at)
    const event = /^(at|during)$/.test(w) ? mentionAt(doc, tokens[q]?.lower === 'the' ? q + 1 : q) : undefined;
    if (m && m.type === 'place') k = m.b;
    else if (event?.type === 'event') k = event.b;
    else if (q < last && inDate(doc, q)) {
      k = q;
      while (k < last && inDate(doc, k)) k++;
    } else break;
  }
  return k;
}

/**
 * Where what was agreed ends before when or where it was: "bought 10 Boeing 777s on Monday in a deal", "ordered
 * 20 jets in Paris in a deal" (the date and the city are the agreement's own, not part of what was bought).
 */
function beforeWhenWhere(doc: Doc, s: number, e: number): number {
  const tokens = doc.tokens;
  for (let guard = 0; guard < 2 && e - s > 2; guard++) {
    if (cityAtEnd(doc, e, s)) {
      e = mentionCovering(doc, e - 1)!.a - 1;
      continue;
    }
    if (!inDate(doc, e - 1)) break;
    let d = e - 1;
    while (d > s && inDate(doc, d - 1)) d--;
    if (d - s < 2) break;
    // (not "to defer payments until June 30": a term of what was agreed)
    if (/^(on|in|at|during)$/.test(tokens[d - 1].lower)) e = d - 1;
    else if (tokens[d - 1].pos !== 'ADP' && tokens[d - 1].pos !== 'SCONJ' && tokens[d - 1].pos !== 'PART') e = d;
    else break;
  }
  return e;
}

/** Per document, per token: 1 + the index of the date expression it is in, else 0 (built once: asked often). */
const dateTokens = new WeakMap<Doc, Int32Array>();
function dateIndex(doc: Doc): Int32Array {
  let at = dateTokens.get(doc);
  if (!at) {
    at = new Int32Array(doc.tokens.length);
    doc.dates.forEach((d, n) => {
      for (let i = doc.tokenAt(d.start); i < doc.tokens.length && doc.tokens[i].end <= d.end; i++) if (doc.tokens[i].start >= d.start) at![i] = n + 1;
    });
    dateTokens.set(doc, at);
  }
  return at;
}

function inDate(doc: Doc, k: number): boolean {
  return dateIndex(doc)[k] > 0;
}

/** The date expression token k is in. */
function dateRowAt(doc: Doc, k: number): Doc['dates'][number] | undefined {
  const n = dateIndex(doc)[k];
  return n > 0 ? doc.dates[n - 1] : undefined;
}

/** "it" / "they": the subject of "X said it ..." in the sentence, else the most recent organisation. */
function pronounSubject(doc: Doc, k: number, first: number): { parties: Party[]; start: number } | null {
  const start = k;
  const tokens = doc.tokens;
  // "Burlington said he signed a contract": "he" and "she" are the person last named, never the one who said it.
  if (tokens[k].lower === 'he' || tokens[k].lower === 'she') {
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b <= k && !m.nested && m.type === 'person') {
        // (named by the first mention, which carries the title, if any, for the body the person signs for:
        // "FAO Director-General Edouard Saouma ... he signed three accords")
        const firstNamed = doc.mentions.find((x) => x.entityId === m.entityId && !x.nested) ?? m;
        return { parties: [partyOf(firstNamed, 'subject')], start };
      }
    }
    return null;
  }
  if (tokens[k].lower === 'they') {
    // "Navistar said it and Dina Camiones ... said they signed": the pair named earlier in the sentence.
    for (let j = first + 1; j < k - 1; j++) {
      if (tokens[j].lower !== 'and') continue;
      const right = mentionAt(doc, j + 1) ?? mentionAt(doc, j + 2);
      // ("Varian Associates Inc <VAR> and Siemens A.G. <SIEGn.F> said they": past the ticker)
      const l = pastTicker(doc, j - 1, first);
      const leftTok = tokens[l];
      const left = leftTok.lower === 'it' ? pronounSubject(doc, l, first)?.parties[0] : (() => {
        const m = mentionCovering(doc, l);
        return m ? partyOf(m, 'subject') : undefined;
      })();
      if (left && right && (right.type === 'organisation' || right.type === 'place')) return { parties: [left, partyOf(right, 'subject')], start };
    }
  }
  // "Chrysler Canada Ltd, wholly owned by Chrysler Corp, said it concluded": the one who said it, not a
  // company named in an apposition between.
  const speaker = speakerBefore(doc, k, first);
  if (speaker) return { parties: [speaker], start };
  // "Navistar said it and Dina Camiones ... signed", "China Eastern Airlines stated ... that it had signed":
  // the nearest organisation of the sentence, else its nearest place ("China said it signed"), not a place
  // that only describes the company ("Vancouver, British Columbia-based Alpha Corp said it ...").
  let place: MentionRef | null = null;
  // "Rosneft has agreed a deal with China's CNPC ..., and in 2004 it signed": an organisation after a preposition
  // is an object; a company named earlier in the sentence without one is the subject "it" goes on with.
  let object: MentionRef | null = null;
  for (let j = k - 1; j >= first; j--) {
    const m = mentionCovering(doc, j);
    if (m?.type === 'organisation') {
      if (!objectOfPreposition(doc, m.a, first)) return { parties: [partyOf(m, 'subject')], start };
      object ??= m;
      j = m.a;
      continue;
    }
    // "served the suit in Minneapolis on March 31, the day after it announced": where something happened is no
    // one who acts.
    // "The German firm said it": a demonym that describes the company is no one who acts either.
    if (m?.type === 'place' && !/^(in|at|near|from)$/.test(tokens[m.a - 1]?.lower ?? '') && !(m.rule === 'place.demonym' && DESCRIPTORS.has(tokens[m.b]?.lower ?? ''))) place ??= m;
  }
  if (object) return { parties: [partyOf(object, 'subject')], start };
  if (place) return { parties: [partyOf(place, 'subject')], start };
  // "The company said it ...", "The German firm said it ...": the company the article is about, the first it names.
  const people = first + 1 < k ? mentionCovering(doc, first + 1) : undefined;
  const described = people?.rule === 'place.demonym' ? people.b : first + 1;
  if (tokens[first]?.lower === 'the' && (tokens[first + 1]?.lower === 'company' || (described > first + 1 && DESCRIPTORS.has(tokens[described]?.lower ?? ''))) && described < k) {
    const main = doc.mentions.find((m) => m.type === 'organisation' && !m.nested);
    if (main && main.b <= k) return { parties: [partyOf(main, 'subject')], start };
  }
  // "In December 1985, it signed a deal with the International Coordinating Committee ... It had signed bilateral
  // agreements": the "it" the sentence before opened with.
  const s = tokens[k].sent;
  const ps = s > 0 ? doc.sentences[s - 1] : undefined;
  if (ps) {
    for (let j = ps.first; j < Math.min(ps.last, ps.first + 6) && !mentionCovering(doc, j); j++) {
      if (tokens[j].lower === 'it' && /^(VERB|AUX)$/.test(tokens[j + 1]?.pos ?? '')) {
        const before = pronounSubject(doc, j, ps.first);
        if (before) return { parties: before.parties, start };
        break;
      }
    }
  }
  // Else the last company named; but when it was named as the object of a preposition, a country that opens a
  // sentence since ("... with the Paris Club creditors ... Yugoslavia has refinanced its debt regularly since 1983.
  // In December 1985, it signed a deal").
  let country: MentionRef | null = null;
  for (let j = doc.mentions.length - 1; j >= 0; j--) {
    const m = doc.mentions[j];
    if (m.b > k || m.nested) continue;
    const own = doc.sentences[tokens[m.a].sent];
    if (m.type === 'place' && m.placeKind === 'country' && m.rule !== 'place.demonym' && m.a === own.first && !possessiveAt(doc, m.b)) country ??= m;
    if (m.type !== 'organisation') continue;
    const at = /^(the|a|an)$/.test(tokens[m.a - 1]?.lower ?? '') ? m.a - 1 : m.a;
    return { parties: [partyOf(country && objectOfPreposition(doc, at, own.first) ? country : m, 'subject')], start };
  }
  return null;
}

/** The mention starting at token a follows a preposition ("with China's CNPC", "to Airbus"). */
function objectOfPreposition(doc: Doc, a: number, first: number): boolean {
  let before = a - 1;
  // (past a possessor: "with China's CNPC")
  if (doc.tokens[before]?.lower === "'s") before = (mentionCovering(doc, before - 1)?.a ?? before - 1) - 1;
  return before >= first && doc.tokens[before].pos === 'ADP';
}

/**
 * Who is awarded, written as the company the article is about: "awarded the company's Ultrasystems Defense and Space
 * Inc unit several new contracts" (the unit named after "the company's" or "its"), "awarded the company a 3.2 mln
 * dlr increase" (the first company the article names).
 */
function awardedTheCompany(doc: Doc, k: number, end: number): { parties: Party[] } | null {
  const tokens = doc.tokens;
  const described = tokens[k]?.lower === 'the' && k + 1 < end && DESCRIPTORS.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'companies';
  const unitAt = tokens[k]?.lower === 'its' ? k + 1 : described && tokens[k + 2]?.lower === "'s" ? k + 3 : -1;
  if (unitAt > 0) {
    const unit = mentionAt(doc, unitAt);
    return unit && unit.type === 'organisation' && unit.b < end ? { parties: [partyOf(unit, 'counterparty')] } : null;
  }
  if (!described) return null;
  const main = doc.mentions.find((m) => m.type === 'organisation' && !m.nested);
  return main && main.b <= k ? { parties: [partyOf(main, 'counterparty')] } : null;
}

/**
 * Token k, or where the name before a wire ticker ends: "Siemens AG <SIEG.F>" gives "AG"; "<Arabian Auto Agency>",
 * a name Reuters marked, gives the last word inside its brackets.
 */
function pastTicker(doc: Doc, k: number, first: number): number {
  const tokens = doc.tokens;
  // ("Benetton Group Spa [BTOM.MI] said": a ticker in square brackets)
  if (tokens[k].lower === ']') {
    let j = k - 1;
    while (j > first && k - j < 6 && tokens[j].lower !== '[') j--;
    return tokens[j].lower === '[' && j > first && tokens[j - 1].cap && tokens[j - 1].end <= tokens[j].start ? j - 1 : k;
  }
  if (tokens[k].lower !== '>') return k;
  let j = k - 1;
  while (j > first && k - j < 8 && tokens[j].lower !== '<') j--;
  if (tokens[j].lower !== '<' || j < first) return k;
  // ("<Qantas Airways Ltd> has placed": the name itself in brackets, even at the sentence's start)
  const inside = mentionCovering(doc, k - 1);
  if (inside && inside.a === j + 1 && (j === first || !mentionCovering(doc, j - 1))) return k - 1;
  return j > first ? j - 1 : k;
}

/**
 * The company a place mention is written after with "of": "Exxon Co USA of Houston" (a typed organisation) or
 * "Burlington Menswear of New York City" (capitalised words no rule typed, as written). Null for a place alone.
 */
function ownerOfPlace(doc: Doc, m: MentionRef, first: number): MentionRef | { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // ("<Wrought Copper Ltd> of Chile": a name wire copy put in brackets)
  if (m.a - 3 >= first && tokens[m.a - 1].lower === 'of' && /^[>)]$/.test(tokens[m.a - 2].lower)) {
    const owner = mentionCovering(doc, m.a - 3);
    return owner?.type === 'organisation' ? owner : null;
  }
  // ("The Chinese Embassy in Kazakhstan": a mission, and the country it is in)
  if (m.a - 2 >= first && tokens[m.a - 1].lower === 'in' && MISSION.test(tokens[m.a - 2].lower)) {
    const owner = mentionCovering(doc, m.a - 2);
    return owner?.type === 'organisation' && owner.b === m.a - 1 ? owner : null;
  }
  // ("The company's Precision Etched Products unit in Muellheim, West Germany, signed": the unit)
  const unit = unitIn(doc, m, first);
  if (unit) return unit;
  if (m.a - 2 < first || tokens[m.a - 1].lower !== 'of' || !tokens[m.a - 2].cap || tokens[m.a - 2].pos !== 'PROPN') return null;
  const owner = mentionCovering(doc, m.a - 2);
  if (owner) return owner.type === 'organisation' ? owner : null;
  let a = m.a - 2;
  while (a - 1 >= first && tokens[a - 1].cap && tokens[a - 1].type === 'word' && !mentionCovering(doc, a - 1)) a--;
  return { parties: [writtenParty(doc, a, m.a - 1, 'subject')], start: a };
}

/** The organisation that says what the sentence reports, before token k: "Control Data Corp said the Air Force awarded it". */
function sentenceSpeaker(doc: Doc, k: number, first: number): Party | null {
  for (let v = first + 1; v < k; v++) if (lex!.speech.has(doc.tokens[v].lower)) return speakerBefore(doc, v + 1, first);
  return null;
}

/**
 * "X, wholly owned by Y, said (that) it": the organisation X that is the subject of the speech verb before
 * token k, past an apposition between commas. Null unless the name ends right before the verb or its apposition.
 */
function speakerBefore(doc: Doc, k: number, first: number): Party | null {
  const tokens = doc.tokens;
  let v = k - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (v <= first || !lex!.speech.has(tokens[v].lower)) return null;
  let end = v - 1;
  if (tokens[end].lower === ',') {
    let j = end - 1;
    while (j > first && tokens[j].lower !== ',' && tokens[j].lower !== '.') j--;
    if (tokens[j].lower !== ',') return null;
    end = j - 1;
  }
  // ("Benetton Group Spa [BTOM.MI] said": a ticker in square brackets)
  if (tokens[end].lower === ']') end = pastTicker(doc, end, first);
  // "French computer services group <Cap Gemini Sogeti> said it": the name Reuters marked; "Siemens A.G.
  // <SIEGn.F> said": a ticker after the name, which is the speaker.
  if (tokens[end].lower === '>') {
    let open = end - 1;
    while (open > first && end - open < 8 && tokens[open].lower !== '<') open--;
    if (tokens[open].lower === '<' && open + 1 < end) {
      const named = mentionCovering(doc, open - 1);
      if (named) return named.type === 'organisation' && named.b === open ? partyOf(named, 'subject') : null;
      // ("Sweden's Telefon AB L.M. Ericsson <ERIC.ST> said it": a name no rule typed, then its ticker)
      if (tokens[open - 1]?.cap) {
        let a = open - 1;
        while (a - 1 > first && open - a < 6 && tokens[a - 1].cap && tokens[a - 1].lower !== "'s" && !mentionCovering(doc, a - 1)) a--;
        return open - a >= 2 ? writtenParty(doc, a, open, 'subject') : null;
      }
      const inside = mentionCovering(doc, open + 1);
      return inside?.type === 'organisation' ? partyOf(inside, 'subject') : writtenParty(doc, open + 1, end, 'subject');
    }
  }
  const m = mentionCovering(doc, end);
  if (m) return m.type === 'organisation' && m.b === end + 1 ? partyOf(m, 'subject') : null;
  // "the ministry said it had concluded a contract": a body no name was given for, as written (not a company,
  // which the article names: see pronounSubject).
  if (!tokens[end].cap && tokens[end].pos === 'NOUN' && !DESCRIPTORS.has(tokens[end].lower)) {
    const np = nounPhraseEndingAt(doc, end, first);
    if (np && np.start === end - 1 && /^(the|its|their)$/.test(tokens[np.start].lower) && opensClause(doc, np.start, first)) return np.parties[0];
  }
  // "Ford said it had reached agreement": a name no rule typed, alone before the verb at the sentence's start.
  if (!tokens[end].cap || tokens[end].type !== 'word') return null;
  let a = end;
  while (a > first && tokens[a - 1].cap && tokens[a - 1].type === 'word' && end - a < 3) a--;
  // wink tags a sentence's first word by its common sense ("Ford" a verb): then the article must never write it
  // in lower case. Plural common nouns ("Officials said it", "Analysts said it"), often tagged as names at the
  // start of a sentence, are not taken.
  const t = tokens[a];
  const nameLike = (t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'ADJ') && !/s$/.test(tokens[end].lower) && !doc.writesInLowerCase(t.lower);
  if (a !== first || !t.cap || t.type !== 'word' || !nameLike) return null;
  return writtenParty(doc, a, end + 1, 'subject');
}

/** Every token in [a, b) is part of a place's name ("its West German subsidiary"); true when there are none. */
function placesBetween(doc: Doc, a: number, b: number): boolean {
  for (let q = a; q < b; q++) if (mentionCovering(doc, q)?.type !== 'place') return false;
  return true;
}

/** "The two countries", "both companies", "all 25 current EU members", "its creditor banks". */
function nounPhraseEndingAt(doc: Doc, k: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  // ("the two heads of state witnessed the signing": the heads, who stand for their countries)
  if (/^(state|government)$/.test(tokens[k].lower) && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'heads' && k - 2 >= first) k -= 2;
  if (tokens[k].pos !== 'NOUN') return null;
  // "The agreements signed on Friday include a deal": an agreement signs nothing; nor does a rate or a price.
  const head = tokens[k].lower;
  if (NOT_PARTY_NOUNS.has(head)) return null;
  if ([head, head.replace(/s$/, '')].some((w) => lex!.byFirst.get(w)?.some((n) => n.length === 1))) return null;
  let a = k;
  while (a - 1 >= first && /^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/.test(tokens[a - 1].pos) && !/^(and|,|which|who|whose|that)$/.test(tokens[a - 1].lower)) {
    a--;
    if (/^(the|both|all|its|their)$/.test(tokens[a].lower)) break;
  }
  // "National Projects Inc subsidiary was awarded a contract": the unit the name before the noun names; "The European
  // <Airbus Industrie> consortium has signed": the company the name before what it is names.
  // ("its Cable Value Network (CVN) unit": past the short form in brackets)
  const before = tokens[k - 1]?.lower === '>' ? k - 2 : beforeShortForm(doc, k - 1, first);
  // ("The Shanghai Cooperation Organisation (SCO) members signed": the body its members sign for; not "all 25 current
  // EU members", who are counted)
  const members = head === 'members' && (mentionCovering(doc, before)?.a ?? -1) <= (tokens[a].lower === 'the' ? a + 1 : a);
  const unit = /^(subsidiary|unit|division|affiliate)$/.test(head) || members || DESCRIPTORS.has(head) ? mentionCovering(doc, before) : undefined;
  if (unit?.type === 'organisation' && unit.b === before + 1 && !unit.nested) return { parties: [partyOf(unit, 'subject')], start: Math.min(a, unit.a) };
  // "Shell and Gazprom's oil arm signed", "BAE and Saab's joint venture signed": the companies whose unit it is.
  if (/^(arm|unit|subsidiary|division|affiliate|branch|venture)$/.test(head) && possessiveAt(doc, a - 1)) {
    const owner = mentionCovering(doc, a - 2);
    if (owner?.type === 'organisation' && !owner.nested && owner.b === a - 1) return withLeftOfAnd(doc, { parties: [partyOf(owner, 'subject')], start: owner.a }, first);
  }
  // "Ericsson said one of its units won a contract", "its subsidiary has signed": the company that said so.
  // ("BMC Industries Inc said its West German subsidiary has received": where the unit is, between)
  if (/^(subsidiary|subsidiaries|unit|units|division|divisions|affiliate|affiliates)$/.test(head) && /^(its|their)$/.test(tokens[a]?.lower ?? '') && placesBetween(doc, a + 1, k)) {
    const speaker = sentenceSpeaker(doc, k, first);
    if (speaker) return { parties: [{ ...speaker, role: 'subject' }], start: tokens[k - 3]?.lower === 'one' && tokens[k - 2]?.lower === 'of' ? k - 3 : k - 1 };
  }
  // "Ukraine's new government has struck a deal": a country's government is its country (a company's management
  // the company).
  const country = governmentOf(doc, k, first) ?? envoysOf(doc, a, k);
  if (country) return { parties: [partyOf(country, 'subject')], start: Math.min(a, country.a) };
  const phrase = doc.text.slice(tokens[a].start, tokens[k].end);
  const group = GROUP_NOUNS[tokens[k].lower];
  if (group && /^(the two|both|the two sides|the pair)\b/i.test(phrase)) {
    // The two named last of that kind. "The two sides" are countries or companies: the kind the article named last
    // that it names two of ("Bond Corp and Atlas ... A memorandum signed by the two sides"; "repairs of Soviet ships
    // ... between the two countries. The New China News Agency said an agreement ... was signed by the two sides").
    const last2 = { place: [] as MentionRef[], organisation: [] as MentionRef[] };
    let latest: 'place' | 'organisation' | null = null;
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b > a || m.nested || (m.type !== 'place' && m.type !== 'organisation')) continue;
      if (m.type === 'place' && m.placeKind !== 'country') continue;
      const two = last2[m.type];
      if (two.length < 2 && !two.some((f) => f.entityId === m.entityId)) two.push(m);
      latest ??= m.type;
      if (last2.place.length === 2 && last2.organisation.length === 2) break;
    }
    const kinds = tokens[k].lower === 'sides' ? [latest, latest === 'place' ? 'organisation' : 'place'] : [group];
    for (const kind of kinds) {
      const found = kind ? last2[kind as 'place' | 'organisation'] : [];
      if (found.length === 2) return { parties: [...found].reverse().map((m) => partyOf(m, 'subject')), start: a };
    }
  }
  // "The companies entered into a merger agreement": the two the article is about, the first two it names.
  if (k - a === 1 && tokens[a].lower === 'the' && tokens[k].lower === 'companies') {
    const pair: MentionRef[] = [];
    for (const m of doc.mentions) {
      if (m.b > a || pair.length === 2) break;
      if (m.type === 'organisation' && !m.nested && !pair.some((p) => p.entityId === m.entityId)) pair.push(m);
    }
    if (pair.length === 2) return { parties: pair.map((m) => partyOf(m, 'subject')), start: a };
  }
  // "the airline", "the company": the organisation named last in its own sentence ("Boeing said the company
  // ..."), else the first that the last sentence naming one names (the subject as a rule: "L&T won an order from
  // NHAI. The firm signed ..." is L&T).
  // (not the news agency of the dateline: "MUNICH, Dec 2 (Reuters) - Siemens Energy said ...")
  if (k - a === 1 && tokens[a].lower === 'the' && DESCRIPTORS.has(tokens[k].lower) && tokens[k].lower !== 'companies') {
    let found: MentionRef | null = null;
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (found && (tokens[m.a].sent !== tokens[found.a].sent || tokens[found.a].sent === tokens[a].sent)) break;
      // ("the company's contract with the union ...": "the union" is a union, not the company named last)
      if (m.b <= a && !m.nested && m.type === 'organisation' && m.rule !== 'dateline.source' && (!/^unions?$/.test(head) || UNION_NAME.test(m.name))) found = m;
    }
    if (found) return { parties: [partyOf(found, 'subject')], start: a };
  }
  // "The Venezuelan company" after "Petroleos de Venezuela SA, Venezuela's national oil company": the company named
  // last that the article ties to that country.
  const demonym = k - a === 2 && tokens[a].lower === 'the' && DESCRIPTORS.has(head) ? mentionCovering(doc, a + 1) : undefined;
  if (demonym?.rule === 'place.demonym' && demonym.b === k) {
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b > a || m.nested || m.type !== 'organisation' || m.rule === 'dateline.source') continue;
      if (ofCountry(doc, m, demonym.name)) return { parties: [partyOf(m, 'subject')], start: a };
    }
  }
  // "Kenya ... The country signed", "Tamil Nadu ... the state had signed": the country or region named last, in this
  // sentence or the two before it.
  const placeKind = k - a === 1 && tokens[a].lower === 'the' ? PLACE_WORDS[head] : undefined;
  if (placeKind) {
    const from = doc.sentences[Math.max(0, tokens[a].sent - 2)].first;
    for (let j = doc.mentions.length - 1; j >= 0; j--) {
      const m = doc.mentions[j];
      if (m.b > a || m.nested) continue;
      if (m.a < from) break;
      if (m.type === 'place' && m.placeKind === placeKind) return { parties: [partyOf(m, 'subject')], start: a };
    }
  }
  // "Qatar's state energy firm", "China's largest oil company": whose it is, as written (a minister or an envoy is
  // read for the country elsewhere).
  if (a - 2 >= first && possessiveAt(doc, a - 1) && !personsRole(head)) {
    const owner = mentionCovering(doc, a - 2);
    if (owner && owner.b === a - 1 && !owner.nested && owner.a >= first && (owner.type === 'place' || owner.type === 'organisation')) a = owner.a;
  }
  return { parties: [writtenParty(doc, a, k + 1, 'subject')], start: a };
}

/**
 * Organisation mention m is tied to the country named `country`: its name holds the country's ("Petroleos de
 * Venezuela SA"), or the country owns it just before ("Venezuela's PDVSA") or in an apposition after it
 * ("PDVSA, Venezuela's national oil company").
 */
function ofCountry(doc: Doc, m: MentionRef, country: string): boolean {
  const tokens = doc.tokens;
  const name = doc.text.slice(tokens[m.a].start, tokens[m.b - 1].end);
  if (name.includes(country)) return true;
  const isCountry = (q: number) => {
    const c = mentionCovering(doc, q);
    return !!c && c.type === 'place' && c.name === country && possessiveAt(doc, c.b) ? c : null;
  };
  if (m.a - 2 >= 0 && possessiveAt(doc, m.a - 1) && isCountry(m.a - 2)) return true;
  return tokens[m.b]?.lower === ',' && !!isCountry(tokens[m.b + 1]?.lower === 'the' ? m.b + 2 : m.b + 1);
}

/**
 * "The union and General Motors signed", "Nigeria's government and Shell signed": the party before the "and" at j
 * when no name was given for it (a noun phrase opened by "the", "its" or "their"; a country's government is its
 * country), else null.
 */
function unnamedPartyBefore(doc: Doc, j: number, first: number): { parties: Party[]; start: number } | null {
  const tokens = doc.tokens;
  const left = j - 1 >= first ? nounPhraseEndingAt(doc, j - 1, first) : null;
  if (!left) return null;
  // (a subject opens its clause: not "a cut in the discount rate and Japan's ruling party announced")
  if (governmentOf(doc, j - 1, first)) return opensClause(doc, left.start, first) ? left : null;
  return /^(the|its|their)$/.test(tokens[left.start].lower) && opensClause(doc, left.start, first) ? left : null;
}

/** "the Japanese government", "Volkswagen's management": the head after mention m that names it, else -1. */
function governmentAfter(doc: Doc, m: MentionRef, limit: number): number {
  const tokens = doc.tokens;
  let h = possessiveAt(doc, m.b) ? m.b + 1 : m.b;
  while (h + 1 < limit && tokens[h].pos === 'ADJ' && !tokens[h].cap) h++;
  return h < limit && governmentOf(doc, h, m.a) === m ? h : -1;
}

/** "US negotiators", "the EU's trade officials": the country or body whose envoys the phrase [a, k] names, else null. */
function envoysOf(doc: Doc, a: number, k: number): MentionRef | null {
  const tokens = doc.tokens;
  if (!/^(negotiators|officials|delegates|delegations|ministers|diplomats|envoys|representatives)$/.test(tokens[k].lower)) return null;
  const at = tokens[a].lower === 'the' ? a + 1 : a;
  const m = mentionCovering(doc, at);
  if (!m || m.a !== at || (m.type !== 'place' && m.type !== 'organisation')) return null;
  let e = possessiveAt(doc, m.b) ? m.b + 1 : m.b;
  while (e < k && !tokens[e].cap && /^(NOUN|ADJ)$/.test(tokens[e].pos)) e++;
  return e === k ? m : null;
}

/**
 * "Sudan's government", "Ukraine's new government", "Opel's management": the country whose government (or
 * authorities) ends at k, or the company whose management or board does, else null.
 */
function governmentOf(doc: Doc, k: number, first: number): MentionRef | null {
  const tokens = doc.tokens;
  const type = /^(governments?|authorities|administration)$/.test(tokens[k].lower) ? 'place' : /^(management|board)$/.test(tokens[k].lower) ? 'organisation' : null;
  if (!type) return null;
  let a = k;
  while (a - 1 >= first && tokens[a - 1].pos === 'ADJ' && !tokens[a - 1].cap) a--;
  // "the French government", "the US authorities": the country the demonym or the name before it names.
  const named = type === 'place' && a - 1 >= first ? mentionCovering(doc, a - 1) : undefined;
  if (named?.type === 'place' && named.b === a && !possessiveAt(doc, a - 1)) return named;
  if (a - 2 < first || !possessiveAt(doc, a - 1)) return null;
  const owner = mentionCovering(doc, a - 2);
  return owner?.type === type && owner.b === a - 1 ? owner : null;
}

/** Does token `at` open a clause (the sentence's first token, or after a comma, "that", "said", "but" ...)? */
function opensClause(doc: Doc, at: number, first: number): boolean {
  return at === first || /^(,|;|:|that|said|says|but|when|after|while|as|because)$/.test(doc.tokens[at - 1].lower);
}

/** "Mexico, which followed a conciliatory route and last week signed ...": the name before ", which". */
function relativeAntecedent(doc: Doc, first: number, before: number): Party[] | null {
  for (let k = before - 1; k > first; k--) {
    const w = doc.tokens[k].lower;
    if (w === '.' || w === ';') break;
    if ((w === 'which' || w === 'who') && doc.tokens[k - 1]?.lower === ',') {
      const m = mentionCovering(doc, k - 2);
      return m ? [partyOf(m, 'elided subject')] : null;
    }
  }
  return null;
}

function subjectOfSentence(doc: Doc, first: number, before: number): Party[] | null {
  for (let j = first; j < before; j++) {
    const m = mentionAt(doc, j);
    if (m && !m.nested && (m.type === 'organisation' || m.type === 'place' || m.type === 'person')) {
      // "Taiwan and the United States have revised and extended their textile agreement": every name of the subject.
      const list = mentionList(doc, j, before);
      const items = list && list.items[0] === m && doc.tokens[list.end]?.pos !== 'ADP' ? list.items.filter((x) => x.type !== 'person' || x === m) : [m];
      return items.map((x) => partyOf(x, 'elided subject'));
    }
  }
  return null;
}

/** Names after "with" / "between" / "by"; an unnamed noun phrase is kept as written. */
function partyPhrase(doc: Doc, i: number, last: number, role: string): { parties: Party[]; end: number } {
  const tokens = doc.tokens;
  // "a letter of intent signed between it and <Panbaxy Laboratories>", after "Cambridge Medical Technology Corp
  // said": the one who said it, and the rest of the list.
  if (tokens[i]?.lower === 'it' && tokens[i + 1]?.lower === 'and' && i + 2 < last) {
    const speaker = sentenceSpeaker(doc, i, doc.sentences[tokens[i].sent].first);
    if (speaker) {
      const rest = partyPhrase(doc, i + 2, last, role);
      return { parties: [{ ...speaker, role }, ...rest.parties], end: rest.end };
    }
  }
  // "with (Pan-Alberta Gas Ltd) of Canada": a name wire copy put in brackets, then where it is from.
  const bracketed = tokens[i]?.lower === '(' ? mentionAt(doc, i + 1) : undefined;
  if (bracketed && bracketed.type === 'organisation' && tokens[bracketed.b]?.lower === ')') {
    let end = bracketed.b + 1;
    const from = tokens[end]?.lower === 'of' ? mentionAt(doc, end + 1) : undefined;
    if (from?.type === 'place') end = from.b;
    return { parties: [partyOf(bracketed, role)], end };
  }
  let list = mentionList(doc, i, last);
  // "Foreign Minister Wang Yi and his Cambodian counterpart Prak Sokhonn": a list that stops at its "and" goes on
  // in a description (read below).
  const dangling = list && tokens[list.end - 1]?.lower === 'and' ? list : null;
  if (dangling) list = null;
  // "the Middle Eastern sheikhdom of Qatar": a description ending in a name.
  if (!list) {
    // "with what it called a major U.S. company": a clause, not a name.
    if (/^(what|which|whom|whoever|whatever)$/.test(tokens[i]?.lower ?? '')) return { parties: [], end: i };
    let e = i;
    // ... up to a clause ("but he did not say", "when they met"), a date ("two weeks ago") or what the deal is
    // about ("with Ofcom over access to its network").
    // "a visiting Ghanaian delegation headed by Foreign Minister Obed Asamoah": who heads a party is no party.
    // ("between Disney and Pixar was sealed": nor past an auxiliary; "signed by their U.N. representatives and
    // circulated here": nor into a second verb)
    // ("The agreement struck with the unions ends a strike": nor into the sentence's own verb; "with five lenders
    // providing for a credit facility": nor into a participle's clause)
    while (e < last && !/^(,|;|\.|for|to|worth|which|that|who|under|covering|aimed|on|valued|in|at|but|when|while|because|after|before|although|if|headed|led|over|about|regarding|concerning|following|amid|despite|until|since|as)$/.test(tokens[e].lower) && tokens[e].pos !== 'AUX' && !inDate(doc, e) && !(tokens[e].lower === 'and' && tokens[e + 1]?.pos === 'VERB') && !clauseVerb(doc, e, i) && !participleClause(doc, e, i)) {
      e++;
      if (e - i > 12) break;
    }
    // ("between the two firms late on Friday", "with the unions earlier this week": an adverb of time ends it)
    while (e - 1 > i && /^(late|early|earlier|later|recently|today|yesterday|finally|eventually|also|again|jointly)$/.test(tokens[e - 1].lower)) e--;
    // "a consortium led by Sino Land Co Ltd <SINO.HK>": the phrase reads on past its leaders (and the ticker after
    // them, which mentionList reads past), who stand for a group no name was given for.
    const leaders = /^(led|headed)$/.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.lower === 'by' ? mentionList(doc, e + 2, last) : null;
    const past = leaders ? leaders.end : e;
    // "Foreign Minister Wang Yi and his Cambodian counterpart Prak Sokhonn": descriptions joined by "and", each
    // ending in a name.
    const ends = describedNames(doc, i, e);
    if (ends) return { parties: ends.map((m) => partyOf(m, role)), end: past };
    // "with textiles concern GFT-Gruppo Finanziario Tessile Spa", "with 47.5 pct owned <Performance Guarantees Inc>":
    // the company after what it is.
    const tail = describedCompany(doc, i, e);
    if (tail) return { parties: [partyOf(tail, role)], end: past };
    if (leaders && !dangling && !mentionsIn(doc, i, e).length) return { parties: leaders.items.map((m) => partyOf(m, role)), end: past };
    if (dangling) {
      // "signed by Energy Minister Alexander Novak and his Turkish counterpart": the description as written (its
      // country is read from it later).
      // ("her Papua New Guinea counterpart": a country's name counts as one word)
      const inside = mentionAt(doc, dangling.end + 1);
      const words = e - dangling.end - (inside?.type === 'place' && inside.b < e ? inside.b - inside.a - 1 : 0);
      const described = words <= 4 && /^counterparts?$/.test(tokens[e - 1]?.lower ?? '') && OWNER.test(tokens[dangling.end]?.lower ?? '');
      const items = dangling.items.map((m) => partyOf(m, role));
      return described ? { parties: [...items, writtenParty(doc, dangling.end, e, role)], end: e } : { parties: items, end: dangling.end - 1 };
    }
    // "... of Qatar": prefer the name the description ends in; not after a name no rule typed ("Televerket Kabel
    // TV of Sweden" is the company, from Sweden).
    for (let q = i; q < e; q++) {
      // "privately-held Novopharm Ltd of Canada": a company, then where it is from.
      const company = tokens[q].lower === 'of' && q > i ? mentionCovering(doc, q - 1) : undefined;
      if (company?.type === 'organisation' && !company.nested && company.b === q) {
        const from = mentionAt(doc, q + 1);
        return { parties: [partyOf(company, role)], end: Math.max(e, from?.type === 'place' ? from.b : q) };
      }
      if (tokens[q].lower === 'of' && !capitalisedName(doc, i, q)) {
        // "the ministers of Egypt, Jordan and Iraq": every name of the list.
        const list = mentionList(doc, q + 1, last);
        const m = list?.items[0] ?? mentionAt(doc, q + 2);
        if (m && (m.type === 'place' || m.type === 'organisation')) {
          const items = list ? list.items.filter((x) => x.type === 'place' || x.type === 'organisation') : [m];
          return { parties: items.map((x) => partyOf(x, role)), end: Math.max(e, list ? list.end : m.b) };
        }
      }
    }
    // a phrase that continues into "in Uzbekistan and Kazakhstan"
    let f = e;
    // "two universities in Uzbekistan and Kazakhstan": where institutions are belongs to the phrase.
    if (tokens[f]?.lower === 'in' && GROUP_NOUNS[tokens[f - 1]?.lower ?? ''] === 'organisation' && mentionList(doc, f + 1, last)) f = mentionList(doc, f + 1, last)!.end;
    if (f <= i) return { parties: [], end: i };
    // "a contract with a ceiling price of 14.4 mln dlrs": a term of the deal, not who it is with.
    let headAt = e - 1;
    for (let q = i + 1; q < e; q++) if (tokens[q].lower === 'of') {
      headAt = q - 1;
      break;
    }
    if (!tokens[headAt].cap && NOT_PARTY_NOUNS.has(tokens[headAt].lower)) return { parties: [], end: e };
    // "signed by both companies": the two companies named before.
    const group = nounPhraseEndingAt(doc, e - 1, i);
    if (group && group.parties.some((p) => p.entityId)) return { parties: group.parties.map((p) => ({ ...p, role })), end: e };
    // "<Visa International>": a name Reuters marked that no rule typed, without its brackets.
    // (or in round brackets, as some wire copy writes it: "with (The Flying Tiger Line Inc)")
    const marked = f - i >= 3 && ((tokens[i].lower === '<' && tokens[f - 1].lower === '>') || (tokens[i].lower === '(' && tokens[f - 1].lower === ')' && tokens[i + 1].cap));
    const [from, end] = marked ? [i + 1, f - 1] : [i, f];
    // "Gamma Werke <GAMW.F>": the ticker after a name is no part of it.
    let to = end;
    for (let q = from + 1; q < end; q++) if (tokens[q].lower === '<' && tokens[q].end === tokens[q + 1]?.start) to = Math.min(to, q);
    let after = f;
    if (to < end) for (let q = to + 1; q < Math.min(tokens.length, to + 6); q++) if (tokens[q].lower === '>') after = Math.max(f, q + 1);
    // "Televerket Kabel TV of Sweden": the company, without the place it is from.
    for (let q = from + 1; q < to - 1; q++) {
      const place = tokens[q].lower === 'of' && capitalisedName(doc, from, q) ? mentionAt(doc, tokens[q + 1].lower === 'the' ? q + 2 : q + 1) : undefined;
      if (place?.type === 'place' && place.b === to) to = q;
    }
    // "by Airbus and China Eastern": capitalised names joined by "and" are two parties.
    const parts: Array<[number, number]> = [];
    let s0 = from;
    let capitalised = true;
    for (let q = from; q < to; q++) {
      if (tokens[q].lower === 'and' || tokens[q].lower === '&') {
        parts.push([s0, q]);
        s0 = q + 1;
      } else if (!tokens[q].cap) capitalised = false;
    }
    parts.push([s0, to]);
    // Not "Van Waters and Rogers Inc", "Procter and Gamble Co": one company whose name holds "and".
    // ("the rebels and the company": a legal form in lower case names no company)
    const oneCompany = LEGAL_FORMS.has(tokens[to - 1].lower) && tokens[to - 1].cap && parts.slice(0, -1).every(([, y]) => !LEGAL_FORMS.has(tokens[y - 1].lower));
    // "between the government and the doctors' union": so are descriptions that each open with their article.
    // ("between management and unions", "between the university and local firms": after "between", two short noun
    // phrases are the two sides)
    // (not "oil and gas producers", one noun before "and" sharing the head after it)
    const sharedHead = parts.length === 2 && parts[0][1] - parts[0][0] === 1 && parts[1][1] - parts[1][0] > 1 && !/^(the|its|their|a|an)$/.test(tokens[parts[1][0]].lower);
    const sides = (role === 'between' || role === 'passive agent') && parts.length === 2 && !sharedHead && parts.every(([x, y]) => y > x && y - x <= 4 && tokens[y - 1].pos === 'NOUN');
    const described = sides || (parts.length > 1 && parts.every(([x, y]) => y - x >= 2 && /^(the|its|their)$/.test(tokens[x].lower)));
    const spans: Array<[number, number]> = (capitalised || described) && !oneCompany && parts.every(([x, y]) => y > x) ? parts : [[from, to]];
    // ("between the ministry and the World Bank": a part that is a name read as such)
    const named = ([x, y]: [number, number]) => {
      const m = mentionAt(doc, tokens[x].lower === 'the' ? x + 1 : x);
      return m && m.b === y && !m.nested ? partyOf(m, role) : writtenParty(doc, x, y, role);
    };
    return { parties: spans.map(named), end: after };
  }
  // "with Jamaica's creditor banks", "from the Philadelphia board of education": a place that only says whose or
  // where the party is; the party is the noun phrase it opens, as written.
  const only = list.items.length === 1 ? list.items[0] : null;
  if (only?.type === 'place' && only.b === list.end) {
    let e = possessiveAt(doc, list.end) ? list.end + 1 : list.end;
    const nounAt = (q: number) => q < last && !tokens[q].cap && tokens[q].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[q].pos) && !inDate(doc, q);
    if (nounAt(e)) {
      while (nounAt(e + 1)) e++;
      // "board of education": one "of" and the noun after it (not "China's minister of science")
      const ofWhat = tokens[e + 1]?.lower === 'of' && nounAt(e + 2) && tokens[e + 2].pos === 'NOUN';
      if (ofWhat && !actsForPlace(tokens[e].lower)) e += 2;
      // (not "Israel's government": a country's government is its country; nor "South Africa's chief debt
      // negotiator" or "China's minister of science", who act for it)
      const head = tokens[e].lower;
      if (tokens[e].pos === 'NOUN' && !actsForPlace(head)) return { parties: [writtenParty(doc, i, e + 1, role)], end: e + 1 };
      // (the place, and what is said after the one who acts for it: "with China's minister of science to boost ...")
      if (tokens[e].pos === 'NOUN' && personsRole(head) && !tokens[e + 1]?.cap) return { parties: [partyOf(only, role)], end: ofWhat ? e + 3 : e + 1 };
    }
  }
  const parties = list.items.map((m) => partyOf(m, role));
  let end = list.end;
  const lastItem = list.items[list.items.length - 1];
  // "between Volkswagen's management and the IG Metall union": a company's management is the company; the list
  // goes on after it.
  const h = lastItem.b === end && possessiveAt(doc, end) ? governmentAfter(doc, lastItem, last) : -1;
  if (h >= 0) {
    if (tokens[h + 1]?.lower !== 'and' || h + 2 >= last) return { parties, end: h + 1 };
    const rest = partyPhrase(doc, h + 2, last, role);
    return { parties: [...parties, ...rest.parties], end: rest.end };
  }
  // "with Russia's state-owned Rosatom", "with Iraq's state-run South Oil Company": the company the place owns,
  // past the words that describe it; so too a company's ("with Time Warner's AOL").
  if ((lastItem.type === 'place' || lastItem.type === 'organisation') && lastItem.b === end && possessiveAt(doc, end)) {
    let q = end + 1;
    // (not into another item: "between Volkswagen's management and the IG Metall union")
    while (q < last && q - end <= 6 && !tokens[q].cap && (tokens[q].type === 'word' || tokens[q].lower === '-') && !/^(and|or|the|a|an|of)$/.test(tokens[q].lower) && !inDate(doc, q)) q++;
    const owned = q === end + 1 || tokens[q - 1].type === 'word' ? mentionAt(doc, q) : undefined;
    if (owned?.type === 'organisation') {
      parties[parties.length - 1] = partyOf(owned, role);
      return { parties, end: owned.b };
    }
  }
  // "with Laos' Xekong Power", "with South Korea's Hyundai Rotem": a company no rule typed, from the place before it.
  if (lastItem.type === 'place' && lastItem.b === end && possessiveAt(doc, end) && tokens[end + 1]?.cap && tokens[end + 1].pos === 'PROPN' && !mentionAt(doc, end + 1) && !TITLES.has(tokens[end + 1].lower)) {
    let e = end + 1;
    while (e < last && tokens[e].cap && tokens[e].pos === 'PROPN' && !mentionAt(doc, e)) e++;
    parties[parties.length - 1] = writtenParty(doc, end + 1, e, role);
    end = e;
  }
  // "between STET, a subsidiary of the state holding company <IRI> (IRI) and Fiat Spa": past what the first side
  // is, to the second ("between" has two).
  if (role === 'between' && parties.length === 1 && tokens[end]?.lower === ',' && /^(a|an|the)$/.test(tokens[end + 1]?.lower ?? '')) {
    for (let q = end + 2; q < last && q - end <= 24; q++) {
      const t = tokens[q];
      // (not past a clause: "a company owned by IRI and Fiat"; "holding company" is a noun's modifier)
      if ((t.pos === 'VERB' && !/ing$/.test(t.lower)) || t.pos === 'AUX' || /^[,;.]$/.test(t.lower)) break;
      if (t.lower !== 'and') continue;
      const rest = mentionList(doc, tokens[q + 1]?.lower === 'the' ? q + 2 : q + 1, last);
      if (rest) return { parties: [...parties, ...rest.items.map((m) => partyOf(m, role))], end: rest.end };
      break;
    }
  }
  return { parties, end };
}

/** A person's role or title ("negotiator", "minister"), singular or plural. */
function personsRole(w: string): boolean {
  return ROLES.has(w) || ROLES.has(w.replace(/s$/, '')) || TITLES.has(w);
}

/** A word for who acts for a place: a delegation, a government, a person's role. */
function actsForPlace(w: string): boolean {
  return DELEGATION.test(w) || STANDS_FOR_COUNTRY.test(w) || personsRole(w);
}

/** "with five lenders providing for", "with depositors using the bureau": a participle opening a clause (not an
 * adjective: "tin producing countries", "an undisclosed leading defense contractor", "steel-exporting nations"). */
function participleClause(doc: Doc, e: number, i: number): boolean {
  const t = doc.tokens[e];
  const next = doc.tokens[e + 1];
  // ("nearly all producing and consuming countries")
  const joined = next?.lower === 'and' && /ing$/.test(doc.tokens[e + 2]?.lower ?? '');
  return e > i && !t.cap && t.pos === 'VERB' && /ing$/.test(t.lower) && doc.tokens[e - 1].lower !== '-' && !joined && !(next && /^(NOUN|ADJ|PROPN|NUM)$/.test(next.pos));
}

const WITNESS = /^(witness|witnesses|witnessed|attend|attends|attended|oversaw|oversee|oversees|hosted|hosts|held|holds|celebrated|marked|welcomed|announced)$/;

/**
 * A signing spoken of as an event that took place: "witnessed the signing of 20 agreements", "presided over the
 * signing of", "held a signing ceremony for the refinery agreement", "The signing ceremony of the agreement between X
 * and Y was held", "after the signing of". The index of the verb whose subject held or witnessed it (-1 if none).
 */
function signingEvent(doc: Doc, v: number, hit: NounHit, first: number, last: number): { witness: number } | null {
  const tokens = doc.tokens;
  if (!/^(the|a)$/.test(tokens[v - 1]?.lower ?? '') || !/^(of|ceremony)$/.test(tokens[v + 1]?.lower ?? '')) return null;
  const w = v - 2 >= first && tokens[v - 2].lower === 'over' && /^presid/.test(tokens[v - 3]?.lower ?? '') ? v - 3 : v - 2;
  if (w >= first && WITNESS.test(tokens[w].lower) && tokens[w].pos !== 'NOUN') return { witness: w };
  if (w >= first && /^(after|following)$/.test(tokens[w].lower)) return { witness: -1 };
  // "The forum concluded with the signing of 15 agreements", "The visit saw the signing of", "talks that culminated
  // in the signing of": the occasion, not a party to what was signed.
  if (w >= first && tokens[w].lower === 'saw') return { witness: -1 };
  if (w - 1 >= first && /^(with|in)$/.test(tokens[w].lower) && /^(concluded|ended|closed|culminated|resulted|wound|wrapped|closes|ends|concludes)$/.test(tokens[w - 1].lower === 'up' ? (tokens[w - 2]?.lower ?? '') : tokens[w - 1].lower)) return { witness: -1 };
  // the signing as the subject: "... took place", "... was held"
  if (v - 1 !== first) return null;
  for (let k = hit.b; k < Math.min(last, hit.b + 20); k++) {
    const t = tokens[k].lower;
    if (t === ';') break;
    if ((t === 'took' && tokens[k + 1]?.lower === 'place') || (/^(was|were)$/.test(t) && /^(held|witnessed|attended)$/.test(tokens[k + 1]?.lower ?? ''))) return { witness: -1 };
  }
  return null;
}

/**
 * "The agreement, which Japan and South Korea signed in 2015", "the third agreement the two companies have signed":
 * the past concluding verb of a relative clause whose subject is the whole phrase between it and the noun.
 */
function objectRelative(doc: Doc, hit: NounHit, last: number): { verbAt: number; parties: Party[] } | null {
  const tokens = doc.tokens;
  let s = hit.b;
  const comma = tokens[s]?.lower === ',';
  if (comma) s++;
  const pronoun = /^(which|that)$/.test(tokens[s]?.lower ?? '');
  if (pronoun) s++;
  // without a pronoun, only right after the noun and only a name or a described group ("the two companies")
  else if (comma || !(tokens[s]?.cap || /^(the|its|their|both)$/.test(tokens[s]?.lower ?? ''))) return null;
  for (let k = s + 1; k < Math.min(last, s + 9); k++) {
    const w = tokens[k].lower;
    if (/^[,.;:]$/.test(w)) return null;
    if (!lex!.verbs.has(w) || lex!.verbs.get(w)!.tense !== 'past' || ANNOUNCE.test(w) || objectOnly(w)) continue;
    const subj = subjectBefore(doc, k, s);
    return subj && subj.start === s ? { verbAt: k, parties: subj.parties } : null;
  }
  return null;
}

/**
 * "became the first country to sign", "was the second company to ink": the index of that past "became"/"was" when
 * the infinitive at v ends such a phrase with nothing planned before it, else -1.
 */
function firstToSign(doc: Doc, v: number, first: number): number {
  const tokens = doc.tokens;
  // ("the first G7 country": a word or two between)
  let o = v - 3;
  while (o > v - 5 && o > first && /^(NOUN|PROPN|ADJ)$/.test(tokens[o].pos) && !/^(first|second|third|latest|last|only)$/.test(tokens[o].lower)) o--;
  const b = o - 2;
  if (b < first || tokens[v - 1].lower !== 'to' || tokens[v - 2].pos !== 'NOUN' || !/^(first|second|third|latest|last|only)$/.test(tokens[o].lower) || tokens[o - 1].lower !== 'the') return -1;
  if (!/^(became|was|were)$/.test(tokens[b].lower)) return -1;
  for (let k = Math.max(first, b - 3); k < b; k++) if (lex!.blockers.has(tokens[k].lower)) return -1;
  return b;
}

/**
 * Token k is the sentence's own verb after the start i of a phrase (a present "ends", or a past no participle shares:
 * "took place"), not a participle inside the phrase ("privately held").
 */
function clauseVerb(doc: Doc, k: number, i: number): boolean {
  const t = doc.tokens[k];
  return k > i && t.pos === 'VERB' && !t.cap && (/[^s]s$/.test(t.lower) || /^(took|came|went|gave|became)$/.test(t.lower)) && doc.tokens[k - 1].lower !== '-' && doc.tokens[k - 1].pos !== 'ADV';
}

/** Tokens [a, b) are all capitalised names ("Televerket Kabel TV"), not a description ("the sheikhdom", "Government"). */
function capitalisedName(doc: Doc, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let q = a; q < b; q++) if (!doc.tokens[q].cap || doc.tokens[q].pos !== 'PROPN' || STANDS_FOR_COUNTRY.test(doc.tokens[q].lower) || DELEGATION.test(doc.tokens[q].lower)) return false;
  return true;
}

/** The names that end each part of [i, e) split at "and", when there are two parts or more and every one does. */
function describedCompany(doc: Doc, i: number, e: number): MentionRef | null {
  const tokens = doc.tokens;
  const close = e - 1 > i && /^[>\])]$/.test(tokens[e - 1].lower);
  const m = e - 1 > i ? mentionCovering(doc, close ? e - 2 : e - 1) : undefined;
  if (!m || m.type !== 'organisation' || m.nested || m.a <= i || m.b !== (close ? e - 1 : e)) return null;
  for (let q = i; q < m.a; q++) {
    const t = tokens[q];
    if (t.cap || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'DET' || t.pos === 'PRON' || (t.type === 'punctuation' && !/^[<[(-]$/.test(t.lower))) return null;
  }
  return m;
}

function describedNames(doc: Doc, i: number, e: number): MentionRef[] | null {
  const out: MentionRef[] = [];
  let s0 = i;
  for (let q = i; q <= e; q++) {
    if (q < e && doc.tokens[q].lower !== 'and') continue;
    // "a visiting Ghanaian delegation", "the Iraqi government": a country's delegation stands for the country.
    const group = q - 2 > s0 && DELEGATION.test(doc.tokens[q - 1].lower) ? mentionCovering(doc, q - 2) : undefined;
    const m = group?.type === 'place' ? group : q > s0 ? mentionCovering(doc, q - 1) : null;
    if (!m || m.b !== (m === group ? q - 1 : q) || m.nested) return null;
    out.push(m);
    s0 = q + 1;
  }
  return out.length >= 2 ? out : null;
}

function dateIn(doc: Doc, start: number, end: number, verbAt: number, passive: boolean, purpose: [number, number] | null, hit: NounHit): AgreementRow['date'] {
  // ("an action plan for 2020-2022": a span of years is a period of the plan, not when it was signed; the date of
  // a dateline, "NEW DELHI, Feb 20 (Reuters) - India and the UAE signed ... on Friday", is when it was reported)
  // Of two dates, the one nearer the verb: "The EU signed a pact with Singapore in May, and an interim agreement
  // with Chile was signed in December".
  const line = doc.article.dateline;
  // A date inside the purpose is the purpose's ("to pay 90 billion pesos in overdue bills by the end of March").
  const inPurpose = (x: { start: number }) => !!purpose && doc.tokenAt(x.start) >= purpose[0] && doc.tokenAt(x.start) < purpose[1];
  // ("a 1983 agreement that Canada signed": a year before the agreement's own noun is when it was made)
  const ownYear = (x: { start: number }) => doc.tokenAt(x.start) >= hit.a - 1 && doc.tokenAt(x.start) < hit.a + 1;
  const found = doc.dates.filter((x) => x.start >= start && x.end <= end && !(line && x.start < line.end) && x.kind !== 'duration' && x.kind !== 'set' && x.kind !== 'range' && (!attributiveYear(doc, x) || ownYear(x)) && !asideDate(doc, x, verbAt, hit) && !inPurpose(x) && !termEnd(doc, x) && !inNextClause(doc, x, verbAt) && !ownClauseDate(doc, x, verbAt) && doc.tokens[doc.tokenAt(x.start) - 1]?.lower !== 'since' && !deadlineBefore(doc, x, verbAt));
  // (a date said of the signing beats the year the agreement is named by: "In January the two countries signed a
  // 1987 agreement")
  if (found.some((x) => !ownYear(x))) for (let n = found.length - 1; n >= 0; n--) if (ownYear(found[n]) && attributiveYear(doc, found[n])) found.splice(n, 1);
  // A participle's date follows it: "cut 35,000 jobs by 2030 under a deal reached with IG Metall in December".
  const after = passive && found.some((x) => doc.tokenAt(x.start) > verbAt);
  let n = -1;
  let best = Infinity;
  found.forEach((x, i) => {
    const k = doc.tokenAt(x.start);
    if (after && k < verbAt) return;
    const far = k > verbAt ? k - verbAt : verbAt - (doc.tokenAt(x.end) - 1);
    if (far < best) {
      best = far;
      n = i;
    }
  });
  // ... but of a date said in two parts, the first: "mid-February this year", "the first half of next month",
  // "On September 23, 1986, the day Fiat announced".
  while (n > 0 && partOfOneDate(doc, found[n - 1], found[n])) n--;
  const d = found[n];
  return d ? { dateId: d.id, text: d.text, value: d.value } : null;
}

/**
 * A date after the verb, in a clause coordinated after the agreement's: "agreed a deal with CNPC to supply crude,
 * and in 2004 it signed a pact with Gazprom" (2004 is the pact's), or in the main clause after a relative one.
 */
function inNextClause(doc: Doc, d: { start: number }, verbAt: number): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  for (let q = verbAt + 1; q < k; q++) {
    if (tokens[q].lower === ';') return true;
    if (tokens[q].lower === ',' && /^(and|but|while|whereas)$/.test(tokens[q + 1]?.lower ?? '')) return true;
    // ("received an initial order from the Japanese company ... and expects to begin shipments during its fourth
    // quarter": a second verb of the subject's, with its own date)
    if (tokens[q].lower === 'and' && tokens[q + 1]?.pos === 'VERB' && /(s|ed)$/.test(tokens[q + 1].lower) && !lex!.verbs.has(tokens[q + 1].lower)) return true;
    // ("the contract, which was awarded as part of a program, is expected to be completed by April 30": the main
    // clause's verb after the relative clause)
    if (tokens[q].lower === ',' && /^(is|are|was|were|will|would|has|have|had|can|could|may|might|should)$/.test(tokens[q + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A date after a clause of its own: "signed a deal to distribute films made by MGM, the Hollywood studio it bought
 * last year" (when it bought MGM). Not one said of the signing: "..., it said on Monday".
 */
function ownClauseDate(doc: Doc, d: { start: number }, verbAt: number): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  for (let q = verbAt + 2; q < k; q++) {
    const t = tokens[q];
    if (t.pos === 'VERB' && /^(it|they|he|she|we|i)$/.test(tokens[q - 1].lower) && tokens[q - 2].lower !== ',' && !lex!.speech.has(t.lower) && !lex!.verbs.has(t.lower)) return true;
  }
  return false;
}

/** "would cut 35,000 jobs by 2030 under a deal reached with IG Metall": a deadline before the verb is the terms'. */
function deadlineBefore(doc: Doc, d: { start: number }, verbAt: number): boolean {
  const k = doc.tokenAt(d.start);
  return k < verbAt && /^(by|before)$/.test(doc.tokens[k - 1]?.lower ?? '');
}

/** "renewed its kit deal with Adidas until 2035", "extended the pact to 2030": when it ends, not when it was made. */
// Not "was not sealed until mid-February, when AAA reached agreement" (then it was), nor "won breathing space
// through yesterday's Paris Club refinancing agreement" (the means, not the end).
function termEnd(doc: Doc, d: { start: number; end: number }): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  const w = tokens[k - 1]?.lower ?? '';
  if (!/^(until|till|through|thru|to)$/.test(w)) return false;
  if (/^(through|thru)$/.test(w) && tokens[doc.tokenAt(d.end)]?.lower === "'s") return false;
  for (let q = k - 2; q >= Math.max(0, k - 6); q--) if (/^(not|n't|never|only)$/.test(tokens[q].lower)) return false;
  return true;
}

/** Two date expressions with nothing, "of" or a comma between them. */
function partOfOneDate(doc: Doc, x: { end: number }, y: { start: number }): boolean {
  const a = doc.tokenAt(x.end);
  const b = doc.tokenAt(y.start);
  if (b - a > 1 || b < a) return false;
  return b === a || /^(of|,)$/.test(doc.tokens[a].lower);
}

/**
 * A date of another event in the sentence: further on after a "since" that follows the verb ("the largest
 * investment since the fall of the Soviet Union in 1991"; not "signed 36 contracts since 1979", "since the accord
 * last month reached by"), or inside a relative clause that is not the agreement's own ("BP, which last year
 * made profits of $8bn, signed ..."; not "Chrysler, which signed a letter of intent on March 9, said", nor the
 * agreement's own clause that says it was signed: "won the contract, which was signed on Monday").
 */
function asideDate(doc: Doc, d: { start: number }, verbAt: number, hit: NounHit): boolean {
  const tokens = doc.tokens;
  const k = doc.tokenAt(d.start);
  const s = doc.sentences[tokens[k].sent];
  for (let q = k - 1; q >= Math.max(s.first, k - 10); q--) {
    const w = tokens[q].lower;
    if (w === 'since') return q < k - 1 && verbAt < q;
    if (w !== ',') continue;
    if (!/^(which|who)$/.test(tokens[q + 1]?.lower ?? '') || q + 1 >= k) return false;
    let close = k;
    while (close < s.last && tokens[close].lower !== ',') close++;
    if (q === hit.b) for (let v = q + 2; v < k; v++) if (/^(was|were|been)$/.test(tokens[v - 1].lower) && lex!.verbs.has(tokens[v].lower)) return false;
    return !(verbAt > q && verbAt < close);
  }
  return false;
}

/** "renewing the 1963 Elysee Treaty", "its 2015 accord": a year that names another thing, not when this happened. */
function attributiveYear(doc: Doc, d: { start: number; end: number; text: string }): boolean {
  if (!/^\d{4}$/.test(d.text)) return false;
  const k = doc.tokenAt(d.start);
  const before = doc.tokens[k - 1]?.lower ?? '';
  const after = doc.tokens[k + 1];
  return /^(the|a|an|its|their|his|her|this|that|'s)$/.test(before) && !!after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
}

/**
 * "on the sidelines of the G20 summit in New Delhi": the "in" or "at" after the meeting a signing was on the margins
 * of, when that phrase follows the agreement noun (which ends at b); else -1.
 */
function pastSidelines(doc: Doc, b: number, last: number): number {
  const tokens = doc.tokens;
  for (let k = b; k < Math.min(last - 4, b + 8); k++) {
    if (tokens[k].lower !== 'on' || !/^(the|its)$/.test(tokens[k + 1].lower) || !/^(sidelines|margins|fringes)$/.test(tokens[k + 2].lower) || tokens[k + 3].lower !== 'of') continue;
    for (let e = k + 4; e < last && e - k < 14; e++) {
      if (/^(in|at)$/.test(tokens[e].lower)) return e;
      if (/^[,;.]$/.test(tokens[e].lower)) break;
    }
    break;
  }
  return -1;
}

/** "at a ceremony", "at their summit": the token after the occasion that starts at k, else k. */
function pastOccasion(doc: Doc, k: number, last: number): number {
  const tokens = doc.tokens;
  // ("after marathon talks in Brussels", "during a visit to Beijing": past how it came about, to where)
  if (/^(after|following|during)$/.test(tokens[k]?.lower ?? '') && circumstanceAt(doc, k)) {
    let e = k + 1;
    while (e < last && e - k < 8 && !/^(in|at|,|;|\.)$/.test(tokens[e].lower) && !(tokens[e].lower === 'to' && /^(visit|trip|tour)$/.test(tokens[e - 1].lower))) e++;
    return /^(in|at|to)$/.test(tokens[e]?.lower ?? '') ? e : k;
  }
  if (tokens[k]?.lower !== 'at' || !/^(a|an|the|their|its|his|her)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  let e = k + 2;
  while (e < last && e - k < 6 && !tokens[e].cap && tokens[e].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[e].pos)) e++;
  return e > k + 2 && OCCASION.test(tokens[e - 1].lower) ? e : k;
}
const OCCASION = /^(ceremony|summit|meeting|conference|signing|talks|session|gathering|event|forum|visit)$/;

/** "during" a few words before token k ("during Mr Li's visit"). */
function duringBefore(doc: Doc, k: number): boolean {
  for (let q = k - 1; q >= Math.max(0, k - 6); q--) if (doc.tokens[q].lower === 'during') return true;
  return false;
}

/** "signed in Rome": a place introduced by "in" or "at" that is not inside a party's phrase or the purpose. */
function placeIn(doc: Doc, first: number, last: number, parties: Party[], purpose: [number, number] | null, sentenceLast = last): AgreementRow['place'] {
  for (let k = first; k < Math.max(last, sentenceLast) - 1; k++) {
    // ("during Premier Li Keqiang's visit to Astana": the city a visit it was signed during went to, in the sentence)
    const visit = doc.tokens[k].lower === 'to' && /^(visit|trip|tour)$/.test(doc.tokens[k - 1]?.lower ?? '') && duringBefore(doc, k - 1);
    if (!(/^(in|at)$/.test(doc.tokens[k].lower) && k < last - 1) && !visit) continue;
    // "to explore gas fields in Siberia": where the purpose is, not where it was signed.
    if (purpose && k >= purpose[0] && k < purpose[1]) continue;
    const m = mentionAt(doc, k + 1);
    if (!m || m.type !== 'place') continue;
    if (parties.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    return { entityId: m.entityId, name: m.name };
  }
  return null;
}
