// The parties after "with", "between" or passive "by": names, coordinations and descriptions up to the
// end of the phrase.
import type { Doc, MentionRef } from '../../analyse/doc.js';
import { ROLES, mentionAt, mentionCovering, mentionList, mentionsIn, possessiveAt, roleEndAt } from '../mentions.js';
import { DELEGATION, DESCRIPTORS, GROUP_NOUNS, LEGAL_FORMS, NAMING, NOT_PARTY_NOUNS, OWNER, type Party, STANDS_FOR_COUNTRY, TITLES } from './lexicon.js';
import { beforeShortForm, bodyInApposition, CHIEF_OFFICER, partyOf, roleEnd, writtenParty } from './parties.js';
import { spanKey } from '../../recognise/entities/lexicon.js';
import { sentenceSpeaker } from './speaker.js';
import { actsForPlace, governmentAfter, nounPhraseEndingAt, personsRole } from './noun-phrase.js';
import { inDate } from './date.js';
import { gluedHyphen } from '../../recognise/entities/candidates.js';
import { MONTHS } from '../../analyse/calendar.js';

/** Nouns for a company by its tie to another: "Baidu's rival, Sina", "Microsoft's subsidiary LinkedIn". */
const RELATED = /^(rival|competitor|partner|parent|subsidiary|unit|affiliate|owner|arm)$/;

/** A clause's subject in lower case, which ends a description: "a Japanese advertising agency it did not name". */
const SUBJECT_PRONOUN = /^(it|they|he|she|we|i)$/;

/** Nouns for a body a party may be described as, not named: "a steering committee", "its creditor banks". */
const DESCRIBED_BODY = /^(committee|banks|creditors|lenders|consortium|syndicate|club|unions?)$/;

