// Turns decoded file contents into articles, one format at a time.
import { z } from 'zod';
import type { Message } from '../schema/records.js';
import type { Article } from './article.js';
import { htmlToArticle } from './html.js';
import { dict } from '../analyse/lexicon.js';
import { findCreationTime, findDateline } from './dateline.js';
import { normalisePublishedAt } from './published.js';

export type Format = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

const FORMAT_BY_EXT: Record<string, Format> = dict({
  '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
});

/** Format and extension of a path (".gz" is looked through), or null when gleaner does not read it. */
export function formatOf(path: string): { format: Format; ext: string; gzip: boolean } | null {
  const lower = path.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const dot = base.lastIndexOf('.');
  if (dot < 0 || dot < base.lastIndexOf('/')) return null;
  const ext = base.slice(dot);
  const format = FORMAT_BY_EXT[ext];
  return format ? { format, ext: gzip ? ext + '.gz' : ext, gzip } : null;
}

export class InputError extends Error {}

/** An article object as found in .json and .jsonl inputs. Extra fields are allowed and ignored. */
export const ArticleInputSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional().nullable(),
  text: z.string(),
  title: z.string().optional().nullable(),
  publishedAt: z.string().optional().nullable(),
  url: z.string().optional().nullable(),
  source: z.string().optional().nullable(),
});

/** Builds an Article, with the metadata every format shares (dateline, publishedAt check). */
export function makeArticle(fields: {
  id: string;
  path: string;
  text: string;
  title?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  source?: string | null;
  line?: number;
}): { article: Article; warnings: Message[] } {
  const warnings: Message[] = [];
  if (fields.text.trim() === '') throw new InputError('empty article: the text is blank');
  const ct = findCreationTime(fields.text);
  let publishedAt = fields.publishedAt ?? null;
  if (publishedAt !== null) {
    const p = normalisePublishedAt(publishedAt, ct?.value ?? null);
    if (p.warning) warnings.push({ ruleId: 'ingest.published-at', reason: p.warning, severity: 'warning' });
    publishedAt = p.value;
  }
  const article: Article = {
    id: fields.id,
    path: fields.path,
    text: fields.text,
    title: fields.title ?? null,
    publishedAt,
    url: fields.url ?? null,
    source: fields.source ?? null,
    dateline: findDateline(fields.text),
  };
  if (ct) {
    article.creationTime = ct;
    if (article.publishedAt === null) article.publishedFromText = true;
    article.publishedAt ??= ct.value;
  }
  if (fields.line !== undefined) article.line = fields.line;
  if (article.dateline?.source && !article.source) article.source = article.dateline.source.text;
  return { article, warnings };
}

/**
 * Other names news datasets and APIs give the fields, read when the field itself is absent (first one present wins):
 * `{"headline", "body", "published_at"}` is an article as well.
 */
const FIELD_ALIASES: Record<string, string[]> = {
  text: ['body', 'content'],
  title: ['headline'],
  publishedAt: ['published_at', 'datePublished', 'published', 'date'],
  url: ['link'],
};

/** The object with aliased fields under their own names, and which name each came from. */
function withAliases(obj: unknown): { obj: unknown; from: Record<string, string> } {
  const from: Record<string, string> = {};
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { obj, from };
  const o = obj as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  for (const [field, aliases] of Object.entries(FIELD_ALIASES)) {
    if (Object.hasOwn(o, field)) continue;
    const alias = aliases.find((a) => Object.hasOwn(o, a) && o[a] !== null && o[a] !== undefined);
    if (alias) {
      (out ??= { ...o })[field] = o[alias];
      from[field] = alias;
    }
  }
  return { obj: out ?? obj, from };
}

/** An article object from JSON, validated; the reason names the field that is wrong. */
export function articleFromObject(obj: unknown, path: string, fallbackId: string, line?: number) {
  const aliased = withAliases(obj);
  const parsed = ArticleInputSchema.safeParse(aliased.obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue.path.join('.');
    const field = name ? (aliased.from[name] ? `"${aliased.from[name]}" (read as "${name}")` : `"${name}"`) : '"(article)"';
    const what = obj === null || typeof obj !== 'object' || Array.isArray(obj) ? `expected an article object, got ${Array.isArray(obj) ? 'an array' : obj === null ? 'null' : typeof obj}` : `field ${field}: ${issue.message}`;
    throw new InputError(`not an article: ${what}`);
  }
  const a = parsed.data;
  return makeArticle({
    id: a.id === undefined || a.id === null ? fallbackId : String(a.id),
    path,
    text: a.text,
    title: a.title,
    publishedAt: a.publishedAt,
    url: a.url,
    source: a.source,
    line,
  });
}

/**
 * A .txt or .md file is one article. A short first line followed by a blank line is its title, and so is a first
 * line of three words or more in capitals, as wire copy sets its headline ("COMPUTER ASSOCIATES IN PACT WITH ZENITH").
 */
export function articleFromPlainText(text: string, path: string, id: string, format: 'txt' | 'md') {
  let title: string | null = null;
  if (format === 'md') {
    const m = /^[ \t]*#[ \t]+(.+)$/m.exec(text);
    if (m) title = m[1].trim();
  } else {
    const m = /^[ \t]*([^\n]{3,160})\r?\n[ \t]*\r?\n/.exec(text);
    if (m && !/[.:;,]$/.test(m[1].trim())) title = m[1].trim();
    const capitals = title ? null : /^[ \t]*([^\n\p{Ll}]{3,160})\r?\n/u.exec(text);
    if (capitals && (capitals[1].match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3 && !/[.:;,]$/.test(capitals[1].trim())) title = capitals[1].trim();
  }
  return makeArticle({ id, path, text, title });
}

export function articleFromHtml(html: string, path: string, id: string) {
  const page = htmlToArticle(html);
  if (!page.text.trim()) throw new InputError('no readable text in the HTML page');
  return makeArticle({ id, path, text: page.text, title: page.title, publishedAt: page.publishedAt, url: page.url });
}
