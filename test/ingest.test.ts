// Input formats, article ids, decoding and datelines.
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, findDateline, type IngestItem } from '../src/ingest/index.js';
import { htmlToArticle } from '../src/ingest/html.js';
import { articleFromPlainText, makeArticle } from '../src/ingest/formats.js';
import { folder } from './helpers.js';

async function all(paths: string[], opts = {}): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const i of ingest(paths, opts)) out.push(i);
  return out;
}
const articles = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));
const errors = (items: IngestItem[]) => items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));

describe('formats and ids', () => {
  it('reads every format with ids from the id field, the relative path, or path#line', async () => {
    const dir = folder({
      'a.txt': 'Airbus said on Monday it had won an order.',
      'sub/b.md': '# Title here\n\nBoeing unveiled the 787.',
      'c.json': JSON.stringify([{ id: 'c1', text: 'One.' }, { text: 'Two.' }]),
      'd.jsonl': JSON.stringify({ text: 'Line one.' }) + '\n\n' + JSON.stringify({ id: 7, text: 'Line three.' }) + '\n',
      'e.html': '<html><head><title>Page</title><script>var x = "Secret Corp";</script></head><body><nav>Home | About</nav><article><h1>Head</h1><p>Body text &amp; more.</p></article></body></html>',
      'ignored.csv': 'x,y',
    });
    const items = await all([dir]);
    expect(articles(items).map((a) => a.id)).toEqual(['a', 'c1', 'c#2', 'd#1', '7', 'e', 'sub/b']);
    expect(errors(items)).toEqual([]);
    const md = articles(items).find((a) => a.id === 'sub/b')!;
    expect(md.title).toBe('Title here');
    const html = articles(items).find((a) => a.id === 'e')!;
    expect(html.text).toBe('Head\n\nBody text & more.');
    expect(html.title).toBe('Head');
    expect(items.some((i) => i.kind === 'skipped' && i.path.endsWith('ignored.csv'))).toBe(true);
  });

  it('keeps metadata from JSON objects', async () => {
    const dir = folder({ 'x.jsonl': JSON.stringify({ id: 'x', text: 'T.', title: 'A title', publishedAt: '2013-03-22', url: 'https://example.org/x', source: 'Wire' }) + '\n' });
    const [a] = articles(await all([dir]));
    expect([a.title, a.publishedAt, a.url, a.source]).toEqual(['A title', '2013-03-22', 'https://example.org/x', 'Wire']);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('closes the file being read when the caller stops early', async () => {
    const dir = folder({ 'many.jsonl': JSON.stringify({ text: 'One line.' }).concat('\n').repeat(50_000) });
    const open = () => readdirSync('/proc/self/fd').length;
    const before = open();
    for (let k = 0; k < 10; k++) for await (const _ of ingest([dir])) break;
    await new Promise((r) => setTimeout(r, 50));
    expect(open()).toBeLessThanOrEqual(before);
  });

  it('reads a single file given directly, with its name as id', async () => {
    const dir = folder({ 'one.txt': 'Hello world.' });
    expect(articles(await all([join(dir, 'one.txt')])).map((a) => a.id)).toEqual(['one']);
  });
});

describe('bad input is reported, and the batch goes on', () => {
  it('names the file and the reason for each problem', async () => {
    const dir = folder({
      'empty.txt': '',
      'blank.txt': '   \n\t\n',
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
      'latin1.txt': Buffer.from('Caf\xe9 au lait', 'latin1'),
      'bad.jsonl': '{"text": "good one"}\n{"text": \n{"text": 5}\n{"id": "ok2", "text": "fine"}\n{"text": "trunc',
      'good.txt': 'Still processed.',
      'wrong.json': '{"title": "no text"}',
    });
    const items = await all([dir]);
    const errs = errors(items).map((e) => `${e.path.slice(dir.length + 1)}${e.line ? ':' + e.line : ''} ${e.reason}`);
    expect(errs).toEqual([
      expect.stringMatching(/^bad\.jsonl:2 malformed JSON/),
      expect.stringMatching(/^bad\.jsonl:3 not an article: field "text"/),
      expect.stringMatching(/^bad\.jsonl:5 truncated last line/),
      expect.stringMatching(/^blank\.txt empty article/),
      'empty.txt empty file',
      expect.stringMatching(/^image\.txt binary file: looks like a PNG image/),
      expect.stringMatching(/^latin1\.txt invalid UTF-8 at byte 3/),
      expect.stringMatching(/^wrong\.json not an article: field "text"/),
    ]);
    expect(articles(items).map((a) => a.id)).toEqual(['bad#1', 'ok2', 'good']);
  });

  it('reads the names news datasets give the fields ("body", "headline", "published_at"), and names the one that is wrong', async () => {
    const dir = folder({
      'feed.jsonl': '{"id": "a", "headline": "Nokia wins deal", "body": "Nokia signed a contract.", "published_at": "2024-05-13", "link": "https://x.test/a"}\n{"id": "b", "content": 42}\n{"id": "c", "text": "Own text.", "body": "ignored"}\n',
    });
    const items = await all([dir]);
    expect(articles(items).map((a) => [a.id, a.title, a.text, a.publishedAt, a.url])).toEqual([
      ['a', 'Nokia wins deal', 'Nokia signed a contract.', '2024-05-13', 'https://x.test/a'],
      ['c', null, 'Own text.', null, null],
    ]);
    expect(errors(items).map((e) => e.reason)).toEqual([expect.stringMatching(/^not an article: field "content" \(read as "text"\): .*expected string/)]);
  });

  it('decodes UTF-16 with a byte-order mark and strips a UTF-8 BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich, March 3 (Reuters) - Text.', 'utf16le')]);
    const dir = folder({ 'le.txt': le, 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Plain.')]) });
    const got = articles(await all([dir]));
    expect(got.map((a) => a.text)).toEqual(['Plain.', 'Zürich, March 3 (Reuters) - Text.']);
  });

  it('survives a symbolic link loop', async () => {
    const dir = folder({ 'a/x.txt': 'Text.' });
    symlinkSync(dir, join(dir, 'a', 'loop'));
    const items = await all([dir]);
    expect(articles(items)).toHaveLength(1);
    expect(errors(items)[0].reason).toMatch(/symbolic link loop/);
  });

  it('reports a path that does not exist', async () => {
    expect(errors(await all(['/no/such/place']))[0]).toMatchObject({ path: '/no/such/place', stage: 'discover' });
  });

  it('skips an article over --max-article-bytes', async () => {
    const dir = folder({ 'big.txt': 'x'.repeat(2000) });
    expect(errors(await all([dir], { maxArticleBytes: 1000 }))[0].reason).toMatch(/over the --max-article-bytes limit/);
  });

  it('applies the default limits to options passed as undefined, as the command line passes those not given', async () => {
    const dir = folder({ 'big.txt': 'Words. '.repeat(720_000) });
    const errs = errors(await all([dir], { maxArticleBytes: undefined, maxFileBytes: undefined }));
    expect(errs.map((e) => e.reason)).toEqual([expect.stringMatching(/^article text is 50\d{5} bytes, over the --max-article-bytes limit of 5000000$/)]);
  });
});

