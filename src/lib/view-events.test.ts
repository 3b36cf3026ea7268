import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataset } from './dataset';
import * as engine from './engine';
import { testEvent } from './event.fixture';
import { parseDataset } from './parse-dataset';
import { DEFAULT_VIEW, readView, type ViewState } from './url-state';
import type { Category } from './vocabulary';
import { viewEvents, viewWindow } from './view-events';

const event = (id: string, start: number, end: number, category: Category, country: string) =>
  testEvent({ id, start, end, category, country });

const dataset = makeDataset(null, [
  event('a', 10, 10, 'attack', 'PK'),
  event('b', 15, 40, 'report', 'AF'),
  event('c', 30, 30, 'attack', 'AF'),
  event('d', 50, 50, 'attack', 'PK'),
]);
const index = engine.buildFilterIndex(dataset.events);
const ids = (view: Partial<ViewState>) =>
  viewEvents(dataset, index, engine, { ...DEFAULT_VIEW, ...view }).map((e) => e.id);

describe('viewEvents', () => {
  it('gives every event, in date order, for a view with no window and no filters', () => {
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the events any of whose days fall in the window', () => {
    expect(ids({ window: { start: 20, end: 35 } })).toEqual(['b', 'c']);
  });

  it('applies the filters on top of the window', () => {
    expect(ids({ categories: ['attack'] })).toEqual(['a', 'c', 'd']);
    expect(ids({ window: { start: 20, end: 60 }, categories: ['attack'], countries: ['PK'] })).toEqual(['d']);
    expect(ids({ search: 'event c' })).toEqual(['c']);
  });

  it('shows all the dates when the window misses the events, as a link does', () => {
    expect(viewWindow(dataset, { ...DEFAULT_VIEW, window: { start: 100, end: 200 } })).toEqual({
      start: 10,
      end: 50,
    });
    expect(ids({ window: { start: 100, end: 200 } })).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives nothing for a dataset without events', () => {
    const empty = makeDataset(null, []);
    expect(viewEvents(empty, engine.buildFilterIndex([]), engine, DEFAULT_VIEW)).toEqual([]);
  });

  it("gives each step of the example lesson its window's events, its own event among them", () => {
    const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
    const bundled = parseDataset(read('../../data/events.geojson')).dataset;
    const lesson = read('../../data/lessons/example.json') as { steps: { view: string }[] };
    const bundledIndex = engine.buildFilterIndex(bundled.events);
    for (const step of lesson.steps) {
      const view = readView(step.view).view;
      const shown = viewEvents(bundled, bundledIndex, engine, view);
      expect(shown.length).toBeGreaterThan(0);
      for (const e of shown) expect(e.end >= view.window!.start && e.start <= view.window!.end).toBe(true);
      if (view.selected) expect(shown.map((e) => e.id)).toContain(view.selected);
    }
    // Step 4 is one actor's events over the whole period.
    const isk = viewEvents(bundled, bundledIndex, engine, readView(lesson.steps[3]!.view).view);
    expect(isk.length).toBeGreaterThan(3);
    for (const e of isk)
      expect(e.props.actors.map((a) => a.name)).toContain('Islamic State Khorasan Province (IS-K)');
  });
});
