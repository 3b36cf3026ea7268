import { describe, expect, it } from 'vitest';
import { dayFromParts } from './dates';
import { embedCaption } from './embed-caption';
import { NO_FILTERS } from './filter-state';

const extent = { start: dayFromParts(2003, 3, 1), end: dayFromParts(2025, 4, 17) };
const base = { filters: NO_FILTERS, window: extent, extent, shown: 19, total: 19 };

describe('embedCaption', () => {
  it('says a whole, unfiltered view is the whole record', () => {
    expect(embedCaption(base)).toBe('All events · the whole record, March 2003 to April 2025 · 19 events');
  });

  it('names one category, the window and the counts', () => {
    const caption = embedCaption({
      ...base,
      filters: { ...NO_FILTERS, categories: ['attack'] },
      window: { start: dayFromParts(2021, 1, 1), end: extent.end },
      shown: 12,
    });
    expect(caption).toBe('Attacks only · January 2021 to April 2025 · 12 of 19 events');
  });

  it('lists two categories, and counts more', () => {
    const two = { ...NO_FILTERS, categories: ['attack', 'report'] as const };
    expect(embedCaption({ ...base, filters: { ...two, categories: [...two.categories] } })).toMatch(
      /^Attacks and Reports only · /,
    );
    const three = { ...NO_FILTERS, categories: ['attack', 'report', 'agreement'] as const };
    expect(embedCaption({ ...base, filters: { ...three, categories: [...three.categories] } })).toMatch(
      /^3 categories of events · /,
    );
  });

  it('names countries with the names given, actors and the search', () => {
    const caption = embedCaption({
      ...base,
      filters: { ...NO_FILTERS, countries: ['PK'], actors: ['IS-K'], search: ' Kabul ' },
      countryName: (code) => (code === 'PK' ? 'Pakistan' : code),
      shown: 1,
    });
    expect(caption).toBe(
      'All events in Pakistan involving IS-K matching “Kabul” · the whole record, March 2003 to April 2025 · 1 of 19 events',
    );
  });

  it('gives one month once, and leaves out the period before any window', () => {
    const day = dayFromParts(2024, 3, 22);
    expect(embedCaption({ ...base, window: { start: day, end: day + 3 }, shown: 1 })).toBe(
      'All events · March 2024 · 1 of 19 events',
    );
    expect(embedCaption({ ...base, window: null, extent: null, shown: 0, total: 0 })).toBe(
      'All events · 0 events',
    );
    expect(embedCaption({ ...base, window: null, shown: 1, total: 1 })).toBe('All events · 1 event');
  });
});