describe('date lines', () => {
  const published = (text: string) => makeArticle({ id: 't', path: 't', text }).article.publishedAt;
  it('reads a line that is only a full date, first or under the headline, blank lines between or not, as the publication date', () => {
    expect(published('Toyota recalls vehicles\nOctober 11, 2012\nToyota said on Wednesday ...')).toBe('2012-10-11');
    expect(published('Toyota recalls vehicles\n\nOctober 11, 2012\n\nToyota said on Wednesday ...')).toBe('2012-10-11');
    expect(published('Toyota recalls vehicles\n\n11 October 2012\n\nToyota said ...')).toBe('2012-10-11');
    expect(published('Toyota recalls vehicles\n\nThursday, October 11, 2012\n\nToyota said ...')).toBe('2012-10-11');
    // (and the weekday that opens it is no dateline's place)
    expect(findDateline('Toyota recalls vehicles\n\nTuesday, March 3, 2015\n\nToyota said ...')).toBeNull();
    expect(published('Toyota recalls vehicles\n\n2012-10-11\n\nToyota said ...')).toBe('2012-10-11');
    // not a date inside the story, nor one that is not a day of the calendar
    expect(published('Toyota recalls vehicles\n\nToyota said on Wednesday ...\n\nOctober 11, 2012')).toBeNull();
    expect(published('Toyota recalls vehicles\n\nFebruary 30, 2012\n\nToyota said ...')).toBeNull();
  });
});