/** Names after "with" / "between" / "by"; an unnamed noun phrase is kept as written. */
export function partyPhrase(doc: Doc, i: number, last: number, role: string): { parties: Party[]; end: number } {
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
  // ("by the authority's director-general, Kelechi Ohiri, and the federation's president, Njide Ndili,": a body named
  // back by its noun, with the holder of a role in it, who signs for it)
  const held = holderOfBodyNamedBack(doc, i, last, role);
  if (held) {
    const rest = tokens[held.end]?.lower === 'and' && held.end + 1 < last ? partyPhrase(doc, held.end + 1, last, role) : null;
    return rest?.parties.length ? { parties: [held.party, ...rest.parties], end: rest.end } : { parties: [held.party], end: held.end };
  }
  // ("reached the tentative agreement with the help of acting U.S. Labor Secretary Julie Su": who helped is no side)
  const helpAt = tokens[i]?.lower === 'the' ? i + 1 : i;
  if (/^(help|support|assistance|backing|mediation|blessing|approval|consent|aid)$/.test(tokens[helpAt]?.lower ?? '') && tokens[helpAt + 1]?.lower === 'of') return { parties: [], end: i };
  // "with (Pan-Alberta Gas Ltd) of Canada": a name wire copy put in brackets, then where it is from.
  const bracketed = tokens[i]?.lower === '(' ? mentionAt(doc, i + 1) : undefined;
  if (bracketed && bracketed.type === 'organisation' && tokens[bracketed.b]?.lower === ')') {
    let end = bracketed.b + 1;
    const from = tokens[end]?.lower === 'of' ? mentionAt(doc, end + 1) : undefined;
    if (from?.type === 'place') end = from.b;
    return { parties: [partyOf(bracketed, role)], end };
  }
  // ("by Business and Trade Secretary Jonathan Reynolds and ...": the first of two portfolios a title joins, before the
  // titled person the mention reads from the second)
  if (tokens[i]?.cap && tokens[i + 1]?.lower === 'and' && !mentionCovering(doc, i)) {
    const titled = doc.mentions.find((m) => m.type === 'person' && m.a > i + 2 && m.a <= i + 6 && doc.tokenAt(m.start) === i + 2);
    if (titled) return partyPhrase(doc, i + 2, last, role);
  }
  // ("with Chinese search engine Baidu's rival, Sina,": the company named after whose rival or unit it is)
  const related = relatedCompany(doc, i, last);
  if (related) return { parties: [partyOf(related, role)], end: tokens[related.a - 1].lower === ',' && tokens[related.b]?.lower === ',' ? related.b + 1 : related.b };
  const afterDescription = describedByOrganisation(doc, i, last);
  if (afterDescription) return { parties: [partyOf(afterDescription, role)], end: afterDescription.b };
  let list = mentionList(doc, i, last);
  // "with BP-led consortium AIOC": the company a leader's participle describes.
  const led = list?.items.length === 1 ? ledCompany(doc, list.items[0].b, last) : null;
  if (led) return { parties: [partyOf(led, role)], end: led.b };
  // "Foreign Minister Wang Yi and his Cambodian counterpart Prak Sokhonn": a list that stops at its "and" goes on
  // in a description (read below).
  // ("Energy Minister Almasadam Satkaliyev and the President of the African Development Bank": or at the article after it)
  const andThe = !!list && tokens[list.end - 2]?.lower === 'and' && /^(the|its|their)$/.test(tokens[list.end - 1].lower) && !mentionAt(doc, list.end);
  const dangling = !list ? null : tokens[list.end - 1]?.lower === 'and' ? list : andThe ? { ...list, end: list.end - 1 } : null;
  if (dangling) list = null;
  // "the Middle Eastern sheikhdom of Qatar": a description ending in a name.
  if (!list) {
    // "with what it called a major U.S. company": a clause, not a name.
    if (/^(what|which|whom|whoever|whatever)$/.test(tokens[i]?.lower ?? '')) return { parties: [], end: i };
    // ("The loans were signed between july 1984 and january 1985": months in lower case, a time and no side)
    if (Object.hasOwn(MONTHS, tokens[i]?.lower ?? '') && /^\d{4}$/.test(tokens[i + 1]?.lower ?? '')) return { parties: [], end: i };
    let e = i;
    // ... up to a clause ("but he did not say", "when they met"), a date ("two weeks ago") or what the deal is
    // about ("with Ofcom over access to its network").
    // "a visiting Ghanaian delegation headed by Foreign Minister Obed Asamoah": who heads a party is no party.
    // ("between Disney and Pixar was sealed": nor past an auxiliary; "signed by their U.N. representatives and
    // circulated here": nor into a second verb)
    // ("The agreement struck with the unions ends a strike": nor into the sentence's own verb; "with five lenders
    // providing for a credit facility": nor into a participle's clause)
    // ("with the Citibank-led steering committee": a participle glued to the name before it goes on)
    // ("from a Japanese advertising agency it did not name": nor into a clause's subject)
    // ("by state-owned utilities such as telecommunications": nor into examples; "by nearly all producing and
    // consuming countries and by virtue of its review systems": nor into a second "by" that names nobody)
    while (e < last && !(/^(,|;|\.|for|to|worth|which|that|who|under|covering|aimed|on|valued|in|at|but|when|while|because|after|before|although|if|headed|led|over|about|regarding|concerning|following|amid|during|despite|until|since|as|including)$/.test(tokens[e].lower) && !gluedHyphen(tokens, e - 1, doc)) && tokens[e].pos !== 'AUX' && !inDate(doc, e) && !(tokens[e].lower === 'such' && tokens[e + 1]?.lower === 'as') && !(e > i && SUBJECT_PRONOUN.test(tokens[e].lower) && !tokens[e].cap) && !(tokens[e].lower === 'and' && tokens[e + 1]?.lower === 'by' && !tokens[e + 2]?.cap && !mentionAt(doc, e + 3)) && !(tokens[e].lower === 'and' && (tokens[e + 1]?.pos === 'VERB' || (INTENDS.test(tokens[e + 1]?.lower ?? '') && tokens[e + 2]?.lower === 'to'))) && !clauseVerb(doc, e, i) && !participleClause(doc, e, i) && !namedAs(doc, e)) {
      e++;
      if (e - i > 16) break;
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
    if (ends) {
      const parties = ends.map((m) => partyOf(m, role));
      // ("... and the President of the African Development Bank, Akinwumi Adesina": the last role's holder signs)
      const m = ends[ends.length - 1];
      const of = tokens[m.a - 1]?.lower === 'the' ? m.a - 2 : m.a - 1;
      let and = of;
      while (and > i && tokens[and].lower !== 'and') and--;
      const holder = m.b === e && tokens[of]?.lower === 'of' && tokens[and].lower === 'and' && roleBefore(doc, and + 1, of) ? holderAfter(doc, e, last) : undefined;
      if (holder) parties[parties.length - 1] = { ...parties[parties.length - 1], signatory: { name: holder.name, entityId: holder.entityId } };
      return { parties, end: holder ? holder.b : past };
    }
    // "with textiles concern GFT-Gruppo Finanziario Tessile Spa", "with 47.5 pct owned <Performance Guarantees Inc>":
    // the company after what it is.
    const tail = describedCompany(doc, i, e);
    if (tail) {
      // ("the CEO of ACWA Power, Marco Arcelli": the holder of the role, who signs)
      const of = tokens[tail.a - 1]?.lower === 'the' ? tail.a - 2 : tail.a - 1;
      const holder = tokens[of]?.lower === 'of' && tail.b === e && roleBefore(doc, i, of) ? holderAfter(doc, e, last) : undefined;
      const party = partyOf(tail, role);
      return holder ? { parties: [{ ...party, signatory: { name: holder.name, entityId: holder.entityId } }], end: holder.b } : { parties: [party], end: past };
    }
    if (leaders && !dangling && !mentionsIn(doc, i, e).length) return { parties: leaders.items.map((m) => partyOf(m, role)), end: past };
    if (dangling) {
      // "signed by Energy Minister Alexander Novak and his Turkish counterpart": the description as written (its
      // country is read from it later).
      // ("her Papua New Guinea counterpart": a country's name counts as one word)
      const inside = mentionAt(doc, dangling.end + 1);
      const words = e - dangling.end - (inside?.type === 'place' && inside.b < e ? inside.b - inside.a - 1 : 0);
      const described = words <= 4 && /^counterparts?$/.test(tokens[e - 1]?.lower ?? '') && OWNER.test(tokens[dangling.end]?.lower ?? '');
      // ("between Nigeria and a steering committee representing the commercial banks", "and its bank advisory
      // committee": a body described, not named)
      const body = !described && words <= 4 && /^(a|an|its|their|the)$/.test(tokens[dangling.end]?.lower ?? '') && !mentionsIn(doc, dangling.end, e).length && DESCRIBED_BODY.test(tokens[e - 1]?.lower ?? '');
      const items = dangling.items.map((m) => partyOf(m, role));
      // ("and his Chinese counterpart, Li Zhaoxing,": the person named after the comma signs for the counterpart's
      // country)
      const named = described && tokens[e]?.lower === ',' ? mentionAt(doc, e + 1) : undefined;
      if (named?.type === 'person' && !named.nested && (named.b >= last || /^[,.;]$/.test(tokens[named.b].lower))) {
        return { parties: [...items, { ...writtenParty(doc, dangling.end, e, role), signatory: { name: named.written ?? named.name, entityId: named.entityId || null } }], end: named.b };
      }
      if (described || body) return { parties: [...items, writtenParty(doc, dangling.end, e, role)], end: e };
      // ("by Energy Minister Almasadam Satkaliyev and the CEO of ACWA Power, Marco Arcelli": a body a role after
      // "and" is of, read as a phrase of its own)
      const rest = /^(the|its|their|his|her)$/.test(tokens[dangling.end]?.lower ?? '') ? partyPhrase(doc, dangling.end, last, role) : null;
      if (rest?.parties.length && rest.parties.every((x) => x.entityId)) return { parties: [...items, ...rest.parties], end: rest.end };
      return { parties: items, end: dangling.end - 1 };
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
        // ("a syndicate of eight Indian and foreign banks": not a demonym further on)
        const m = list?.items[0] ?? (tokens[q + 1]?.lower === 'the' ? mentionAt(doc, q + 2) : undefined);
        if (m && (m.type === 'place' || m.type === 'organisation')) {
          const items = list ? list.items.filter((x) => x.type === 'place' || x.type === 'organisation') : [m];
          const end = Math.max(e, list ? list.end : m.b);
          const parties = items.map((x) => partyOf(x, role));
          // ("the President of the African Development Bank, Akinwumi Adesina": the holder of the role, who signs)
          // (read already as the next item of the list when it ends the phrase)
          const listed = list?.items.find((x) => x.type === 'person' && !x.nested && x.a === items[0].b + 1 && tokens[items[0].b].lower === ',');
          const holder = items.length === 1 && roleBefore(doc, i, q) ? (listed ?? holderAfter(doc, end, last)) : undefined;
          if (holder) parties[0] = { ...parties[0], signatory: { name: holder.name, entityId: holder.entityId } };
          return withNextSide(doc, parties, end, last, role);
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
    // ("a syndicate of eight Indian and foreign banks including State Bank of India (London), Bankers Trust Co ...":
    // the members named belong to the phrase)
    const members = tokens[after]?.lower === 'including' ? mentionList(doc, after + 1, last) : null;
    if (members) after = members.end;
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
    // phrases are the two sides; "by Glazer and the Manchester United board": so are a name and a description, and
    // a name the tagger read as a verb, "between Ford and the UAW")
    // (not "oil and gas producers", one noun before "and" sharing the head after it)
    const sharedHead = parts.length === 2 && parts[0][1] - parts[0][0] === 1 && parts[1][1] - parts[1][0] > 1 && !/^(the|its|their|a|an)$/.test(tokens[parts[1][0]].lower);
    const sides = (role === 'between' || role === 'passive agent') && parts.length === 2 && !sharedHead && parts.every(([x, y]) => y > x && y - x <= 4 && (/^(NOUN|PROPN)$/.test(tokens[y - 1].pos) || (tokens[y - 1].cap && tokens[y - 1].type === 'word')));
    const described = sides || (parts.length > 1 && parts.every(([x, y]) => y - x >= 2 && /^(the|its|their)$/.test(tokens[x].lower)));
    // ("between Alibaba Cloud and the Malaysian Digital Economy Corporation": a name, then "the" and a company named
    // whole, are two, whatever its legal form)
    // (a text that ends at "and" leaves the second part empty: "agreement between Boeing Boeing and")
    const afterThe = parts.length === 2 && tokens[parts[1][0]]?.lower === 'the' ? mentionAt(doc, parts[1][0] + 1) : undefined;
    const theCompany = afterThe?.type === 'organisation' && afterThe.b === parts[1][1] && parts[0][1] > parts[0][0] && tokens.slice(parts[0][0], parts[0][1]).every((t) => t.cap && t.type === 'word');
    const spans: Array<[number, number]> = ((capitalised || described) && !oneCompany && parts.every(([x, y]) => y > x)) || theCompany ? parts : [[from, to]];
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
    const commonNounAt = (q: number) => q < last && !tokens[q].cap && tokens[q].type === 'word' && /^(NOUN|ADJ)$/.test(tokens[q].pos) && !inDate(doc, q);
    if (commonNounAt(e)) {
      while (commonNounAt(e + 1)) e++;
      // "board of education": one "of" and the noun after it (not "China's minister of science")
      const ofWhat = tokens[e + 1]?.lower === 'of' && commonNounAt(e + 2) && tokens[e + 2].pos === 'NOUN';
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
  // "by Akinwumi Adesina, President of the African Development Bank, and ...": past the person's role between commas
  // (which names the body the person signs for, see bodyOf), the next side after "and".
  const apposition = list.items.length === 1 && list.items[0].type === 'person' ? bodyInApposition(doc, end) : null;
  if (apposition) {
    const after = apposition.end;
    if (tokens[after]?.lower === ',' && tokens[after + 1]?.lower === 'and' && after + 2 < last) {
      const rest = partyPhrase(doc, after + 2, last, role);
      return { parties: [...parties, ...rest.parties], end: rest.parties.length ? rest.end : after };
    }
    return { parties, end: after };
  }
  // ("by Thani Al Zeyoudi, Minister of State for Foreign Trade, and Piyush Goyal, ...": a role that names no body,
  // between commas; the next side after "and" all the same)
  // ("UAE Minister of State", "India's Minister of Commerce": a country's or a body's role)
  const owner = tokens[end]?.lower === ',' ? mentionAt(doc, end + 1) : undefined;
  const roleAt = owner && owner.type !== 'person' ? (possessiveAt(doc, owner.b) ? owner.b + 1 : owner.b) : end + 1;
  const role0 = list.items.length === 1 && list.items[0].type === 'person' && tokens[end]?.lower === ',' && personsRole(tokens[roleAt]?.lower ?? '') ? roleEnd(doc, end + 1) : -1;
  if (role0 > 0 && tokens[role0].lower === ',' && tokens[role0 + 1]?.lower === 'and' && role0 + 2 < last) {
    const rest = partyPhrase(doc, role0 + 2, last, role);
    if (rest.parties.length) return { parties: [...parties, ...rest.parties], end: rest.end };
  }
  const next = withNextSide(doc, parties, end, last, role);
  if (next.end !== end) return next;
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
  // past the words that describe it; so too a company's ("with Time Warner's AOL") and a person's ("with Elon Musk's
  // SpaceX").
  if (lastItem.b === end && possessiveAt(doc, end)) {
    let q = end + 1;
    // (not into another item: "between Volkswagen's management and the IG Metall union")
    // ("with Renault's Romanian unit Dacia": a nationality among them)
    const nationality = (k: number) => tokens[k].cap && mentionAt(doc, k)?.rule === 'place.demonym' && !tokens[k + 1]?.cap;
    while (q < last && q - end <= 6 && (!tokens[q].cap || nationality(q)) && (tokens[q].type === 'word' || tokens[q].lower === '-') && !/^(and|or|the|a|an|of)$/.test(tokens[q].lower) && !inDate(doc, q)) q++;
    const owned = q === end + 1 || tokens[q - 1].type === 'word' ? mentionAt(doc, q) : undefined;
    if (owned?.type === 'organisation') {
      parties[parties.length - 1] = partyOf(owned, role);
      // ("with Texas Air Corp's Continental Airlines Inc unit to lease": the word that says it is the owner's)
      const ownedEnd = /^(unit|subsidiary|division|affiliate)$/.test(tokens[owned.b]?.lower ?? '') ? owned.b + 1 : owned.b;
      // ("between Russia's state-owned Gazprom and China National Petroleum Corporation": and the next side named)
      const and = tokens[ownedEnd]?.lower === 'and' ? (tokens[ownedEnd + 1]?.lower === 'the' ? ownedEnd + 2 : ownedEnd + 1) : -1;
      if (and > 0 && and < last && mentionAt(doc, and)) {
        const rest = partyPhrase(doc, ownedEnd + 1, last, role);
        if (rest.parties.length) return { parties: [...parties, ...rest.parties], end: rest.end };
      }
      return { parties, end: ownedEnd };
    }
    // ("by Nelson and Japan's education and science minister, Masahito Moriyama": the country whose minister, named
    // after the comma, signs for it; "DP World's chief operating officer, Yuvraj Narayan": so too a company's officer)
    // ("by Chevron's Venezuela manager Javier La Rosa and PDVSA president Asdrubal Chavez": or named right after the
    // role, which may be for a country, and the next side after "and")
    let holder: MentionRef | undefined;
    const over = lastItem.type === 'organisation' ? mentionAt(doc, end + 1) : undefined;
    const from = over?.type === 'place' && over.placeKind === 'country' && !tokens[over.b]?.cap ? over.b : end + 1;
    for (let r = from; r < last && r - end <= 6 && tokens[r].type === 'word' && !tokens[r].cap && (lastItem.type === 'place' || lastItem.type === 'organisation'); r++) {
      const e = roleEndAt(doc, r, last);
      if (e === r) continue;
      const named = mentionAt(doc, e);
      holder = (r > end + 1 || e > r + 1 ? holderAfter(doc, e, last) : undefined) ?? (lastItem.type === 'organisation' && named?.type === 'person' && !named.nested && tokens[named.b]?.lower === 'and' ? named : undefined);
      break;
    }
    if (holder) {
      parties[parties.length - 1] = { ...parties[parties.length - 1], signatory: { name: holder.name, entityId: holder.entityId } };
      if (tokens[holder.b]?.lower === 'and' && holder.b + 1 < last) {
        const rest = partyPhrase(doc, holder.b + 1, last, role);
        if (rest.parties.length) return { parties: [...parties, ...rest.parties], end: rest.end };
      }
      return { parties, end: holder.b };
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

/** "with five lenders providing for", "with depositors using the bureau": a participle opening a clause (not an
 * adjective: "tin producing countries", "an undisclosed leading defense contractor", "steel-exporting nations"). */
function participleClause(doc: Doc, e: number, i: number): boolean {
  const t = doc.tokens[e];
  const next = doc.tokens[e + 1];
  // ("nearly all producing and consuming countries")
  const joined = next?.lower === 'and' && /ing$/.test(doc.tokens[e + 2]?.lower ?? '');
  return e > i && !t.cap && t.pos === 'VERB' && /ing$/.test(t.lower) && doc.tokens[e - 1].lower !== '-' && !joined && !(next && /^(NOUN|ADJ|PROPN|NUM)$/.test(next.pos));
}

/** A verb of intent the tagger may read as a plural noun before "to": "with two studios and plans to sign". */
const INTENDS = /^(plans|hopes|wants|intends|expects|aims|seeks|needs)$/;

/**
 * Token k is the sentence's own verb after the start i of a phrase (a present "ends", or a past no participle shares:
 * "took place"), not a participle inside the phrase ("privately held").
 */
function clauseVerb(doc: Doc, k: number, i: number): boolean {
  const t = doc.tokens[k];
  if (k <= i || t.cap || doc.tokens[k - 1].lower === '-') return false;
  // "agreed by Glazer and the Manchester United board values the club at £790m": a present the tagger read as a
  // plural noun, between a noun and the determiner of its object.
  const misread = t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && /^(NOUN|PROPN)$/.test(doc.tokens[k - 1].pos) && /^(the|a|an|its|their|his|her)$/.test(doc.tokens[k + 1]?.lower ?? '');
  return misread || (t.pos === 'VERB' && (/[^s]s$/.test(t.lower) || /^(took|came|went|gave|became)$/.test(t.lower)) && doc.tokens[k - 1].pos !== 'ADV');
}

/** Tokens [a, b) are all capitalised names ("Televerket Kabel TV"), not a description ("the sheikhdom", "Government"). */
function capitalisedName(doc: Doc, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let q = a; q < b; q++) if (!doc.tokens[q].cap || doc.tokens[q].pos !== 'PROPN' || STANDS_FOR_COUNTRY.test(doc.tokens[q].lower) || DELEGATION.test(doc.tokens[q].lower)) return false;
  return true;
}

/**
 * The company after a leader's participle glued to the name that ends at `at` and one to three words that describe it:
 * "BP-led consortium AIOC", "Temasek-backed lender DBS" (not "the Citibank-led steering committee", which no name ends).
 */
function ledCompany(doc: Doc, at: number, last: number): MentionRef | null {
  const tokens = doc.tokens;
  if (tokens[at]?.lower !== '-' || !gluedHyphen(tokens, at, doc) || !/^(led|backed|owned|controlled|run)$/.test(tokens[at + 1].lower)) return null;
  for (let q = at + 2; q < last && q <= at + 5; q++) {
    const m = mentionAt(doc, q);
    if (m) return q > at + 2 && m.type === 'organisation' && !m.nested ? m : null;
    if (tokens[q].cap || tokens[q].type !== 'word' || !/^(NOUN|ADJ)$/.test(tokens[q].pos)) return null;
  }
  return null;
}

/**
 * The company a phrase [i, e) ends in after lower-case words that say what it is: "textiles concern GFT-Gruppo
 * Finanziario Tessile Spa", "47.5 pct owned <Performance Guarantees Inc>".
 */
export function describedCompany(doc: Doc, i: number, e: number): MentionRef | null {
  const tokens = doc.tokens;
  // ("the four-nation European Free Trade Association (EFTA)": the name before its short form)
  const short = beforeShortForm(doc, e - 1, i);
  if (short !== e - 1 && mentionCovering(doc, short)?.b === short + 1) e = short + 1;
  const close = e - 1 > i && /^[>\])]$/.test(tokens[e - 1].lower);
  const m = e - 1 > i ? mentionCovering(doc, close ? e - 2 : e - 1) : undefined;
  if (!m || m.type !== 'organisation' || m.nested || m.a <= i || m.b !== (close ? e - 1 : e)) return null;
  for (let q = i; q < m.a; q++) {
    const t = tokens[q];
    // (an article only opening the description: "the four-nation")
    const opening = q === i && t.lower === 'the' && m.a - i > 2;
    if (t.cap || t.pos === 'ADP' || t.pos === 'CCONJ' || (t.pos === 'DET' && !opening) || t.pos === 'PRON' || (t.type === 'punctuation' && !/^[<[(-]$/.test(t.lower))) return null;
  }
  return m;
}

/** The names that end each part of [i, e) split at "and", when there are two parts or more and every one does. */
function describedNames(doc: Doc, i: number, e: number): MentionRef[] | null {
  const out: MentionRef[] = [];
  let s0 = i;
  for (let q = i; q <= e; q++) {
    // ("underwriters R.F. Lafferty and Co Inc and S.J. Bayern and Co Inc": not an "and" inside a name)
    if (q < e && (doc.tokens[q].lower !== 'and' || mentionCovering(doc, q))) continue;
    // "a visiting Ghanaian delegation", "the Iraqi government": a country's delegation stands for the country.
    const group = q - 2 > s0 && DELEGATION.test(doc.tokens[q - 1].lower) ? mentionCovering(doc, q - 2) : undefined;
    const m = group?.type === 'place' ? group : q > s0 ? mentionCovering(doc, q - 1) : null;
    if (!m || m.b !== (m === group ? q - 1 : q) || m.nested) return null;
    // ("Foreign Minister Kasit Piromya of Thailand and ...": the person, who signs for the country after "of")
    const holder = m.type !== 'person' && doc.tokens[m.a - 1]?.lower === 'of' && m.a - 1 > s0 ? mentionCovering(doc, m.a - 2) : undefined;
    out.push(holder?.type === 'person' && holder.b === m.a - 1 && !holder.nested ? holder : m);
    s0 = q + 1;
  }
  return out.length >= 2 ? out : null;
}

/** Tokens [i, q) are a title or role, after an article or possessive: "the CEO", "its chairman", "the Prime Minister". */
function roleBefore(doc: Doc, i: number, q: number): boolean {
  const a = /^(the|its|their|his|her)$/.test(doc.tokens[i].lower) ? i + 1 : i;
  if (q - a < 1 || q - a > 4) return false;
  const key = spanKey(doc, a, q);
  return TITLES.has(key) || ROLES.has(key) || CHIEF_OFFICER.test(key);
}

/** The mention whose text opens at token k, its title included ("Councillor Al Garthwaite", whose name starts at "Al"). */
function mentionOpeningAt(doc: Doc, k: number): MentionRef | undefined {
  const start = doc.tokens[k]?.start;
  return mentionAt(doc, k) ?? doc.mentions.find((m) => !m.nested && m.start === start);
}

/** The person named between commas, or last, after token end: ", Akinwumi Adesina," / ", Marco Arcelli." */
function holderAfter(doc: Doc, end: number, last: number): MentionRef | undefined {
  const tokens = doc.tokens;
  if (tokens[end]?.lower !== ',') return undefined;
  const m = mentionOpeningAt(doc, end + 1);
  return m?.type === 'person' && !m.nested && (m.b >= last || /^(,|\.|;|and)$/.test(tokens[m.b].lower)) ? m : undefined;
}

/**
 * "by the President of the African Development Bank, Akinwumi Adesina, and the Prime Minister of Cote d'Ivoire, ...":
 * past the holder's name between commas after the parties that end at token end, the next side after "and".
 */
function withNextSide(doc: Doc, parties: Party[], end: number, last: number, role: string): { parties: Party[]; end: number } {
  const tokens = doc.tokens;
  if (tokens[end]?.lower !== ',') return { parties, end };
  // (the holder read already as an item of the list: it ends right before the comma)
  const read = mentionCovering(doc, end - 1);
  const holder = read?.type === 'person' && read.b === end ? read : mentionOpeningAt(doc, end + 1);
  const after = holder === read ? end : holder ? holder.b : -1;
  if (holder?.type !== 'person' || tokens[after]?.lower !== ',' || tokens[after + 1]?.lower !== 'and' || after + 2 >= last) return { parties, end };
  const rest = partyPhrase(doc, after + 2, last, role);
  return rest.parties.length ? { parties: [...parties, ...rest.parties], end: rest.end } : { parties, end };
}

/** "with the unions known as the Warwick agreement", "dubbed the Paris pact": what the deal is called, not who signs it. */
function namedAs(doc: Doc, e: number): boolean {
  const t = doc.tokens;
  return NAMING.test(t[e].lower) && (t[e + 1]?.lower === 'as' || t[e + 1]?.lower === 'the' || !!t[e + 1]?.cap);
}

/**
 * The company named after another's possessive and its tie to it, from token i: "Chinese search engine Baidu's rival,
 * Sina", "Microsoft's subsidiary, LinkedIn". Only a description in lower case (or a country's adjective) comes before
 * the owner's name.
 */
function relatedCompany(doc: Doc, i: number, last: number): MentionRef | null {
  const tokens = doc.tokens;
  for (let k = i + 1; k < Math.min(last - 2, i + 8); k++) {
    if (tokens[k].lower !== "'s") continue;
    const owner = mentionCovering(doc, k - 1);
    if (!owner || owner.type !== 'organisation' || !RELATED.test(tokens[k + 1].lower)) return null;
    for (let q = i; q < owner.a; q++) if (tokens[q].cap && mentionCovering(doc, q)?.type !== 'place') return null;
    const at = tokens[k + 2]?.lower === ',' ? k + 3 : k + 2;
    const m = mentionAt(doc, at);
    return m && m.type === 'organisation' && m.b <= last ? m : null;
  }
  return null;
}

/**
 * "with Premier League club Arsenal", "with Toyota unit Daihatsu": a name, a description in lower case, then the
 * company it describes, which is the side (the first name only says where it belongs).
 */
function describedByOrganisation(doc: Doc, i: number, last: number): MentionRef | null {
  const tokens = doc.tokens;
  const first = mentionAt(doc, i);
  if (!first || first.type !== 'organisation') return null;
  let k = first.b;
  while (k < first.b + 2 && tokens[k] && !tokens[k].cap && tokens[k].type === 'word' && !DESCRIPTORS.has(tokens[k].lower) && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'ADP') k++;
  if (!tokens[k] || tokens[k].cap || !(DESCRIPTORS.has(tokens[k].lower) || RELATED.test(tokens[k].lower))) return null;
  const m = mentionAt(doc, k + 1);
  return m && m.type === 'organisation' && m.b <= last ? m : null;
}

/**
 * "the authority's director-general, Kelechi Ohiri,": "the", a noun in lower case that names a body back, a role in
 * it, then its holder between commas. Gives the body as written ("the authority"), signed for by the holder, and the
 * token after the holder's comma.
 */
function holderOfBodyNamedBack(doc: Doc, i: number, last: number, role: string): { party: Party; end: number } | null {
  const t = doc.tokens;
  if (t[i]?.lower !== 'the' || t[i + 1]?.type !== 'word' || t[i + 1].cap || t[i + 1].pos !== 'NOUN' || t[i + 2]?.lower !== "'s") return null;
  const comma = roleEndAt(doc, i + 3, last);
  if (comma < 0 || t[comma]?.lower !== ',') return null;
  const holder = mentionAt(doc, comma + 1);
  if (holder?.type !== 'person' || holder.nested || !(holder.b >= last || /^[,.;]$/.test(t[holder.b].lower))) return null;
  const party = { ...writtenParty(doc, i, i + 2, role), signatory: { name: holder.written ?? holder.name, entityId: holder.entityId || null } };
  return { party, end: t[holder.b]?.lower === ',' ? holder.b + 1 : holder.b };
}
