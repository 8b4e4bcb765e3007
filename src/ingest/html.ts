// Readable main text from an HTML page. htmlparser2 only tokenises: nothing is fetched, loaded or run.
// Text inside <article> (else <main>, else <body>) is kept; scripts, styles and page furniture are dropped.
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'button', 'select', 'textarea', 'object', 'canvas', 'head', 'figure']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'br', 'hr', 'dd', 'dt', 'dl', 'figcaption', 'address', 'body']);

export interface HtmlArticle {
  text: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
}

interface Chunk {
  text: string;
  inArticle: boolean;
  inMain: boolean;
  block: boolean;
}

export function htmlToArticle(html: string): HtmlArticle {
  const chunks: Chunk[] = [];
  let skip = 0;
  let article = 0;
  let main = 0;
  let inTitle = false;
  let inH1 = false;
  let titleTag = '';
  let h1 = '';
  let ogTitle: string | null = null;
  let published: string | null = null;
  // (a <time> may be any date on the page, a related story's: after the meta tags and JSON-LD)
  let timeTag: string | null = null;
  let url: string | null = null;
  // schema.org data many news sites publish only in JSON-LD: <script type="application/ld+json">.
  let inLd = false;
  let ld = '';
  const lds: LinkedData[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content ?? '';
          if (key === 'og:title' && content) ogTitle = content;
          if (!published && /^(article:published_time|datepublished|date|pubdate|publishdate|dc\.date|dcterms\.created)$/.test(key) && content) published = content;
          if (key === 'og:url' && content) url = content;
        }
        if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href && !url) url = attrs.href;
        if (name === 'time' && attrs.datetime && !timeTag) timeTag = attrs.datetime;
        if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') inLd = true;
        if (SKIP.has(name)) skip++;
        if (name === 'article') article++;
        if (name === 'main') main++;
        if (name === 'h1') inH1 = true;
        if (BLOCK.has(name)) chunks.push({ text: '', inArticle: article > 0, inMain: main > 0, block: true });
      },
      ontext(data) {
        if (inTitle) titleTag += data;
        if (inLd) ld += data;
        if (skip > 0) return;
        if (inH1) h1 += data;
        chunks.push({ text: data, inArticle: article > 0, inMain: main > 0, block: false });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (name === 'script' && inLd) {
          lds.push(linkedData(ld));
          inLd = false;
          ld = '';
        }
        if (SKIP.has(name) && skip > 0) skip--;
        if (BLOCK.has(name)) chunks.push({ text: '', inArticle: article > 0, inMain: main > 0, block: true });
        if (name === 'article' && article > 0) article--;
        if (name === 'main' && main > 0) main--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const hasArticle = chunks.some((c) => c.inArticle && c.text.trim());
  const hasMain = chunks.some((c) => c.inMain && c.text.trim());
  const keep = chunks.filter((c) => (hasArticle ? c.inArticle : hasMain ? c.inMain : true));
  const text = joinBlocks(keep);
  const clean = (s: string | null) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);
  const fromLd = (k: keyof LinkedData) => lds.find((d) => d[k])?.[k] ?? null;
  return {
    text,
    title: clean(ogTitle) ?? clean(fromLd('headline')) ?? clean(h1) ?? clean(titleTag),
    publishedAt: clean(published) ?? clean(fromLd('datePublished')) ?? clean(timeTag),
    url: clean(url) ?? clean(fromLd('url')),
  };
}

interface LinkedData {
  headline: string | null;
  datePublished: string | null;
  url: string | null;
}

/** The article's headline, publication date and address from a JSON-LD block (a page's other data is ignored). */
function linkedData(json: string): LinkedData {
  const out: LinkedData = { headline: null, datePublished: null, url: null };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return out; // a broken block on a page is the page's problem, not the article's
  }
  // The first object that has a publication date: the page's article, also inside "@graph" or an array.
  const stack: unknown[] = [data];
  for (let guard = 0; stack.length > 0 && guard < 1000; guard++) {
    const x = stack.shift();
    if (Array.isArray(x)) stack.push(...x);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (typeof o.datePublished === 'string') {
        out.datePublished = o.datePublished;
        if (typeof o.headline === 'string') out.headline = o.headline;
        if (typeof o.url === 'string') out.url = o.url;
        else if (typeof o.mainEntityOfPage === 'string') out.url = o.mainEntityOfPage;
        return out;
      }
      if (o['@graph']) stack.push(o['@graph']);
    }
  }
  return out;
}

/** Collapse whitespace as a browser would, with a blank line between blocks. */
function joinBlocks(chunks: Chunk[]): string {
  const paras: string[] = [];
  let cur = '';
  for (const c of chunks) {
    if (c.block) {
      const t = cur.replace(/\s+/g, ' ').trim();
      if (t) paras.push(t);
      cur = '';
    } else cur += c.text;
  }
  const t = cur.replace(/\s+/g, ' ').trim();
  if (t) paras.push(t);
  return paras.join('\n\n');
}
