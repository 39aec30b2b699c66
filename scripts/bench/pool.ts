/**
 * A few worker threads that each run whole pages. jsdom parsing and defuddle dominate the run
 * time and are single-threaded, so one worker per core nearly halves the wall time on 2 cores.
 * Each timing is still one call on one thread; all systems share the same conditions.
 */
import { Worker } from 'node:worker_threads';
import type { DatasetSource } from './datasets.ts';
import type { PageRun } from './run.ts';
import type { BenchSettings } from './setup.ts';
import type { PageJob } from './worker.ts';

type Reply = { ready: true } | { index: number; run: PageRun };

export class WorkerPool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(size: number, settings: BenchSettings): Promise<WorkerPool> {
    // tsx hooks only the main thread (on Node 20 `--import tsx` does not reach a worker's entry),
    // so the worker starts as a tiny script that loads worker.ts through tsx's own API.
    const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => m.tsImport(${JSON.stringify(
      new URL('./worker.ts', import.meta.url).href,
    )}, ${JSON.stringify(import.meta.url)}))`;
    const workers = Array.from({ length: size }, () => new Worker(boot, { eval: true, workerData: settings }));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once('error', reject);
            w.once('message', () => resolve());
          }),
      ),
    );
    return new WorkerPool(workers);
  }

  /** Runs pages 0..count-1 of `source`; results come back in page order. */
  run(source: DatasetSource, count: number, onDone: (done: number) => void): Promise<PageRun[]> {
    const results: PageRun[] = new Array<PageRun>(count);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      if (count === 0) return resolve([]);
      const cleanup = (): void => {
        for (const w of this.workers) {
          w.removeAllListeners('message');
          w.removeAllListeners('error');
        }
      };
      const feed = (w: Worker): void => {
        if (next < count) w.postMessage({ source, index: next++ } satisfies PageJob);
      };
      for (const w of this.workers) {
        w.on('error', (err) => {
          cleanup();
          reject(err);
        });
        w.on('message', (msg: Reply) => {
          if (!('run' in msg)) return;
          results[msg.index] = msg.run;
          onDone(++done);
          if (done === count) {
            cleanup();
            resolve(results);
          } else feed(w);
        });
        feed(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
