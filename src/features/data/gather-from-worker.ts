/** A batch of items from a worker, or its last message. */
export type BatchMessage<Batch, Done extends { readonly type: 'done' }> =
  { readonly type: 'events'; readonly events: Batch } | Done;

/**
 * Posts `request` to a new worker and gathers the items it sends back in
 * batches (each opened by `open`) until its last message, which `finish`
 * turns into the result. Where no worker can start (or its script fails), `here` does the work on
 * this thread instead. Aborting stops the worker at once and rejects with an
 * AbortError.
 */
export function gatherFromWorker<Batch, Item, Done extends { readonly type: 'done' }, Result>(
  start: () => Worker,
  request: unknown,
  open: (batch: Batch) => readonly Item[],
  finish: (items: Item[], done: Done) => Result,
  here: () => Promise<Result>,
  signal?: AbortSignal,
): Promise<Result> {
  return new Promise<Result>((resolve, reject) => {
    const aborted = () => reject(new DOMException('The work was cancelled', 'AbortError'));
    if (signal?.aborted) return aborted();
    let worker: Worker;
    try {
      worker = start();
    } catch {
      here().then(resolve, reject);
      return;
    }
    const batches: Array<readonly Item[]> = [];
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      aborted();
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<BatchMessage<Batch, Done>>) => {
      const message = e.data;
      if (message.type === 'events') {
        batches.push(open((message as { events: Batch }).events));
        return;
      }
      stop();
      // One copy at the end: pushing 1,000,000 items one by one cost the page a third of a second.
      resolve(finish(([] as Item[]).concat(...batches), message as Done));
    };
    worker.onerror = (e) => {
      // The worker's script could not load or run: do the work on this thread instead.
      e.preventDefault();
      stop();
      if (signal?.aborted) return;
      here().then(resolve, reject);
    };
    worker.postMessage(request);
  });
}
