// A worker thread: extracts, validates and serializes articles, so the main thread only reads and writes.
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type WorkerInit, type WorkItem } from './process.js';

const init = workerData as WorkerInit;
parentPort!.on('message', (item: WorkItem) => {
  const r = processArticle(item, init);
  // The output bytes are handed over, not copied.
  parentPort!.postMessage(r, [r.chunk.bytes.buffer]);
});
