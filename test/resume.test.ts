// A run killed at any moment (SIGKILL) or stopped with Ctrl-C (SIGINT) continues with --resume, and the
// result equals an uninterrupted run byte for byte.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from './scratch.js';

const CLI = 'dist/cli/main.js';
const tmp = () => scratchDir('gleaner-resume-');
let input = '';
let reference = '';

function run(out: string, ...extra: string[]) {
  return spawnSync(process.execPath, [CLI, 'extract', input, '--out', out, '--quiet', '--workers', '1', ...extra], { encoding: 'utf8' });
}

/** Output files except the manifest (its timings differ from run to run). */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f !== 'manifest.json').sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** Starts a run and signals it once its checkpoint shows some articles done. */
async function interrupted(out: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--quiet', '--workers', '1'], { stdio: 'ignore' });
  const state = join(out, '.gleaner-partial', 'state.json');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      if (JSON.parse(readFileSync(state, 'utf8')).itemsDone >= 300) break;
    } catch {
      // not written yet
    }
  }
  child.kill(signal);
  return exited;
}

beforeAll(() => {
  const dir = tmp();
  const corpus = readFileSync('corpus/belt-and-road-vocational-forum.txt', 'utf8');
  const lines: string[] = [];
  for (let i = 0; i < 1500; i++) {
    const start = (i * 97) % (corpus.length - 900);
    lines.push(JSON.stringify({ id: `a${i}`, publishedAt: '2023-09-09', text: corpus.slice(start, start + 900) }));
  }
  input = join(dir, 'wire.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');
  reference = tmp();
  expect(run(reference).status).toBe(0);
}, 120_000);

describe('interrupted runs', () => {
  it('continues after SIGKILL and ends byte for byte as an uninterrupted run', async () => {
    const out = tmp();
    await interrupted(out, 'SIGKILL');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(existsSync(join(out, 'entities.jsonl'))).toBe(false);
    expect(run(out, '--resume').status).toBe(0);
    expect(files(out)).toEqual(files(reference));
  }, 120_000);

  it('stops cleanly on SIGINT with exit code 130, and --resume finishes the job', async () => {
    const out = tmp();
    const code = await interrupted(out, 'SIGINT');
    expect(code).toBe(130);
    expect(existsSync(join(out, '.gleaner-partial', 'state.json'))).toBe(true);
    expect(run(out, '--resume').status).toBe(0);
    expect(files(out)).toEqual(files(reference));
    expect(existsSync(join(out, '.gleaner-partial'))).toBe(false);
  }, 120_000);

  it('re-running on unchanged input reproduces the same files', () => {
    const out = tmp();
    expect(run(out).status).toBe(0);
    expect(files(out)).toEqual(files(reference));
  }, 120_000);
});
