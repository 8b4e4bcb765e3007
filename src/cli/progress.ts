// Progress on stderr: a redrawn line on a terminal, a plain line every few seconds otherwise.
export class Progress {
  private n = 0;
  private readonly t0 = performance.now();
  private last = 0;
  private readonly tty: boolean;
  constructor(private readonly mode: 'auto' | 'none') {
    this.tty = !!process.stderr.isTTY;
  }
  tick(): void {
    this.n++;
    if (this.mode === 'none') return;
    const now = performance.now();
    if (now - this.last < (this.tty ? 200 : 5000)) return;
    this.last = now;
    const s = (now - this.t0) / 1000;
    const line = `gleaner: ${this.n} articles, ${(this.n / s).toFixed(0)} articles/s, ${s.toFixed(0)} s`;
    if (this.tty) process.stderr.write('\r' + line + '\x1b[K');
    else process.stderr.write(line + '\n');
  }
  done(): void {
    if (this.mode !== 'none' && this.tty && this.last > 0) process.stderr.write('\n');
  }
}
