// Scores an output folder against a gold JSONL file by the same rules as the reference scorer
// (shared/eval/score.py): one-to-one greedy span matching by overlap, relaxed (overlap) and strict (equal)
// spans, TimeML value agreement for dates, party containment for agreements.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Row = Record<string, any>;
interface Span {
  start: number;
  end: number;
  [k: string]: any;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  pred: number;
  gold: number;
}
export type Report = Record<string, Record<string, Prf>>;

export function loadJsonl(path: string): Row[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

function byArticle(rows: Row[]): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = String(r.articleId);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(r);
  }
  return m;
}

/**
 * Python's round(x, n): the exact binary value of x rounded to n decimals, ties to even. Done in exact
 * integer arithmetic so that printed figures agree with score.py to the last digit.
 */
export function pyRound(x: number, n: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const neg = x < 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const expBits = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  const scale = 10n ** BigInt(n);
  let q: bigint;
  if (e >= 0) q = mant * scale * (1n << BigInt(e));
  else {
    const num = mant * scale;
    const den = 1n << BigInt(-e);
    q = num / den;
    const r2 = (num % den) * 2n;
    if (r2 > den || (r2 === den && q % 2n === 1n)) q += 1n;
  }
  const v = Number(q) / Number(scale);
  return neg ? -v : v;
}

const round4 = (x: number) => pyRound(x, 4);
const fixed3 = (x: number) => pyRound(x, 3).toFixed(3);

function prf(tpP: number, nPred: number, tpG: number, nGold: number): Prf {
  const p = nPred ? tpP / nPred : 0;
  const r = nGold ? tpG / nGold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p: round4(p), r: round4(r), f1: round4(f), pred: nPred, gold: nGold };
}

/** One-to-one greedy matching by overlap length (ties by gold index, then prediction index). */
export function match(gold: Span[], pred: Span[]): Array<[Span, Span, boolean]> {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > 0) cands.push([-ov, gi, pi]);
    }),
  );
  cands.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: Array<[Span, Span, boolean]> = [];
  for (const [, gi, pi] of cands) {
    if (ug.has(gi) || up.has(pi)) continue;
    ug.add(gi);
    up.add(pi);
    const g = gold[gi];
    const p = pred[pi];
    pairs.push([g, p, g.start === p.start && g.end === p.end]);
  }
  return pairs;
}

const inRegion = (x: Span, region: [number, number] | undefined) => !region || (x.start >= region[0] && x.end <= region[1]);
const normValue = (v: unknown) => String(v ?? '').replace(/\s+/g, '').toUpperCase();

