// Tokens, sentences and POS from wink-nlp, turned into offset views on the text.
import type { Doc, Token, Sentence } from './doc.js';
import { analyse, type WinkAnalysis } from './wink.js';
import { lexiconList, lexiconSet, personTitles } from './lexicon.js';

const UPPER = /^\p{Lu}/u;
/** First character upper case; ASCII without a regular expression. */
function isUpper(c: number, v: string): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(v);
}

/**
 * wink-nlp's tokenizer takes time quadratic in the length of a token: a 80,000-character run without a
 * space costs 12 s. Runs longer than 256 characters get a space every 128 characters in the copy that wink
 * reads; the copy has the same length, so every offset still points into the article's text.
 */
export function breakLongRuns(text: string): string {
  if (!hasLongRun(text, 256)) return text;
  return text.replace(/\S{256,}/g, (run) => run.replace(/([^]{127})[^]/g, '$1 '));
}

/** The part before the decimal point of an amount wink cut there: "1" (after "Rs."), "rs1", "rm1", "tk1" (lower case). */
const SPLIT_AMOUNT = /^(\d+|(rs|rm|tk|rp|ksh)\d+)$/;

/** The end of a company's web name after its dot ("Pony.ai", "Amazon.com"). */
const DOMAIN_END = /^(ai|io|com|net|org|app)$/;

/** "Rs1" + "." + the digits starting at p, all glued. */
function joinsAmount(before: Token, dot: Token, p: number): boolean {
  return dot.end === p && dot.start === before.end && dot.lower === '.' && SPLIT_AMOUNT.test(before.lower);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** JavaScript's \s: ASCII and Unicode white space. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** Same answer as /\S{n}/.test(text), in one pass (the regular expression restarts at every character). */
export function hasLongRun(text: string, n: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0;
    else if (++run >= n) return true;
  }
  return false;
}

// The helpers below replace built-ins that took about a third of tokenize's own time over Reuters (profiled by
// line): startsWith and toLowerCase, a call into the runtime per token (most tokens are short and plain
// ASCII), and a new Int32Array per article.

/** text.startsWith(v, p), as a loop over the few characters of a token. */
export function occursAt(text: string, v: string, p: number): boolean {
  if (p > text.length) p = text.length;
  if (p + v.length > text.length) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(p + k) !== v.charCodeAt(k)) return false;
  return true;
}

/** v.toLowerCase(); a token without upper-case or non-ASCII characters is its own lower case. */
export function lowerCase(v: string): string {
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return v.toLowerCase();
  }
  return v;
}

/**
 * An Int32Array of at least n entries, reused from one article to the next: tokenize writes entries 0..n-1
 * before sentencesFrom reads them.
 */
let mapScratch = new Int32Array(1 << 14);
function tokenMap(n: number): Int32Array {
  if (n <= mapScratch.length) return mapScratch;
  // Grown for long articles, up to 4 MB kept; beyond that a one-off array.
  if (n > 1 << 20) return new Int32Array(n);
  mapScratch = new Int32Array(Math.max(n, mapScratch.length * 2));
  return mapScratch;
}

