// The output contract. Every row written by gleaner is parsed with one of these schemas first;
// the TypeScript types are inferred from them and `gleaner schema` publishes them as JSON Schema.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.0.0';

const offset = z.number().int().nonnegative();

/** A view into the article's text: text === article.text.slice(start, end). */
export const SpanSchema = z.object({ start: offset, end: offset, text: z.string() });
export type Span = z.infer<typeof SpanSchema>;

/** A warning or quality flag, in the manner of a vfile message. */
export const MessageSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  start: offset.optional(),
  end: offset.optional(),
  recordId: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const DatelineSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  place: SpanSchema.nullable(),
  date: SpanSchema.nullable(),
  source: SpanSchema.nullable(),
  /** TimeML value of the dateline date, XXXX-MM-DD when its year is unknown. */
  value: z.string().nullable(),
});
export type Dateline = z.infer<typeof DatelineSchema>;

export const RECORD_KINDS = ['entities', 'dates', 'counts', 'agreements', 'relations'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const ANCHOR_KINDS = ['publishedAt', 'creationTime', 'dateline', 'reference', 'none'] as const;
export const AnchorKindSchema = z.enum(ANCHOR_KINDS);
export type AnchorKind = z.infer<typeof AnchorKindSchema>;

export const ArticleRowSchema = z.object({
  id: z.string().min(1),
  path: z.string(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  dateline: DatelineSchema.nullable(),
  /** A line holding only the publication date under the headline: metadata, not a dates.jsonl record. */
  creationTime: SpanSchema.extend({ value: z.string() }).nullable(),
  /**
   * Which date anchors relative expressions: publishedAt; creationTime (the date line under the headline, when
   * publishedAt names another day); dateline; reference (--reference-date); or none.
   */
  anchor: z.object({ kind: AnchorKindSchema, value: z.string().nullable() }),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  chars: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  counts: z.object({
    entities: z.number().int().nonnegative(),
    dates: z.number().int().nonnegative(),
    counts: z.number().int().nonnegative(),
    agreements: z.number().int().nonnegative(),
    relations: z.number().int().nonnegative(),
  }),
  warnings: z.array(MessageSchema),
});
export type ArticleRow = z.infer<typeof ArticleRowSchema>;

export const ENTITY_TYPES = ['organisation', 'person', 'place', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const MentionSchema = SpanSchema.extend({ rule: z.string() });
export type Mention = z.infer<typeof MentionSchema>;

export const EntityRowSchema = z.object({
  articleId: z.string(),
  /** Stable across a corpus: the same type and canonical name give the same id. */
  id: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});
export type EntityRow = z.infer<typeof EntityRowSchema>;

export const DATE_KINDS = ['date', 'time', 'duration', 'set', 'range'] as const;

export const DateRowSchema = SpanSchema.extend({
  articleId: z.string(),
  id: z.string(),
  kind: z.enum(DATE_KINDS),
  /** TimeML value: 2023-09-09, XXXX-09-09, 2013-W11, 2008-Q1, P3Y, PAST_REF ... */
  value: z.string(),
  mod: z.string().nullable(),
  rangeStart: z.string().nullable(),
  rangeEnd: z.string().nullable(),
  /** What the value was resolved against. */
  anchor: z.string().nullable(),
  rule: z.string(),
  warnings: z.array(MessageSchema),
});
export type DateRow = z.infer<typeof DateRowSchema>;

export const COUNT_KINDS = ['count', 'money', 'percent', 'measure'] as const;

export const CountRowSchema = SpanSchema.extend({
  articleId: z.string(),
  id: z.string(),
  kind: z.enum(COUNT_KINDS),
  value: z.number().finite(),
  approximate: z.boolean(),
  qualifier: z.string().nullable(),
  /** ISO 4217 code for money, the unit word for measures, "%" for percent. */
  unit: z.string().nullable(),
  item: z.string().nullable(),
  itemSpan: SpanSchema.nullable(),
  /** Parts of a total written as a sum ("4+3+2+1"). */
  parts: z.array(z.number()).optional(),
  rule: z.string(),
  warnings: z.array(MessageSchema),
});
export type CountRow = z.infer<typeof CountRowSchema>;

export const PartySchema = z.object({
  name: z.string().min(1),
  entityId: z.string().nullable(),
  start: offset,
  end: offset,
  /** How the party was found: subject, object, between, elided subject, passive agent ... */
  role: z.string(),
  /** The person who signed for it, when the party is the country or body a titled signer stands for. */
  signatory: z.object({ name: z.string().min(1), entityId: z.string().nullable() }).optional(),
});

export const AgreementRowSchema = z.object({
  articleId: z.string(),
  id: z.string(),
  kind: z.string().min(1),
  status: z.enum(['signed', 'agreed', 'concluded']),
  plural: z.boolean(),
  parties: z.array(PartySchema),
  purpose: z.string().nullable(),
  date: z.object({ dateId: z.string(), text: z.string(), value: z.string() }).nullable(),
  place: z.object({ entityId: z.string().nullable(), name: z.string() }).nullable(),
  evidence: SpanSchema,
  rule: z.string(),
});
export type AgreementRow = z.infer<typeof AgreementRowSchema>;

export const RelationEndSchema = z.object({ name: z.string(), entityId: z.string().nullable() });

export const RelationRowSchema = z.object({
  articleId: z.string(),
  id: z.string(),
  kind: z.string().min(1),
  subject: RelationEndSchema,
  object: RelationEndSchema,
  /** Extra detail of the relation, for example the title in a role relation. */
  detail: z.string().nullable(),
  evidence: SpanSchema,
  rule: z.string(),
});
export type RelationRow = z.infer<typeof RelationRowSchema>;

export const ErrorRowSchema = z.object({
  path: z.string(),
  /** Line number inside a .jsonl file, when the error concerns one line. */
  line: z.number().int().positive().nullable(),
  articleId: z.string().nullable(),
  stage: z.enum(['discover', 'read', 'decode', 'parse', 'extract', 'validate', 'write']),
  reason: z.string(),
});
export type ErrorRow = z.infer<typeof ErrorRowSchema>;

export const ManifestSchema = z.object({
  tool: z.literal('gleaner'),
  toolVersion: z.string(),
  schemaVersion: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  inputs: z.array(z.string()),
  options: z.record(z.string(), z.unknown()),
  articles: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  records: z.record(z.string(), z.number().int().nonnegative()),
  files: z.array(z.string()),
  timings: z.object({ totalMs: z.number().nonnegative(), stagesMs: z.record(z.string(), z.number().nonnegative()) }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Row schemas by output file, in the order the files are documented. */
export const ROW_SCHEMAS = {
  articles: ArticleRowSchema,
  entities: EntityRowSchema,
  dates: DateRowSchema,
  counts: CountRowSchema,
  agreements: AgreementRowSchema,
  relations: RelationRowSchema,
  errors: ErrorRowSchema,
} as const;
export type OutputKind = keyof typeof ROW_SCHEMAS;
export const OUTPUT_KINDS = Object.keys(ROW_SCHEMAS) as OutputKind[];

/** JSON Schema for every output file, generated from the zod schemas. */
export function jsonSchemas(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [kind, schema] of Object.entries({ ...ROW_SCHEMAS, manifest: ManifestSchema })) {
    out[kind] = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  }
  return out;
}
