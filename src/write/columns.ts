// Flat CSV columns for every output kind: nested values become pipe-joined lists or JSON cells.
import type { OutputKind } from '../schema/records.js';

type Row = Record<string, any>;
type Column = [header: string, get: (r: Row) => unknown];

/** Columns that copy a field of the same name. */
const fields = (...names: string[]): Column[] => names.map((n) => [n, (r: Row) => r[n]]);
const reasons = (r: Row) => r.warnings.map((w: Row) => w.reason).join(' | ');
const list = (v: unknown[] | null | undefined) => (v ?? []).join('|');

export const CSV_COLUMNS: Record<OutputKind, Column[]> = {
  articles: [
    ...fields('id', 'path', 'title', 'publishedAt', 'url', 'source'),
    ['datelinePlace', (r) => r.dateline?.place?.text ?? null],
    ['datelineDate', (r) => r.dateline?.date?.text ?? null],
    ['datelineSource', (r) => r.dateline?.source?.text ?? null],
    ['creationTime', (r) => r.creationTime?.value ?? null],
    ['anchorKind', (r) => r.anchor.kind],
    ['anchorValue', (r) => r.anchor.value],
    ...fields('sha256', 'chars', 'sentences'),
    ['entities', (r) => r.counts.entities],
    ['dates', (r) => r.counts.dates],
    ['counts', (r) => r.counts.counts],
    ['agreements', (r) => r.counts.agreements],
    ['relations', (r) => r.counts.relations],
    ['warnings', (r) => r.warnings.map((w: Row) => `${w.ruleId}: ${w.reason}`).join(' | ')],
  ],
  entities: [
    ...fields('articleId', 'id', 'type', 'name'),
    ['aliases', (r) => list(r.aliases)],
    ['mentionCount', (r) => r.mentions.length],
    ['firstStart', (r) => r.mentions[0].start],
    ['firstEnd', (r) => r.mentions[0].end],
    ['mentions', (r) => r.mentions.map((m: Row) => `${m.start}-${m.end}`).join('|')],
    ['rules', (r) => list([...new Set(r.mentions.map((m: Row) => m.rule as string))])],
  ],
  dates: [
    ...fields('articleId', 'id', 'start', 'end', 'text', 'kind', 'value', 'mod', 'rangeStart', 'rangeEnd', 'anchor', 'rule'),
    ['warnings', reasons],
  ],
  counts: [
    ...fields('articleId', 'id', 'start', 'end', 'text', 'kind', 'value', 'approximate', 'qualifier', 'unit', 'item'),
    ['parts', (r) => list(r.parts)],
    ...fields('rule'),
    ['warnings', reasons],
  ],
  agreements: [
    ...fields('articleId', 'id', 'kind', 'status', 'plural'),
    ['parties', (r) => r.parties.map((p: Row) => p.name).join('|')],
    ['partyEntityIds', (r) => r.parties.map((p: Row) => p.entityId ?? '').join('|')],
    // the person who signed for each party, in the same order ("" where the party signed as itself)
    ['partySignatories', (r) => r.parties.map((p: Row) => (p.signatory as Row | undefined)?.name ?? '').join('|')],
    ...fields('purpose'),
    ['date', (r) => r.date?.value ?? null],
    ['dateText', (r) => r.date?.text ?? null],
    ['place', (r) => r.place?.name ?? null],
    ['evidenceStart', (r) => r.evidence.start],
    ['evidenceEnd', (r) => r.evidence.end],
    ['evidence', (r) => r.evidence.text],
    ...fields('rule'),
  ],
  relations: [
    ...fields('articleId', 'id', 'kind'),
    ['subject', (r) => r.subject.name],
    ['subjectId', (r) => r.subject.entityId],
    ['object', (r) => r.object.name],
    ['objectId', (r) => r.object.entityId],
    ...fields('detail'),
    ['evidenceStart', (r) => r.evidence.start],
    ['evidenceEnd', (r) => r.evidence.end],
    ['evidence', (r) => r.evidence.text],
    ...fields('rule'),
  ],
  errors: [
    ...fields('path', 'line', 'articleId', 'stage', 'reason'),
  ],
};

