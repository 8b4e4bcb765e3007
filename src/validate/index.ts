// Every row is parsed with its zod schema before it is written, and every span is checked against the
// article's text: text.slice(start, end) must equal the record's text. A row that fails is dropped and
// reported, never written half-right.
import { ROW_SCHEMAS, type OutputKind } from '../schema/records.js';

export interface Invalid {
  kind: OutputKind;
  id: string;
  reason: string;
}

type Spanned = { start: number; end: number; text: string };

function checkSpan(text: string, s: Spanned, what: string): string | null {
  if (s.start > s.end || s.end > text.length) return `${what} [${s.start}, ${s.end}) lies outside the text (${text.length} characters)`;
  // Same as text.slice(start, end) === s.text, without a copy of the span.
  if (s.end - s.start !== s.text.length || !text.startsWith(s.text, s.start)) return `${what} [${s.start}, ${s.end}) does not match its text`;
  return null;
}

/** Spans a row carries, by kind. */
function spansOf(kind: OutputKind, row: Record<string, unknown>): Array<[Spanned, string]> {
  const out: Array<[Spanned, string]> = [];
  if (kind === 'entities') for (const m of row.mentions as Spanned[]) out.push([m, 'mention']);
  if (kind === 'dates' || kind === 'counts') out.push([row as unknown as Spanned, 'span']);
  if (kind === 'counts' && row.itemSpan) out.push([row.itemSpan as Spanned, 'item span']);
  if (kind === 'agreements' || kind === 'relations') out.push([row.evidence as Spanned, 'evidence']);
  return out;
}

/** Validates rows of one kind for one article; returns the valid rows and the problems. */
export function validateRows<T>(kind: OutputKind, rows: T[], text: string | null): { valid: T[]; invalid: Invalid[] } {
  const schema = ROW_SCHEMAS[kind];
  const valid: T[] = [];
  const invalid: Invalid[] = [];
  for (const row of rows) {
    const r = schema.safeParse(row);
    const id = String((row as { id?: unknown }).id ?? '');
    if (!r.success) {
      const issue = r.error.issues[0];
      invalid.push({ kind, id, reason: `${issue.path.join('.') || 'row'}: ${issue.message}` });
      continue;
    }
    let bad: string | null = null;
    if (text !== null) {
      for (const [span, what] of spansOf(kind, row as Record<string, unknown>)) {
        bad = checkSpan(text, span, what);
        if (bad) break;
      }
    }
    if (bad) invalid.push({ kind, id, reason: bad });
    else valid.push(row);
  }
  return { valid, invalid };
}
