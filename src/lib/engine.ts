/**
 * What filtering, counting and links need beyond the first paint, in one lazy
 * chunk loaded alongside the data: the store holds it once loaded.
 */
export {
  actorNames,
  buildFilterIndex,
  countryCodes,
  facetCounts,
  filterPositions,
  prepareSearch,
} from './filters';
export { encodeView, readView } from './url-state';

export type Engine = typeof import('./engine');