export function tokenize(doc: Doc): void {
  const text = breakLongRuns(doc.text);
  if (text.length === 0) return;
  const w = analyse(text);
  // wink's precedingSpaces are not read: the white space between tokens is found in the text itself.
  const tokens: Token[] = [];
  // Our token index for each of wink's (line breaks are wink tokens, not ours), for the sentence spans.
  const map = tokenMap(w.tokens + 1);
  let p = 0;
  let n = 0;
  let pendingBreak = false;
  /** Our index of the letter split off a wink "emoticon" (":O" in "ASX:OZL"), while the next token may join it. */
  let gluedLetter = -1;
  /** Our token indices where a sentence starts that wink ran on past (after "Hun Sen."). */
  const extraStarts: number[] = [];
  for (let i = 0; i < w.tokens; i++) {
    map[i] = n;
    const type = w.type(i);
    if (type === 'tabCRLF') {
      // Line breaks are not tokens for us: they mark the next token instead (and are skipped as white space).
      pendingBreak = true;
      continue;
    }
    const v = w.value(i);
    let newline = false;
    while (p < text.length) {
      const c = text.charCodeAt(p);
      if (!isSpace(c)) break;
      if (c === 10) newline = true;
      p++;
    }
    // wink reproduces the text exactly (white space + values); stay robust if it ever does not.
    if (!occursAt(text, v, p)) {
      const q = text.indexOf(v, p);
      if (q < 0) continue;
      p = q;
    }
    // ("Yahoo! have signed", "Yahoo!'s websites": the "!" of a name, which goes on the sentence; the name's mention
    // ends before it)
    if (v === '!' && n >= 1 && tokens[n - 1].cap && tokens[n - 1].end === p && bangGoesOn(text, p + 1)) {
      p += 1;
      continue;
    }
    // "Rs1.5bn", "RM1.2 billion", "Rs.1.5 billion": wink cuts a number glued to a currency at its decimal point
    // (and may start a sentence there). The pieces are one token, and no sentence starts inside it.
    if (n >= 2 && isDigit(v.charCodeAt(0)) && joinsAmount(tokens[n - 2], tokens[n - 1], p)) {
      // A new token, not the old one changed: the first store into a token's start, end or lower would make V8
      // throw away every optimised function that reads tokens (it had taken those fields as never changing).
      const before = tokens[n - 2];
      const end = p + v.length;
      tokens[n - 2] = { i: before.i, start: before.start, end, lower: lowerCase(text.slice(before.start, end)), pos: before.pos, type: before.type, sent: 0, cap: before.cap, nl: before.nl };
      tokens.pop();
      n--;
      map[i - 1] = -1;
      map[i] = -1;
      p += v.length;
      pendingBreak = false;
      continue;
    }
    // "Pony.ai", "Amazon.com": wink cuts a company's web name at its dot (and starts a sentence there). One token.
    if (n >= 2 && DOMAIN_END.test(v) && tokens[n - 1].start === p - 1 && tokens[n - 1].end === p && text.charCodeAt(p - 1) === 46 && tokens[n - 2].end === p - 1 && tokens[n - 2].cap && tokens[n - 2].type === 'word') {
      const before = tokens[n - 2];
      const end = p + v.length;
      tokens[n - 2] = { i: before.i, start: before.start, end, lower: lowerCase(text.slice(before.start, end)), pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: before.nl };
      tokens.pop();
      n--;
      map[i - 1] = -1;
      map[i] = -1;
      p = end;
      pendingBreak = false;
      continue;
    }
    // "<Liberty Life Insurance Co's>", "Sanwa Bank Ltd's", "Blue Circle Industries PLC's": wink keeps a possessive on
    // an abbreviation it knows; it is a name and its "'s", as it splits "Exxon's".
    if (type === 'word' && v.length > 3 && (v.endsWith("'s") || v.endsWith('’s')) && POSSESSED_ABBREVIATION.test(v.slice(0, -2))) {
      tokens.push({ i: n, start: p, end: p + v.length - 2, lower: lowerCase(v.slice(0, -2)), pos: 'PROPN', type, sent: 0, cap: true, nl: pendingBreak || newline });
      tokens.push({ i: n + 1, start: p + v.length - 2, end: p + v.length, lower: lowerCase(v.slice(-2)), pos: 'PART', type: 'word', sent: 0, cap: false, nl: false });
      n += 2;
      p += v.length;
      pendingBreak = false;
      continue;
    }
    // "70 Airbus A350s": wink cuts a model's plural into "A3" and the decade "50s"; it is one word.
    if (n >= 1 && type === 'decade' && tokens[n - 1].end === p && tokens[n - 1].type === 'word' && /^[A-Z]{1,3}\d*$/.test(text.slice(tokens[n - 1].start, p))) {
      const before = tokens[n - 1];
      const end = p + v.length;
      tokens[n - 1] = { i: before.i, start: before.start, end, lower: lowerCase(text.slice(before.start, end)), pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: before.nl };
      map[i] = -1;
      p = end;
      pendingBreak = false;
      continue;
    }
    // "Norsk Hydro A/S": wink cuts the Danish and Norwegian legal form at its slash; it is one word of the name.
    if (n >= 2 && v === 'S' && text.charCodeAt(p - 1) === 47 && tokens[n - 1].end === p && tokens[n - 2].end === p - 1 && text.charCodeAt(p - 2) === 65 && tokens[n - 2].start === p - 2) {
      const before = tokens[n - 2];
      tokens[n - 2] = { i: before.i, start: before.start, end: p + 1, lower: 'a/s', pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: before.nl };
      tokens.pop();
      n--;
      map[i - 1] = -1;
      map[i] = -1;
      p += 1;
      pendingBreak = false;
      continue;
    }
    // "Franco-U.S. Group", "Japan-U.S. trade": after a hyphen wink cuts "U.S." into "U", "." and "S."; it is one word.
    if (n >= 3 && (v === 'S.' || v === 'K.') && tokens[n - 1].end === p && tokens[n - 1].lower === '.' && tokens[n - 2].end === p - 1 && tokens[n - 2].start === p - 2 && text.charCodeAt(p - 2) === 85 && tokens[n - 3].lower === '-' && tokens[n - 3].end === p - 2) {
      const before = tokens[n - 2];
      tokens[n - 2] = { i: before.i, start: before.start, end: p + 2, lower: lowerCase(text.slice(before.start, p + 2)), pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: before.nl };
      tokens.pop();
      n--;
      map[i - 1] = -1;
      map[i] = -1;
      p += 2;
      pendingBreak = false;
      continue;
    }
    // "(ASX:OZL)", "NYSE:XOM": wink reads ":O" and ":X" glued between letters as emoticons. They are a colon and
    // the first letter of the next word, which the next wink token goes on.
    if (type === 'emoticon' && v.length === 2 && v.charCodeAt(0) === 58 && n >= 1 && tokens[n - 1].end === p && isUpper(v.charCodeAt(1), v[1])) {
      tokens.push({ i: n, start: p, end: p + 1, lower: ':', pos: 'PUNCT', type: 'punctuation', sent: 0, cap: false, nl: pendingBreak || newline });
      tokens.push({ i: n + 1, start: p + 1, end: p + 2, lower: lowerCase(v[1]), pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: false });
      n += 2;
      p += 2;
      gluedLetter = n - 1;
      pendingBreak = false;
      continue;
    }
    if (gluedLetter >= 0 && gluedLetter === n - 1 && tokens[n - 1].end === p && type === 'word') {
      const before = tokens[n - 1];
      const end = p + v.length;
      tokens[n - 1] = { i: before.i, start: before.start, end, lower: lowerCase(text.slice(before.start, end)), pos: w.pos(i), type, sent: 0, cap: true, nl: false };
      map[i] = n - 1;
      gluedLetter = -1;
      p = end;
      pendingBreak = false;
      continue;
    }
    gluedLetter = -1;
    // "Pay 'N Pak Stores Inc", "Steak 'n Egg": wink cuts the clipped "and" from its apostrophe; between two
    // capitalised words it is one word of a name.
    if ((v === 'N' || v === 'n') && n >= 2 && clippedAnd(text, p, tokens[n - 1], tokens[n - 2])) {
      const quote = tokens[n - 1];
      tokens[n - 1] = { i: quote.i, start: p - 1, end: p + 1, lower: "'n", pos: 'PROPN', type: 'word', sent: 0, cap: true, nl: quote.nl };
      map[i] = n - 1;
      p += 1;
      pendingBreak = false;
      continue;
    }
    // "Cambodian counterpart Hun Sen. The", "Chinese Ambassador Yu Jun.": wink reads the name as the abbreviation of
    // "Senator" or "June" and runs the sentence on; at a sentence's end it is the name and a full stop.
    if (v.length === 4 && v.charCodeAt(3) === 46 && n >= 1 && tokens[n - 1].cap && tokens[n - 1].end < p && surnameEndsSentence(text, v, p, tokens[n - 1])) {
      tokens.push({ i: n, start: p, end: p + 3, lower: lowerCase(v.slice(0, 3)), pos: 'PROPN', type, sent: 0, cap: true, nl: pendingBreak || newline });
      tokens.push({ i: n + 1, start: p + 3, end: p + 4, lower: '.', pos: 'PUNCT', type: 'punctuation', sent: 0, cap: false, nl: false });
      n += 2;
      p += 4;
      if (p < text.length) extraStarts.push(n);
      pendingBreak = false;
      continue;
    }
    tokens.push({
      i: n,
      start: p,
      end: p + v.length,
      lower: lowerCase(v),
      pos: w.pos(i),
      type,
      sent: 0,
      // "Cote d'Ivoire", "Giscard d'Estaing": a French particle joined to a capitalised name is part of it.
      cap: isUpper(v.charCodeAt(0), v) || (v.length > 2 && (v[0] === 'd' || v[0] === 'D') && (v[1] === "'" || v[1] === '’') && isUpper(v.charCodeAt(2), v.slice(2))),
      nl: pendingBreak || newline,
    });
    pendingBreak = false;
    n++;
    p += v.length;
    // "agreed to acquire Beta Inc. Terms were not disclosed": wink keeps a legal form's period and may run the
    // sentence on; before a word that opens sentences, the period ends one too.
    if (v.length <= 5 && v.charCodeAt(v.length - 1) === 46 && LEGAL_FORM_PERIOD.test(v) && opensSentenceAt(text, p)) extraStarts.push(n);
  }
  map[w.tokens] = n;
  doc.tokens = tokens;
  const breaks = lineBreakStarts(doc);
  doc.sentences = sentencesFrom(doc, w.sentences, map, extraStarts.length > 0 ? [...breaks, ...extraStarts] : breaks);
  unwrapLines(tokens, breaks);
}

