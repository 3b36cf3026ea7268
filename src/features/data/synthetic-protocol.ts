import type { MapEvent } from '../../lib/dataset';
import type { DatasetMetadata } from '../../lib/event-schema';
import type { BatchMessage } from './gather-from-worker';

/** Synthetic events to make: how many, from which seed. */
export interface SyntheticRequest {
  readonly count: number;
  readonly seed: number;
}

/** The last message: what the dataset says about itself. */
export interface SyntheticDone {
  readonly type: 'done';
  readonly metadata: DatasetMetadata;
}

/** The events in index order, in batches (see BATCH in read-protocol), then the metadata. */
export type FromSyntheticWorker = BatchMessage<MapEvent, SyntheticDone>;
