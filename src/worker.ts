// A worker thread: extracts, validates and serializes articles, so the main thread only reads and writes.
import { parentPort, workerData } from 'node:worker_threads';
import { processArticle, type WorkerInit, type WorkItem } from './process.js';

const init = workerData as WorkerInit;
parentPort!.on('message', (item: WorkItem) => {
  parentPort!.postMessage(processArticle(item, init));
});