/** The "N" at p follows an apostrophe glued to it, after a capitalised word, and goes on with one: "Pay 'N Pak". */
function clippedAnd(text: string, p: number, quote: Token, before: Token): boolean {
  const q = text.charCodeAt(p - 1);
  return (q === 39 || q === 0x2019) && quote.start === p - 1 && quote.end === p && before.cap && before.end < p - 1 && isSpace(text.charCodeAt(p + 1)) && isUpper(text.charCodeAt(p + 2), text[p + 2] ?? '');
}

/** Legal forms a possessive may be glued to in one wink token ("Co's", "Ltd's", "PLC's"; checked only on such tokens). */
const POSSESSED_ABBREVIATION = /^(Co|Inc|Ltd|Corp|Cos|Bros|Plc|PLC|Mfg|Intl)$/;

/** A legal form written with its period: "Inc.", "Corp.", "Co.", "Ltd.", "Plc.". */
const LEGAL_FORM_PERIOD = /^(Inc|Corp|Co|Ltd|Plc|PLC|Cos|Bhd|Pty)\.$/;

/** After white space at p, a capitalised word that opens sentences and goes on no name ("Terms were not disclosed"). */
function opensSentenceAt(text: string, p: number): boolean {
  let q = p;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  if (q === p || !isUpper(text.charCodeAt(q), text[q] ?? '')) return false;
  let e = q + 1;
  while (e < text.length && /[a-z]/.test(text[e])) e++;
  const word = text.slice(q, e).toLowerCase();
  return SENTENCE_OPENERS.has(word) || /^(terms|details|financial|neither|no|under)$/.test(word);
}

