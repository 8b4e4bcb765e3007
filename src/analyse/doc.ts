// The Doc owns the article's text; tokens, sentences and records are offsets into it (spaCy style),
// and messages travel with it (vfile style).
import type { AgreementRow, AnchorKind, CountRow, DateRow, EntityRow, EntityType, Message, RelationRow } from '../schema/records.js';
import type { Article } from '../ingest/article.js';

export interface Token {
  /** Index in doc.tokens. */
  i: number;
  start: number;
  end: number;
  /** Lower-cased form of the token's text. */
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, ...). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, currency, url, email, tabCRLF, ... */
  type: string;
  /** Index of the sentence that holds the token. */
  sent: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /**
   * Whitespace between the previous token and this one contains a line break that ends a line standing on its
   * own (a headline, a paragraph, a one-sentence line); a wrap inside a hard-wrapped paragraph does not count.
   */
  nl: boolean;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export interface SpanRef {
  start: number;
  end: number;
}

/** A recognised name occurrence, kept by token range so that later stages can reason over it. */
export interface MentionRef {
  /** Token range of the name [a, b) and of the whole mention extent [extA, extB). */
  a: number;
  b: number;
  start: number;
  end: number;
  type: EntityType;
  entityId: string;
  name: string;
  rule: string;
  /** Mention nested inside a larger name ("Ministry of Education" in "... Center of the Ministry of Education"). */
  nested: boolean;
  /** For places: country, region, city, continent ... when a gazetteer knows it. */
  placeKind?: string;
  /** A country's other name as the text writes it ("UK", "Britain"), where `name` is the one name ("United Kingdom"). */
  written?: string;
}

export class Doc {
  readonly text: string;
  readonly article: Article;
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  readonly messages: Message[] = [];
  /** Records filled in by the pipeline's stages, in the order they run. */
  entities: EntityRow[] = [];
  mentions: MentionRef[] = [];
  dates: DateRow[] = [];
  counts: CountRow[] = [];
  agreements: AgreementRow[] = [];
  relations: RelationRow[] = [];
  /** The date relative expressions were resolved against (set by the dates stage). */
  anchor: { kind: AnchorKind; value: string | null } = { kind: 'none', value: null };

  constructor(article: Article) {
    this.article = article;
    this.text = article.text;
  }

  slice(span: SpanRef): string {
    return this.text.slice(span.start, span.end);
  }

  /** Text of tokens [first, last). */
  tokenText(first: number, last: number): string {
    if (last <= first) return '';
    return this.text.slice(this.tokens[first].start, this.tokens[last - 1].end);
  }

  span(first: number, last: number): { start: number; end: number; text: string } {
    const start = this.tokens[first].start;
    const end = this.tokens[last - 1].end;
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Whether some token is this word written without a capital ("shares", not only "Shares"); built on first use. */
  writesInLowerCase(lower: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const t of this.tokens) if (!t.cap) this.lowerWords.add(t.lower);
    }
    return this.lowerWords.has(lower);
  }
  private lowerWords: Set<string> | null = null;

  /** Index of the first token whose start is >= offset (tokens.length when none). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  warn(ruleId: string, reason: string, at?: SpanRef, recordId?: string): Message {
    const m: Message = { ruleId, reason, severity: 'warning' };
    if (at) {
      m.start = at.start;
      m.end = at.end;
    }
    if (recordId) m.recordId = recordId;
    this.messages.push(m);
    return m;
  }
}
