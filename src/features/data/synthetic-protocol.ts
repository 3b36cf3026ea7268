import type { DatasetMetadata } from '../../lib/event-schema';
import type { PackedSynthetic } from '../../lib/synthetic-packed';
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

/** The events in index order, packed in batches, then the metadata. */
export type FromSyntheticWorker = BatchMessage<PackedSynthetic, SyntheticDone>;

/** Events per message: unpacking a batch costs the page a few tens of ms at 50,000. */
export const SYNTHETIC_BATCH = 50_000;
