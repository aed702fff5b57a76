/**
 * One job on the second core: a TypeScript module run in a worker thread, given `data` as its
 * workerData, whose one message is the answer. Node-only, and only under tsx (the CLI's `node
 * --import tsx`, or vitest): the worker registers tsx itself, since a worker thread does not
 * inherit the loader on Node 20.
 */
import { Worker } from 'node:worker_threads';

export async function runInWorkerThread<Answer>(module: URL, data: unknown, name: string): Promise<Answer> {
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); })`, { eval: true, workerData: data });
  try {
    return await new Promise<Answer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`${name} stopped (exit ${code}) before it was done`)));
    });
  } finally {
    await worker.terminate();
  }
}
