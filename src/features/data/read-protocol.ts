import type { MapEvent } from '../../lib/dataset';
import type { FileInput } from '../../lib/import/decode';
import type { ReadOptions } from '../../lib/import/read-options';
import type { LocaleCode } from '../../lib/i18n/locales';
import type { MapRead } from '../../lib/import/read-for-map';
import type { BatchMessage } from './gather-from-worker';

/** A file's bytes, as the reader's worker decodes them (see decodeBytes). */
export type ReadInput = FileInput;

/** A file to read. */
export interface ReadRequest {
  readonly name: string;
  readonly input: ReadInput;
  readonly options: ReadOptions;
  /** The page's language: the worker writes its notes and problems in it. */
  readonly locale: LocaleCode;
}

/** The bytes of the input and the charset a server named for them, if any. */
export async function bytesOf(input: ReadInput): Promise<{ bytes: Uint8Array; charset: string | null }> {
  if (input instanceof Blob) return { bytes: new Uint8Array(await input.arrayBuffer()), charset: null };
  return input;
}

/** The last message of a read: the rest of it, its events having come in batches. */
export interface ReadDone {
  readonly type: 'done';
  readonly read: MapRead;
}

/** The events of a read, sent in batches so that no one message keeps the page busy. */
export type FromReadWorker = BatchMessage<MapEvent[], ReadDone>;

/** Events per message: receiving a batch costs the page about 40 ms at 5,000. */
export const BATCH = 5000;