describe('datelines', () => {
  it('reads place, date and agency', () => {
    const d = findDateline('Urumqi, September 9 (Zhongxin Net) -- From September 26 to 9, the forum')!;
    expect([d.place?.text, d.date?.text, d.source?.text, d.value, d.text]).toEqual(['Urumqi', 'September 9', 'Zhongxin Net', 'XXXX-09-09', 'Urumqi, September 9 (Zhongxin Net) --']);
    const r = findDateline('LONDON, March 3 (Reuters) - Shares fell.')!;
    expect([r.place?.text, r.date?.text, r.source?.text]).toEqual(['LONDON', 'March 3', 'Reuters']);
    const ap = findDateline('WASHINGTON (AP) — The Senate voted.')!;
    expect([ap.place?.text, ap.date, ap.source?.text]).toEqual(['WASHINGTON', null, 'AP']);
    const ru = findDateline('Moscow, 12 March 2024 (Interfax) - Gazprom said.')!;
    expect([ru.place?.text, ru.date?.text, ru.value]).toEqual(['Moscow', '12 March 2024', '2024-03-12']);
    // (an ordinal day, and a comma before the year, as Gulf agencies write it)
    const wam = findDateline('ABU DHABI, 12th March, 2025 (WAM) -- The UAE and India signed a pact.')!;
    expect([wam.place?.text, wam.date?.text, wam.source?.text, wam.value]).toEqual(['ABU DHABI', '12th March, 2025', 'WAM', '2025-03-12']);
    expect(findDateline('LONDON, March 3rd (Reuters) - Shares fell.')?.value).toBe('XXXX-03-03');
    const pk = findDateline('KARACHI, March 3: Pakistan and China signed a pact.')!;
    expect([pk.place?.text, pk.date?.text, pk.value]).toEqual(['KARACHI', 'March 3', 'XXXX-03-03']);
    expect(findDateline('NEW DELHI: India and Japan on Friday signed a pact.')?.place?.text).toBe('NEW DELHI');
    // A place in capitals and a long dash, as newspapers write it; a word and a short dash is not enough.
    expect(findDateline('SEATTLE — Microsoft Corp. said on Monday it had agreed a deal.')?.place?.text).toBe('SEATTLE');
    expect(findDateline('LOS ANGELES – Stocks rose.')?.place?.text).toBe('LOS ANGELES');
    expect(findDateline('CORN --     1986/87')).toBeNull();
    expect(findDateline('Seattle — Microsoft said.')).toBeNull();
    expect(findDateline('UK - Stocks rose.')).toBeNull();
  });
  it('finds the dateline where the story starts under its headline, and without a dash after a date and an agency', () => {
    const text = 'Egypt and Saudi Arabia sign $16 billion in investment deals\n\nCAIRO, April 9 (Reuters) - Egypt and Saudi Arabia signed 17 agreements.';
    const d = findDateline(text)!;
    expect([d.text, d.place?.text, d.source?.text, d.value]).toEqual(['CAIRO, April 9 (Reuters) -', 'CAIRO', 'Reuters', 'XXXX-04-09']);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(text.slice(d.place!.start, d.place!.end)).toBe('CAIRO');
    const ap = findDateline('Toyota, Suzuki agree to capital alliance\nMarch 20, 2019\nTOKYO (AP) — Toyota Motor Corp. and Suzuki Motor Corp. said')!;
    expect([ap.place?.text, ap.source?.text]).toEqual(['TOKYO', 'AP']);
    const pti = findDateline('India, Japan ink pact on high-speed rail\n\nNEW DELHI, Dec 12 (PTI) India and Japan on Saturday inked an agreement.')!;
    expect([pti.text, pti.value]).toEqual(['NEW DELHI, Dec 12 (PTI)', 'XXXX-12-12']);
  });

  it('reads a dateline with a date and an agency but no place ("Nov 16 (Reuters) -", as Reuters writes stories from no one city)', () => {
    const text = 'Pfizer signs licensing deal with generic makers for COVID pill\n\nNov 16 (Reuters) - Pfizer Inc said on Tuesday it would allow generic drugmakers to produce versions of its pill.';
    const d = findDateline(text)!;
    expect([d.text, d.place, d.date?.text, d.source?.text, d.value]).toEqual(['Nov 16 (Reuters) -', null, 'Nov 16', 'Reuters', 'XXXX-11-16']);
    expect(text.slice(d.source!.start, d.source!.end)).toBe('Reuters');
  });
  it('reads a press release\'s wire between slashes, and a place and a dated line of their own, not a dividend table\'s line', () => {
    const pr = findDateline('Acme Signs Agreement\n\nSAN JOSE, Calif., Jan. 9, 2024 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) today announced')!;
    expect([pr.place?.text, pr.date?.text, pr.source?.text, pr.value]).toEqual(['SAN JOSE, Calif.', 'Jan. 9, 2024', 'PRNewswire', '2024-01-09']);
    const eu = findDateline('EU and Japan sign digital partnership\n\nBrussels, 12 May 2023\n\nThe European Union and Japan today signed a Digital Partnership.')!;
    expect([eu.text, eu.value]).toEqual(['Brussels, 12 May 2023', '2023-05-12']);
    expect(findDateline('Qtly div 25 cts vs 25 cts prior\nPay March 31\nRecord March 10')).toBeNull();
    expect(findDateline('Brussels, 12 May\nThe talks went on.')).toBeNull();
  });

  it('does not look for a dateline past the first paragraph, nor take a bracket without a date for one', () => {
    expect(findDateline('Shares fell on Monday, dealers said.\n\nLONDON, March 3 (Reuters) - Shares fell.')).toBeNull();
    expect(findDateline('Apple results\n\nApple (AAPL) Shares rose after the results.')).toBeNull();
  });
  it('does not take an ordinary first sentence for a dateline', () => {
    expect(findDateline('Boeing said on Monday it would cut jobs.')).toBeNull();
    expect(findDateline('Airbus - the European planemaker - said.')).toBeNull();
    expect(findDateline('UPDATE: The talks resumed.')).toBeNull();
    expect(findDateline('EDITOR\'S NOTE: This story was corrected.')).toBeNull();
  });
});

