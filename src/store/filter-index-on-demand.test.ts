import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../lib/dataset';
import { testEvent } from '../lib/event.fixture';
import { createAppStore } from './app-store';
import {
  selectFacets,
  selectPassingPositions,
  selectPossibleCount,
  selectVisibleEvents,
  selectVisiblePositions,
} from './selectors';

const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../lib/filters', async (original) => {
  const real = await original<typeof import('../lib/filters')>();
  return {
    ...real,
    buildFilterIndex: (...args: Parameters<typeof real.buildFilterIndex>) => {
      built.count++;
      return real.buildFilterIndex(...args);
    },
  };
});

describe('the filter index', () => {
  it('is not built to show events while nothing filters, and is built once when a filter asks', async () => {
    const store = createAppStore();
    await store.getState().needEngine();
    const events = [
      testEvent({ id: 'a', start: 10, end: 10 }),
      testEvent({ id: 'b', start: 20, end: 20, category: 'arrest-operation' }),
    ];
    store.getState().datasetLoaded({ dataset: makeDataset(null, events), issues: [], total: 2 });
    expect(selectVisibleEvents(store.getState()).map((e) => e.id)).toEqual(['a', 'b']);
    expect(selectPossibleCount(store.getState())).toBe(0);
    // What the timeline reads: every event passes.
    expect(selectPassingPositions(store.getState())).toBeNull();
    expect(built.count).toBe(0);

    store.getState().toggleCategory('arrest-operation');
    expect(selectVisibleEvents(store.getState()).map((e) => e.id)).toEqual(['b']);
    expect([...selectPassingPositions(store.getState())!]).toEqual([1]);
    expect(built.count).toBe(1);
    // The filter panel's counts read the same index.
    expect(selectFacets(store.getState())).not.toBeNull();
    store.getState().clearFilters();
    expect([...selectVisiblePositions(store.getState())]).toEqual([0, 1]);
    expect(built.count).toBe(1);
  });
});
