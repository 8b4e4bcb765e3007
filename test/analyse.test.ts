// Analysis is independent of what the process read before: wink-nlp's cache is reset for every article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../src/analyse/doc.js';
import fc from 'fast-check';
import { tokenize, breakLongRuns, hasLongRun, lowerCase, occursAt } from '../src/analyse/tokens.js';
import { makeArticle } from '../src/ingest/formats.js';
import { docOf } from './helpers.js';

function tokens(text: string) {
  const doc = new Doc(makeArticle({ id: 't', path: 't', text }).article);
  tokenize(doc);
  return doc.tokens.map((t) => [text.slice(t.start, t.end), t.pos, t.sent]);
}

describe('analysis', () => {
  it('gives the same tokens whatever was read before', () => {
    const text = "Standard and Poor's 500 index futures rose, Xinjiang's colleges said; Jiangsu Yunxiangcang's deal.";
    const fresh = tokens(text);
    tokens(readFileSync('corpus/belt-and-road-vocational-forum.txt', 'utf8'));
    tokens("Poor's Poor's. Yunxiangcang's Yunxiangcang's, qwertyuiop's zxcv-bnm's 'Poor's'");
    expect(tokens(text)).toEqual(fresh);
  });

  it('gives the same tokens after the learnt words are dropped (every 20,000 new words)', () => {
    const text = "Jiangsu Yunxiangcang's quorvex-labs signed with Zhelvantis Qorbitron's unit; Yunxiangcang's shares rose.";
    const fresh = tokens(text);
    // 25,000 words wink has never seen: enough to make the next analysis drop what was learnt.
    const words = Array.from({ length: 25_000 }, (_, i) => `zq${i.toString(36)}vex`);
    tokens(words.join(' ') + '.');
    expect(tokens(text)).toEqual(fresh);
    expect(tokens(text)).toEqual(fresh);
  });

  it('starts no sentence inside a wire ticker ("<GAMW.F>")', () => {
    const got = tokens('Alpha Corp said it reached agreement with Gamma Werke <GAMW.F> on its takeover. Terms were not disclosed.');
    const sentenceOf = (w: string) => got.find(([t]) => t === w)![2];
    expect(sentenceOf('on')).toBe(sentenceOf('Alpha'));
    expect(sentenceOf('Terms')).toBe(sentenceOf('Alpha') + 1);
  });

  it('reads wire copy whose lines end in name initials as wrapped, not as one sentence per line (Reuters: "Michael T.\\nFuller")', () => {
    const text = "Paul's Place Inc said chairman,\npresident and treasurer Paul D. Lambert has sold 240 mln common\nshares to other board members, advisory board members Alan H.\nMarcove and Gerald M. Marcove and an unaffiliated purchaser it\ndid not name.\n    Terms were not disclosed.\n    The company said Alan Marvoce has been named to replace\nLambert as chairman and chief executive officer and Michael T.\nFuller has been named president.\n    Fuller was formerly president of <Mr. Steak Inc>.";
    const got = tokens(text);
    const sentenceOf = (w: string) => got.find(([t]) => t === w)![2];
    expect(sentenceOf('Fuller')).toBe(sentenceOf('replace'));
    expect(sentenceOf('Marcove')).toBe(sentenceOf('Paul'));
    expect(new Set(got.map(([, , s]) => s)).size).toBe(4);
  });

  it('ends a sentence at a legal form\'s period before a word that opens sentences ("to acquire Beta Inc. Terms were not disclosed"), not inside a name ("Plessey Co. Plc")', () => {
    const got = tokens('Rexnord Inc said it signed a definitive agreement to sell its unit to Oak Industries Inc. Terms were not disclosed. Plessey Co. Plc said it agreed.');
    const sentenceOf = (w: string) => got.find(([t]) => t === w)![2];
    expect(sentenceOf('Terms')).toBe(sentenceOf('Rexnord') + 1);
    expect(sentenceOf('Plc')).toBe(sentenceOf('Plessey'));
  });

  it('goes on past an article\'s short first line that ends with a comma, as no headline does (Reuters: "Fidata Corp <FID> and its subsidiary,\\nFidata Trust")', () => {
    const got = tokens('Fidata Corp <FID> and its subsidiary,\nFidata Trust Company New York <FTCNY>, announced that they have\nreached a preliminary settlement agreement.\n');
    expect(new Set(got.map(([, , s]) => s)).size).toBe(1);
    // (a headline without the comma still stands alone)
    expect(new Set(tokens('Fidata Corp settles lawsuits\nFidata Trust Company New York said it has reached a preliminary settlement agreement.\n').map(([, , s]) => s)).size).toBe(2);
  });

  it('starts a sentence at the story\'s dateline under a headline of any length ("... on $7 billion loan\\nISLAMABAD, July 12 (Reuters) -")', () => {
    const text = 'Pakistan, IMF reach staff-level agreement on $7 billion loan\nISLAMABAD, July 12 (Reuters) - Pakistan has reached a staff-level agreement with the International Monetary Fund.\n';
    const got = tokens(text);
    expect(got.find(([w]) => w === 'ISLAMABAD')![2]).toBe(1);
    expect(got.find(([w]) => w === 'loan')![2]).toBe(0);
  });

  it('judges the layout by the lines inside paragraphs, and not on one or two of them (Reuters: "It is not connected with Reuters\\nHoldings PLC.")', () => {
    const text = 'Shr 67 cts vs six cts\n    Net 1.6 mln vs 131,630\n    Revs 6.5 mln vs 4.5 mln\n    NOTE: 1986 net includes 1.4 mln dlrs in tax loss carryback.\nReuter Inc is a spindle maker. It is not connected with Reuters\nHoldings PLC.';
    const got = tokens(text);
    const sentenceOf = (w: string) => got.filter(([t]) => t === w).pop()![2];
    expect(sentenceOf('Holdings')).toBe(sentenceOf('connected'));
    // paragraph starts end sentences whatever the layout, so they do not count (Reuters: "the Ministry of
    // International\nTrade and Industry said", in a story whose paragraphs are mostly one line each)
    const miti = tokens("Japan's preliminary industrial production\nindex (base 1980) rose 0.7 pct to a seasonally adjusted 122.8\nin March from the previous month, the Ministry of International\nTrade and Industry said.\n    Production had fallen 0.2 in Feburary from a month earlier.\n    The preliminary, unadjusted March index fell 0.2 pct from a\nyear earlier after remaining flat in Feburary.\n\n    The adjusted March producers' shipment index (same base)\nfell 0.6 to 117.3 from February. The unadjusted index rose 0.3\npct from a year earlier.\n    The adjusted March index of producers' inventories of\nfinished goods (same base) rose 0.7 pct to 105.4 from Feburary.\nThe unadjusted index fell 1.1 pct from a year earlier.");
    const sentenceIn = (w: string) => miti.find(([t]) => t === w)![2];
    expect(sentenceIn('Trade')).toBe(sentenceIn('International'));
  });

  it('keeps a company\'s web name whole and starts no sentence at its dot ("Pony.ai", "Amazon.com Inc")', () => {
    const got = tokens('Uber struck a partnership with Pony.ai to deploy robotaxis. Amazon.com Inc said it would not comment.');
    expect(got.map(([t]) => t)).toEqual(expect.arrayContaining(['Pony.ai', 'Amazon.com']));
    const sentenceOf = (w: string) => got.find(([t]) => t === w)![2];
    expect(sentenceOf('robotaxis')).toBe(sentenceOf('Uber'));
    expect(sentenceOf('Amazon.com')).toBe(sentenceOf('Uber') + 1);
  });

  it('keeps an amount glued to its currency whole and starts no sentence at its decimal point ("Rs1.5bn")', () => {
    const got = tokens('The plan costs Rs1.5bn and RM1.2 billion. Terms were not disclosed.');
    expect(got.map(([t]) => t)).toContain('Rs1.5bn');
    expect(got.map(([t]) => t)).toContain('RM1.2');
    const sentenceOf = (w: string) => got.find(([t]) => t === w)![2];
    expect(sentenceOf('billion')).toBe(sentenceOf('The'));
    expect(sentenceOf('Terms')).toBe(sentenceOf('The') + 1);
  });

  it('keeps offsets exact when very long tokens are broken for the tokenizer', () => {
    const text = 'a'.repeat(600) + ' Boeing ' + '😀'.repeat(300);
    const copy = breakLongRuns(text);
    expect(copy.length).toBe(text.length);
    expect(tokens(text).some(([t]) => t === 'Boeing')).toBe(true);
  });

  it('lower-cases and compares tokens exactly as toLowerCase and startsWith do', () => {
    const piece = fc.constantFrom('a', 'Z', 'É', 'ß', 'İ', '😀', ' ', '\n', '-', "'", 'Σ', 'ǅ', '0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 4 }), fc.nat(14), (parts, sub, p) => {
        const text = parts.join('');
        const v = sub.join('');
        expect(lowerCase(text)).toBe(text.toLowerCase());
        expect(occursAt(text, v, p)).toBe(text.startsWith(v, p));
        if (p <= text.length) expect(occursAt(text, text.slice(p, p + 3), p)).toBe(true);
      }),
    );
  });

  it('finds long runs exactly where /\\S{n}/ does', () => {
    const piece = fc.constantFrom('a', 'Ä', '😀', ' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u200b', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (parts, n) => {
        const text = parts.join('');
        expect(hasLongRun(text, n)).toBe(new RegExp(`\\S{${n}}`).test(text));
      }),
    );
  });

  it('reads "ASX:OZL" as an exchange, a colon and a ticker, not an emoticon ":O" glued to two words', () => {
    expect(tokens('OZ Minerals (ASX:OZL) and Exxon (NYSE:X) rose :D').map(([t]) => t)).toEqual(['OZ', 'Minerals', '(', 'ASX', ':', 'OZL', ')', 'and', 'Exxon', '(', 'NYSE', ':', 'X', ')', 'rose', ':D']);
  });

  it('reads "U.S." after a hyphen as one word, as it stands alone (Reuters: "the Franco-U.S. Group <CFM International>")', () => {
    expect(tokens('It signed with the Franco-U.S. Group and a U.K.-U.S. venture.').map(([t]) => t)).toEqual(['It', 'signed', 'with', 'the', 'Franco', '-', 'U.S.', 'Group', 'and', 'a', 'U.K.', '-', 'U.S.', 'venture', '.']);
  });

  it('reads a model\'s plural as one word, not a letter and a decade ("70 Airbus A350s", "its fleet of DC10s")', () => {
    expect(tokens('It ordered 70 Airbus A350s to replace its DC10s in the 1980s.').map(([t]) => t)).toEqual(['It', 'ordered', '70', 'Airbus', 'A350s', 'to', 'replace', 'its', 'DC10s', 'in', 'the', '1980s', '.']);
  });

  it('ends a sentence after the surname "Sen." that wink reads as "Senator" ("his Cambodian counterpart Hun Sen. The talks"), not inside "Republican Sen. Bob Dole" or a wrapped line', () => {
    const got = tokens('The accord was signed by his Cambodian counterpart Hun Sen. The talks lasted two days. Republican Sen. Bob Dole said so, as did former Texas Sen.\nJohn Tower.');
    expect(got.slice(9, 12).map(([t]) => t)).toEqual(['Sen', '.', 'The']);
    expect(got[11][2]).toBe(got[9][2] + 1);
    expect(got.filter(([t]) => t === 'Sen.')).toHaveLength(2);
    expect(got.find(([t]) => t === 'John')![2]).toBe(got.find(([t]) => t === 'Republican')![2]);
  });

  it('reads a line break inside or before a name Reuters put in brackets as a wrap, not a sentence end (Reuters: "<Chevron Petroleum\\n(U.K.) Ltd>", "and Belgian group\\n<Diamant Boart SA>")', () => {
    const chevron = tokens("Chevron Corp's <CHV> <Chevron Petroleum\n(U.K.) Ltd> said it sold interests in two North Sea blocks to\n<Midland and Scottish Resources Ltd>.");
    expect(new Set(chevron.map(([, , s]) => s)).size).toBe(1);
    const sandvik = tokens('Sandvik AB <SVIK.ST> and Belgian group\n<Diamant Boart SA> have completed preliminary negotiations on\nforming a joint venture, Diamant Boart said in a statement.');
    expect(new Set(sandvik.map(([, , s]) => s)).size).toBe(1);
  });

  it('reads a short form in brackets that opens a line after a name as part of that line\'s sentence (Reuters: "Oil India Ltd\\n(OIL) said")', () => {
    const got = tokens("India's state-owned Oil India Ltd\n(OIL) said it received a 3.5 billion yen credit under an\nagreement signed with Dai Ichi Kangyo Bank of Tokyo last week.");
    expect(new Set(got.map(([, , s]) => s)).size).toBe(1);
  });

  it('splits the possessive wink keeps on a company\'s legal form ("Co\'s", "Ltd\'s") from it, as it splits "Exxon\'s"', () => {
    const got = tokens("Protective Life Corp will assume <Liberty Life Insurance Co's> business and Sanwa Bank Ltd's loans.").map(([t]) => t);
    expect(got.slice(5, 11)).toEqual(['<', 'Liberty', 'Life', 'Insurance', 'Co', "'s"]);
    expect(got).toContain('Ltd');
  });

  it('keeps the clipped "and" of a name with its apostrophe between two capitalised words ("Pay \'N Pak"), even at a wrap', () => {
    const got = tokens("Bilzerian holds 7.2 pct of Pay 'N\nPak Stores Inc. Fans 'n' roses, he said.").map(([t]) => t);
    expect(got.slice(5, 9)).toEqual(['Pay', "'N", 'Pak', 'Stores']);
    // (not a quote that opens a word after a lower-case one)
    expect(got).toContain("'");
  });

  it('reads a line break after a title in lower case and a given name as a wrap inside the name ("director Arnold\\nL. Johnson")', () => {
    const got = tokens('Magma Power Co said director Arnold\nL. Johnson has been named president and chief executive.');
    expect(new Set(got.map(([, , s]) => s)).size).toBe(1);
  });

  it('reads the "!" of a name before a word in lower case or a possessive as no sentence end and no token ("Microsoft and Yahoo! have signed", "Yahoo!\'s websites")', () => {
    const doc = docOf("Microsoft and Yahoo! have signed a ten-year agreement to power searches on Yahoo!'s websites. Sales rose! Profits fell.");
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(["Microsoft and Yahoo! have signed a ten-year agreement to power searches on Yahoo!'s websites.", 'Sales rose!', 'Profits fell.']);
    expect(doc.tokens.filter((t) => t.lower === '!').length).toBe(1);
    expect(docOf("Microsoft and Yahoo! have signed a ten-year agreement.").agreements.map((a) => a.parties.map((p) => p.name))).toEqual([['Microsoft', 'Yahoo']]);
  });
});
