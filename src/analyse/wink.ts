// wink-nlp, loaded so that every article is analysed as if it were the first.
//
// wink's cache learns each out-of-vocabulary word it meets, and its tokenizer consults that cache: once
// "Poor's" has been seen whole, later texts keep it as one token instead of "Poor" + "'s". Results would
// then depend on which articles a process read before, so output would change with the number of worker
// threads and after --resume. gleaner loads wink's cache module with a tokenizer lookup that sees only the
// model's own vocabulary (as on a fresh start), and with snapshot() and restore() so that the learnt words,
// which no longer change any result, can be dropped to keep memory flat.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface WinkDoc {
  tokens(): { out(f?: unknown): string[] };
  sentences(): { out(f?: unknown): Array<[number, number]> };
}
export interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}
interface ResettableCache {
  snapshot(): unknown;
  restore(s: unknown): void;
  learnt(): number;
}

/** Learnt words kept before the cache is emptied back to the model's vocabulary (memory, not results). */
const MAX_LEARNT = 20_000;

const PATCH = `
  // Added by gleaner (src/analyse/wink.ts): forget the out-of-vocabulary words learnt since a snapshot.
  methods.snapshot = function () {
    var features = {};
    Object.keys( model.features ).forEach( function ( name ) {
      var f = model.features[ name ];
      if ( f && f.hash && Array.isArray( f.list ) ) features[ name ] = f.list.length;
    } );
    return { extrinsic: extrinsicLexicon.length, features: features };
  };
  methods.restore = function ( s ) {
    Object.keys( s.features ).forEach( function ( name ) {
      var f = model.features[ name ];
      var n = s.features[ name ];
      for ( var i = n; i < f.list.length; i += 1 ) delete f.hash[ f.list[ i ] ];
      f.list.length = n;
      f.index = n;
    } );
    extrinsicLexicon.length = s.extrinsic;
  };
  // The tokenizer (dd-wrapper.js, patched below) asks whether a piece of text is a known word: answer from the
  // model's own vocabulary only, so that tokens never depend on what was read before.
  methods.lookupModel = function ( text ) {
    var i = lexemesHash[ text ];
    if ( i !== undefined && i >= lexemeIntrinsicSize ) return null;
    return lookup( text );
  };
  methods.learnt = function () {
    return lxm.list.length - lexemeIntrinsicSize;
  };
  cache.last = methods;
`;

let loaded: { nlp: WinkNlp; cache: ResettableCache; initial: unknown } | null = null;

/** Compiles a patched copy of one of wink-nlp's modules into the require cache, before wink-nlp loads it. */
function patchModule(file: string, edit: (source: string) => string): void {
  if (require.cache[file]) return;
  const source = readFileSync(file, 'utf8');
  const patched = edit(source);
  if (patched === source) throw new Error(`gleaner: unexpected wink-nlp version (${file} changed); cannot make analysis independent of input order`);
  const m = new Module(file) as Module & { _compile(src: string, file: string): void; paths: string[]; filename: string; loaded: boolean };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(file));
  m._compile(patched, file);
  m.loaded = true;
  require.cache[file] = m;
}

function load(): { nlp: WinkNlp; cache: ResettableCache; initial: unknown } {
  const dir = dirname(require.resolve('wink-nlp'));
  const cachePath = join(dir, 'cache.js');
  const anchor = '  return methods;\n}; // cache()';
  patchModule(cachePath, (src) => (src.includes(anchor) ? src.replace(anchor, PATCH + anchor) : src));
  patchModule(join(dir, 'dd-wrapper.js'), (src) => src.split('cache.lookup( text )').join('cache.lookupModel( text )'));
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']) as WinkNlp;
  const cache = (require(cachePath) as { last: ResettableCache }).last;
  return { nlp, cache, initial: cache.snapshot() };
}

/** Analyses a text with wink-nlp, starting from the cache as the model left it. */
export function readDoc(text: string): { doc: WinkDoc; its: Record<string, unknown> } {
  loaded ??= load();
  if (loaded.cache.learnt() > MAX_LEARNT) loaded.cache.restore(loaded.initial);
  return { doc: loaded.nlp.readDoc(text), its: loaded.nlp.its };
}
