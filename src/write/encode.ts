// One article's output as UTF-8 bytes in one buffer. A worker thread encodes its rows and hands the buffer to
// the main thread as a transfer (no copy); the main thread then only appends bytes to files. Sent as strings,
// the rows were copied by postMessage (~4% of a worker's time over Reuters) and encoded again by the main
// thread before writing.
import { OUTPUT_KINDS, type OutputKind } from '../schema/records.js';

/** Output files in a fixed order: every kind's .jsonl, then its .csv. */
export const OUTPUT_FILES: readonly string[] = OUTPUT_KINDS.flatMap((k) => [`${k}.jsonl`, `${k}.csv`]);

/** Index in OUTPUT_FILES of each kind's .jsonl (its .csv is the next one). */
export const JSONL_FILE = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, OUTPUT_FILES.indexOf(`${k}.jsonl`)])) as Record<OutputKind, number>;

export interface EncodedChunk {
  /** The bytes of every file's part, one after the other in OUTPUT_FILES order. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Byte length of each file's part, by OUTPUT_FILES index. */
  sizes: number[];
}

export const EMPTY_CHUNK: EncodedChunk = { bytes: new Uint8Array(0), sizes: OUTPUT_FILES.map(() => 0) };

// Reused for every article of a thread: encoded here, then copied once into a buffer of the exact size.
let scratch = Buffer.allocUnsafeSlow(1 << 16);

/**
 * Builds one chunk, text encoded straight into the scratch buffer as each row is serialized: no string of a
 * whole file's part is built first (its pieces, then the flat copy that encoding needs, were about a tenth of
 * a worker's allocations). Parts are added in OUTPUT_FILES order; one builder at a time per thread.
 */
export class ChunkBuilder {
  private readonly sizes: number[] = OUTPUT_FILES.map(() => 0);
  private pos = 0;
  private file = 0;

  /** Appends text to the part of OUTPUT_FILES[file]. */
  add(file: number, text: string): void {
    this.at(file, text.length * 3);
    if (text.length === 0) return;
    const n = scratch.write(text, this.pos, 'utf8');
    this.sizes[file] += n;
    this.pos += n;
  }

  /** Appends one byte of ASCII (a line's "\n"). */
  addByte(file: number, byte: number): void {
    this.at(file, 1);
    scratch[this.pos++] = byte;
    this.sizes[file] += 1;
  }

  finish(): EncodedChunk {
    const bytes = new Uint8Array(this.pos);
    bytes.set(scratch.subarray(0, this.pos));
    // A very long article grew it: let that go rather than keep it for the rest of the run.
    if (scratch.length > 1 << 22) scratch = Buffer.allocUnsafeSlow(1 << 16);
    return { bytes, sizes: this.sizes };
  }

  /** Checks the order of parts and makes room for `bytes` more. */
  private at(file: number, bytes: number): void {
    if (file < this.file) throw new Error(`${OUTPUT_FILES[file]} added after ${OUTPUT_FILES[this.file]}`);
    this.file = file;
    // (A UTF-16 code unit takes at most 3 bytes in UTF-8.)
    if (this.pos + bytes > scratch.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, this.pos + bytes));
      scratch.copy(grown, 0, 0, this.pos);
      scratch = grown;
    }
  }
}
