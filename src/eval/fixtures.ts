// Golden fixtures: a compact, readable snapshot of what gleaner extracts from an article, so that any change
// in extraction shows as a small diff in review. Used by test/corpus.test.ts and scripts/update-fixtures.mjs.
import type { ArticleResult } from '../index.js';

export interface Snapshot {
  id: string;
  title: string | null;
  dateline: string | null;
  anchor: string | null;
  entities: string[];
  dates: string[];
  counts: string[];
  agreements: string[];
  relations: string[];
  warnings: string[];
}

/** One line per record: what a reviewer needs to see, not every field. */
export function snapshot(r: ArticleResult): Snapshot {
  const a = r.article;
  return {
    id: a.id,
    title: a.title,
    dateline: a.dateline ? a.dateline.text : null,
    anchor: a.anchor.value ? `${a.anchor.kind} ${a.anchor.value}` : null,
    entities: r.entities.map((e) => `${e.type}: ${e.name}${e.aliases.length ? ` (aka ${e.aliases.join('; ')})` : ''} @ ${e.mentions.map((m) => m.start).join(',')}`),
    dates: r.dates.map((d) => `${d.text} @ ${d.start} = ${d.kind} ${d.value}${d.mod ? ` ${d.mod}` : ''}${d.rangeStart ? ` [${d.rangeStart} .. ${d.rangeEnd}]` : ''}`),
    counts: r.counts.map((c) => `${c.text} @ ${c.start} = ${c.kind} ${c.value}${c.unit ? ` ${c.unit}` : ''}${c.qualifier ? ` (${c.qualifier})` : ''}${c.item ? ` of "${c.item}"` : ''}`),
    agreements: r.agreements.map((g) => `${g.status} ${g.kind}: ${g.parties.map((p) => `${p.name} [${p.role}]`).join(' + ')}${g.purpose ? ` | for: ${g.purpose}` : ''}${g.date ? ` | on: ${g.date.text}` : ''}${g.place ? ` | in: ${g.place.name}` : ''}`),
    relations: r.relations.map((x) => `${x.kind}: ${x.subject.name} -> ${x.object.name}${x.detail ? ` (${x.detail})` : ''}`),
    warnings: a.warnings.map((w) => `${w.ruleId}: ${w.reason}`),
  };
}

/** File name of an article's fixture: its id with path separators made safe. */
export function fixtureName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_') + '.json';
}
