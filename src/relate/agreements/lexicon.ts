// The word lists the agreement rules read (agreement nouns and verbs, descriptors, titles) and the shapes
// they pass around (a party, an agreement noun found in a sentence).
import { dict, lexiconJson, lexiconList, lexiconSet, personTitles } from '../../analyse/lexicon.js';
import type { AgreementRow } from '../../schema/records.js';

export type Party = AgreementRow['parties'][number];

export const DESCRIPTORS = lexiconSet('org-descriptors.txt');
export const CURRENCY_WORDS = lexiconJson<{ suffixes: Record<string, string> }>('currencies.json').suffixes;
export const LEGAL_FORMS = lexiconSet('org-legal-forms.txt');
export const TITLES = new Set(personTitles().map((t) => t.toLowerCase()));
/** A possessive pronoun before a unit's name: "its Measurement and Control Division" is one name. */
export const OWNER = /^(its|their|his|her|our)$/;
/** Words that introduce what a deal, venture or side is called: "called Thai Peroxide Co Ltd", "known as the Warwick agreement". */
export const NAMING = /^(called|named|dubbed|known)$/;
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
  return { nouns, byFirst, verbs, blockers: lexiconSet('agreement-blockers.txt'), mandative: lexiconSet('agreement-mandative-words.txt'), speech: lexiconSet('speech-verbs.txt'), modified: lexiconSet('agreement-noun-modifiers.txt') };
}

/** The agreement nouns (longest first, indexed by first word), verbs and blocking words, read once. */
export const lex = load();

/** Word w is an agreement noun on its own: "deal", "accord" (not "memorandum of understanding"'s "letter"). */
export function agreementWord(w: string): boolean {
  return !!lex.byFirst.get(w)?.some((n) => n.length === 1);
}

/** Plural nouns for the sides of an agreement, and what each stands for ("the two companies"). */
export const GROUP_NOUNS: Record<string, 'place' | 'organisation'> = dict({
  countries: 'place', nations: 'place', governments: 'place', states: 'place', allies: 'place', neighbours: 'place', neighbors: 'place', presidents: 'place', leaders: 'place', heads: 'place', sides: 'place',
  companies: 'organisation', enterprises: 'organisation', colleges: 'organisation', schools: 'organisation', firms: 'organisation', groups: 'organisation', banks: 'organisation', carriers: 'organisation', airlines: 'organisation', parties: 'organisation', partners: 'organisation', universities: 'organisation', institutions: 'organisation',
  carmakers: 'organisation', automakers: 'organisation', planemakers: 'organisation', manufacturers: 'organisation', producers: 'organisation', operators: 'organisation', insurers: 'organisation', lenders: 'organisation', retailers: 'organisation', studios: 'organisation', brewers: 'organisation', conglomerates: 'organisation',
});

/** "rebels in Aceh": a group named by where it is, which stands for no country. */
export const PLACED_GROUP = /^(rebels|separatists|insurgents|militants|guerrillas|fighters|forces|groups|factions|opposition|tribes|leaders|unions|farmers|workers)$/;
/** Who act for countries: "the leaders of Kazakhstan and Uzbekistan", "The British and Irish prime ministers". */
export const LEADERS = /^(leaders|heads|presidents|premiers|representatives|ministers|governments|chancellors)$/;
/** "a visiting Ghanaian delegation": a group that stands for the country a demonym names. */
export const DELEGATION = /^(delegation|government|team|side|authorities)$/;
/** "the government of Nigeria", "the people of Iraq": the country the phrase stands for. */
export const STANDS_FOR_COUNTRY = /^(government|governments|people|republic|kingdom|state|authorities)$/;

export interface NounHit {
  /** Kind phrase token range (modifiers + noun) and the head noun range. */
  a: number;
  b: number;
  headA: number;
  plural: boolean;
}

export const NOT_PARTY_NOUNS = lexiconSet('not-party-nouns.txt');

/** A company's part that is somewhere: "its unit in Muellheim", "the affiliate in Prague". */
export const UNIT_WORDS = /^(unit|subsidiary|division|affiliate|plant|branch|office)$/;

/** Words of a trade union's name ("Teamsters Union Local 125", "United Auto Workers"). */
export const UNION_NAME = /\b(unions?|workers|teamsters|federation|confederation|guild|brotherhood|syndicate)\b/i;

/** "the country", "the state": the kind of place each stands for. */
export const PLACE_WORDS: Record<string, string> = dict({ country: 'country', nation: 'country', kingdom: 'country', state: 'region', province: 'region' });

/** A dash that opens or closes an aside, as wire copy writes it. */
export const DASH = /^(--|—|–)$/;