/** Words that open a sentence and never go on a name: "Hun Sen. The talks", "Amartya Sen. He said". */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'after', 'before', 'while', 'when', 'both', 'earlier', 'later', 'last']);

/**
 * "Sen." or "Jun." after a capitalised word ends a sentence: the text or a paragraph ends there, or the next word
 * opens a sentence ("Hun Sen. The", "Ambassador Yu Jun."). Not "Republican Sen. Bob Dole", where a name follows.
 */
function surnameEndsSentence(text: string, v: string, p: number, before: Token): boolean {
  if ((v !== 'Sen.' && v !== 'Jun.') || before.type !== 'word') return false;
  let q = p + 4;
  while (q < text.length && isSpace(text.charCodeAt(q))) q++;
  if (q >= text.length) return true;
  // (a line break in hard-wrapped copy is white space: "former Texas Sen.\nJohn Tower")
  if (q === p + 4 || startsParagraph(text.slice(p + 4, q))) return q > p + 4;
  const m = /^\p{L}+/u.exec(text.slice(q, q + 12));
  return m !== null && isUpper(m[0].charCodeAt(0), m[0]) && SENTENCE_OPENERS.has(m[0].toLowerCase());
}

/**
 * A line break that starts no line of its own is a wrap inside a paragraph (hard-wrapped wire copy): from here
 * on it is white space like any other, so that a name wrapped across two lines ("Allan\nTaylor", "New\nZealand")
 * stays one name. `breaks` are the tokens after the line breaks that do stand (lineBreakStarts).
 */
function unwrapLines(tokens: Token[], breaks: number[]): void {
  let k = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].nl) continue;
    while (k < breaks.length && breaks[k] < i) k++;
    if (breaks[k] !== i) tokens[i].nl = false;
  }
}

/**
 * wink's sentence spans are in its own token indices; map them to ours (line-break tokens dropped), then
 * split further at line breaks that end a line standing alone (a headline, a dateline, a one-sentence line).
 */
function sentencesFrom(doc: Doc, spans: WinkAnalysis['sentences'], map: Int32Array, breaks: number[]): Sentence[] {
  const n = doc.tokens.length;
  // One flag per token: does a sentence start here? (wink's sentences, then our line breaks.)
  const starts = new Uint8Array(n + 1);
  starts[0] = 1;
  starts[n] = 1;
  for (const span of spans) {
    const t = map[span[0]];
    // (-1: inside a token gleaner joined, "Rs1.5bn")
    if (t >= 0 && !insideTicker(doc.tokens, t) && !andAfterInitials(doc, t) && !afterNameWithBang(doc, t)) starts[t] = 1;
  }
  for (const i of breaks) starts[i] = 1;
  const out: Sentence[] = [];
  let first = 0;
  for (let last = 1; last <= n; last++) {
    if (!starts[last]) continue;
    const s = out.length;
    for (let t = first; t < last; t++) doc.tokens[t].sent = s;
    out.push({ i: s, start: doc.tokens[first].start, end: doc.tokens[last - 1].end, first, last });
    first = last;
  }
  return out;
}

/** Token t continues a wire ticker with no space before it, as "F>" in "<GAMW.F>": no sentence starts there. */
function insideTicker(tokens: Token[], t: number): boolean {
  if (t >= tokens.length) return false;
  for (let k = t; k > 0 && k > t - 4 && tokens[k - 1].end === tokens[k].start; k--) {
    if (tokens[k - 1].lower === '<') return true;
  }
  return false;
}

