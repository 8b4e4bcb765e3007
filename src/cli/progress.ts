// Progress on stderr: a redrawn line on a terminal (articles done of the total, share of the input, rate, time
// left), a plain line every few seconds otherwise, nothing with --quiet.
//
// The share and the time left come from the position in the input, in bytes, of the last article written
// (rows are written in input order), against the input's size: known at once, and the article count is
// not (a .jsonl file has to be read through to count its lines; census.ts does that alongside the run).

export interface ProgressSink {
  write(s: string): void;
  /** A terminal: redraw one line, often. Otherwise a new line every few seconds. */
  tty: boolean;
  now(): number;
}

const STDERR: ProgressSink = {
  write: (s) => process.stderr.write(s),
  tty: !!process.stderr.isTTY,
  now: () => performance.now(),
};

export class Progress {
  /** Items done: articles, and input that ended as an error row. */
  private n = 0;
  /** Items written by the run that --resume continues, and where in the input they end. */
  private before = 0;
  private resumedAt = 0;
  /** Position in the input (bytes) of the last item done. */
  private at = 0;
  private readonly t0: number;
  /** When the last line was printed (the first one comes an interval after the start). */
  private last: number;
  private printed = false;
  /** Size of the input in bytes (uncompressed), when known. */
  totalBytes = 0;
  /** Number of items in the input, once counted. */
  totalItems: number | null = null;

  constructor(
    private readonly mode: 'auto' | 'none',
    private readonly sink: ProgressSink = STDERR,
  ) {
    this.t0 = sink.now();
    this.last = this.t0;
  }

  /** An item the interrupted run already wrote (--resume): counted as done, not in the rate. */
  resumed(at: number): void {
    this.before++;
    if (at > this.at) this.at = at;
    this.resumedAt = this.at;
  }

  /** One more item written; `at` is its end in the input, in bytes. */
  tick(at: number): void {
    this.n++;
    if (at > this.at) this.at = at;
    if (this.mode === 'none') return;
    const now = this.sink.now();
    if (now - this.last < (this.sink.tty ? 200 : 5000)) return;
    this.last = now;
    this.printed = true;
    const line = this.line((now - this.t0) / 1000);
    this.sink.write(this.sink.tty ? '\r' + line + '\x1b[K' : line + '\n');
  }

  line(seconds: number): string {
    const done = this.before + this.n;
    const total = this.totalItems !== null && this.totalItems >= done ? ` of ${count(this.totalItems)}` : '';
    let line = `gleaner: ${count(done)}${total} articles`;
    // (a gzip file records its size modulo 4 GiB: a share past the end is not shown)
    const share = this.totalBytes > 0 && this.at <= this.totalBytes ? this.at / this.totalBytes : NaN;
    if (Number.isFinite(share)) line += ` (${Math.floor(share * 100)}%)`;
    line += `, ${(this.n / Math.max(seconds, 1e-3)).toFixed(0)} articles/s`;
    // The time left at this run's own pace: the share it has done since it started (after --resume, less).
    const mine = share - this.resumedAt / this.totalBytes;
    if (mine > 0.01) line += `, ${formatTime((seconds / mine) * (1 - share))} left`;
    else line += `, ${seconds.toFixed(0)} s`;
    return line;
  }

  done(): void {
    if (this.mode !== 'none' && this.sink.tty && this.printed) this.sink.write('\n');
  }
}

const count = (n: number) => n.toLocaleString('en-US');

function formatTime(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
