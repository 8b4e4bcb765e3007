#!/usr/bin/env -S node --max-semi-space-size=2 --no-concurrent-recompilation --heap-growing-percent=20
// gleaner's command line: extract, eval, schema.
import './heap.js';
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { VERSION } from '../version.js';
import { runExtract } from '../run.js';
import { jsonSchemas, OUTPUT_KINDS, type ErrorRow, type OutputKind } from '../schema/records.js';
import { createTables } from '../write/sql.js';
import { checkThresholds, formatReport, loadJsonl, score } from '../eval/score.js';
import { readUserLexicon } from '../recognise/entities/lexicon.js';

const HELP = `gleaner ${VERSION}: news articles in, validated datasets out.

Usage:
  gleaner extract PATH... --out DIR [options]   extract records from files and folders
  gleaner eval GOLD.jsonl --against DIR [--min KIND[.METRIC]=F1 ...] [--json]
  gleaner schema [KIND]                         print the output schemas as JSON Schema
  gleaner schema --sql [KIND]                   print CREATE TABLE statements for the CSV files
  gleaner --help | --version

extract options:
  --out DIR                 output folder (required)
  --reference-date DATE     YYYY-MM-DD anchor for relative dates when an article has no publishedAt
                            (with a dateline that has no year, it supplies the year)
  --lexicon FILE            extra entities, CSV or JSON rows of name,type,aliases (repeatable)
  --workers N               worker threads (default: one per core; 0 = in the main thread)
  --low-memory              hold memory down (Reuters, two workers: about 200 MB instead of 235), often for more time
  --max-article-bytes N     skip and report longer articles (default 5000000)
  --max-file-bytes N        skip and report larger .txt/.md/.html/.json files (default 200000000)
  --no-csv-safe             do not neutralise CSV cells starting with = + - @ (formula injection)
  --resume                  continue an interrupted run into the same --out folder
  --strict                  exit with 1 when any input could not be processed
  --quiet                   no progress and no error lines on stderr

Exit codes: 0 done; 1 some inputs failed and --strict was given, or eval below a threshold; 2 usage error;
130 interrupted (resumable with --resume).
Input formats: .txt .md .html .htm .json .jsonl (each optionally .gz). Formats and output: see README.md.`;

class UsageError extends Error {}

