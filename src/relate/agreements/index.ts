// Agreements: an agreement noun ("strategic cooperation agreement", "letter of intent") governed by a verb
// of concluding (signed, inked, reached, won) that is not negated, planned or proposed. Parties come from
// the subject (including an elided subject of a coordinated clause, relative "which" and pronouns), "with",
// "between" and passive "by" phrases; purpose, date and place from the rest of the clause.
// This file walks the sentences, merges an agreement named again into the one reported before, and keeps the
// body's report over the headline's; agreement.ts reads one agreement noun's clause.
import type { Doc } from '../../analyse/doc.js';
import type { AgreementRow } from '../../schema/records.js';
import { leadSentence } from '../../recognise/entities/candidates.js';
import { simpleValue } from '../../analyse/numbers.js';
import { mentionCovering } from '../mentions.js';
import { LEADERS, type NounHit, type Party } from './lexicon.js';
import { agreedPurchaseBefore, reportDated } from './agreed-purchase.js';
import { announcersAsSides } from './announcers.js';
import { agreedWithRow } from './agreed-with.js';
import { itWasSigned } from './it-was-signed.js';
import { signingCeremonies } from './place.js';
import { partyPhrase } from './party-phrase.js';
import { anotherOne, bodiesOfCountries, bodyNamedAfterCity, countryNamedIn, describedOneBefore, determinerOf, describedSidesOnly, kindKey, namedAgain, namesMoreSides, oneParty, oneWord, sameParty, sameSides, sameBatchNext, sameUnderOtherWord, theOneBefore, unitOfSide } from './same-agreement.js';
import { nounAt } from './noun.js';
import { earlierPurpose } from './purpose.js';
import { reportedOn, signedBefore } from './date.js';
import { agreementFor, purposeTokens, signedTogether } from './agreement.js';
import { signersAfter } from './signers.js';
import { counterpartsCountry } from './counterpart.js';
import { governmentOfficial, officialOfBody, placeKindOf, signsForCountryLeft } from './parties.js';
import { ANNOUNCE, NEEDS_VERB } from './verbs.js';

