import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, type Dataset, type MapEvent } from '../lib/dataset';
import * as engine from '../lib/engine';
import { isCertainlyInside, queryWindow } from '../lib/time-index';
import { isFiltering } from '../lib/filter-state';
import { CATEGORIES, type Category } from '../lib/vocabulary';
import { createAppStore, type AppState, type AppStore } from './app-store';
import {
  selectFacets,
  selectPassingPositions,
  selectPossibleCount,
  selectTimePositions,
  selectVisibleEvents,
  selectVisiblePositions,
} from './selectors';

const COUNTRIES = ['PK', 'AF', 'RU'];

/** A small dataset: events on days 0 to 60, some spanning a few days, in a few categories and countries. */
const datasetArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 60 }),
      span: fc.integer({ min: 0, max: 5 }),
      category: fc.constantFrom(...CATEGORIES),
      country: fc.constantFrom(...COUNTRIES),
      word: fc.constantFrom('market', 'court', 'bridge'),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((rows) =>
    makeDataset(
      null,
      rows.map((r, i): MapEvent => ({
        id: `e${i}`,
        lon: i,
        lat: i,
        start: r.day,
        end: r.day + r.span,
        props: {
          title: `${r.word} ${i}`,
          summary: 'Something happened.',
          category: r.category,
          date: r.span
            ? { precision: 'span', start: '2020-01-01', end: '2020-01-05' }
            : { precision: 'day', value: '2020-01-01' },
          place: { name: 'Somewhere', label: 'Somewhere', precision: 'city', countries: [r.country] },
          actors: [],
          sources: [{ outlet: 'Outlet', headline: 'Headline', published: '2020-01-02', quote: 'Quote.' }],
        },
      })),
    ),
  );

type Action =
  | { kind: 'window'; store: number; a: number; b: number }
  | { kind: 'category'; store: number; category: Category }
  | { kind: 'country'; store: number; country: string }
  | { kind: 'search'; store: number; search: string }
  | { kind: 'clear'; store: number }
  | { kind: 'data'; store: number; which: number };

const store = fc.integer({ min: 0, max: 1 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('window'),
    store,
    a: fc.integer({ min: 0, max: 70 }),
    b: fc.integer({ min: 0, max: 70 }),
  }),
  fc.record({ kind: fc.constant('category'), store, category: fc.constantFrom(...CATEGORIES) }),
  fc.record({ kind: fc.constant('country'), store, country: fc.constantFrom(...COUNTRIES) }),
  fc.record({ kind: fc.constant('search'), store, search: fc.constantFrom('', 'market', 'cou', 'zzz') }),
  fc.record({ kind: fc.constant('clear'), store }),
  fc.record({ kind: fc.constant('data'), store, which: fc.integer({ min: 0, max: 1 }) }),
) as fc.Arbitrary<Action>;

function act(target: AppStore, action: Action, datasets: Dataset[]) {
  const s = target.getState();
  switch (action.kind) {
    case 'window':
      return s.setTimeWindow(action.a, action.b);
    case 'category':
      return s.toggleCategory(action.category);
    case 'country':
      return s.setFilters({ countries: [action.country] });
    case 'search':
      return s.setFilters({ search: action.search });
    case 'clear':
      return s.clearFilters();
    case 'data': {
      const dataset = datasets[action.which]!;
      return s.datasetLoaded({ dataset, issues: [], total: dataset.events.length });
    }
  }
}

/** What each selector must give, computed afresh from the state with no cache at all. */
function expected(state: AppState) {
  const { dataset, timeWindow, filters } = state;
  const index = engine.buildFilterIndex(dataset!.events);
  const inWindow = timeWindow
    ? queryWindow(dataset!.index, timeWindow.start, timeWindow.end)
    : new Int32Array(0);
  const visible = engine.filterPositions(index, inWindow, filters);
  const all = Int32Array.from(dataset!.events, (_, i) => i);
  return {
    time: Array.from(inWindow),
    visible: Array.from(visible),
    events: Array.from(visible, (p) => dataset!.events[p]!.id),
    passing: isFiltering(filters) ? Array.from(engine.filterPositions(index, all, filters)) : null,
    facets: engine.facetCounts(index, inWindow, filters),
    possible: timeWindow
      ? Array.from(visible).filter(
          (p) => !isCertainlyInside(dataset!.index, p, timeWindow.start, timeWindow.end),
        ).length
      : 0,
  };
}

function read(state: AppState) {
  const passing = selectPassingPositions(state);
  return {
    time: Array.from(selectTimePositions(state)),
    visible: Array.from(selectVisiblePositions(state)),
    events: selectVisibleEvents(state).map((e) => e.id),
    passing: passing && Array.from(passing),
    facets: selectFacets(state),
    possible: selectPossibleCount(state),
  };
}

/** Every selector's result, by reference, to check a second read gives the same objects. */
function references(state: AppState) {
  return [
    selectTimePositions(state),
    selectVisiblePositions(state),
    selectVisibleEvents(state),
    selectPassingPositions(state),
    selectFacets(state),
  ];
}

describe('the selectors’ caches', () => {
  it('give each of two stores, read in turn, what its own state says, and the same objects while it is unchanged', async () => {
    const stores = [createAppStore(), createAppStore()];
    await Promise.all(stores.map((s) => s.getState().needEngine()));
    await fc.assert(
      fc.asyncProperty(
        fc.tuple(datasetArb, datasetArb),
        fc.array(actionArb, { minLength: 1, maxLength: 25 }),
        async ([first, second], actions) => {
          const datasets = [first, second];
          for (const [i, s] of stores.entries()) {
            s.getState().datasetLoaded({
              dataset: datasets[i]!,
              issues: [],
              total: datasets[i]!.events.length,
            });
          }
          for (const action of actions) {
            act(stores[action.store]!, action, datasets);
            // Both stores are read after every change, the changed one first, so each cache meets the other store.
            for (const s of [stores[action.store]!, stores[1 - action.store]!]) {
              const state = s.getState();
              expect(read(state)).toEqual(expected(state));
              expect(references(state)).toEqual(references(state));
              references(state).forEach((value, i) => expect(value).toBe(references(state)[i]));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
