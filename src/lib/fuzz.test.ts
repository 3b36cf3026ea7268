import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventsFile } from './import/detect';
import { parseFlexibleDate } from './import/flexible-date';
import { parseDataset } from './parse-dataset';
import { normalizeView, readView, VIEW_PARAMS } from './url-state';

/**
 * Fuzzing of everything that reads input from strangers. `npm test` runs a
 * few hundred cases per property; `npm run fuzz` runs 10,000 (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(20_000, RUNS * 20);
const options = { numRuns: RUNS };

/** A row that must load: a title, a real day and coordinates on the globe (not 0, 0). */
const validRow = fc
  .record({
    title: fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((t) => /[A-Za-z]/.test(t))
      // Printable characters only: quotes, commas and control characters are garbage's job.
      .map((t) => `T${t.replace(/[^\p{L}\p{N} .'-]/gu, '')}`),
    day: fc.integer({ min: 0, max: 9000 }),
    lat: fc.double({ min: -89, max: 89, noNaN: true }),
    lon: fc.double({ min: -179, max: 179, noNaN: true }),
  })
  // 0, 0 is taken as "no coordinates" (see readLocation).
  .filter((r) => r.lat !== 0 || r.lon !== 0);

function isoDay(offset: number): string {
  return new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

describe(`fuzzing (${RUNS} runs per property)`, () => {
  it(
    'the dataset validator never throws, and keeps or reports every feature',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          const result = parseDataset(json);
          expect(result.dataset.events.length).toBeLessThanOrEqual(result.total);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'the file reader never throws on any text, CSV or JSON',
    () => {
      fc.assert(
        fc.property(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.constantFrom('a.csv', 'a.geojson', 'a.json', 'a.txt', 'a'),
          (text, name) => {
            readEventsFile(name, text);
          },
        ),
        options,
      );
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          readEventsFile('a.geojson', JSON.stringify(json));
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'a CSV never loses a valid row, whatever garbage rows are mixed in',
    () => {
      const garbage = fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), {
        minLength: 0,
        maxLength: 4,
      });
      fc.assert(
        fc.property(fc.array(fc.oneof(validRow, garbage), { maxLength: 25 }), (rows) => {
          const lines = rows.map((r) =>
            Array.isArray(r)
              ? r.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')
              : [r.title, isoDay(r.day), r.lat, r.lon].map((cell) => `"${String(cell)}"`).join(','),
          );
          const text = ['title,date,latitude,longitude', ...lines].join('\r\n');
          const file = readEventsFile('rows.csv', text);
          expect(file.ok).toBe(true);
          if (!file.ok) return;
          const valid = rows.filter((r) => !Array.isArray(r)).length;
          expect(file.result.report.loaded).toBeGreaterThanOrEqual(valid);
        }),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'the date parser never throws',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 40 }),
            fc.double(),
            fc.integer(),
            fc.constant(null),
          ),
          (value) => {
            parseFlexibleDate(value);
          },
        ),
        options,
      );
    },
    TIMEOUT,
  );

  it(
    'the URL decoder never throws, always yields a canonical view and reports only its own parameters',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (query) => {
          const { view, dropped } = readView(query);
          expect(normalizeView(view)).toEqual(view);
          for (const d of dropped) expect(VIEW_PARAMS).toContain(d.param);
        }),
        options,
      );
    },
    TIMEOUT,
  );
});
