// One article's output as UTF-8 bytes in one buffer. A worker thread encodes its rows and hands the buffer to
// the main thread as a transfer (no copy); the main thread then only appends bytes to files. Sent as strings,
// the rows were copied by postMessage (~4% of a worker's time over Reuters) and encoded again by the main
// thread before writing.
import { OUTPUT_KINDS } from '../schema/records.js';
import type { Serialized } from './serialize.js';

/** Output files in a fixed order: every kind's .jsonl, then its .csv. */
export const OUTPUT_FILES: readonly string[] = OUTPUT_KINDS.flatMap((k) => [`${k}.jsonl`, `${k}.csv`]);

export interface EncodedChunk {
  /** The bytes of every file's part, one after the other in OUTPUT_FILES order. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Byte length of each file's part, by OUTPUT_FILES index. */
  sizes: number[];
}

export const EMPTY_CHUNK: EncodedChunk = { bytes: new Uint8Array(0), sizes: OUTPUT_FILES.map(() => 0) };

// Reused for every article of a thread: encoded here, then copied once into a buffer of the exact size.
let scratch = Buffer.allocUnsafeSlow(1 << 16);

export function encodeChunk(chunk: Serialized): EncodedChunk {
  const sizes: number[] = [];
  let pos = 0;
  const add = (text: string) => {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (pos + text.length * 3 > scratch.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(scratch.length * 2, pos + text.length * 3));
      scratch.copy(grown, 0, 0, pos);
      scratch = grown;
    }
    const n = text.length === 0 ? 0 : scratch.write(text, pos, 'utf8');
    sizes.push(n);
    pos += n;
  };
  for (const kind of OUTPUT_KINDS) {
    add(chunk[kind]?.jsonl ?? '');
    add(chunk[kind]?.csv ?? '');
  }
  const bytes = new Uint8Array(pos);
  bytes.set(scratch.subarray(0, pos));
  // A very long article grew it: let that go rather than keep it for the rest of the run.
  if (scratch.length > 1 << 22) scratch = Buffer.allocUnsafeSlow(1 << 16);
  return { bytes, sizes };
}
