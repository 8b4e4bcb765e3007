// Article ids already seen in a run, for duplicate detection over inputs of any size. A Map from id to
// "path#line" costs ~150-200 bytes per article (200 MB for a million); this table keeps two 32-bit
// hashes of the id and where it was first seen (file number, line) in typed arrays: 32 bytes per article
// at most. Two different ids collide only if both hashes agree (about 1 in 10^19 per pair of ids).

const EMPTY = 0;

export class SeenIds {
  private h1 = new Uint32Array(1024);
  private h2 = new Uint32Array(1024);
  private file = new Uint32Array(1024);
  private line = new Uint32Array(1024);
  private size = 0;
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();

  /** Where the id was first seen ("path" or "path#line"), or null when it is new. */
  get(id: string): string | null {
    const [a, b] = hashes(id);
    const slot = this.find(a, b);
    if (this.h1[slot] === EMPTY && this.h2[slot] === EMPTY) return null;
    const path = this.files[this.file[slot]];
    const line = this.line[slot];
    return line ? `${path}#${line}` : path;
  }

  /** Records the id's first place (line 0 or null for a whole file). Returns false when it was already there. */
  add(id: string, path: string, line: number | null | undefined): boolean {
    const [a, b] = hashes(id);
    const slot = this.find(a, b);
    if (this.h1[slot] !== EMPTY || this.h2[slot] !== EMPTY) return false;
    let f = this.fileIndex.get(path);
    if (f === undefined) {
      f = this.files.length;
      this.files.push(path);
      this.fileIndex.set(path, f);
    }
    this.h1[slot] = a;
    this.h2[slot] = b;
    this.file[slot] = f;
    this.line[slot] = line ?? 0;
    if (++this.size * 2 > this.h1.length) this.grow();
    return true;
  }

  get count(): number {
    return this.size;
  }

  private find(a: number, b: number): number {
    const mask = this.h1.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.h1[i] !== EMPTY || this.h2[i] !== EMPTY) {
      if (this.h1[i] === a && this.h2[i] === b) return i;
      i = (i + 1) & mask;
    }
    return i;
  }

  private grow(): void {
    const { h1, h2, file, line } = this;
    const n = h1.length * 2;
    this.h1 = new Uint32Array(n);
    this.h2 = new Uint32Array(n);
    this.file = new Uint32Array(n);
    this.line = new Uint32Array(n);
    for (let i = 0; i < h1.length; i++) {
      if (h1[i] === EMPTY && h2[i] === EMPTY) continue;
      const slot = this.find(h1[i], h2[i]);
      this.h1[slot] = h1[i];
      this.h2[slot] = h2[i];
      this.file[slot] = file[i];
      this.line[slot] = line[i];
    }
  }
}

/** FNV-1a and a multiplicative hash with another seed, over UTF-16 code units; never both zero (zero marks an empty slot). */
function hashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2545f491 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a >>>= 0;
  b >>>= 0;
  if (a === 0 && b === 0) b = 1;
  return [a, b];
}