export function relateAgreements(doc: Doc): void {
  const tokens = doc.tokens;
  const rows: AgreementRow[] = [];
  // (a row's date of signing, read after the report's date it was first given)
  const signedOn = new Map<AgreementRow, AgreementRow['date']>();
  // (the last sentence that names a row again: "The order ... was signed at a ceremony", before who signed it)
  const namedLastIn = new Map<AgreementRow, number>();
  for (const s of doc.sentences) {
    let prevSubject: Party[] | null = null;
    let nounSeen = false;
    for (let i = s.first; i < s.last; i++) {
      const hit = nounAt(doc, i, s.first, s.last) ?? shortenedKind(doc, i, rows[rows.length - 1]) ?? (rows.length === 0 ? saleNamedBack(doc, i, s.first) : null);
      if (!hit) continue;
      nounSeen = true;
      i = hit.b - 1;
      // ("Labour has signed a pact with the unions known as the Warwick agreement": the name of the one just reported)
      if (namesTheOneBefore(doc, hit.a, rows[rows.length - 1], s.first) || ranksTheOneBefore(doc, hit.b, rows[rows.length - 1], s.first)) continue;
      // ("The Memorandum of Understanding (MoU) was signed": its short form in brackets is the same agreement)
      if (tokens[hit.b]?.lower === '(' && tokens[hit.b + 2]?.lower === ')' && tokens[hit.b + 1].cap && nounAt(doc, hit.b + 1, s.first, s.last)) i = hit.b + 2;
      const row = agreementFor(doc, hit, s.first, s.last, prevSubject);
      // "Microsoft has agreed to buy internet phone service Skype for $8.5bn in cash. The deal, which ...": the
      // purchase agreed before is the deal the article goes on to name.
      // ("SBC Communications has agreed to buy AT&T ... The takeover, which was approved by both boards": a takeover too)
      // ("Pfizer Inc has agreed to pay Jiangsu Hengrui ... Under the licensing agreement": with what it is, in lower case)
      // (the noun, or "the tie-up": a word glued by its hyphen, as written)
      const word = hit.b - hit.a === 3 && oneWord(doc, hit) ? doc.text.slice(tokens[hit.a].start, tokens[hit.b - 1].end).toLowerCase() : tokens[hit.b - 1].lower;
      // ("Boeing factory workers voted on Monday to accept a new contract. The four-year deal between Boeing and the
      // International Association of Machinists ... includes": the sides named at last, for the one only described)
      const lastRow = rows[rows.length - 1];
      // (a word for any agreement, or the same kind: not "the employment contract between Lorimar and Stuart Karl"
      // that a settlement includes)
      const anyOrSame = /^(deal|agreement|accord|pact)$/.test(kindKey(tokens[hit.b - 1].lower)) || kindKey(tokens[hit.b - 1].lower) === kindKey(lastRow?.kind ?? '');
      if ((!row || row.parties.length === 0) && lastRow && anyOrSame && lastRow.parties.every((p) => !p.entityId) && (theOneBefore(doc, hit) || describedOneBefore(doc, hit)) && tokens[hit.b]?.lower === 'between') {
        const named = partyPhrase(doc, hit.b + 1, s.last, 'between').parties;
        if (named.length >= 2 && named.every((p) => p.entityId)) lastRow.parties = named;
      }
      if ((!row || row.parties.length === 0) && (theOneBefore(doc, hit) || describedOneBefore(doc, hit)) && (REFERS_BACK.test(kindKey(row?.kind ?? word)) || word === 'takeover' || SALE.test(word))) {
        // (anything two sides agreed to do only when it is the first agreement and named as bare "the accord")
        // (or what it is, in lower case: "agreed to share thousands of patents ... The cross-licensing deal")
        const bare = rows.length === 0 && (oneWord(doc, hit) || describedOneBefore(doc, hit)) && tokens[hit.a - 1]?.lower === 'the';
        // (its kind as written, in lower case: "the licensing agreement")
        const kind = row?.kind ?? (hit.b - hit.a > 1 && !oneWord(doc, hit) ? doc.text.slice(tokens[hit.a].start, tokens[hit.b - 1].end).toLowerCase().replace(/\s+/g, ' ') : word);
        // ("Unilever agrees to sell tea business to CVC", then "Unilever has agreed to sell its tea business ..., the
        // consumer goods giant said on Thursday": the body's report before its headline's)
        const from = sentenceAfter(doc, rows[rows.length - 1]);
        const body = from === 1 && doc.sentences.length > 1 && !leadSentence(doc) ? agreedPurchaseBefore(doc, hit.a, kind, doc.sentences[1].first, bare) : null;
        const agreed = body ?? agreedPurchaseBefore(doc, hit.a, kind, from, bare);
        if (agreed) {
          // ("Ford has agreed to sell Jaguar and Land Rover to Tata Motors ... The deal was signed in London on
          // Wednesday": when and where it was made)
          // (since signed: "The deal was signed on Tuesday")
          if (row) namedAgainAdds(doc, agreed, row);
          rows.push(agreed);
        }
        // ("The order, which includes 75 firm orders ..., was signed": the one just reported, named again)
        if (!agreed && !row && lastRow && theOneBefore(doc, hit) && kindKey(word) === kindKey(lastRow.kind)) namedLastIn.set(lastRow, tokens[hit.a].sent);
        if (agreed || !row) continue;
      }
      if (!row) continue;
      // ("India and Pakistan have agreed to start a bus service ... The agreement was reached in Islamabad on Wednesday
      // by Indian Foreign Minister Natwar Singh and ...": what the same sides agreed to do, named as the first
      // agreement, which this sentence dates and places)
      // ("Airbus wins order for 100 jets from Turkish Airlines", then "Turkish Airlines has agreed to buy 220 Airbus
      // jets ... The agreement with Airbus was signed in Istanbul by ...": or the first after the headline's)
      const afterHeadline = rows.length === 1 && inHeadline(doc, rows[0]);
      if ((rows.length === 0 || afterHeadline) && row.parties.length >= 2 && hit.b - hit.a === 1 && tokens[hit.a - 1]?.lower === 'the' && REFERS_BACK.test(kindKey(row.kind))) {
        const agreed = agreedPurchaseBefore(doc, hit.a, row.kind, afterHeadline ? doc.sentences[1].first : 1, true);
        if (agreed && sameSides(row, agreed)) {
          // (since signed: "The agreement with Airbus was signed in Istanbul")
          namedAgainAdds(doc, agreed, row);
          agreed.parties = agreed.parties.map((q) => {
            const signatory = q.signatory ?? row.parties.find((p) => oneParty(p, q))?.signatory;
            return signatory ? { ...q, signatory } : q;
          });
          rows.push(agreed);
          continue;
        }
      }
      // "the agreement" / "the deal" after an agreement was reported: the same one; it may add a date or place.
      const prev = rows[rows.length - 1];
      // "signed two letters of intent ... covering the setting up of packaging joint ventures": what an agreement
      // covers is no agreement of its own.
      // (not one a purpose lists beside it: "agreements aimed at boosting trade ... as well a number of technical
      // cooperation pacts", "settlements on half its gas and interim agreements for another")
      const covers = prev && purposeTokens.get(prev);
      // ("signed cooperation agreements ... on teacher training and joint programs": or, for a noun that is an
      // agreement only with its own verb, what it is on)
      if (covers && hit.a >= covers[0] && hit.b <= covers[1] && (COVERING.test(doc.tokens[covers[0]].lower) || (/^(on|about)$/.test(doc.tokens[covers[0] - 1]?.lower ?? '') && !!NEEDS_VERB[tokens[hit.b - 1].lower]))) continue;
      // ("Israel and Hamas agreed to a four-day truce in Gaza on Wednesday, in a deal mediated by Qatar": the manner of
      // the agreement just reported, between the same sides, names it again)
      if (prev && inADeal(doc, hit, prev) && sameSides(row, prev)) {
        prev.date ??= row.date;
        prev.place ??= row.place;
        continue;
      }
      if (row.parties.length === 0 && !prev) continue;
      // (not one with a counterparty of its own: "such as the deal signed with Maine" after a contract with another)
      // (nor one whose named sides are all others: "The consortium ... agreed the deal in September" after a deal
      // between steel firms)
      // ("National Thermal Power Corp said it has signed an agreement to borrow ... The agreement signed last Saturday
      // in Hong Kong with a syndicate of eight Indian and foreign banks ...": the other side the first report left out)
      const single = !!prev && prev.parties.length === 1 && /subject$/.test(prev.parties[0].role) && theOneBefore(doc, hit) && /^the$/i.test(doc.tokens[hit.a - 1]?.lower ?? '') && kindKey(row.kind) === kindKey(prev.kind);
      // ("BASF's Wintershall unit also signed the agreement": a side that joins the one reported before)
      const joins = !!prev && theOneBefore(doc, hit) && ALSO_SIGNED.test(row.evidence.text) && row.parties.every((p) => p.role === 'subject' && !!p.entityId && !p.entityId.startsWith('per_'));
      // ("Under the deal, signed in London on Monday, the UK will take in 1,000 refugees": the one just reported, whose
      // side does what it says)
      const under = tokens[hit.a - 2]?.lower === 'under' && theOneBefore(doc, hit);
      // ("Qatar's Prime Minister ... announced the agreement at a news conference": who announces the one just reported
      // is no side of another)
      const the = determinerOf(doc, hit);
      const announced = the > 0 && ANNOUNCE.test(tokens[the - 1].lower);
      const own = !joins && !under && !announced && ((!single && row.parties.some((p) => p.role === 'counterparty' && !prev?.parties.some((q) => sameParty(p.name, q.name)) && !(prev && unitOfSide(doc, p, prev)))) || (!!prev && otherSides(doc, row, prev)));
      // (not "the treaty" after a contract: a word of a kind of its own names another agreement)
      // ("the memorandum", "the letter" after "a memorandum of understanding", "a letter of intent": its first word)
      // ("agreed to share thousands of patents ... The cross-licensing deal, signed on Tuesday": or what it is, in lower case)
      // ("have signed a five-year agreement ... Under the memorandum, signed on 12 March": a bare word of another kind,
      // sideless, when no agreement of that kind was reported before)
      const bareWord = row.parties.length === 0 && theOneBefore(doc, hit);
      const sideless = bareWord && !rows.some((r) => kindKey(r.kind) === kindKey(row.kind));
      // (one of that kind reported before another: "signed a memorandum of understanding ... a supply agreement ... The
      // memorandum was signed on 3 May" dates the memorandum)
      const earlier = bareWord && !sideless ? rows.findLast((r) => kindKey(r.kind) === kindKey(row.kind)) : undefined;
      if (earlier && earlier !== prev) {
        earlier.date ??= row.date;
        earlier.place ??= row.place;
        continue;
      }
      // ("Vietnam and Australia signed an agreement ... The memorandum of understanding was signed by Australian Resources
      // Minister Madeleine King and ...": the document a bare agreement between the same sides is, named again)
      const documentOf = !!prev && tokens[hit.a - 1]?.lower === 'the' && kindKey(row.kind) === 'mou' && /^(agreement|deal)$/i.test(prev.kind) && sameSides(row, prev);
      if (prev && (theOneBefore(doc, hit) || describedOneBefore(doc, hit) || namedAgain(doc, hit, row, prev) || documentOf) && !own && (sideless || documentOf || REFERS_BACK.test(kindKey(row.kind)) || kindKey(row.kind) === kindKey(prev.kind) || prev.kind.toLowerCase().startsWith(row.kind.toLowerCase() + ' of '))) {
        // ("have signed the first agreement ..., the office said on Thursday. The agreement was signed in Accra in
        // 2020": when it was signed, not when that was reported)
        // (set once the headline is joined, which takes a body's agreement dated before the report for another one)
        if (row.status === 'signed' && row.date && signedBefore(doc, row) && reportedOn(doc, prev)) signedOn.set(prev, row.date);
        namedLastIn.set(prev, tokens[hit.a].sent);
        if (documentOf) prev.kind = row.kind;
        prev.date ??= row.date;
        prev.place ??= row.place;
        // ("BP has agreed to pay $6.75bn to form a joint venture ... Lord Browne signed the deal in London": since signed)
        if (row.status === 'signed') prev.status = 'signed';
        // ("Mr Hoon and his Indian counterpart George Fernandes signed the deal": the counterpart's other side, Britain)
        counterpartsCountry(doc, [prev, row]);
        // ("The agreement, signed by Sinopec president Wang Tianpu and ...": who signed for each side named before)
        // (who only announced it signed nothing: "European Commission President Ursula von der Leyen announced the deal")
        for (const p of row.evidence.text.toLowerCase().split(/\s+/).some((w) => ANNOUNCE.test(w)) ? [] : row.parties) {
          // ("ONHYM Director General Amina Benkhadra and NNPC chief Mele Kyari signed the deal": or for the country whose
          // body each signed for)
          let same = p.signatory ? prev.parties.findIndex((q) => !q.signatory && (oneParty(p, q) || (!!q.entityId && countryOfBody(doc, p, [q]) === q.entityId))) : -1;
          // ("Melbourne Vice-Chancellor Duncan Maskell signed" after "The University of Melbourne and ...": or for the
          // one body named after the city the title names)
          const namesake = p.signatory && same < 0 ? prev.parties.filter((q) => !q.signatory && bodyNamedAfterCity(q, p)) : [];
          if (namesake.length === 1) same = prev.parties.indexOf(namesake[0]);
          // ("the authority's director-general, Kelechi Ohiri," after "the National Health Insurance Authority": or for
          // the one side whose name holds the noun it was named back by)
          const noun = p.signatory && same < 0 && !p.entityId ? /^the ([a-z]{4,})$/.exec(p.name)?.[1] : undefined;
          const holding = noun ? prev.parties.filter((q) => !!q.entityId && q.name.toLowerCase().split(/\s+/).includes(noun)) : [];
          if (holding.length === 1 && !holding[0].signatory) same = prev.parties.indexOf(holding[0]);
          if (same >= 0) prev.parties[same] = { ...prev.parties[same], signatory: p.signatory };
        }
        if (leadersCountries(doc, row, prev)) prev.parties = row.parties.map((p, n) => ({ ...p, role: prev.parties[n].role, signatory: { name: prev.parties[n].name, entityId: prev.parties[n].entityId } }));
        // ("Kazakhstan and the EBRD signed a framework agreement ... The agreement was signed by Deputy Prime Minister
        // Serik Zhumangarin and EBRD President Odile Renaud-Basso": a minister no country is given for signs for the
        // one country left without a signatory)
        // (signed: not who headed the talks an agreement was reached in)
        // ("The agreement was signed by Nelson and ..." after "NASA Administrator Bill Nelson": or the official of a
        // body no side is, when the sides are named; not one that joins them below)
        const bodies = prev.parties.length < 2 ? [] : row.parties.filter((p) => !prev.parties.some((q) => oneParty(p, q) || (!!p.signatory && q.signatory?.entityId === p.signatory.entityId)));
        const officials = [...row.parties.filter((p) => !p.signatory && governmentOfficial(doc, p)), ...bodies.map((p) => officialOfBody(doc, p)).filter((p) => p !== null)];
        signsForCountryLeft(prev, row.status === 'signed' ? officials : []);
        // ... and a second party the first report left out ("Ghana will import crude from Iran under an agreement
        // reached today. The accord was reached between Iran's oil minister and a Ghanaian delegation").
        // A headline that named the sides only by what they are takes the names the body gives them ("Telecom firms
        // seal merger deal", then "France Telecom's Orange and Deutsche Telekom's T-Mobile signed the deal").
        // ("Uzbekistan and University of London sign memorandum", then "The memorandum was signed between the Ministry
        // of Higher Education, Science and Innovation of Uzbekistan and ...": the headline's country is the body the
        // article names as its own)
        const headline = inHeadline(doc, prev);
        for (const p of headline ? row.parties : []) {
          const at = prev.parties.findIndex((q) => q.entityId?.startsWith('plc_') && !!p.entityId?.startsWith('org_') && p.name.endsWith(` of ${q.name}`));
          if (at >= 0) prev.parties[at] = { ...p, role: prev.parties[at].role, signatory: p.signatory ?? prev.parties[at].signatory };
        }
        const described = prev.parties.filter((p) => !p.entityId);
        if (described.length > 0 && prev.parties.length - described.length <= 1 && row.parties.length >= 2 && headline) {
          prev.parties = [...prev.parties.filter((p) => p.entityId && !row.parties.some((q) => oneParty(p, q))), ...row.parties];
        } else if (joins) {
          for (const p of row.parties) if (!prev.parties.some((q) => oneParty(p, q))) prev.parties.push(p);
        } else if (prev.parties.length < 2) {
          for (const p of row.parties) if ((p.entityId ? !p.entityId.startsWith('per_') : single && p.role === 'counterparty') && !prev.parties.some((q) => oneParty(p, q))) prev.parties.push(p);
        } else if (described.length === 1) {
          // ("Sudan's government and southern rebels have signed a peace agreement ... The agreement was signed ... by
          // Sudanese Vice-President Ali Osman Taha and John Garang, leader of the Sudan People's Liberation Movement":
          // the side described before, named beside a side named before)
          const named = row.parties.filter((p) => p.entityId && !p.entityId.startsWith('per_'));
          const fresh = named.filter((p) => !prev.parties.some((q) => oneParty(p, q)));
          if (fresh.length === 1 && named.length === prev.parties.length) {
            const at = prev.parties.indexOf(described[0]);
            prev.parties[at] = { ...fresh[0], role: prev.parties[at].role };
          }
          // ("Iran and six world powers have reached a deal ... The agreement, reached between Iran and the US, UK,
          // France, China, Russia and Germany": a number of sides described, then named, as many as it says)
          else if (fresh.length >= 2 && fresh.length === simpleValue(doc, doc.tokenAt(described[0].start)) && named.length - fresh.length === prev.parties.length - 1) {
            const at = prev.parties.indexOf(described[0]);
            prev.parties.splice(at, 1, ...fresh.map((p) => ({ ...p, role: prev.parties[at].role })));
          }
        }
        continue;
      }
      // "India and Russia signed nine agreements in New Delhi on Monday. Among them was a memorandum ...": one of the
      // documents signed together was signed when and where they were.
      // (or after another of them: "They include a bilateral investment treaty and an agreement on ...")
      const together = prev && signedTogether.has(prev) && !prev.plural ? rows.findLast((r) => r.plural) : prev;
      if (signedTogether.has(row) && together?.plural && together.status === 'signed') {
        row.date ??= together.date;
        row.place ??= together.place;
        // ("The UAE and India signed ten agreements ... They include a bilateral investment treaty": by those who
        // signed them all, when the list names no sides of its own)
        if (row.parties.length === 0 && together.parties.length >= 2) row.parties = together.parties.map((p) => ({ ...p, role: `${p.role} from context` }));
      }
      // (one still without sides is none, as agreementFor has it for any other: only one named back keeps no side)
      if (row.parties.length === 0 && signedTogether.has(row) && !theOneBefore(doc, hit) && !describedOneBefore(doc, hit)) continue;
      if (row.parties.some((p) => p.role === 'subject')) prevSubject = row.parties.filter((p) => p.role === 'subject');
      // "ExxonMobil signed up for a $12.8bn deal" after "Shell has signed a deal with Qatar": the same counterparty.
      // (not when the one side named is the counterparty itself: "such as the deal signed with Maine")
      if (row.parties.length === 1 && row.parties[0].role !== 'counterparty' && prev) {
        const cp = prev.parties.find((p) => p.role === 'counterparty' && p.entityId);
        if (cp && prev.kind.split(' ').pop() === row.kind.split(' ').pop() && cp.entityId !== row.parties[0].entityId) row.parties.push({ ...cp, role: 'counterparty from context' });
      }
      // "A peace agreement between the government and southern rebels has been signed ... an accord on sharing oil
      // revenues was initialled by both sides": the sides of the agreement reported before.
      if (row.parties.length === 1 && !row.parties[0].entityId && BOTH_SIDES.test(row.parties[0].name) && prev?.parties.length === 2) {
        row.parties = prev.parties.map((p) => ({ ...p, role: `${row.parties[0].role} from context` }));
      }
      // ("Foxconn said it had agreed with Nvidia to build data factories. The two companies signed a memorandum of
      // understanding": the document that sets down what the same sides agreed just before)
      if (prev?.rule === 'agreement.agreed-with' && setDown(doc, prev, row)) {
        row.purpose ??= prev.purpose;
        row.date ??= prev.date;
        rows[rows.length - 1] = row;
        continue;
      }
      rows.push(row);
    }
    // ("It was signed in Paris by ...": the agreement just reported)
    if (!nounSeen && itWasSigned(doc, s, rows[rows.length - 1])) continue;
    // ("Airbus also agreed with the Chinese government to build a final assembly line": one no noun names)
    const agreedWith = nounSeen ? null : agreedWithRow(doc, s);
    if (agreedWith) rows.push(agreedWith);
  }
  // ("UK and France sign Channel asylum pact", then "David Blunkett and his French counterpart Nicolas Sarkozy have
  // signed an agreement": the country a headline pairs with the counterpart's, before the headline's row goes)
  counterpartsCountry(doc, rows);
  // ("Netflix has struck a 10-year deal ..., the streaming giant and TKO Group Holdings said": the other announcer)
  announcersAsSides(doc, rows);
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
    // (not one the body dates before the report: "Last year Britain signed a £476m deal with Paris")
    // ("Germany's coalition deal sealed", then "Germany's Christian Democrats and Social Democrats have signed a
    // coalition agreement": the country whose deal it is names no side the body must name)
    const sides = { ...r, parties: r.parties.filter((p) => !countryOfTheKind(doc, p, r)) };
    // ("Wal-Mart signs Chinese supply deal", then "Wal-Mart has signed an agreement with the Chinese government": the
    // body's first agreement, when it names the headline's sides and more)
    const body = rows.find((o, j) => j !== i && o.evidence.start > r.evidence.end && (kindKey(o.kind) === head || sameUnderOtherWord(sides, o, doc) || (j === i + 1 && (namesMoreSides(sides, o) || describedSidesOnly(sides, o) || sameBatchNext(sides, o) || sameAmount(doc, r, o) || bodiesOfCountries(sides, o)))) && !anotherOne(o) && !signedBefore(doc, o));
    if (!body) return true;
    // (not a headline's description beside the body's: "African leaders", then "Leaders of 44 African countries")
    if (body.parties.length < 2 && !(body.parties.length === 1 && !body.parties[0].entityId && r.parties.every((p) => !p.entityId))) {
      for (const p of r.parties) if (!body.parties.some((q) => oneParty(p, q))) body.parties.push({ ...p, role: 'from headline' });
    }
    return false;
  });
  for (const r of out) r.purpose ??= earlierPurpose(doc, r) ?? agreedJustBefore(doc, r);
  for (const [r, date] of signedOn) r.date = date;
  // ("... said at the signing ceremony in Doha": where the agreement reported last before it was signed)
  for (const c of signingCeremonies(doc)) {
    const before = out.findLast((r) => doc.tokenAt(r.evidence.end) <= c.at);
    if (before && !before.place && before.status === 'signed') before.place = c.place;
  }
  signersAfter(doc, out, namedLastIn);
  out.forEach((r, i) => (r.id = `${doc.article.id}#a${i + 1}`));
  doc.agreements = out;
}