export function normName(s: string): string {
  let t = s.toLowerCase().replace(/\u2019/g, "'").replace(/"/g, '').replace(/\u201c/g, '').replace(/\u201d/g, '');
  t = t.replace(/^(the)\s+/, '');
  t = t.replace(/'s$/, '');
  return t.replace(/[\s.,]+/g, ' ').trim();
}

export function score(goldRows: Row[], outDir: string): Report {
  const ents = byArticle(loadJsonl(join(outDir, 'entities.jsonl')));
  const dates = byArticle(loadJsonl(join(outDir, 'dates.jsonl')));
  const counts = byArticle(loadJsonl(join(outDir, 'counts.jsonl')));
  const agrees = byArticle(loadJsonl(join(outDir, 'agreements.jsonl')));
  const acc = new Map<string, Record<string, number>>();
  const bump = (k: string, field: string, n: number) => {
    const x = acc.get(k) ?? {};
    x[field] = (x[field] ?? 0) + n;
    acc.set(k, x);
  };
  for (const doc of goldRows) {
    const aid = String(doc.id);
    const region = doc.region as [number, number] | undefined;
    if ('mentions' in doc) {
      for (const t of ['organisation', 'person', 'place']) {
        const gold = (doc.mentions as Span[]).filter((m) => m.type === t);
        let pred: Span[] = [];
        for (const e of ents.get(aid) ?? []) if (e.type === t) for (const m of e.mentions ?? []) pred.push({ start: m.start, end: m.end });
        pred = pred.filter((p) => inRegion(p, region));
        const pairs = match(gold, pred);
        const k = 'entities.' + t;
        bump(k, 'gold', gold.length);
        bump(k, 'pred', pred.length);
        bump(k, 'relaxed', pairs.length);
        bump(k, 'strict', pairs.filter(([, , s]) => s).length);
      }
    }
    if ('timexes' in doc) {
      const gold = doc.timexes as Span[];
      const pred = ((dates.get(aid) ?? []) as Span[]).filter((d) => inRegion(d, region));
      const pairs = match(gold, pred);
      bump('dates', 'gold', gold.length);
      bump('dates', 'pred', pred.length);
      bump('dates', 'relaxed', pairs.length);
      bump('dates', 'strict', pairs.filter(([, , s]) => s).length);
      bump('dates', 'value', pairs.filter(([g, p]) => normValue(g.value) === normValue(p.value)).length);
    }
    if ('quantities' in doc) {
      const groups: Array<[string, string[]]> = [
        ['QUANTITY', ['count', 'measure']],
        ['MONEY', ['money']],
        ['PERCENT', ['percent']],
      ];
      for (const [gt, kinds] of groups) {
        const gold = (doc.quantities as Span[]).filter((q) => q.type === gt);
        const pred = ((counts.get(aid) ?? []) as Span[]).filter((q) => kinds.includes(q.kind ?? 'count') && inRegion(q, region));
        const pairs = match(gold, pred);
        const k = 'counts.' + gt.toLowerCase();
        bump(k, 'gold', gold.length);
        bump(k, 'pred', pred.length);
        bump(k, 'relaxed', pairs.length);
        bump(k, 'strict', pairs.filter(([, , s]) => s).length);
      }
    }
    if ('agreements' in doc) {
      const gold = doc.agreements as Row[];
      const pred = agrees.get(aid) ?? [];
      bump('agreements', 'gold', gold.length);
      bump('agreements', 'pred', pred.length);
      const used = new Set<number>();
      for (const g of gold) {
        const gp = (g.parties as string[]).map(normName);
        let best: number | null = null;
        let bestHits = 0;
        pred.forEach((p, pi) => {
          if (used.has(pi)) return;
          const pp = ((p.parties ?? []) as Row[]).map((x) => normName(String(x.name ?? '')));
          const hits = gp.filter((a) => pp.some((b) => a && b && (a.includes(b) || b.includes(a)))).length;
          if (hits > bestHits) {
            best = pi;
            bestHits = hits;
          }
        });
        bump('agreements', 'party_gold', gp.length);
        if (best !== null && bestHits >= Math.min(2, gp.length)) {
          used.add(best);
          bump('agreements', 'relaxed', 1);
          bump('agreements', 'party_hit', bestHits);
          bump('agreements', 'party_pred', (pred[best].parties ?? []).length);
        }
      }
    }
  }
  const report: Report = {};
  for (const [k, x] of acc) {
    const g = (f: string) => x[f] ?? 0;
    const r: Record<string, Prf> = { relaxed: prf(g('relaxed'), g('pred'), g('relaxed'), g('gold')) };
    if (k !== 'agreements') r.strict = prf(g('strict'), g('pred'), g('strict'), g('gold'));
    if (k === 'dates') r.value = prf(g('value'), g('pred'), g('value'), g('gold'));
    if (k === 'agreements') r.parties = prf(g('party_hit'), g('party_pred'), g('party_hit'), g('party_gold'));
    report[k] = r;
  }
  return report;
}

/** The same text layout as score.py prints. */
export function formatReport(rep: Report): string {
  return Object.keys(rep)
    .sort()
    .map((k) => k.padEnd(24) + ' ' + Object.entries(rep[k]).map(([m, v]) => `${m}: P ${fixed3(v.p)} R ${fixed3(v.r)} F1 ${fixed3(v.f1)} (pred ${v.pred}, gold ${v.gold})`).join('  '))
    .join('\n');
}

/** Thresholds such as "dates.value=0.8" or "entities.organisation.strict=0.75" (metric defaults to relaxed). */
export function checkThresholds(rep: Report, specs: string[]): string[] {
  const failures: string[] = [];
  for (const spec of specs) {
    const m = /^([\w.]+?)(?:\.(relaxed|strict|value|parties))?=([0-9.]+)$/.exec(spec);
    if (!m) {
      failures.push(`bad threshold "${spec}" (expected KIND[.METRIC]=F1, for example dates.value=0.8)`);
      continue;
    }
    const [, kind, metric = 'relaxed', min] = m;
    const got = rep[kind]?.[metric]?.f1;
    if (got === undefined) failures.push(`${kind}.${metric}: not scored`);
    else if (got < Number(min)) failures.push(`${kind}.${metric}: F1 ${got.toFixed(3)} is below ${min}`);
  }
  return failures;
}
