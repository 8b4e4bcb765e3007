// npm run eval: extracts the evaluation sets in ../shared/eval and prints gleaner's scores, then the
// reference scorer's (score.py) on the same output, so that the two can be compared line by line.
// usage: npm run eval [-- NAME.jsonl ...]
import { existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

const EVAL = '../shared/eval';
if (!existsSync(EVAL)) {
  console.error(`npm run eval needs the evaluation data in ${EVAL} (not part of the repository)`);
  process.exit(2);
}
const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['meantime-dev.jsonl', 'agreements-dev.jsonl'];
let disagree = 0;
for (const set of sets) {
  const gold = set.includes('/') ? set : join(EVAL, set);
  const out = join('output', 'eval', basename(gold, '.jsonl'));
  mkdirSync(out, { recursive: true });
  const run = (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const ex = run(process.execPath, ['dist/cli/main.js', 'extract', gold, '--out', out, '--quiet']);
  if (ex.status !== 0) process.exit(ex.status ?? 1);
  const ours = run(process.execPath, ['dist/cli/main.js', 'eval', gold, '--against', out]).stdout.trim();
  console.log(`\n== ${basename(gold)} (output in ${out})\n-- gleaner eval\n${ours}`);
  if (existsSync(join(EVAL, 'score.py'))) {
    const ref = run('python3', [join(EVAL, 'score.py'), gold, out]);
    if (ref.status === 0) {
      const theirs = ref.stdout.trim();
      console.log(`-- score.py\n${theirs === ours ? '(identical)' : theirs}`);
      if (theirs !== ours) disagree++;
    }
  }
}
if (disagree) {
  console.error(`\ngleaner eval and score.py disagree on ${disagree} set(s)`);
  process.exit(1);
}