function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} expects a whole number, got "${v}"`);
  return Number(v);
}

async function extractCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'reference-date': { type: 'string' },
      lexicon: { type: 'string', multiple: true },
      workers: { type: 'string' },
      'low-memory': { type: 'boolean' },
      'max-article-bytes': { type: 'string' },
      'max-file-bytes': { type: 'string' },
      'no-csv-safe': { type: 'boolean' },
      resume: { type: 'boolean' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('extract needs at least one PATH (a file or a folder)');
  if (!values.out) throw new UsageError('extract needs --out DIR');
  const ref = values['reference-date'];
  if (ref !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(ref) || Number.isNaN(Date.parse(ref)))) throw new UsageError(`--reference-date expects YYYY-MM-DD, got "${ref}"`);
  const lexicons = values.lexicon ?? [];
  for (const f of lexicons) {
    if (!existsSync(f)) throw new UsageError(`--lexicon ${f}: no such file`);
    try {
      readUserLexicon(f);
    } catch (e) {
      throw new UsageError(`--lexicon ${(e as Error).message}`);
    }
  }
  const quiet = !!values.quiet;
  const signal = { stopped: false };
  const onSigint = () => {
    if (signal.stopped) process.exit(130);
    signal.stopped = true;
    if (!quiet) process.stderr.write('\ngleaner: stopping after the articles in flight (Ctrl-C again to abort); continue with --resume\n');
  };
  process.on('SIGINT', onSigint);
  const summary = await runExtract({
    inputs: positionals,
    out: values.out,
    referenceDate: ref ?? null,
    lexicons,
    workers: intOption(values.workers, '--workers'),
    lowMemory: !!values['low-memory'],
    maxArticleBytes: intOption(values['max-article-bytes'], '--max-article-bytes'),
    maxFileBytes: intOption(values['max-file-bytes'], '--max-file-bytes'),
    csvSafe: !values['no-csv-safe'],
    resume: !!values.resume,
    progress: quiet ? 'none' : 'auto',
    signal,
    onError: quiet ? undefined : (e: ErrorRow) => process.stderr.write(`gleaner: ${e.path}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`),
  });
  process.off('SIGINT', onSigint);
  if (summary.interrupted) {
    if (!quiet) process.stderr.write(`gleaner: interrupted after ${summary.articles} articles; run the same command with --resume to continue\n`);
    return 130;
  }
  const m = summary.manifest!;
  if (!quiet) {
    const recs = Object.entries(m.records).map(([k, v]) => `${v} ${k}`).join(', ');
    process.stderr.write(`gleaner: ${m.articles} articles -> ${values.out} (${recs}); ${m.errors} errors; ${(m.timings.totalMs / 1000).toFixed(1)} s\n`);
  }
  return values.strict && m.errors > 0 ? 1 : 0;
}

function evalCommand(args: string[]): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { against: { type: 'string' }, min: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('eval needs one GOLD.jsonl file');
  if (!values.against) throw new UsageError('eval needs --against DIR (an output folder of gleaner extract)');
  if (!existsSync(positionals[0])) throw new UsageError(`eval: no such gold file ${positionals[0]}`);
  if (!existsSync(values.against)) throw new UsageError(`eval: no such output folder ${values.against}`);
  const rep = score(loadJsonl(positionals[0]), values.against);
  process.stdout.write((values.json ? JSON.stringify(rep, null, 1) : formatReport(rep)) + '\n');
  const failures = checkThresholds(rep, values.min ?? []);
  for (const f of failures) process.stderr.write(`gleaner eval: ${f}\n`);
  return failures.length ? 1 : 0;
}

function schemaCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { sql: { type: 'boolean' } } });
  const all = jsonSchemas();
  if (positionals.length > 1) throw new UsageError('schema takes at most one KIND');
  const kind = positionals[0];
  // (the manifest is JSON only: it has no CSV file to load)
  const kinds = values.sql ? OUTPUT_KINDS : Object.keys(all);
  if (kind && !kinds.includes(kind as OutputKind)) throw new UsageError(`schema: unknown kind "${kind}" (one of ${kinds.join(', ')})`);
  if (values.sql) process.stdout.write(createTables(kind as OutputKind | undefined));
  else process.stdout.write(JSON.stringify(kind ? all[kind] : all, null, 2) + '\n');
  return 0;
}

const SYSTEM_ERRORS: Record<string, string> = {
  EEXIST: 'a file is in the way (it is not a folder)',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a folder',
};

/** "cannot mkdir /tmp/out: a file is in the way ..." for Node's file system errors, else null. */
function systemErrorReason(e: unknown): string | null {
  const err = e as { code?: unknown; syscall?: unknown; path?: unknown };
  if (typeof err?.code !== 'string' || typeof err.syscall !== 'string' || typeof err.path !== 'string') return null;
  return `cannot ${err.syscall} ${err.path}: ${SYSTEM_ERRORS[err.code] ?? (e as Error).message}`;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      process.stdout.write(HELP + '\n');
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === '-v') {
      process.stdout.write(VERSION + '\n');
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(HELP + '\n');
      return 0;
    }
    if (cmd === 'extract') return await extractCommand(rest);
    if (cmd === 'eval') return evalCommand(rest);
    if (cmd === 'schema') return schemaCommand(rest);
    throw new UsageError(`unknown command "${cmd}"`);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`gleaner: ${(e as Error).message}\nRun "gleaner --help" for usage.\n`);
      return 2;
    }
    // The machine refused (a file where the output folder should be, no permission, a full disk): say which
    // path and why, not a stack trace. Bad input files never get here: they become error rows.
    const reason = systemErrorReason(e);
    if (reason) {
      process.stderr.write(`gleaner: ${reason}\n`);
      return 1;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // For npm run bench: peak resident memory of the whole process (worker threads included).
    if (process.env.GLEANER_STATS) process.stderr.write(JSON.stringify((({ maxRSS, userCPUTime, systemCPUTime }) => ({ maxRssKB: maxRSS, cpuSeconds: (userCPUTime + systemCPUTime) / 1e6 }))(process.resourceUsage())) + '\n');
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`gleaner: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 3;
  },
);