/**
 * Token t is "And" or "Or" after initials such as "U.S." ("the U.S. And West Germany reached the accord"): Reuters
 * capitalised the word after them, and the sentence goes on.
 */
function andAfterInitials(doc: Doc, t: number): boolean {
  const w = doc.tokens[t];
  if (t === 0 || !w || (w.lower !== 'and' && w.lower !== 'or') || !w.cap) return false;
  const prev = doc.tokens[t - 1];
  return /^(\p{Lu}\.){2,}$/u.test(doc.text.slice(prev.start, prev.end));
}

/**
 * Token t goes on after a name that ends in "!" ("Microsoft and Yahoo! have signed", "on Yahoo!'s websites"): the
 * "!" glued to the capitalised word before t is no token of ours, and no sentence ends at it.
 */
function afterNameWithBang(doc: Doc, t: number): boolean {
  const name = doc.tokens[t - 1];
  return !!name && name.cap && doc.text.charCodeAt(name.end) === 33 && bangGoesOn(doc.text, name.end + 1);
}

/** After a name's "!" at q - 1, the sentence goes on: a word in lower case, a possessive or a comma. */
function bangGoesOn(text: string, q: number): boolean {
  return /^(\s+\p{Ll}|['’]s\b|,)/u.test(text.slice(q, q + 4));
}

const TERMINAL = /[.!?:;"'”’)\]]$/;
/**
 * Token k ends a name's initial ("Alan H.\nMarcove", "Michael T.\nFuller"): a capital letter and its full stop,
 * one token or two, after a capitalised word. Wrapped wire copy ends many lines so; they are no sentence ends.
 */
function initialAt(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  const v = doc.text.slice(tokens[k].start, tokens[k].end);
  const [letter, before] = v === '.' ? [tokens[k - 1], tokens[k - 2]] : /^\p{Lu}\.$/u.test(v) ? [tokens[k], tokens[k - 1]] : [undefined, undefined];
  if (!letter || !before || (v === '.' && letter.end !== tokens[k].start)) return false;
  return /^\p{Lu}\.?$/u.test(doc.text.slice(letter.start, letter.end)) && before.cap && before.type === 'word';
}
/** White space between two tokens that holds a blank line or ends in an indent: a paragraph starts after it. */
function startsParagraph(gap: string): boolean {
  return /\n[ \t]*\r?\n/.test(gap) || /\n[ \t]+$/.test(gap);
}
/** A line that starts with a lower-case word goes on from the line before, however short that one was. */
const LOWER_START = /^\p{Ll}/u;
const CONTINUES = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'by', 'with', 'on', 'at', 'from', 'as', 'that', 'but']);

/**
 * Token indices where a line break starts a new sentence. Text laid out one sentence per line (most
 * lines end in terminal punctuation) breaks at every line; hard-wrapped text (wire copy) breaks only
 * at blank lines, indented lines and after short lines that cannot continue (headlines, datelines) unless
 * the next line plainly goes on: it starts with a lower-case word, or the line ends inside a name.
 */
function lineBreakStarts(doc: Doc): number[] {
  const tokens = doc.tokens;
  const text = doc.text;
  const out: number[] = [];
  let lines = 0;
  let terminal = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].nl) continue;
    // (a paragraph's first line, after a blank line or indented, starts a sentence whatever the layout: it says
    // nothing of how the lines inside paragraphs are laid out)
    if (startsParagraph(text.slice(tokens[i - 1].end, tokens[i].start))) continue;
    lines++;
    if (TERMINAL.test(text.slice(tokens[i - 1].start, tokens[i - 1].end)) && !initialAt(doc, i - 1)) terminal++;
  }
  // (two or three lines say too little: wire copy whose paragraphs are each one wrapped line would read as laid
  // out one sentence per line on its one wrap, "It is not connected with Reuters\nHoldings PLC.")
  const perLine = lines >= 4 && terminal / lines >= 0.5;
  const seen: { pairs?: Set<string> } = {};
  let lineStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.nl) continue;
    const prev = tokens[i - 1];
    const gap = text.slice(prev.end, t.start);
    const blank = startsParagraph(gap);
    const lineLen = prev.end - tokens[lineStart].start;
    const short = lineLen < 50 && !CONTINUES.has(prev.lower) && prev.lower !== ',';
    // ("Fidata Corp <FID> and its subsidiary,\nFidata Trust Company New York <FTCNY>, announced": nor one that ends
    // with a comma, as no headline does)
    const first = i - lineStart <= 12 && !CONTINUES.has(prev.lower) && prev.lower !== ',' && lineStart === 0;
    // "Westcoast\nTransmission Co Ltd said", "Core-Mark\nInternational Inc said": an article's first line of one word
    // goes on into a name (every such line in Reuters-21578 does).
    const oneWord = lineStart === 0 && !/\s/.test(text.slice(tokens[0].start, prev.end)) && prev.cap;
    // ("Pakistan, IMF reach staff-level agreement on $7 billion loan\nISLAMABAD, July 12 (Reuters) - ...": the story's
    // dateline opens its first sentence, after a headline of any length)
    const dateline = t.start === doc.article.dateline?.start;
    if (perLine || blank || dateline || ((short || first) && !oneWord && !LOWER_START.test(text.slice(t.start, t.end)) && !nameWrapped(doc, i, seen))) out.push(i);
    lineStart = i;
  }
  return out;
}

