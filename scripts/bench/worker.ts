/**
 * Worker thread: builds the same bench as the main thread, then runs one page per message.
 * Pages are handed out one at a time, so a slow page never leaves the other core idle.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDataset, type Dataset, type DatasetSource } from './datasets.ts';
import { runPage } from './run.ts';
import { createBench, type BenchSettings } from './setup.ts';

export interface PageJob {
  source: DatasetSource;
  index: number;
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
const bench = await createBench(workerData as BenchSettings);
const opened = new Map<string, Dataset>();

port.on('message', (job: PageJob) => {
  const key = JSON.stringify(job.source);
  let ds = opened.get(key);
  if (!ds) {
    ds = openDataset(job.source);
    opened.set(key, ds);
  }
  const page = ds.pages[job.index];
  if (!page) throw new Error(`no page ${job.index} in ${key}`);
  port.postMessage({ index: job.index, run: runPage(page, bench.opts) });
});
port.postMessage({ ready: true });
