// A piece: a candidate name's token range with the verdict it has so far.
import type { Verdict } from './classify.js';

export interface Piece {
  a: number;
  b: number;
  /** First token of a title written before a person's name ("President", "Mr."). */
  titleA: number;
  sent: number;
  verdict: Verdict | null;
  nested: boolean;
  /** Set when the piece is an acronym defined in brackets after another piece. */
  aliasOf?: Piece;
}

/** Every piece is built here, so that all of them share one object shape (one hidden class for V8). */
export function piece(a: number, b: number, titleA: number, sent: number, v: Verdict | null, nested: boolean): Piece {
  return { a, b, titleA, sent, verdict: v, nested, aliasOf: undefined };
}
