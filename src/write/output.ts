// The output folder. Files are written under DIR/.gleaner-partial and renamed into place only when the run
// is complete, manifest.json last, so a reader never sees a partial dataset. A checkpoint (state.json) after a
// flush, at most once a second, records how many inputs are done and how long each file was, so that a killed
// run can be continued with --resume and end byte for byte as an uninterrupted one.
import { closeSync, existsSync, ftruncateSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, OutputKind } from '../schema/records.js';
import { csvHeader } from './serialize.js';
import { OUTPUT_FILES, type EncodedChunk } from './encode.js';

export const PARTIAL_DIR = '.gleaner-partial';

export interface RunState {
  /** Identifies the run: inputs and options that change the output. */
  fingerprint: string;
  /** Ingest items (articles, errors, skipped files) fully written. */
  itemsDone: number;
  sizes: Record<string, number>;
  records: Record<string, number>;
  articles: number;
  errors: number;
  startedAt: string;
}

export class OutputWriter {
  readonly dir: string;
  private readonly partial: string;
  private fds = new Map<string, number>();
  /** Bytes not yet written, by OUTPUT_FILES index. */
  private buffers: Uint8Array[][] = OUTPUT_FILES.map(() => []);
  private buffered = 0;
  private sinceFlush = 0;
  private lastCheckpoint = 0;
  state: RunState;

  constructor(dir: string, fingerprint: string) {
    this.dir = dir;
    this.partial = join(dir, PARTIAL_DIR);
    this.state = { fingerprint, itemsDone: 0, sizes: {}, records: {}, articles: 0, errors: 0, startedAt: new Date().toISOString() };
  }

  /** Opens the partial files; with resume, continues from the last checkpoint when it matches. Returns items to skip. */
  open(resume: boolean): number {
    mkdirSync(this.dir, { recursive: true });
    const statePath = join(this.partial, 'state.json');
    let resumed: RunState | null = null;
    if (resume && existsSync(statePath)) {
      const s = JSON.parse(readFileSync(statePath, 'utf8')) as RunState;
      if (s.fingerprint === this.state.fingerprint) resumed = s;
    }
    if (resumed) this.state = resumed;
    else {
      rmSync(this.partial, { recursive: true, force: true });
      mkdirSync(this.partial, { recursive: true });
    }
    for (const name of OUTPUT_FILES) {
      const p = join(this.partial, name);
      const fd = openSync(p, resumed ? 'r+' : 'w');
      if (resumed) {
        // drop whatever was written after the last checkpoint
        ftruncateSync(fd, (this.state.sizes[name] ??= 0));
      } else {
        const kind = name.replace(/\.(jsonl|csv)$/, '') as OutputKind;
        const header = name.endsWith('.csv') ? csvHeader(kind) : '';
        if (header) writeSync(fd, header, 0);
        this.state.sizes[name] = Buffer.byteLength(header);
      }
      this.fds.set(name, fd);
    }
    this.checkpoint();
    return this.state.itemsDone;
  }

  /** Appends one item's serialized rows (in input order). */
  append(chunk: EncodedChunk, counts: { article?: boolean; errors?: number; records?: Record<string, number> }): void {
    let at = 0;
    for (let f = 0; f < OUTPUT_FILES.length; f++) {
      const n = chunk.sizes[f];
      if (n === 0) continue;
      this.buffers[f].push(chunk.bytes.subarray(at, at + n));
      this.buffered += n;
      at += n;
    }
    if (counts.article) this.state.articles++;
    this.state.errors += counts.errors ?? 0;
    for (const [k, n] of Object.entries(counts.records ?? {})) this.state.records[k] = (this.state.records[k] ?? 0) + n;
    this.state.itemsDone++;
    // Checkpoint often enough that an interrupted run loses little work, rarely enough to stay cheap.
    if (this.buffered > 1 << 19 || ++this.sinceFlush >= 250) this.flush();
  }

  /** Writes the buffered bytes and, at most once a second, records a checkpoint a resumed run can continue from. */
  flush(): void {
    for (let f = 0; f < OUTPUT_FILES.length; f++) {
      const parts = this.buffers[f];
      if (parts.length === 0) continue;
      const name = OUTPUT_FILES[f];
      const data = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      const fd = this.fds.get(name)!;
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off, this.state.sizes[name] + off);
      this.state.sizes[name] += data.length;
      parts.length = 0;
    }
    this.buffered = 0;
    this.sinceFlush = 0;
    // The checkpoint is a file written and renamed (~2 ms here): at most once a second is enough for a resumed
    // run to lose little work. Skipping one is safe: the last checkpoint still describes a prefix of the data
    // on disk, and --resume truncates every file back to it.
    if (performance.now() - this.lastCheckpoint >= 1000) this.checkpoint();
  }

  private checkpoint(): void {
    this.lastCheckpoint = performance.now();
    const p = join(this.partial, 'state.json');
    writeFileSync(p + '.tmp', JSON.stringify(this.state));
    renameSync(p + '.tmp', p);
  }

  /** Flushes, closes and moves the files into place; manifest.json is written last. */
  finish(manifest: Omit<Manifest, 'files' | 'articles' | 'errors' | 'records'>): Manifest {
    this.flush();
    for (const fd of this.fds.values()) {
      fsyncSync(fd);
      closeSync(fd);
    }
    this.fds.clear();
    for (const name of OUTPUT_FILES) renameSync(join(this.partial, name), join(this.dir, name));
    const full: Manifest = {
      ...manifest,
      articles: this.state.articles,
      errors: this.state.errors,
      records: Object.fromEntries(['entities', 'dates', 'counts', 'agreements', 'relations'].map((k) => [k, this.state.records[k] ?? 0])),
      files: [...OUTPUT_FILES, 'manifest.json'],
    };
    const mp = join(this.dir, 'manifest.json');
    writeFileSync(mp + '.tmp', JSON.stringify(full, null, 2) + '\n');
    renameSync(mp + '.tmp', mp);
    rmSync(this.partial, { recursive: true, force: true });
    return full;
  }

  /** Leaves the partial state on disk for --resume (after SIGINT). */
  suspend(): void {
    this.flush();
    this.checkpoint();
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}
