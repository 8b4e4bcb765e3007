// Finds input files under the given paths, in a stable order (sorted by name), so that runs are
// reproducible and resumable. Symlinked folders are followed once: a loop cannot trap the walk.
import { promises as fs } from 'node:fs';
import { join, dirname, relative, sep } from 'node:path';
import { formatOf, type Format } from './formats.js';

export interface FoundFile {
  path: string;
  /** Path relative to the input folder, with '/' separators; the default article id comes from it. */
  rel: string;
  format: Format;
  ext: string;
  gzip: boolean;
}

export interface DiscoverProblem {
  path: string;
  reason: string;
}

export async function* discover(paths: string[], onProblem: (p: DiscoverProblem) => void, onSkip: (path: string) => void): AsyncGenerator<FoundFile> {
  for (const input of paths) {
    let st;
    try {
      st = await fs.stat(input);
    } catch (e) {
      onProblem({ path: input, reason: describeFsError(e) });
      continue;
    }
    if (st.isDirectory()) {
      yield* walk(input, input, new Set(), onProblem, onSkip);
    } else {
      const f = formatOf(input);
      if (!f) {
        onProblem({ path: input, reason: 'unsupported file type (gleaner reads .txt, .md, .html, .htm, .json, .jsonl, optionally gzipped)' });
        continue;
      }
      yield { path: toSlash(input), rel: toSlash(relative(dirname(input), input)), ...f };
    }
  }
}

async function* walk(root: string, dir: string, seen: Set<string>, onProblem: (p: DiscoverProblem) => void, onSkip: (path: string) => void): AsyncGenerator<FoundFile> {
  let real: string;
  let entries;
  try {
    real = await fs.realpath(dir);
    if (seen.has(real)) {
      onProblem({ path: toSlash(dir), reason: 'symbolic link loop: this folder was already read through another path' });
      return;
    }
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    onProblem({ path: toSlash(dir), reason: describeFsError(e) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue;
    const p = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await fs.stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        onProblem({ path: toSlash(p), reason: describeFsError(e) });
        continue;
      }
    }
    if (isDir) {
      yield* walk(root, p, seen, onProblem, onSkip);
    } else if (isFile) {
      const f = formatOf(p);
      if (f) yield { path: toSlash(p), rel: toSlash(relative(root, p)), ...f };
      else onSkip(toSlash(p));
    }
  }
}

export function toSlash(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

export function describeFsError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or folder (it may have been deleted during the run)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return err?.message ?? String(e);
  }
}
