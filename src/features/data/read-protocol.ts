import type { MapEvent } from '../../lib/dataset';
import type { ReadOptions } from '../../lib/import/read-options';
import type { MapRead } from '../../lib/import/read-for-map';

/** A file to read: its text (fetched for `?data=`) or the file itself (picked or dropped). */
export interface ReadRequest {
  readonly name: string;
  readonly input: string | Blob;
  readonly options: ReadOptions;
}

/** The events of a read, sent in batches so that no one message keeps the page busy. */
export type FromReadWorker =
  | { readonly type: 'events'; readonly events: MapEvent[] }
  | { readonly type: 'done'; readonly read: MapRead };

/** Events per message: receiving a batch costs the page about 40 ms at 5,000. */
export const BATCH = 5000;