/**
 * "Toyota Motor Corporation and Ford Motor Company ... have agreed to jointly develop a hybrid system ... The two
 * automakers signed a memorandum of understanding": what the same sides agreed to do in the sentence before, which
 * the document sets down.
 */
function agreedJustBefore(doc: Doc, r: AgreementRow): string | null {
  const n = doc.tokenAt(r.evidence.start);
  const s = doc.tokens[n]?.sent ?? 0;
  if (s === 0) return null;
  const agreed = agreedPurchaseBefore(doc, n, r.kind, doc.sentences[s - 1].first, true);
  return agreed && sameSides(agreed, r) ? agreed.purpose : null;
}

/** The row reported in the two sentences after the agreement `prev` that no noun named, between the same sides. */
function setDown(doc: Doc, prev: AgreementRow, row: AgreementRow): boolean {
  const gap = doc.tokens[doc.tokenAt(row.evidence.start)].sent - doc.tokens[doc.tokenAt(prev.evidence.start)].sent;
  return gap <= 2 && sameSides(row, prev);
}

/** A country the agreement is written as belonging to, right before its kind: "Germany's coalition deal". */
function countryOfTheKind(doc: Doc, p: Party, row: AgreementRow): boolean {
  const k = doc.tokenAt(p.end);
  const kind = doc.tokens[k + 1];
  return placeKindOf(doc, p) === 'country' && doc.tokens[k]?.lower === "'s" && !!kind && doc.text.startsWith(row.kind, kind.start);
}

