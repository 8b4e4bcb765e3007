// Relations between recognised entities, each with its evidence span:
// organised_by, held_in, launched, role (person, title, organisation or country), part_of, built.
import type { Doc, MentionRef } from '../analyse/doc.js';
import { dict, lexiconSet } from '../analyse/lexicon.js';
import { COURTESY } from '../recognise/entities/extent.js';
import type { RelationRow } from '../schema/records.js';
import { mentionAt, mentionCovering, mentionList, mentionOrLoneNestedAt } from './mentions.js';
import { TITLES } from './agreements/lexicon.js';

type End = RelationRow['subject'];

const BUILD_VERBS: Record<string, string> = dict({ build: 'built', built: 'built', builds: 'built', establish: 'established', established: 'established', founded: 'founded', launched: 'launched' });

const end = (m: MentionRef): End => ({ name: m.name, entityId: m.entityId });

export function relateRelations(doc: Doc): void {
  const out: RelationRow[] = [];
  const seen = new Set<string>();
  const add = (kind: string, subject: End, object: End, a: number, b: number, rule: string, detail: string | null = null) => {
    const k = `${kind}|${subject.entityId ?? subject.name}|${object.entityId ?? object.name}|${detail}`;
    if (seen.has(k)) return;
    seen.add(k);
    const start = doc.tokens[a].start;
    const e = doc.tokens[b - 1].end;
    out.push({ articleId: doc.article.id, id: `${doc.article.id}#r${out.length + 1}`, kind, subject, object, detail, evidence: { start, end: e, text: doc.text.slice(start, e) }, rule });
  };
  partOf(doc, add);
  roles(doc, add);
  eventRelations(doc, add);
  built(doc, add);
  doc.relations = out;
}

type Add = (kind: string, subject: End, object: End, a: number, b: number, rule: string, detail?: string | null) => void;

/** "Exchange and Research Department of the China Education Association ...": a unit and its parent. */
function partOf(doc: Doc, add: Add): void {
  const units = lexiconSet('subunit-heads.txt');
  for (const inner of doc.mentions) {
    if (!inner.nested || inner.type !== 'organisation') continue;
    const outer = doc.mentions.find((m) => !m.nested && m.a <= inner.a && m.b >= inner.b && m !== inner);
    if (!outer || outer.type !== 'organisation') continue;
    // the head of the outer name comes right before "of (the)"
    let h = inner.a - 1;
    if (doc.tokens[h]?.lower === 'the') h--;
    if (doc.tokens[h]?.lower !== 'of') continue;
    if (!units.has(doc.tokens[h - 1]?.lower ?? '')) continue;
    add('part_of', end(outer), end(inner), outer.a, outer.b, 'part_of.unit-of');
  }
}

/**
 * "Li Yang, director of the X", "Noel Forgeard, the chief executive of Airbus", "Gerald Greenwald, Chrysler vice
 * chairman," and "Airbus chief executive Noel Forgeard", "IBM Chairman John Akers".
 */
