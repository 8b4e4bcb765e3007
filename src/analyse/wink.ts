// wink-nlp, loaded so that every article is analysed as if it were the first.
//
// wink's cache learns each out-of-vocabulary word it meets, and its tokenizer consults that cache: once
// "Poor's" has been seen whole, later texts keep it as one token instead of "Poor" + "'s". Results would
// then depend on which articles a process read before, so output would change with the number of worker
// threads and after --resume. gleaner loads wink's cache module with a tokenizer lookup that sees only the
// model's own vocabulary (as on a fresh start), and with snapshot() and restore() so that the learnt words,
// which no longer change any result, can be dropped to keep memory flat.
//
// The same loader also makes wink cheaper to run without changing any answer (each change below says what
// it saves; output is byte-identical on the whole Reuters corpus): words are looked up in a Map, a plain
// word's lookup answer is one reused array, and a regular expression in the tokenizer's loop is made once.
// Every patch checks the text it replaces; a different wink-nlp version fails loudly instead of silently.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

const require = createRequire(import.meta.url);

interface WinkDoc {
  tokens(): { itemAt(i: number): { out(f: unknown): unknown } | undefined };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
}
/** wink's raw document data: tokens as packed numbers, sentences as [first, last, ...] token indices. */
interface Rdd {
  numOfTokens: number;
  sentences: Array<[number, number, ...number[]]>;
}
type ItsFn = (index: number, rdd: Rdd) => string;

/** One analysed text, read straight from wink's raw document data: no arrays per column. */
export interface WinkAnalysis {
  tokens: number;
  /** Token i's text, universal POS tag and wink token type (word, number, punctuation, tabCRLF, ...). */
  value(i: number): string;
  pos(i: number): string;
  type(i: number): string;
  /** Sentences as [first, last] wink token indices (inclusive). */
  sentences: ReadonlyArray<readonly [number, number, ...number[]]>;
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
      if ( name === 'lexeme' ) {
        // A new Map, not deletes: a Map's table never shrinks below the size it once grew to.
        var kept = new Map();
        learntWords.forEach( function ( index, word ) { if ( index < n ) kept.set( word, index ); } );
        learntWords = kept;
      }
      f.list.length = n;
      f.index = n;
    } );
    extrinsicLexicon.length = s.extrinsic;
  };
  // Every lexeme to its index, in Maps: a property lookup with a freshly cut string first searches V8's table
  // of all property names, then the object's dictionary. wink looks a word up once or twice per token
  // (lookupModel below, getFeaturesIndex for words outside the model), so this is about a tenth of the
  // tokenizer's time. The model's words are in one Map, built once (it replaces the hash object of the
  // model's words, about the same memory); learnt words in a second, small one. In a single Map, 20,000
  // learnt words doubled its table (3.7 to 7.3 MB per worker) and deleting them never shrank it back.
  // Kept in step with the hash by getFeaturesIndex (patched below) and restore().
  var lexemeWords = null;
  var learntWords = new Map();
  function lexemeIndex( text ) {
    var i = lexemeMap().get( text );
    return ( i !== undefined ) ? i : learntWords.get( text );
  }
  function lexemeMap() {
    if ( !lexemeWords ) {
      lexemeWords = new Map();
      var list = model.features.lexeme.list;
      for ( var k = 0; k < list.length; k += 1 ) lexemeWords.set( list[ k ], k );
      // Every read of the lexeme hash now goes to the Map (lookup and getFeaturesIndex are patched), so the
      // hash object of the model's words can go: it only receives learnt words from here on.
      lexemesHash = Object.create( null );
      model.features.lexeme.hash = lexemesHash;
    }
    return lexemeWords;
  }
  // The tokenizer (dd-wrapper.js, patched below) asks whether a piece of text is a known word: answer from the
  // model's own vocabulary only, so that tokens never depend on what was read before. Its callers read the
  // answer at once and keep nothing, so a plain word's answer is one reused array, not a new one per token.
  var oneWord = [ 0 ];
  methods.lookupModel = function ( text ) {
    var i = lexemeMap().get( text );
    if ( i === undefined || i >= lexemeIntrinsicSize ) return null;
    var c = layout.isContraction;
    if ( ( lexicon[ c[ 0 ] + ( i * pkSize ) ] & c[ 1 ] ) >>> c[ 2 ] ) return lookup( text );
    oneWord[ 0 ] = i;
    return oneWord;
  };
  methods.learnt = function () {
    return lxm.list.length - lexemeIntrinsicSize;
  };
  cache.last = methods;