/**
 * A short line that ends inside a name is wrapped, not a headline: "Assistant Treasury Secretary David\nMulford
 * said", "Normal work has resumed at New\nZealand ports" (wire copy whose first line lost its dateline is short).
 * The line ends with a given name or a word that opens place names, and the next one goes on with a name, or
 * the next line starts with a company's legal form.
 */
function nameWrapped(doc: Doc, i: number, seen: { pairs?: Set<string> }): boolean {
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i];
  // ("COMPUTER ASSOCIATES IN PACT WITH ZENITH\nComputer Associates International Inc said": no name wraps out of a
  // headline set in capitals into a line in mixed case)
  if (next.type === 'word' && next.cap && !allCapitals(doc, next) && lineInCapitals(doc, i)) return false;
  // "Sweden's Telefon AB L.M. Ericsson\n<ERIC ST> said": the ticker Reuters writes after a name goes on with it; "Sandvik
  // AB <SVIK.ST> and Belgian group\n<Diamant Boart SA> have completed": so does a name Reuters put in brackets after
  // any word.
  if (prev.type === 'word' && next.lower === '<' && next.end === doc.tokens[i + 1]?.start) {
    for (let k = i + 2; k < i + 7 && k < doc.tokens.length; k++) if (doc.tokens[k].lower === '>') return true;
  }
  // "<Chevron Petroleum\n(U.K.) Ltd> said": a line break inside a name Reuters put in brackets.
  if (insideBrackets(doc, i)) return true;
  // "India's state-owned Oil India Ltd\n(OIL) said": the short form in brackets after a name goes on with it.
  if (prev.cap && next.lower === '(' && doc.tokens[i + 1]?.cap && doc.tokens[i + 2]?.lower === ')') return true;
  // "said Exxon\nCorp's", "A spokesman for Preussag\nAG <PRSG.F>", "Royal Palm Savings\nAssociation said": a legal
  // form or an organisation's head noun after a capitalised word never starts a line of its own.
  if (prev.cap && next.cap && (lexiconSet('org-legal-forms.txt').has(next.lower) || lexiconSet('org-heads.txt').has(next.lower))) return true;
  // "Italy's state-owned Ente Nazionale\nIdrocarburi (ENI)": a line that ends a word or two after a foreign
  // organisation's opening head ("Banque", "Ente", "Compagnie"; not English "Bank", "Credit", "Radio") goes on.
  if (prev.cap && next.cap && next.type === 'word' && !allCapitals(doc, next)) {
    for (let k = i - 1; k >= Math.max(0, i - 3) && doc.tokens[k].cap; k--) {
      if (lexiconSet('org-opening-heads.txt').has(doc.tokens[k].lower) && !ENGLISH_OPENING_HEADS.has(doc.tokens[k].lower)) return true;
      if (doc.tokens[k].nl) break;
    }
  }
  // "Gunnar Gold Inc said it and Mill City\nGold Inc signed": or one more capitalised word, then the legal form, after
  // a line that reads as a sentence (a verb in lower case), not as a headline.
  // ("China's state-owned Beijing Non-Ferrous\nMetals Industrial Corp and ...": or two)
  if (prev.cap && next.cap) {
    for (let k = i + 1; k <= i + 2; k++) {
      const form = doc.tokens[k];
      if (!form?.cap || form.nl) break;
      if (lexiconSet('org-legal-forms.txt').has(form.lower)) {
        if (lineHasVerb(doc, i) || nameOpening(doc, i)) return true;
        break;
      }
    }
    // ("Tracor Inc said its Tracor Applied\nSciences unit was awarded": or what the company is a part of, in lower case)
    for (let k = i + 1; k <= i + 2; k++) {
      const part = doc.tokens[k];
      if (!part || part.nl) break;
      if (!part.cap) {
        if (UNIT_WORDS.test(part.lower) && lineHasVerb(doc, i)) return true;
        break;
      }
    }
  }
  // "President Richard von\nWeizsaecker met": a surname's particle between two capitalised words.
  if (!prev.cap && next.cap && doc.tokens[i - 2]?.cap && lexiconSet('surname-particles.txt').has(prev.lower) && !allCapitals(doc, next)) return true;
  // "said John W. Johnstone\nJr, 54,": a generation after a surname.
  if (prev.cap && prev.type === 'word' && /^(jr|sr)\.?$/.test(next.lower)) return true;
  // "Transportation Secretary Elizabeth\nDole proposed": a title and a given name go on into the surname, whatever
  // part of speech the tagger gave it.
  // ("Senate Republican leader Robert\nDole said": a role in lower case too)
  const role = doc.tokens[i - 2];
  const titled = !!role && (titleWords().has(role.lower) || (!role.cap && lexiconSet('roles.txt').has(role.lower))) && lexiconSet('generated/given-names.txt').has(prev.lower);
  // ("Trade Minister Herman\nDe Croo said": a surname's particle of two letters opens the surname too)
  const particle = lexiconSet('surname-particles.txt').has(next.lower) && !!doc.tokens[i + 1]?.cap && !doc.tokens[i + 1].nl;
  if (titled && next.cap && next.type === 'word' && (next.end - next.start > 2 || particle) && !allCapitals(doc, next)) return true;
  if (!prev.cap || !next.cap || next.pos !== 'PROPN' || next.end - next.start < 2) return false;
  // "said director Arnold\nL. Johnson", "deputy prime minister Janos\nMilosavljevic": a name after a title in lower
  // case (an initial may open the next line).
  const title = doc.tokens[i - 2];
  if (title && !title.cap && title.type === 'word' && titleWords().has(title.lower) && (next.end - next.start > 2 || next.lower.endsWith('.'))) return true;
  // An all-capitals word after the break is a dateline or a heading ("WASHINGTON, March 3 -").
  if (allCapitals(doc, next)) return false;
  // "General Motors Corp's <GM> Bedford\nTrucks subsidiary has signed": a line with a stock ticker is wire copy's
  // sentence, not a headline.
  if (lineHasTicker(doc, i)) return true;
  // "The Senate overrode President\nReagan's veto": a title before a name, after a line that reads as a sentence.
  if (NAME_TITLES.test(prev.lower) && lineHasVerb(doc, i)) return true;
  // "Deputy Assistant Treasury Secretary\nJames Conrow said": a line that is a title and nothing else.
  if (lineIsTitle(doc, i)) return true;
  // "MCI Communications Corp President\nBert Roberts said": or a company's name with its legal form, then a title.
  const form = doc.tokens[i - 2];
  if (form?.cap && titleWords().has(prev.lower) && lexiconSet('org-legal-forms.txt').has(form.lower) && lexiconSet('generated/given-names.txt').has(next.lower)) return true;
  const pair = prev.lower + ' ' + next.lower;
  if (nameBigrams().has(pair)) return true;
  // "a unit of Union\nCarbide Corp" where the article also writes "Union Carbide France" on one line.
  if ((seen.pairs ??= capitalisedPairs(doc)).has(pair)) return true;
  return lexiconSet('generated/given-names.txt').has(prev.lower) || lexiconSet('given-names-extra.txt').has(prev.lower) || lexiconSet('name-openers.txt').has(prev.lower);
}

