// wink-nlp, loaded so that every article is analysed as if it were the first.
//
// wink's cache learns each out-of-vocabulary word it meets, and its tokenizer consults that cache: once
// "Poor's" has been seen whole, later texts keep it as one token instead of "Poor" + "'s". Results would
// then depend on which articles a process read before, so output would change with the number of worker
// threads and after --resume. gleaner loads wink's cache module with two added methods, snapshot() and
// restore(), and restores the cache to its state after loading the model before every article.
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
}

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
  cache.last = methods;
`;

let loaded: { nlp: WinkNlp; cache: ResettableCache; initial: unknown } | null = null;

function load(): { nlp: WinkNlp; cache: ResettableCache; initial: unknown } {
  const main = require.resolve('wink-nlp');
  const cachePath = join(dirname(main), 'cache.js');
  if (!require.cache[cachePath]) {
    const source = readFileSync(cachePath, 'utf8');
    const anchor = '  return methods;\n}; // cache()';
    if (!source.includes(anchor)) throw new Error(`gleaner: unexpected wink-nlp version (${cachePath} changed); cannot make analysis independent of input order`);
    const m = new Module(cachePath) as Module & { _compile(src: string, file: string): void; paths: string[]; filename: string; loaded: boolean };
    m.filename = cachePath;
    m.paths = (Module as unknown as { _nodeModulePaths(d: string): string[] })._nodeModulePaths(dirname(cachePath));
    m._compile(source.replace(anchor, PATCH + anchor), cachePath);
    m.loaded = true;
    require.cache[cachePath] = m;
  }
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']) as WinkNlp;
  const cache = (require(cachePath) as { last: ResettableCache }).last;
  return { nlp, cache, initial: cache.snapshot() };
}

/** Analyses a text with wink-nlp, starting from the cache as the model left it. */
export function readDoc(text: string): { doc: WinkDoc; its: Record<string, unknown> } {
  loaded ??= load();
  loaded.cache.restore(loaded.initial);
  return { doc: loaded.nlp.readDoc(text), its: loaded.nlp.its };
}