/** A courtesy title after the office, no part of it: "Foreign Secretary Sir Geoffrey Howe", "Oil Minister Sheikh ...". */
const COURTESY_AFTER = /\s+(Sir|Dame|Lord|Lady|Sheikh|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;

function roles(doc: Doc, add: Add): void {
  const roleWords = lexiconSet('roles.txt');
  const t = doc.tokens;
  // (a person's title, not a courtesy one: "President", "Rector", "Trade Minister")
  const title = (w: string) => TITLES.has(w) && !COURTESY.test(w);
  /** The role phrase of up to three words starting at k (or a title, when `titles`): its end, or -1. */
  const roleFrom = (k: number, titles = false): number => {
    for (let n = 3; n >= 1; n--) {
      if (k + n > t.length) continue;
      const w = t.slice(k, k + n).map((x) => x.lower).join(' ');
      if (roleWords.has(w) || (titles && title(w))) return k + n;
    }
    // ("Willy de Clercq, External Relations Commissioner of the European Communities": a title after its portfolio)
    for (let s = 1; titles && s <= 3 && k + s < t.length && t[k + s - 1].cap && t[k + s - 1].type === 'word'; s++) {
      for (let n = 2; n >= 1; n--) if (k + s + n <= t.length && t[k + s + n - 1].cap && title(t.slice(k + s, k + s + n).map((x) => x.lower).join(' '))) return k + s + n;
    }
    return -1;
  };
  const roleText = (a: number, b: number) => doc.text.slice(t[a].start, t[b - 1].end).replace(/\s+/g, ' ');
  for (const m of doc.mentions) {
    if (m.type !== 'person' || m.nested) continue;
    // "Kenyan President William Ruto", "Haiti's Prime Minister Ariel Henry": the country whose name or demonym opens
    // the title the person's mention starts with.
    const titleAt = doc.tokenAt(m.start);
    if (titleAt >= 1 && titleAt < m.a) {
      const at = t[titleAt - 1].lower === "'s" && t[titleAt - 1].start === t[titleAt - 2]?.end ? titleAt - 1 : titleAt;
      const country = at >= 1 ? mentionCovering(doc, at - 1) : undefined;
      if (country && country.type === 'place' && country.placeKind === 'country' && !country.nested && country.b === at && t[country.a].sent === t[m.a].sent) add('role', end(m), end(country), country.a, m.b, 'role.country-title', roleText(titleAt, m.a).replace(COURTESY_AFTER, ''));
    }
    // "President of the African Development Bank Akinwumi Adesina", "Rector of Seoul National University Ryu
    // Hong-lim": the body the title's "of" names, inside the mention, just before the name.
    if (titleAt < m.a) {
      const body = doc.mentions.find((x) => x.nested && x.type === 'organisation' && x.b === m.a && x.a > titleAt);
      const of = body ? (t[body.a - 1]?.lower === 'the' ? body.a - 2 : body.a - 1) : -1;
      if (body && of > titleAt && t[of].lower === 'of') add('role', end(m), end(body), titleAt, m.b, 'role.title-of', roleText(titleAt, of));
    }
    // "Airbus chief executive Noel Forgeard": organisation, role, name (the role may be part of the mention).
    for (let r = m.a - 1; r >= Math.max(0, m.a - 3); r--) {
      if (roleFrom(r) !== m.a) continue;
      // ("Nokia's chief executive Stephen Elop": the organisation's possessive)
      const at = t[r - 1]?.lower === "'s" && t[r - 1].start === t[r - 2]?.end ? r - 1 : r;
      const org = mentionCovering(doc, at - 1);
      if (org && org.type === 'organisation' && org.b === at && t[at - 1].sent === t[m.a].sent) add('role', end(m), end(org), org.a, m.b, 'role.premodifier', roleText(r, m.a));
      break;
    }
    // "Robert Brusca of Nikko Securities", "economist David Wyss of Data Resources Inc": the body a person speaks
    // for, with the profession written before the name when there is one.
    if (t[m.b]?.lower === 'of') {
      const org = mentionAt(doc, t[m.b + 1]?.lower === 'the' ? m.b + 2 : m.b + 1);
      if (org && org.type === 'organisation' && t[org.a].sent === t[m.a].sent) {
        const before = t[m.a - 1];
        const job = before && !before.cap && before.sent === t[m.a].sent && lexiconSet('professions.txt').has(before.lower) ? m.a - 1 : m.a;
        add('role', end(m), end(org), job, org.b, 'role.of-organisation', job < m.a ? before.lower : null);
      }
      continue;
    }
    if (t[m.b]?.lower !== ',') continue;
    let k = m.b + 1;
    // "Gerald Greenwald, Chrysler vice chairman,", "Fritz Henderson, GM's chief executive,"
    const before = mentionAt(doc, k);
    if (before && before.type === 'organisation') {
      const r = t[before.b]?.lower === "'s" ? before.b + 1 : before.b;
      const e = roleFrom(r);
      if (e > 0 && /^[,.;]$/.test(t[e]?.lower ?? '')) add('role', end(m), end(before), m.a, e, 'role.appositive', roleText(r, e));
      continue;
    }
    // "Noel Forgeard, the chief executive of Airbus", "..., its new chairman of"
    if (/^(the|a|an|its|their)$/.test(t[k]?.lower ?? '')) k++;
    if (roleFrom(k) < 0 && t[k] && /^(ADJ)$/.test(t[k].pos) && roleFrom(k + 1) > 0) k++;
    // ("Akinwumi Adesina, Rector of ...": a title too, when no role is written)
    let rEnd = roleFrom(k) > 0 ? roleFrom(k) : roleFrom(k, true);
    if (rEnd < 0) continue;
    // "president and chief executive officer of"
    if (t[rEnd]?.lower === 'and' && roleFrom(rEnd + 1) > 0) rEnd = roleFrom(rEnd + 1);
    const role = roleText(k, rEnd);
    k = rEnd;
    if (!/^(of|at|for)$/.test(t[k]?.lower ?? '')) continue;
    k++;
    if (t[k]?.lower === 'the') k++;
    // (the body may be read nested in a title no mention holds: "External Relations Commissioner of the European
    // Communities")
    let org = mentionOrLoneNestedAt(doc, k);
    // ("Executive Secretary of the U.N.'s Economic Commission for Africa": the body the owner's possessive names)
    const owned = org && t[org.b]?.lower === "'s" ? mentionAt(doc, org.b + 1) : undefined;
    if (owned?.type === 'organisation') org = owned;
    // ("Sheikh Mohamed bin Zayed, President of the UAE": a country's office too, when the country ends the phrase;
    // not "president of the West German central bank", "head of Poland's ...")
    const country = org?.type === 'place' && org.placeKind === 'country' && org.rule !== 'place.demonym' && /^(,|\.|;)$/.test(t[org.b]?.lower ?? '.');
    if (!org || !(org.type === 'organisation' || country)) continue;
    add('role', end(m), end(org), m.a, org.b, 'role.appositive', role);
  }
}

/** organised_by, held_in and launched, around event mentions and "the forum"-style references to them. */
function eventRelations(doc: Doc, add: Add): void {
  const t = doc.tokens;
  const events = doc.mentions.filter((m) => m.type === 'event' && !m.nested);
  if (events.length === 0) return;
  for (const s of doc.sentences) {
    // The event the sentence is about: a mention in it, or "the forum" referring back to one.
    let ev: MentionRef | undefined = events.find((e) => e.a >= s.first && e.b <= s.last);
    let evAt = ev ? ev.a : -1;
    if (!ev) {
      for (let i = s.first; i < s.last - 1; i++) {
        if (t[i].lower !== 'the') continue;
        // "the forum", "the three-day forum", "the annual summit": up to three words before the head.
        for (let h = i + 1; h <= Math.min(i + 4, s.last - 1); h++) {
          const head = t[h].lower;
          const e = events.find((x) => x.name.toLowerCase().endsWith(' ' + head) && x.a < i);
          if (e) {
            ev = e;
            evAt = i;
            break;
          }
          // "The first forum was held in Sanya": an earlier or later edition is another event.
          if (t[h].cap || !/^(ADJ|NUM|PUNCT|NOUN)$/.test(t[h].pos) || /^(first|second|third|fourth|fifth|previous|last|next|inaugural|earlier)$/.test(t[h].lower)) break;
        }
        if (ev) break;
      }
    }
    if (!ev) continue;
    for (let i = s.first; i < s.last - 1; i++) {
      const w = t[i].lower;
      // ("Hosted by Kazakhstan, the Astana International Forum ...": a country hosts too)
      if (/^(co-?)?(organized|organised|hosted|sponsored)$/.test(w) && t[i + 1]?.lower === 'by') {
        const list = mentionList(doc, i + 2, s.last);
        if (list) for (const o of list.items) if (o.type === 'organisation' || (w === 'hosted' && host(o))) add('organised_by', end(ev), end(o), Math.min(evAt, i), list.end, 'organised_by.passive');
      }
      // "The Ministry of Education and UNESCO jointly organized the International Forum on AI and Education": the
      // subject of the verb whose object is the event.
      if (ORGANISED_ACTIVE.test(w) && t[i].pos === 'VERB' && ev.a > i && ev.a - i <= 3 && t.slice(i + 1, ev.a).every((x) => /^(the|a|an)$/.test(x.lower) || x.pos === 'ADJ' || x.pos === 'NUM')) {
        const by = subjectsBefore(doc, s.first, i).filter((o) => o.type === 'organisation' || (/^(co-?)?host/.test(w) && host(o)));
        for (const o of by) add('organised_by', end(ev), end(o), o.a, ev.b, 'organised_by.active');
        // ("organized the International Forum on AI and Education in Beijing": where, right after the event)
        const p = t[ev.b]?.lower === 'in' ? mentionAt(doc, ev.b + 1) : undefined;
        if (by.length > 0 && p?.type === 'place') add('held_in', end(ev), end(p), Math.min(by[0].a, i), p.b, 'held_in.organised-in');
      }
      // "was held in Kuitun City", "opened in Kunming on Sunday", "took place in Geneva"
      const heldVerb = w === 'held' || (w === 'opened' && evAt < i) || (w === 'place' && t[i - 1]?.lower === 'took');
      if (heldVerb && /^(in|at)$/.test(t[i + 1]?.lower ?? '')) {
        const p = mentionAt(doc, i + 2) ?? mentionAt(doc, i + 3);
        if (p && p.type === 'place') add('held_in', end(ev), end(p), Math.min(evAt, i), p.b, w === 'held' ? 'held_in.passive' : 'held_in.opened');
      }
      // ("Astana, June 14 (Xinhua) -- The ... Forum opened here on Tuesday": the dateline's place)
      if (heldVerb && t[i + 1]?.lower === 'here') {
        const p = datelinePlace(doc);
        if (p) add('held_in', end(ev), end(p), Math.min(evAt, i), i + 2, 'held_in.here');
      }
      // "From September 26 to 9, the ... Forum ... was held": the event's date, linked to its dates.jsonl row.
      if (w === 'held' || w === 'opened' || w === 'took') {
        const dl = doc.article.dateline;
        // (the year of an edition's name only when no other date is given: "The 2024 China-Arab States Expo opened
        // ... on Thursday", but "the 1988 Olympic Games scheduled to be held")
        const edition = (x: { end: number }) => doc.tokenAt(x.end) === ev!.a;
        const found = doc.dates.filter((x) => x.start >= s.start && x.end <= s.end && x.kind !== 'duration' && x.kind !== 'set' && !(dl && x.start >= dl.start && x.end <= dl.end));
        const d = found.find((x) => !edition(x)) ?? found[0];
        if (d) {
          const a = Math.min(evAt, doc.tokenAt(d.start), i);
          // (a range's dates, not its length: "from August 22 to 24" is 2023-08-22/2023-08-24, not P2D)
          const when = /^P/.test(d.value) && d.rangeStart && d.rangeEnd ? `${d.rangeStart}/${d.rangeEnd}` : d.value;
          add('held_on', end(ev), { name: d.text, entityId: d.id }, a, Math.max(i + 1, ev.b, doc.tokenAt(d.end)), 'held_on.date-in-sentence', when);
        }
      }
      // "the launch button for X", "the official launch of X", "launched X"
      if (w === 'launch' || w === 'launched' || w === 'launching') {
        let k = i + 1;
        if (t[k]?.lower === 'button' || t[k]?.lower === 'ceremony') k++;
        if (/^(of|for)$/.test(t[k]?.lower ?? '')) k++;
        if (t[k]?.lower === 'the') k++;
        const x = mentionAt(doc, k);
        if (x && x.type === 'organisation' && x.entityId !== ev.entityId) add('launched', end(x), end(ev), Math.min(evAt, i), x.b, 'launched.at-event');
      }
    }
  }
}

/** The place mention of the article's dateline ("Astana, June 14 (Xinhua) --"), if it has one. */
function datelinePlace(doc: Doc): MentionRef | undefined {
  const at = doc.article.dateline?.place;
  const m = at ? mentionAt(doc, doc.tokenAt(at.start)) : undefined;
  return m?.type === 'place' ? m : undefined;
}

/** Verbs of organising an event, active: "organized the forum", "will host the summit". */
const ORGANISED_ACTIVE = /^(co-?)?(organized|organised|organizes|organises|organize|organise|hosted|hosts|host|sponsored|sponsors)$/;

/** A country that hosts an event ("Hosted by Kazakhstan"): named as such, not a demonym. */
function host(m: MentionRef): boolean {
  return m.type === 'place' && m.placeKind === 'country' && m.rule !== 'place.demonym';
}

/**
 * The names that are the subject of the verb at v: a list that ends right before it, past "jointly", "also" and
 * auxiliaries ("The Ministry of Education and UNESCO jointly organized", "China will host").
 */
function subjectsBefore(doc: Doc, first: number, v: number): MentionRef[] {
  const t = doc.tokens;
  let e = v;
  while (e > first && /^(jointly|also|together|will|would|has|have|had|to|is|are|was|were|successfully)$/.test(t[e - 1].lower)) e--;
  for (let k = first; k < e; k++) {
    const list = mentionAt(doc, k) ? mentionList(doc, k, e) : null;
    if (list && list.end === e) return list.items;
  }
  return [];
}

/**
 * "Build the X Consortium, the Y Consortium ...": an organisation built or established, by the subject of the
 * sentence or, in a subjectless sentence, by the subject of the sentence before it.
 */
function built(doc: Doc, add: Add): void {
  const t = doc.tokens;
  let lastSubject: MentionRef | undefined;
  for (const s of doc.sentences) {
    let subject: MentionRef | undefined;
    for (let i = s.first; i < Math.min(s.last, s.first + 12); i++) {
      const m = mentionCovering(doc, i);
      if (m && m.type === 'organisation' && !m.nested) {
        subject = m;
        break;
      }
    }
    const first = t[s.first];
    const kind = BUILD_VERBS[first.lower];
    if (kind && kind === 'built' && first.cap) {
      const by = lastSubject;
      let k = s.first + 1;
      if (t[k]?.lower === 'the') k++;
      const list = mentionList(doc, k, s.last);
      if (by && list) for (const o of list.items) if (o.type === 'organisation' && o.entityId !== by.entityId) add('built', end(by), end(o), s.first, list.end, 'built.subjectless');
    } else if (subject) lastSubject = subject;
  }
}
