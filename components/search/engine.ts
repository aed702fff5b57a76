/**
 * The page's side of the search worker (worker.ts): starts it, hands it the first index files,
 * and turns its answers into promises. The page fetches the meta (which its HTML preloads) and
 * the first query's term shards itself, as soon as the script runs, so the worker's own download
 * never delays them.
 */
import { firstIndexUrls } from '@/lib/search/client';
import type { EngineAnswers, EngineRequest, FromWorker, OpenRequest, ToWorker } from './messages';

export interface SearchEngine {
  /** The number of projects, once the index is open; rejects when it cannot open. */
  readonly opened: Promise<number>;
  ask<R extends EngineRequest>(request: R): Promise<EngineAnswers[R['type']]>;
}

export function startSearchEngine(workerUrl: string, index: Omit<OpenRequest, 'type' | 'handedOver'>): SearchEngine {
  const worker = new Worker(workerUrl);
  const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const request = <T>(id: number) => new Promise<T>((resolve, reject) => waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));

  const opened = request<number>(nextId++);
  worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
    const settle = waiting.get(data.id);
    if (!settle) return;
    waiting.delete(data.id);
    if ('error' in data) settle.reject(new Error(data.error));
    else settle.resolve(data.value);
  });
  // The worker's script could not load or run: every question, asked or to come, fails with that.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    const error = new Error('the search script did not load');
    for (const settle of waiting.values()) settle.reject(error);
    waiting.clear();
    failed = error;
  });
  let failed: Error | undefined;

  const first = firstIndexUrls(index.baseUrl, index);
  const handedOver = [first.meta, ...first.termShards.values()];
  post({ type: 'open', ...index, handedOver });
  for (const url of handedOver) {
    fetch(url)
      .then(async (response) => ({ status: response.status, bytes: await response.arrayBuffer() }))
      .then(
        ({ status, bytes }) => post({ type: 'file', url, status, bytes }, [bytes]),
        () => post({ type: 'file', url, status: 0 }),
      );
  }

  return {
    opened,
    ask<R extends EngineRequest>(question: R) {
      if (failed) return Promise.reject(failed);
      const id = nextId++;
      const answer = request<EngineAnswers[R['type']]>(id);
      post({ ...question, id });
      return answer;
    },
  };
}