/** ", in a deal" after the agreement `prev` reported in the same sentence: the noun at hit names how that one was made. */
function inADeal(doc: Doc, hit: NounHit, prev: AgreementRow): boolean {
  const tokens = doc.tokens;
  if (hit.b - hit.a !== 1 || !/^(deal|agreement|accord)$/.test(tokens[hit.a].lower)) return false;
  if (!/^(a|an)$/.test(tokens[hit.a - 1]?.lower ?? '') || tokens[hit.a - 2]?.lower !== 'in' || tokens[hit.a - 3]?.lower !== ',') return false;
  return doc.tokenAt(prev.evidence.start) >= doc.sentences[tokens[hit.a].sent].first && prev.evidence.end <= tokens[hit.a].start;
}

/** Words for a purchase or sale agreed, which an article names it by later ("The sale is expected to be completed"). */
const SALE = /^(sale|purchase|acquisition|merger)$/;

/**
 * "Unilever has agreed to sell its tea business ... to private equity firm CVC Capital Partners ... The sale is expected
 * to be completed in the second half of 2022": the purchase or sale agreed before, named again opening a sentence.
 */
function saleNamedBack(doc: Doc, i: number, first: number): NounHit | null {
  const t = doc.tokens[i];
  if (!SALE.test(t.lower) || i - 1 !== first || doc.tokens[i - 1].lower !== 'the') return null;
  return { a: i, b: i + 1, headA: i, plural: false };
}

