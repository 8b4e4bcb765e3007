// Ingest: discover input files, read and decode them, and hand on articles in input order.
// Every problem becomes an error item naming the path (and line) and the reason; the batch goes on.
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { ErrorRow, Message } from '../schema/records.js';
import type { Article } from './article.js';
import { decode, DecodeError } from './decode.js';
import { discover, describeFsError, type FoundFile } from './discover.js';
import { articleFromHtml, articleFromObject, articleFromPlainText, InputError } from './formats.js';

export type { Article } from './article.js';
export { findDateline } from './dateline.js';
export { htmlToArticle } from './html.js';

export interface IngestOptions {
  /** Largest article text, in bytes (UTF-8); larger ones are reported and skipped. */
  maxArticleBytes: number;
  /** Largest file read whole (.txt, .md, .html, .json); .jsonl files are streamed line by line. */
  maxFileBytes: number;
}

export const DEFAULT_INGEST: IngestOptions = { maxArticleBytes: 5_000_000, maxFileBytes: 200_000_000 };

/** The limits given, and the defaults for those left out or undefined (the command line passes undefined for an option it was not given). */
export function ingestOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  return { maxArticleBytes: options.maxArticleBytes ?? DEFAULT_INGEST.maxArticleBytes, maxFileBytes: options.maxFileBytes ?? DEFAULT_INGEST.maxFileBytes };
}

export type IngestItem = (
  | { kind: 'article'; article: Article; warnings: Message[] }
  | { kind: 'error'; error: ErrorRow }
  | { kind: 'skipped'; path: string }
) & {
  /**
   * Bytes of input read through the end of this item, over all input files in order (gzip files counted
   * uncompressed): the position that progress reports against the input's size (see census.ts).
   */
  at?: number;
};

function error(path: string, stage: ErrorRow['stage'], reason: string, line: number | null = null, articleId: string | null = null): IngestItem {
  return { kind: 'error', error: { path, line, articleId, stage, reason } };
}

/** Articles and problems from the given files and folders, in a stable order. */
export async function* ingest(paths: string[], options: Partial<IngestOptions> = {}): AsyncGenerator<IngestItem> {
  const opts = ingestOptions(options);
  const pending: IngestItem[] = [];
  const files = discover(
    paths,
    (p) => pending.push(error(p.path, 'discover', p.reason)),
    (path) => pending.push({ kind: 'skipped', path }),
  );
  // Bytes of the files before the current one; a file's items carry positions within it.
  let base = 0;
  const flush = function* () {
    while (pending.length) yield placed(pending.shift()!, base);
  };
  for await (const file of files) {
    yield* flush();
    const reader = readFile(file, opts);
    try {
      for (;;) {
        const r = await reader.next();
        if (r.done) {
          base += r.value;
          break;
        }
        yield placed(r.value, base + (r.value.at ?? 0));
      }
    } finally {
      // A caller that stops early closes the file being read, as yield* would.
      await reader.return(0);
    }
  }
  yield* flush();
}

function placed(item: IngestItem, at: number): IngestItem {
  item.at = at;
  return item;
}

function idFromRel(file: FoundFile): string {
  return file.rel.slice(0, file.rel.length - file.ext.length) || file.rel;
}

/** A file's items, each with its position in the file; returns the file's size as census.ts counts it. */
async function* readFile(file: FoundFile, opts: IngestOptions): AsyncGenerator<IngestItem, number> {
  if (file.format === 'jsonl') return yield* readJsonl(file, opts);
  const whole = { ...file, format: file.format };
  let bytes: Uint8Array;
  let size = 0;
  try {
    const st = await fs.stat(file.path);
    size = st.size;
    if (st.size > opts.maxFileBytes) {
      yield placed(error(file.path, 'read', `file is ${st.size} bytes, over the --max-file-bytes limit of ${opts.maxFileBytes}`), size);
      return size;
    }
    bytes = await fs.readFile(file.path);
    if (file.gzip) bytes = gunzipSync(bytes);
    size = bytes.length;
  } catch (e) {
    yield placed(error(file.path, 'read', file.gzip && !(e as NodeJS.ErrnoException).code ? `not a valid gzip file: ${(e as Error).message}` : describeFsError(e)), size);
    return size;
  }
  for await (const item of readWhole(whole, bytes, opts)) yield placed(item, item.at ?? size);
  return size;
}

