// Imported first by the command line, before any worker starts. Measured with npm run bench (Reuters-21578,
// 2 cores): the workers already keep every core busy, and V8's helper threads for young-generation
// collections only compete with them; without them a 2-worker run takes ~5% less CPU and wall time.
// The main thread's small young generation (--max-semi-space-size=2, ~25 MB less peak RSS: it only reads
// input and appends finished output) must be set when the process starts: see the first line of main.ts.
// Worker threads set their own heap limits (src/run.ts).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-parallel-scavenge');