describe('publishedAt', () => {
  const published = (publishedAt: string, text = 'Ford sales fell.') => makeArticle({ id: 't', path: 't', text, publishedAt });
  it('keeps the day the input names, whatever the time zone of the machine', () => {
    const tz = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = zone;
        expect(published('February 3, 2009').article.publishedAt).toBe('2009-02-03');
        expect(published('2009/02/03').article.publishedAt).toBe('2009-02-03');
        expect(published('Tue, 03 Feb 2009 23:30:00 -0800').article.publishedAt).toBe('2009-02-03T23:30:00-08:00');
        expect(published('Tue, 03 Feb 2009 10:00:00 GMT').article.publishedAt).toBe('2009-02-03T10:00:00Z');
        expect(published('February 3, 2009 10:15').article.publishedAt).toBe('2009-02-03T10:15:00');
      }
    } finally {
      process.env.TZ = tz;
    }
  });
  it('reads day-month order from the date line under the headline, and warns when nothing decides it', () => {
    const text = 'Ford sales drop 42%\nFebruary 03, 2009\nFord Motor Company sales dropped 42% last month.';
    expect(published('03-02-2009', text)).toMatchObject({ article: { publishedAt: '2009-02-03' }, warnings: [] });
    const guess = published('03-02-2009');
    expect(guess.article.publishedAt).toBe('2009-03-02');
    expect(guess.warnings[0].reason).toMatch(/could be 2009-03-02 or 2009-02-03/);
    expect(published('25-12-2009').article.publishedAt).toBe('2009-12-25');
    expect(published('31-02-2009')).toMatchObject({ article: { publishedAt: null }, warnings: [{ ruleId: 'ingest.published-at' }] });
  });
});

describe('html', () => {
  it('keeps the readable text and drops scripts, styles and navigation', () => {
    const page = htmlToArticle('<html><head><meta property="og:title" content="OG"><style>p{}</style></head><body><header>Site</header><main><p>One <b>two</b>\n three.</p><p>Four.</p></main><footer>(c)</footer></body></html>');
    expect(page.text).toBe('One two three.\n\nFour.');
    expect(page.title).toBe('OG');
  });
  it('reads headline, publication date and address from JSON-LD when the page has no meta tags for them', () => {
    const ld = '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"NewsArticle","headline":"Nokia wins 5G deal","datePublished":"2024-05-13T08:00:00Z","url":"https://example.com/a"}]}';
    const page = htmlToArticle(`<html><head><title>Nokia | Example</title><script type="application/ld+json">${ld}</script><script type="application/ld+json">{ broken</script></head><body><article><p>Nokia signed a contract on Monday.</p></article><aside><time datetime="2019-01-01">Older story</time></aside></body></html>`);
    expect([page.title, page.publishedAt, page.url, page.text]).toEqual(['Nokia wins 5G deal', '2024-05-13T08:00:00Z', 'https://example.com/a', 'Nokia signed a contract on Monday.']);
  });
});

describe('plain text', () => {
  it('takes a first line in capitals as the title, blank line after it or not, and no other first line without one', () => {
    const title = (text: string) => articleFromPlainText(text, 'a.txt', 'a', 'txt').article.title;
    expect(title('COMPUTER ASSOCIATES IN PACT WITH ZENITH\nComputer Associates International Inc said it agreed.')).toBe('COMPUTER ASSOCIATES IN PACT WITH ZENITH');
    expect(title('Sony and Samsung in LCD venture\n\nSony and Samsung have agreed.')).toBe('Sony and Samsung in LCD venture');
    expect(title('Sony and Samsung in LCD venture\nSony and Samsung have agreed.')).toBeNull();
    expect(title('IBM SAID\nit agreed.')).toBeNull();
  });
});
