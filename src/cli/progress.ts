// Progress on stderr: a redrawn line on a terminal (articles done, share of the input, rate, time left),
// a plain line every few seconds otherwise, nothing with --quiet.
export class Progress {
  private n = 0;
  private chars = 0;
  private readonly t0 = performance.now();
  private last = 0;
  private readonly tty: boolean;
  /** Total input size in bytes (uncompressed), when known. */
  total = 0;
  constructor(private readonly mode: 'auto' | 'none') {
    this.tty = !!process.stderr.isTTY;
  }
  tick(chars = 0): void {
    this.n++;
    this.chars += chars;
    if (this.mode === 'none') return;
    const now = performance.now();
    if (now - this.last < (this.tty ? 200 : 5000)) return;
    this.last = now;
    const s = (now - this.t0) / 1000;
    let line = `gleaner: ${this.n} articles`;
    if (this.total > 0) {
      const share = Math.min(1, this.chars / this.total);
      const left = share > 0.01 ? (s / share) * (1 - share) : NaN;
      line += ` (${(share * 100).toFixed(0)}% of input)`;
      line += `, ${(this.n / s).toFixed(0)} articles/s`;
      if (Number.isFinite(left)) line += `, ${formatTime(left)} left`;
    } else line += `, ${(this.n / s).toFixed(0)} articles/s, ${s.toFixed(0)} s`;
    if (this.tty) process.stderr.write('\r' + line + '\x1b[K');
    else process.stderr.write(line + '\n');
  }
  done(): void {
    if (this.mode !== 'none' && this.tty && this.last > 0) process.stderr.write('\n');
  }
}

function formatTime(s: number): string {
  if (s < 90) return `${Math.round(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}