/** The items of a file read whole (every format but .jsonl); the items of a JSON array are placed in proportion. */
async function* readWhole(file: FoundFile & { format: Exclude<FoundFile['format'], 'jsonl'> }, bytes: Uint8Array, opts: IngestOptions): AsyncGenerator<IngestItem> {
  const size = bytes.length;
  if (size === 0) {
    yield error(file.path, 'read', 'empty file');
    return;
  }
  let text: string;
  try {
    text = decode(bytes);
  } catch (e) {
    yield error(file.path, 'decode', e instanceof DecodeError ? e.message : String(e));
    return;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const id = idFromRel(file);
  try {
    if (file.format === 'json') {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        yield error(file.path, 'parse', `malformed JSON: ${(e as Error).message}`);
        return;
      }
      const list = Array.isArray(data) ? data : [data];
      for (let k = 0; k < list.length; k++) {
        const fallback = Array.isArray(data) ? `${id}#${k + 1}` : id;
        const at = Math.round((size * (k + 1)) / list.length);
        try {
          yield placed(checked(articleFromObject(list[k], file.path, fallback), opts), at);
        } catch (e) {
          yield placed(error(file.path, 'parse', Array.isArray(data) ? `item ${k + 1}: ${messageOf(e)}` : messageOf(e)), at);
        }
      }
    } else if (file.format === 'html') {
      yield checked(articleFromHtml(text, file.path, id), opts);
    } else {
      yield checked(articleFromPlainText(text, file.path, id, file.format), opts);
    }
  } catch (e) {
    yield error(file.path, 'parse', messageOf(e));
  }
}

function messageOf(e: unknown): string {
  return e instanceof InputError || e instanceof Error ? e.message : String(e);
}

function checked(r: { article: Article; warnings: Message[] }, opts: IngestOptions): IngestItem {
  const bytes = Buffer.byteLength(r.article.text, 'utf8');
  if (bytes > opts.maxArticleBytes) {
    return error(r.article.path, 'read', `article text is ${bytes} bytes, over the --max-article-bytes limit of ${opts.maxArticleBytes}`, r.article.line ?? null, r.article.id);
  }
  return { kind: 'article', ...r };
}

/** .jsonl is streamed: memory stays flat however long the file, and each line fails on its own. */
async function* readJsonl(file: FoundFile, opts: IngestOptions): AsyncGenerator<IngestItem, number> {
  const base = idFromRel(file);
  let lineNo = 0;
  let sawAny = false;
  // Bytes read through the end of the current line.
  let end = 0;
  try {
    for await (const raw of byteLines(file)) {
      lineNo++;
      sawAny = true;
      end = raw.end;
      let bytes = raw.bytes;
      if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      if (bytes.length > opts.maxArticleBytes * 2 + 4096) {
        yield placed(error(file.path, 'read', `line is ${bytes.length} bytes, over twice the --max-article-bytes limit`, lineNo), end);
        continue;
      }
      let text: string;
      try {
        text = decode(bytes);
      } catch (e) {
        yield placed(error(file.path, 'decode', messageOf(e), lineNo), end);
        continue;
      }
      if (text.trim() === '') continue;
      let obj: unknown;
      try {
        obj = JSON.parse(text);
      } catch (e) {
        const truncated = raw.last && !raw.terminated;
        yield placed(error(file.path, 'parse', `${truncated ? 'truncated last line (no newline at the end): ' : ''}malformed JSON: ${(e as Error).message}`, lineNo), end);
        continue;
      }
      try {
        yield placed(checked(articleFromObject(obj, file.path, `${base}#${lineNo}`, lineNo), opts), end);
      } catch (e) {
        yield placed(error(file.path, 'parse', messageOf(e), lineNo), end);
      }
    }
  } catch (e) {
    yield placed(error(file.path, 'read', (e as NodeJS.ErrnoException).code ? describeFsError(e) : `cannot read: ${messageOf(e)}`, lineNo || null), end);
    return end;
  }
  if (!sawAny) yield placed(error(file.path, 'read', 'empty file'), 0);
  return end;
}

interface RawLine {
  bytes: Buffer;
  terminated: boolean;
  last: boolean;
  /** Bytes of the file (uncompressed) through this line's end, its line break included. */
  end: number;
}

/** Lines as bytes, so that invalid UTF-8 is detected per line instead of being replaced silently. */
async function* byteLines(file: FoundFile): AsyncGenerator<RawLine> {
  let stream: NodeJS.ReadableStream = createReadStream(file.path);
  if (file.gzip) stream = stream.pipe(createGunzip());
  let carry: Buffer[] = [];
  let carryLen = 0;
  let pending: RawLine | null = null;
  // Bytes of the file before the current chunk.
  let offset = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      if (nl < 0) break;
      let line = chunk.subarray(from, nl);
      if (carryLen) {
        line = Buffer.concat([...carry, line]);
        carry = [];
        carryLen = 0;
      }
      if (line.length && line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
      if (pending) yield pending;
      pending = { bytes: line, terminated: true, last: false, end: offset + nl + 1 };
      from = nl + 1;
    }
    if (from < chunk.length) {
      carry.push(chunk.subarray(from));
      carryLen += chunk.length - from;
    }
    offset += chunk.length;
  }
  if (carryLen) {
    if (pending) yield pending;
    pending = { bytes: Buffer.concat(carry), terminated: false, last: true, end: offset };
  }
  if (pending) {
    pending.last = true;
    yield pending;
  }
}