/**
 * "The letter was signed in Jakarta by ..." after "a letter of intent": the first word of the kind reported last,
 * after "the", names it again.
 */
function shortenedKind(doc: Doc, i: number, prev: AgreementRow | undefined): NounHit | null {
  const t = doc.tokens[i];
  if (!prev || t.lower !== 'letter' || doc.tokens[i - 1]?.lower !== 'the' || !/^letter of /i.test(prev.kind)) return null;
  return { a: i, b: i + 1, headA: i, plural: false };
}

/**
 * A headline's agreement and the body's next one for the same sum of money ("Egypt and World Bank sign $500m loan",
 * then "signed on Sunday a $500 million development policy financing agreement"): one.
 */
function sameAmount(doc: Doc, h: AgreementRow, o: AgreementRow): boolean {
  const money = (r: AgreementRow) => doc.counts.filter((c) => c.kind === 'money' && c.start >= r.evidence.start && c.end <= r.evidence.end);
  const theirs = money(o);
  return money(h).some((x) => theirs.some((y) => x.value === y.value && x.unit === y.unit));
}

/**
 * What the agreement named again adds to the one agreed before it: its date (over the day of the report), its place,
 * and its signing.
 */
function namedAgainAdds(doc: Doc, agreed: AgreementRow, row: AgreementRow): void {
  if (row.date && (!agreed.date || reportDated(doc, agreed))) agreed.date = row.date;
  agreed.place ??= row.place;
  if (row.status === 'signed') agreed.status = 'signed';
}

