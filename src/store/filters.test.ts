import { describe, expect, it } from 'vitest';
import { makeDataset } from '../lib/dataset';
import { testEvent } from '../lib/event.fixture';
import type { Category } from '../lib/vocabulary';
import { createAppStore } from './app-store';
import {
  selectFacets,
  selectPassingPositions,
  selectVisibleEvents,
  selectVisiblePositions,
} from './selectors';

const event = (id: string, day: number, category: Category, country: string, actor: string) =>
  testEvent({ id, start: day, category, country, actor });

async function loadedStore() {
  const store = createAppStore();
  await store.getState().needEngine();
  const dataset = makeDataset(null, [
    event('a', 10, 'attack', 'PK', 'IS-K'),
    event('b', 20, 'report', 'AF', 'UN'),
    event('c', 30, 'attack', 'AF', 'IS-K'),
    event('d', 40, 'attack', 'PK', 'TTP'),
  ]);
  store.getState().datasetLoaded({ dataset, issues: [], total: 4 });
  return store;
}

const ids = (store: Awaited<ReturnType<typeof loadedStore>>) =>
  Array.from(selectVisiblePositions(store.getState()), (p) => store.getState().dataset!.events[p]!.id);

describe('filters in the store', () => {
  it('apply on top of the time window, and clear in one action', async () => {
    const store = await loadedStore();
    store.getState().toggleCategory('attack');
    expect(ids(store)).toEqual(['a', 'c', 'd']);
    store.getState().setFilters({ countries: ['PK'] });
    expect(ids(store)).toEqual(['a', 'd']);
    store.getState().setTimeWindow(15, 50);
    expect(ids(store)).toEqual(['d']);
    store.getState().setFilters({ search: 'is-k' });
    expect(ids(store)).toEqual([]);
    store.getState().clearFilters();
    expect(ids(store)).toEqual(['b', 'c', 'd']);
  });

  it('count each option among the events in the window', async () => {
    const store = await loadedStore();
    store.getState().setFilters({ countries: ['PK'] });
    store.getState().setTimeWindow(15, 50);
    const facets = selectFacets(store.getState())!;
    // Categories ignore their own filter but follow the country and the window: only d.
    expect(facets.categories.get('attack')).toBe(1);
    expect(facets.categories.get('report')).toBe(0);
    // Countries follow everything but the country filter: b, c in AF and d in PK.
    expect(facets.countries.get('AF')).toBe(2);
    expect(facets.countries.get('PK')).toBe(1);
  });

  it('are reset by a new dataset', async () => {
    const store = await loadedStore();
    store.getState().toggleCategory('report');
    const dataset = store.getState().dataset!;
    store.getState().datasetLoaded({ dataset, issues: [], total: 4 });
    expect(store.getState().filters.categories).toEqual([]);
    expect(ids(store)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('selectVisibleEvents', () => {
  it('is the events at the visible positions, the same array until they change, for each store apart', async () => {
    const store = await loadedStore();
    const all = selectVisibleEvents(store.getState());
    expect(all.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(selectVisibleEvents(store.getState())).toBe(all);
    store.getState().setFilters({ countries: ['PK'] });
    const pk = selectVisibleEvents(store.getState());
    expect(pk.map((e) => e.id)).toEqual(['a', 'd']);
    expect(
      Array.from(selectVisiblePositions(store.getState()), (p) => store.getState().dataset!.events[p]!),
    ).toEqual(pk);
    // Another store's events are its own, whatever the cache held.
    const other = await loadedStore();
    expect(selectVisibleEvents(other.getState()).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(selectVisibleEvents(store.getState()).map((e) => e.id)).toEqual(['a', 'd']);
  });
});

describe('selectPassingPositions', () => {
  it('is every event the filters keep, whatever the window, the same array until they change; null when nothing filters', async () => {
    const store = await loadedStore();
    expect(selectPassingPositions(store.getState())).toBeNull();
    store.getState().setTimeWindow(35, 50);
    store.getState().toggleCategory('attack');
    const attacks = selectPassingPositions(store.getState())!;
    expect(Array.from(attacks, (p) => store.getState().dataset!.events[p]!.id)).toEqual(['a', 'c', 'd']);
    store.getState().setTimeWindow(10, 20);
    expect(selectPassingPositions(store.getState())).toBe(attacks);
    store.getState().setFilters({ countries: ['PK'] });
    expect(Array.from(selectPassingPositions(store.getState())!)).toEqual([0, 3]);
    const other = await loadedStore();
    expect(selectPassingPositions(other.getState())).toBeNull();
  });
});
