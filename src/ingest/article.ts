import type { Dateline } from '../schema/records.js';

/** An article as ingest hands it on. Its text never changes after decoding: every offset points into it. */
export interface Article {
  id: string;
  /** The input file, relative to the current directory as given on the command line. */
  path: string;
  text: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
  dateline: Dateline | null;
  /** A line holding only the publication date, under the headline (TimeML's document creation time). */
  creationTime?: { start: number; end: number; text: string; value: string } | null;
  /** True when no metadata gave `publishedAt` and the creation-time line filled it: the text is its only source. */
  publishedFromText?: boolean;
  /** Line number for articles read from a .jsonl file. */
  line?: number;
}