`;

interface Loaded {
  nlp: WinkNlp;
  cache: ResettableCache;
  initial: unknown;
  its: { value: ItsFn; pos: ItsFn; type: ItsFn };
  rddOf: (index: number, rdd: Rdd) => Rdd;
}

// getFeaturesIndex (cache.js) looks lexemes up in the Maps of the patch above, and adds new ones to the
// learnt words' Map; lookup (cache.js) reads the Maps as well.
const FEATURE_LOOKUP = '    var index = h[ value ];\n';
const MAP_LOOKUP = "    var m = ( name === 'lexeme' ); // gleaner\n    var index = m ? lexemeIndex( value ) : h[ value ];\n";
const FEATURE_ADD = '      index = h[ value ] = f.index;\n';
const MAP_ADD = '      index = h[ value ] = f.index;\n      if ( m ) learntWords.set( value, index ); // gleaner\n';
const HASH_LOOKUP = '    var index = lexemesHash[ text ];\n';
const MAP_LOOKUP_TEXT = '    var index = lexemeIndex( text ); // gleaner\n';

// wink's tokenizer tests each piece of text with a regular expression literal written inside its loop, and V8
// creates a new RegExp object at every evaluation of a literal: one per piece of text. The same expression,
// made once, gives the same answers (it has no g flag, so no state) without those allocations.
const NBSP_LITERAL = '( /[\\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]/ ).test( t )';
const SPLITTER_DECL = '  var rgxSplitter = trex.helpers.splitter;\n';
const NBSP_DECL = '  var rgxNBSP = /[\\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]/; // hoisted by gleaner\n';

let loaded: Loaded | null = null;

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

function load(): Loaded {
  const dir = dirname(require.resolve('wink-nlp'));
  const cachePath = join(dir, 'cache.js');
  const anchor = '  return methods;\n}; // cache()';
  patchModule(cachePath, (src) =>
    src.includes(anchor) && src.includes(FEATURE_LOOKUP) && src.includes(FEATURE_ADD) && src.includes(HASH_LOOKUP)
      ? src.replace(anchor, PATCH + anchor).replace(FEATURE_LOOKUP, MAP_LOOKUP).replace(FEATURE_ADD, MAP_ADD).replace(HASH_LOOKUP, MAP_LOOKUP_TEXT)
      : src,
  );
  patchModule(join(dir, 'dd-wrapper.js'), (src) => src.split('cache.lookup( text )').join('cache.lookupModel( text )'));
  patchModule(join(dir, 'tokenizer.js'), (src) =>
    src.includes(NBSP_LITERAL) && src.includes(SPLITTER_DECL) ? src.replace(NBSP_LITERAL, 'rgxNBSP.test( t )').replace(SPLITTER_DECL, SPLITTER_DECL + NBSP_DECL) : src,
  );
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, ['sbd', 'pos']) as WinkNlp;
  const cache = (require(cachePath) as { last: ResettableCache }).last;
  // Columns are read with wink's own its.value/pos/type functions, called on the raw document data; that
  // data is reached through a token's out() with one more allowed mapper. out() over all tokens, once per
  // column, built an array per column and cost a third of gleaner's own analysis time.
  const its = require(join(dir, 'its.js')) as Loaded['its'];
  const allowed = require(join(dir, 'allowed.js')) as { its4token: Set<unknown> };
  const rddOf = (_index: number, rdd: Rdd): Rdd => rdd;
  allowed.its4token.add(rddOf);
  if (!isMainThread) releaseModelSources(model as Record<string, unknown>);
  return { nlp, cache, initial: cache.snapshot(), its, rddOf };
}

/**
 * wink-nlp reads its model's loaders once, when it is created; the model package keeps the JSON they parse
 * reachable through those loaders and the module cache (about 3.3 MB of heap per worker). In gleaner's own
 * worker threads nothing else uses the package, so those sources are let go. (Not in the main thread: a
 * program that uses gleaner as a library may create its own wink-nlp instance from the same model.)
 */
function releaseModelSources(model: Record<string, unknown>): void {
  const dir = dirname(require.resolve('wink-eng-lite-web-model'));
  const sources = /[\\/](load-[a-z-]+-model|read-core-model)\.js$|\.json$/;
  const drop = new Set(Object.keys(require.cache).filter((k) => k.startsWith(dir) && sources.test(k)));
  for (const m of Object.values(require.cache)) if (m?.children) m.children = m.children.filter((c) => !drop.has(c.id));
  for (const k of drop) delete require.cache[k];
  for (const k of ['core', 'sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER']) model[k] = undefined;
}

/** Analyses a text with wink-nlp (tokens, sentences, POS), starting from the cache as the model left it. */
export function analyse(text: string): WinkAnalysis {
  const w = (loaded ??= load());
  if (w.cache.learnt() > MAX_LEARNT) w.cache.restore(w.initial);
  const first = w.nlp.readDoc(text).tokens().itemAt(0);
  if (!first) return { tokens: 0, value: () => '', pos: () => '', type: () => '', sentences: [] };
  const rdd = first.out(w.rddOf) as Rdd;
  const { value, pos, type } = w.its;
  return {
    tokens: rdd.numOfTokens,
    value: (i) => value(i, rdd),
    pos: (i) => pos(i, rdd),
    type: (i) => type(i, rdd),
    sentences: rdd.sentences,
  };
}
