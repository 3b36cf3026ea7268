import type { Engine } from '../lib/engine';
import { lazyModule } from '../lib/lazy-module';

/**
 * The filter and link engine, a lazy chunk fetched once for the page, whoever
 * asks first (the bundled events, a linked file, a picked file). It is a module
 * of pure functions, so it lives here rather than in any store's state; a store
 * only records that it has arrived (`engineReady`, read through selectEngine).
 */
const engine = lazyModule<Engine>(() => import('../lib/engine'));

export const loadEngine = engine.load;
export const loadedEngine = engine.loaded;
