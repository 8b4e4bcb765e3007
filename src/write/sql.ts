// CREATE TABLE statements for the CSV files, so that a run's output loads into a database as it is written
// (SQLite's `.import --csv`, PostgreSQL's `\copy ... csv header`): one column per CSV column, in the same order,
// typed from the zod row schema. Types are ones SQLite and PostgreSQL both read the same way.
import { z } from 'zod';
import { CSV_COLUMNS } from './columns.js';
import { OUTPUT_KINDS, ROW_SCHEMAS, type OutputKind } from '../schema/records.js';

type SqlType = 'TEXT' | 'INTEGER' | 'DOUBLE PRECISION' | 'BOOLEAN';

/** Columns the CSV computes from nested fields (not a field of the same name): their types. */
const COMPUTED: Partial<Record<OutputKind, Record<string, SqlType>>> = {
  articles: { entities: 'INTEGER', dates: 'INTEGER', counts: 'INTEGER', agreements: 'INTEGER', relations: 'INTEGER' },
  entities: { mentionCount: 'INTEGER', firstStart: 'INTEGER', firstEnd: 'INTEGER' },
  agreements: { evidenceStart: 'INTEGER', evidenceEnd: 'INTEGER' },
  relations: { evidenceStart: 'INTEGER', evidenceEnd: 'INTEGER' },
};

/** What identifies a row: an article's id; an entity's id within its article (the id is the same in every article). */
const KEYS: Record<OutputKind, string[]> = {
  articles: ['id'],
  entities: ['articleId', 'id'],
  dates: ['id'],
  counts: ['id'],
  agreements: ['id'],
  relations: ['id'],
  errors: [],
};

function sqlTypeOf(schema: z.ZodType | undefined): SqlType {
  let s = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodBoolean) return 'BOOLEAN';
  // Offsets, line numbers and counts of records are whole numbers (an article is at most a few MB, so they fit
  // PostgreSQL's 32-bit INTEGER); an amount's value may be a fraction or larger than 2^31.
  if (s instanceof z.ZodNumber) return s.isInt ? 'INTEGER' : 'DOUBLE PRECISION';
  return 'TEXT';
}

/** One column per CSV column, in the CSV's order, with its SQL type. */
export function sqlColumns(kind: OutputKind): Array<[name: string, type: SqlType]> {
  const shape = (ROW_SCHEMAS[kind] as unknown as z.ZodObject).shape as Record<string, z.ZodType>;
  return CSV_COLUMNS[kind].map(([header]) => [header, COMPUTED[kind]?.[header] ?? sqlTypeOf(shape[header])]);
}

const quoted = (name: string) => `"${name}"`;

/** CREATE TABLE for one output file (the table is named after it), or for all of them. */
export function createTables(kind?: OutputKind): string {
  return (kind ? [kind] : OUTPUT_KINDS)
    .map((k) => {
      const lines = sqlColumns(k).map(([name, type]) => `  ${quoted(name)} ${type}`);
      if (KEYS[k].length) lines.push(`  PRIMARY KEY (${KEYS[k].map(quoted).join(', ')})`);
      return `CREATE TABLE ${quoted(k)} (\n${lines.join(',\n')}\n);\n`;
    })
    .join('\n');
}
