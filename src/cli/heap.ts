// Imported first by the command line, before any worker starts. Measured with npm run bench (Reuters-21578,
// 2 cores): the workers already keep every core busy, and V8's helper threads for young-generation
// collections only compete with them; without them a 2-worker run takes ~5% less CPU and wall time.
// The main thread's small young generation (--max-semi-space-size=2, ~25 MB less peak RSS: it only reads
// input and appends finished output) must be set when the process starts: see the first line of main.ts.
// --max-semi-space-size is a process-wide V8 flag and wins over a worker's resourceLimits, so the main thread's
// 2 MB would also hold for every worker: a worker then runs ~950 scavenges over 6,000 Reuters articles, 1.25 s.
// V8 reads the flag when an isolate is created, so raising it here, after the main isolate exists and before
// any worker starts, gives workers 4 MB: ~420 scavenges, 0.87 s, for ~2 MB more resident memory per worker
// (8 MB: 0.85 s, +10 MB per worker).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-parallel-scavenge');
setFlagsFromString('--max-semi-space-size=4');
