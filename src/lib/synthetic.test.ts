import { describe, expect, it } from 'vitest';
import { eventDayRange } from './dates';
import { eventPropertiesSchema } from './event-schema';
import { makeDataset } from './dataset';
import {
  generateEvents,
  SYNTHETIC_FIRST_DAY,
  SYNTHETIC_LAST_DAY,
  syntheticDataset,
  syntheticSorted,
} from './synthetic';

describe('generateEvents', () => {
  const events = generateEvents(5000, 7);

  it('gives the same events for the same seed and different ones for another', () => {
    expect(generateEvents(50, 7)).toEqual(events.slice(0, 50));
    expect(generateEvents(50, 8)).not.toEqual(events.slice(0, 50));
  });

  it('makes events that pass the dataset schema, with day ranges that match their dates', () => {
    for (const e of events.slice(0, 500)) {
      expect(eventPropertiesSchema.safeParse(e.props).error).toBeUndefined();
      expect({ start: e.start, end: e.end }).toEqual(eventDayRange(e.props.date));
    }
  });

  it('covers every date precision and several categories, over 20 years', () => {
    expect(new Set(events.map((e) => e.props.date.precision))).toEqual(
      new Set(['day', 'month', 'year', 'span']),
    );
    expect(new Set(events.map((e) => e.props.category)).size).toBeGreaterThanOrEqual(6);
    const starts = events.map((e) => e.start);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(SYNTHETIC_FIRST_DAY);
    expect(Math.max(...events.map((e) => e.end))).toBeLessThanOrEqual(SYNTHETIC_LAST_DAY);
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThan(365 * 19);
  });

  it('spreads events over many places with valid coordinates', () => {
    expect(new Set(events.map((e) => e.props.place.label)).size).toBeGreaterThan(40);
    for (const e of events) {
      expect(Math.abs(e.lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(e.lat)).toBeLessThanOrEqual(90);
    }
  });

  it('says in every title that the event is synthetic', () => {
    expect(events.every((e) => e.props.title.startsWith('Synthetic '))).toBe(true);
  });
});

describe('syntheticDataset', () => {
  it('indexes the events by date and names the dataset as synthetic', () => {
    const dataset = syntheticDataset(1000, 3);
    expect(dataset.events).toHaveLength(1000);
    expect(dataset.metadata?.title).toMatch(/^Synthetic demo: 1,000 made-up events \(seed 3\)/);
    for (let i = 1; i < dataset.events.length; i++) {
      expect(dataset.events[i]!.start).toBeGreaterThanOrEqual(dataset.events[i - 1]!.start);
    }
  });
});

describe('syntheticSorted', () => {
  it('gives the generated events in index order, as makeDataset sorts them', () => {
    const sorted = syntheticSorted(2000, 5);
    expect(sorted).toEqual(makeDataset(null, generateEvents(2000, 5)).events);
  });
});
