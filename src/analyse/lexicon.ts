// Loads the data files in src/lexicons (copied to dist/lexicons by the build) once per process.
// A user's --lexicon file is merged on top by the entity recogniser.
import { readFileSync } from 'node:fs';

const DIR = new URL('../lexicons/', import.meta.url);
const cache = new Map<string, unknown>();

/** A JSON lexicon file. */
export function lexiconJson<T>(name: string): T {
  let v = cache.get(name);
  if (v === undefined) {
    // Objects without a prototype: a word such as "constructor" in an article must not find Object's methods.
    v = JSON.parse(readFileSync(new URL(name, DIR), 'utf8'), (_k, value) => (value && typeof value === 'object' && !Array.isArray(value) ? dict(value) : value));
    cache.set(name, v);
  }
  return v as T;
}

/** A list file: one entry per line, '#' starts a comment, blank lines ignored. */
export function lexiconList(name: string): string[] {
  let v = cache.get(name) as string[] | undefined;
  if (!v) {
    v = readFileSync(new URL(name, DIR), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*$/, '').trim())
      .filter(Boolean);
    cache.set(name, v);
  }
  return v;
}

/**
 * The titles a person's name may follow: person-titles.txt, and each title of portfolio-titles.txt with each
 * portfolio of portfolios.txt ("Trade Minister", "Deputy Foreign Minister", "Trade Cabinet Secretary").
 */
export function personTitles(): string[] {
  let v = cache.get('#titles') as string[] | undefined;
  if (!v) {
    const portfolios = lexiconList('portfolios.txt');
    v = [...lexiconList('person-titles.txt'), ...lexiconList('portfolio-titles.txt').flatMap((t) => portfolios.map((p) => t.replace('{portfolio}', p)))];
    cache.set('#titles', v);
  }
  return v;
}

/** A list file as a Set of lower-cased entries. */
export function lexiconSet(name: string): Set<string> {
  const key = name + '#set';
  let v = cache.get(key) as Set<string> | undefined;
  if (!v) {
    v = new Set(lexiconList(name).map((s) => s.toLowerCase()));
    cache.set(key, v);
  }
  return v;
}

/** A lookup table without a prototype, so that any word can be looked up safely. */
export function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