const ENGLISH_OPENING_HEADS = new Set(['bank', 'credit', 'radio']);
/** The word after a company's name that says it is part of another. */
const UNIT_WORDS = /^(unit|subsidiary|division|affiliate)$/;
const allCapitals = (doc: Doc, t: Token) => doc.text.slice(t.start, t.end) === t.lower.toUpperCase();

/** The line that ends before token i is three words or more, every one in capitals ("JAPAN, U.S. AGREE ON CHIP PACT"). */
function lineInCapitals(doc: Doc, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = doc.tokens[k];
    if (t.type === 'word' && /\p{L}/u.test(t.lower)) {
      if (!allCapitals(doc, t)) return false;
      words++;
    }
    if (t.nl) break;
  }
  return words >= 3;
}

/** Token i is inside a wire bracket: a "<" opens before it and a ">" closes after it, a few tokens either side. */
function insideBrackets(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let open = false;
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (tokens[k].lower === '>') return false;
    if (tokens[k].lower === '<') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let k = i; k < Math.min(tokens.length, i + 8); k++) {
    if (tokens[k].lower === '<') return false;
    if (tokens[k].lower === '>') return true;
  }
  return false;
}

/**
 * The article's first line, without a verb, goes on into a company's name: "Lexitech International\nDocumentation
 * Network Inc said", "Olin Corp's Olin Hunt\nSpecialty Products Inc said" (wire copy whose first line lost its
 * dateline). It ends with an organisation's head noun or names the owner of what follows; a headline without a
 * verb ("Oil Prices\nExxon Mobil Corp said") does neither.
 */
