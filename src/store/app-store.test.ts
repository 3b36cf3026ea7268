import { describe, expect, it } from 'vitest';
import { makeDataset } from '../lib/dataset';
import { testEvent } from '../lib/event.fixture';
import { createAppStore } from './app-store';
import { selectSelectedEvent, selectTotalCount, selectVisiblePositions } from './selectors';

const event = (id: string, start: number, end = start) => testEvent({ id, start, end });

function loadedStore() {
  const store = createAppStore();
  const dataset = makeDataset(null, [event('a', 10), event('b', 20, 50), event('c', 100)]);
  store.getState().datasetLoaded({ dataset, issues: [], total: 3 });
  return store;
}

describe('the app store', () => {
  it('opens a new dataset on its whole extent', () => {
    const store = loadedStore();
    expect(store.getState().timeWindow).toEqual({ start: 10, end: 100 });
    expect(store.getState().loadState).toBe('ready');
    expect(selectTotalCount(store.getState())).toBe(3);
  });

  it('filters the visible events by the window', () => {
    const store = loadedStore();
    store.getState().setTimeWindow(40, 99);
    expect([...selectVisiblePositions(store.getState())]).toEqual([1]);
  });

  it('keeps the window inside the extent and in order', () => {
    const store = loadedStore();
    store.getState().setTimeWindow(500, -20);
    expect(store.getState().timeWindow).toEqual({ start: 10, end: 100 });
  });

  it('returns the same visible positions while the window is unchanged', () => {
    const store = loadedStore();
    const first = selectVisiblePositions(store.getState());
    store.getState().selectEvent('a', 'list');
    expect(selectVisiblePositions(store.getState())).toBe(first);
  });

  it('selects only events that exist, and remembers where the selection came from', () => {
    const store = loadedStore();
    store.getState().selectEvent('nope', 'map');
    expect(selectSelectedEvent(store.getState())).toBeNull();
    store.getState().selectEvent('c', 'map');
    expect(selectSelectedEvent(store.getState())?.id).toBe('c');
    expect(store.getState().selectionOrigin).toBe('map');
    store.getState().selectEvent(null, 'list');
    expect(store.getState().selectionOrigin).toBeNull();
  });

  it('opens with the axis on the whole extent, and keeps a zoomed axis inside it and a week long', () => {
    const store = loadedStore();
    expect(store.getState().timeView).toEqual({ start: 10, end: 100 });
    store.getState().setTimeView(95, 96);
    expect(store.getState().timeView).toEqual({ start: 94, end: 100 });
    store.getState().setTimeView(-50, 40);
    expect(store.getState().timeView).toEqual({ start: 10, end: 100 });
  });

  it('stops playback when the reader moves the window, not when playback does', () => {
    const store = loadedStore();
    store.getState().setPlaying(true);
    store.getState().setTimeWindow(20, 30, 'playback');
    expect(store.getState().playing).toBe(true);
    store.getState().setTimeWindow(20, 40);
    expect(store.getState().playing).toBe(false);
    store.getState().setPlaying(true);
    store.getState().setTimeView(20, 60);
    expect(store.getState().playing).toBe(false);
  });

  it('records a failed load', () => {
    const store = createAppStore();
    store.getState().datasetFailed(() => 'HTTP 404');
    expect(store.getState()).toMatchObject({ loadState: 'failed', timeWindow: null });
    expect(store.getState().loadError?.()).toBe('HTTP 404');
  });
});
