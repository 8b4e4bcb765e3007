// How much input there is, for progress: its size at once (file sizes), and the number of items ingest will
// hand on (articles and errors), counted by a quick scan alongside the run. The scan reads .jsonl and .json
// files a second time, at hundreds of MB/s against the pipeline's ~1 MB/s per core, so it ends long before the
// run does; it counts only, so memory stays flat whatever the file's size.
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { discover, type FoundFile } from './discover.js';
import { ingestOptions, type IngestOptions } from './index.js';

/** Total size of the input files, uncompressed (a gzip file records its size in its last four bytes). */
export async function inputBytes(paths: string[]): Promise<number> {
  let total = 0;
  for await (const f of discover(paths, () => {}, () => {})) {
    try {
      const st = await fs.stat(f.path);
      if (f.gzip && st.size >= 18) {
        const fh = await fs.open(f.path, 'r');
        try {
          const buf = Buffer.alloc(4);
          await fh.read(buf, 0, 4, st.size - 4);
          total += buf.readUInt32LE(0);
        } finally {
          await fh.close();
        }
      } else total += st.size;
    } catch {
      // reported when the file is read
    }
  }
  return total;
}

/**
 * The number of items ingest() yields for these paths, skipped files aside: one per .jsonl line that is not
 * blank, one per element of a .json array, one per other file, one per problem. Null when stopped first.
 */
export async function countItems(paths: string[], options: Partial<IngestOptions> = {}, stop: { stopped: boolean } = { stopped: false }): Promise<number | null> {
  const opts = ingestOptions(options);
  let items = 0;
  const files = discover(
    paths,
    () => items++,
    () => {},
  );
  for await (const file of files) {
    if (stop.stopped) return null;
    if (file.format !== 'jsonl' && file.format !== 'json') {
      items++;
      continue;
    }
    try {
      if (file.format === 'json' && (await fs.stat(file.path)).size > opts.maxFileBytes) {
        items++;
        continue;
      }
      const n = await scan(file, file.format === 'jsonl' ? new LineCounter() : new ArrayCounter(), stop);
      if (n === null) return null;
      items += n;
    } catch {
      items++; // ingest reports the file as one error
    }
  }
  return stop.stopped ? null : items;
}

interface Counter {
  feed(chunk: Buffer): void;
  /** Items in everything fed, given the file's size. */
  result(size: number): number;
}

async function scan(file: FoundFile, counter: Counter, stop: { stopped: boolean }): Promise<number | null> {
  let stream: NodeJS.ReadableStream = createReadStream(file.path);
  if (file.gzip) stream = stream.pipe(createGunzip());
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (stop.stopped) return null; // leaving the loop destroys the stream
    counter.feed(size === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? chunk.subarray(3) : chunk);
    size += chunk.length;
  }
  return counter.result(size);
}

/** ASCII white space, as JSON and String.prototype.trim see it. */
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12;

/** Lines with something other than white space (ingest skips blank lines); an empty file is one error. */
class LineCounter implements Counter {
  private items = 0;
  /** The current line has a byte that is not white space. */
  private content = false;

  feed(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (!this.content) {
        while (i < chunk.length && chunk[i] !== 10 && isBlank(chunk[i])) i++;
        if (i === chunk.length) return;
        if (chunk[i] !== 10) this.content = true;
      }
      const nl = chunk.indexOf(10, i);
      if (nl < 0) return;
      if (this.content) this.items++;
      this.content = false;
      i = nl + 1;
    }
  }

  result(size: number): number {
    if (size === 0) return 1;
    return this.items + (this.content ? 1 : 0);
  }
}

/** The elements of a top-level JSON array, or one item for anything else (an object, or malformed JSON). */
class ArrayCounter implements Counter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private array: boolean | null = null;
  /** Inside the top-level array, before an element (after "[" or ","). */
  private expecting = false;
  private elements = 0;

  feed(chunk: Buffer): void {
    if (this.array === false) return;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c) this.escaped = true;
        else if (c === 0x22) this.inString = false;
        continue;
      }
      if (isBlank(c)) continue;
      if (this.array === null) {
        this.array = c === 0x5b;
        if (!this.array) return;
        this.depth = 1;
        this.expecting = true;
        continue;
      }
      if (this.depth === 1 && c === 0x2c) {
        this.expecting = true;
        continue;
      }
      if (this.depth === 1 && this.expecting && c !== 0x5d) {
        this.elements++;
        this.expecting = false;
      }
      if (c === 0x22) this.inString = true;
      else if (c === 0x5b || c === 0x7b) this.depth++;
      else if (c === 0x5d || c === 0x7d) this.depth--;
    }
  }

  result(size: number): number {
    return size === 0 || !this.array ? 1 : this.elements;
  }
}
