import { lazyModule } from '../../lib/lazy-module';

/** Supercluster and its wrapper: a lazy chunk, asked for as the page starts (warm-chunks.ts). */
export const clustersChunk = lazyModule(() => import('../../lib/clusters'));
