import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../lib/dataset';
import { testEvent } from '../lib/event.fixture';
import { loadedEngine } from './engine';
import { DEFAULT_VIEW, normalizeView, type ViewState } from '../lib/url-state';
import { viewEvents } from '../lib/view-events';
import { CATEGORIES, type Category } from '../lib/vocabulary';
import { createAppStore } from './app-store';
import { selectFilterIndex, selectVisibleEvents } from './selectors';
import { applyView } from './view';

const COUNTRIES = ['AF', 'PK', 'IR'];
const ACTORS = ['IS-K', 'TTP', 'UN'];

const event = (i: number, start: number, length: number, category: Category) =>
  testEvent({
    id: `e${i}`,
    start,
    end: start + length,
    category,
    country: COUNTRIES[i % 3]!,
    actor: ACTORS[i % 3]!,
    role: i % 2 ? 'claimed' : 'blamed',
    title: `Event ${i} ${category}`,
  });

const views = fc.record({
  window: fc.option(
    fc.tuple(fc.integer({ min: -50, max: 250 }), fc.integer({ min: 0, max: 100 })).map(([start, n]) => ({
      start,
      end: start + n,
    })),
  ),
  categories: fc.subarray([...CATEGORIES]),
  actors: fc.subarray(ACTORS),
  role: fc.constantFrom('any' as const, 'claimed' as const, 'blamed' as const),
  countries: fc.subarray(COUNTRIES),
  search: fc.constantFrom('', 'attack', 'event 1', 'nothing'),
});

describe('the events a view shows', () => {
  it('are the events the map shows once the view is applied', async () => {
    const store = createAppStore();
    await store.getState().needEngine();
    const dataset = makeDataset(
      null,
      Array.from({ length: 40 }, (_, i) =>
        event(i, (i * 37) % 200, i % 4 === 0 ? 30 : 0, CATEGORIES[i % 5]!),
      ),
    );
    store.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length });
    fc.assert(
      fc.property(views, (parts) => {
        const view: ViewState = normalizeView({ ...DEFAULT_VIEW, ...parts });
        applyView(store, view);
        const state = store.getState();
        const expected = selectVisibleEvents(state).map((e) => e.id);
        const got = viewEvents(dataset, selectFilterIndex(state)!, loadedEngine()!, view).map((e) => e.id);
        expect(got).toEqual(expected);
      }),
    );
  });
});