function nameOpening(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let owner = false;
  for (let k = 0; k < i; k++) {
    const t = tokens[k];
    if (t.nl && k > 0) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.type === 'word' && !t.cap && !/^('s|’s)$/.test(t.lower)) return false;
    if (/^('s|’s)$/.test(t.lower)) owner = true;
  }
  return owner || lexiconSet('org-heads.txt').has(tokens[i - 1].lower);
}

/** Words that make a title a rank lower or a stand-in ("Deputy Assistant Treasury Secretary"). */
const RANKS = new Set(['deputy', 'assistant', 'acting', 'vice', 'under', 'senior', 'associate']);
let titleSet: Set<string> | null = null;
/** The person titles in lower case, built once ("president", "deputy prime minister"). */
function titleWords(): Set<string> {
  return (titleSet ??= new Set(personTitles().map((t) => t.toLowerCase())));
}

/** The line that ends before token i is a person's title whole, with any ranks before it. */
function lineIsTitle(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  let start = i - 1;
  while (start > 0 && !tokens[start].nl) start--;
  if (i - start > 7) return false;
  for (let a = start; a < i; a++) {
    if (titleWords().has(doc.text.slice(tokens[a].start, tokens[i - 1].end).toLowerCase().replace(/\s+/g, ' '))) return true;
    if (!RANKS.has(tokens[a].lower) || !tokens[a].cap) return false;
  }
  return false;
}

/** Titles that come before a person's name and nowhere else ("Chairman" may end a headline: "Names New Chairman"). */
const NAME_TITLES = /^(mr|mrs|ms|dr|sir|president|premier|senator|sen|representative|congressman|governor|gov|chancellor|king|queen|prince|sheikh)\.?$/;

/** Two capitalised words side by side on one line, anywhere in the article ("union carbide"). */
function capitalisedPairs(doc: Doc): Set<string> {
  const out = new Set<string>();
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.cap && !t.nl && tokens[i - 1].cap && t.type === 'word' && tokens[i - 1].type === 'word') out.add(tokens[i - 1].lower + ' ' + t.lower);
  }
  return out;
}

/** The line that ends before token i has a ticker Reuters writes after a company's name: "<GM>", "<ISUM.T>". */
function lineHasTicker(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  for (let k = i - 1; k > 0; k--) {
    if (tokens[k].lower === '>' && tokens[k - 1].type !== 'punctuation' && tokens[k - 1].end === tokens[k].start) {
      for (let j = k - 1; j >= 0 && j >= k - 5; j--) if (tokens[j].lower === '<') return tokens[j + 1].start === tokens[j].end && /^[A-Z]/.test(doc.text[tokens[j].end]);
    }
    if (tokens[k].nl) return false;
  }
  return false;
}

/** The line that ends before token i has a verb written in lower case ("said"): a sentence's line, no headline. */
function lineHasVerb(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = doc.tokens[k];
    // ("The stock of International Business\nMachine Corp declined", "A partisan battle over President\nReagan's
    // veto": or a preposition in lower case, as no headline in title case writes it)
    if (!t.cap && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && k > 0 && /^(of|for|with|by|from|over|about|after|against|into|under|between|through|during|before|amid)$/.test(t.lower)))) return true;
    if (t.nl) return false;
  }
  return false;
}

/**
 * Every pair of adjacent words in a known organisation's or place's name or a person's title ("international
 * monetary", "sri lanka", "finance minister"):
 * "Sri Lanka and the International\nMonetary Fund" is one line wrapped inside a name, not a headline.
 */
let bigrams: Set<string> | null = null;
function nameBigrams(): Set<string> {
  if (bigrams) return bigrams;
  bigrams = new Set();
  const names = [
    ...['known-organisations.txt', 'known-companies.txt'].flatMap((f) => lexiconList(f).flatMap((l) => l.split(/\t|\|/))),
    ...lexiconList('generated/places.tsv').map((l) => l.split('\t')[0]),
    // ("its West\nGerman subsidiary": a demonym of two words, too)
    ...['generated/demonyms.tsv', 'place-demonym-extra.tsv'].flatMap((f) => lexiconList(f).map((l) => l.split('\t')[0])),
    // ("led by Finance\nMinister Gustavo Petricioli": a title of two words or more)
    ...personTitles(),
  ];
  for (const name of names) {
    const words = name.toLowerCase().split(' ');
    for (let i = 0; i + 1 < words.length; i++) bigrams.add(words[i] + ' ' + words[i + 1]);
  }
  return bigrams;
}