/** Row r is reported in the article's headline, its first sentence when that is no lead. */
function inHeadline(doc: Doc, r: AgreementRow): boolean {
  return doc.tokens[doc.tokenAt(r.evidence.start)].sent === 0 && !leadSentence(doc);
}

/** Two sides written as such, not named. */
const BOTH_SIDES = /^(both|the two) (sides|parties)$/i;

/**
 * The agreement noun at token a ends what the agreement reported before in this sentence is called: "known as the
 * Warwick agreement", "dubbed the Paris accord"; or how it ranks, in apposition after a comma: ", the latest
 * long-term contract signed by a Chinese buyer".
 */
function namesTheOneBefore(doc: Doc, a: number, prev: AgreementRow | undefined, first: number): boolean {
  const t = doc.tokens;
  if (!prev || doc.tokenAt(prev.evidence.start) < first) return false;
  if (a - 3 >= first && RANKS.test(t[a - 1].lower) && t[a - 2].lower === 'the' && t[a - 3].lower === ',' && doc.tokenAt(prev.evidence.end) <= a - 3) return true;
  let q = a - 1;
  while (q > first && (t[q].cap || t[q].lower === '-') && t[q].lower !== 'the') q--;
  if (/^(the|a|an|so-called)$/.test(t[q]?.lower ?? '')) q--;
  return (t[q]?.lower === 'as' && /^(known|described)$/.test(t[q - 1]?.lower ?? '')) || /^(dubbed|called|named)$/.test(t[q]?.lower ?? '');
}

