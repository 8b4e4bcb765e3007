// Bytes to text. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted; anything else is
// reported with the reason, never decoded into replacement characters.

export class DecodeError extends Error {}

const MAGIC: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x1f, 0x8b], 'a gzip archive without a .gz extension'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: false });

/** Decode a file's bytes; throws DecodeError with a reason a person understands. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(utf16le, bytes, 'UTF-16 LE');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(utf16be, bytes, 'UTF-16 BE');
  for (const [sig, what] of MAGIC) {
    if (startsWith(bytes, sig)) throw new DecodeError(`binary file: looks like ${what}, not text`);
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new DecodeError('binary file: contains NUL bytes (UTF-16 without a byte-order mark is not supported)');
  return decodeWith(utf8, bytes, 'UTF-8');
}

function decodeWith(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = name === 'UTF-8' ? firstInvalidUtf8(bytes) : -1;
    const where = at >= 0 ? ` at byte ${at}` : '';
    const hint = name === 'UTF-8' ? ' (is it Windows-1252 or Latin-1? convert it to UTF-8 first)' : '';
    throw new DecodeError(`invalid ${name}${where}${hint}`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
