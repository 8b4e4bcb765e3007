// A stand-in for src/worker.ts in test/pool.test.ts: answers every article at once, and dies on one whose text
// says CRASH, as a worker does when an article runs it out of memory.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (item) => {
  if (item.article.text.includes('CRASH')) process.exit(3);
  parentPort.postMessage({ seq: item.seq, chunk: { bytes: new Uint8Array(0), sizes: [] }, records: { entities: 1 }, chars: item.article.text.length, errors: [], timings: {} });
});