/**
 * "It is the biggest vaccine supply deal signed by the EU so far": a sentence that says how the agreement reported
 * before ranks, with the agreement noun ending before token b, names no other.
 */
function ranksTheOneBefore(doc: Doc, b: number, prev: AgreementRow | undefined, first: number): boolean {
  const t = doc.tokens;
  if (!prev || doc.tokenAt(prev.evidence.start) >= first || !/^(it|this|that)$/.test(t[first].lower) || !/^(is|was|'s)$/.test(t[first + 1]?.lower ?? '') || t[first + 2]?.lower !== 'the' || b - first > 9) return false;
  for (let k = first + 3; k < b; k++) if (RANKS.test(t[k].lower) || (t[k].pos === 'ADJ' && /est$/.test(t[k].lower))) return true;
  return false;
}

/** How an agreement in apposition ranks the one before: ", the latest ...", ", the biggest ...". */
const RANKS = /^(latest|newest|biggest|largest|first|second|third|fourth|fifth)$/;

/** Words that may name any agreement reported before: "the agreement", "the contract" after a distribution agreement. */
const REFERS_BACK = /^(deal|agreement|accord|pact|contract|document|tie-up|order)$/;

/**
 * Where a purchase agreed without an agreement noun may be read from: the article's start, or the sentence after the
 * last agreement reported ("Air India has signed a deal with Boeing ... Separately, Air India agreed to buy 250
 * aircraft from European rival Airbus ... called the agreement"; not "Under the agreement concluded last November
 * between ..., Gillette agreed to acquire 51.2 pct of Waterman", which is that agreement).
 */
function sentenceAfter(doc: Doc, last: AgreementRow | undefined): number {
  if (!last) return 1;
  const s = doc.tokens[Math.max(0, doc.tokenAt(last.evidence.end) - 1)].sent;
  return doc.sentences[s + 1]?.first ?? doc.tokens.length;
}

/** Purposes that say what an agreement sets up: "to form", "covering", "for the setting up of". */
const COVERING = /^(to|for|covering|establishing|creating|forming|setting)$/;

/** Party p is named after "the company's" or "its" and before "unit", "subsidiary" or "division". */
function unitOfTheCompany(doc: Doc, p: Party): boolean {
  const t = doc.tokens;
  const a = doc.tokenAt(p.start);
  const b = doc.tokenAt(p.end);
  const owned = t[a - 1]?.lower === 'its' || (t[a - 1]?.lower === "'s" && /^(company|firm|group)$/.test(t[a - 2]?.lower ?? '') && t[a - 3]?.lower === 'the');
  return owned && /^(unit|subsidiary|division|affiliate)$/.test(t[b]?.lower ?? '');
}

/** "X also signed the agreement", "Y has also joined the accord": a party that joins an agreement reported before. */
const ALSO_SIGNED = /\balso (signed|inked|joined|initialled|initialed|endorsed) (the|this) \w+$/i;

/**
 * The row's sides are all companies or countries named as its subjects, and none is a side of the agreement before,
 * which named two sides or more, each by name: "The consortium ... agreed the deal" after a deal between steel firms
 * is another deal; so are two sides named, neither a side before. (A signer, a passive agent or a side "between" alone
 * is often the same agreement's, named again.)
 */
function otherSides(doc: Doc, row: AgreementRow, prev: AgreementRow): boolean {
  if (row.parties.length === 0 || prev.parties.length < 2 || !prev.parties.every((q) => q.entityId)) return false;
  if (leadersCountries(doc, row, prev)) return false;
  // ("The company's Precision Etched Products unit in Muellheim, West Germany, signed the contract": a unit of the
  // side named before, not another side)
  if (row.parties.length === 1 && unitOfTheCompany(doc, row.parties[0])) return false;
  // ("The contract, awarded to Halliburton by the Pentagon," after Yahoo's deal for a stake in Alibaba: two sides
  // named, neither the other's, whatever their roles)
  const named = row.parties.length >= 2 || row.parties.every((p) => p.role === 'subject');
  // ("Brazil's state oil company Petrobras and Venezuela's PDVSA have signed a memorandum ... The memorandum was signed
  // by the presidents of the two countries": the countries the sides before belong to)
  if (row.parties.every((p) => prev.parties.some((q) => countryBefore(doc, q)?.entityId === p.entityId))) return false;
  // ("India and Iran have signed a $40bn deal ... The deal was signed between the Gas Authority of India Limited and
  // the National Iranian Gas Export Company": bodies each of whose names holds another of the countries before)
  const countries = row.parties.map((p) => countryOfBody(doc, p, prev.parties));
  if (row.parties.length >= 2 && countries.every((c) => !!c) && new Set(countries).size === row.parties.length) return false;
  return named && row.parties.every((p) => !!p.entityId && !p.entityId.startsWith('per_') && !prev.parties.some((q) => oneParty(p, q) || sameParty(p.name, q.name)));
}

/**
 * "Tony Blair and Bertie Ahern have signed an agreement ... The British and Irish prime ministers signed the deal":
 * the countries, by their people's adjectives before a plural title, that the people named as the sides before lead,
 * one each, in the order written.
 */
function leadersCountries(doc: Doc, row: AgreementRow, prev: AgreementRow): boolean {
  if (row.parties.length !== prev.parties.length || !prev.parties.every((q) => q.entityId?.startsWith('per_') && !q.signatory)) return false;
  const demonyms = row.parties.map((p) => mentionCovering(doc, doc.tokenAt(p.start)));
  if (!demonyms.every((m) => m?.rule === 'place.demonym' && m.placeKind === 'country')) return false;
  const after = demonyms[demonyms.length - 1]!.b;
  const t = doc.tokens;
  return LEADERS.test(t[after]?.lower ?? '') || (!t[after]?.cap && LEADERS.test(t[after + 1]?.lower ?? ''));
}

/**
 * The id of the country among `sides` that the body p belongs to: by its name ("Nigerian National Petroleum Company")
 * or by a mention of it after the country's possessive or its people's adjective ("Morocco's national hydrocarbons
 * office ONHYM", "Moroccan state firm ONHYM").
 */
function countryOfBody(doc: Doc, p: Party, sides: Party[]): string | null {
  const named = countryNamedIn(p, sides);
  if (named || !p.entityId?.startsWith('org_')) return named;
  const tokens = doc.tokens;
  for (const m of doc.mentions) {
    if (m.entityId !== p.entityId) continue;
    // (past what it is, in lower case, to the possessive or the people's adjective: "Moroccan state firm ONHYM")
    let k = m.a - 1;
    while (k > 0 && m.a - k <= 5 && tokens[k].type === 'word' && !tokens[k].cap && /^(NOUN|ADJ)$/.test(tokens[k].pos)) k--;
    const c = tokens[k]?.lower === "'s" ? mentionCovering(doc, k - 1) : mentionCovering(doc, k);
    const written = c?.type === 'place' && c.placeKind === 'country' && (tokens[k].lower === "'s" ? c.b === k : c.rule === 'place.demonym' && c.b === k + 1);
    if (written && sides.some((q) => q.entityId === c.entityId)) return c.entityId;
  }
  return null;
}

/** The country that a side is written as belonging to: "Brazil's state oil company Petrobras", "Venezuelan firm PDVSA". */
function countryBefore(doc: Doc, q: Party): ReturnType<typeof mentionCovering> {
  const tokens = doc.tokens;
  // (from the name itself: the party's span may hold its description)
  const a = mentionCovering(doc, doc.tokenAt(q.end) - 1)?.a ?? doc.tokenAt(q.start);
  for (let k = a - 1; k >= 0 && a - k <= 6; k--) {
    const t = tokens[k];
    const m = t.lower === "'s" ? mentionCovering(doc, k - 1) : t.cap ? mentionCovering(doc, k) : undefined;
    if (m) return m.type === 'place' && m.placeKind === 'country' ? m : undefined;
    if (t.cap || t.type !== 'word') return undefined;
  }
  return undefined;
}
