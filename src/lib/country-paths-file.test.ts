import fc from 'fast-check';
import type { FeatureCollection, Geometry } from 'geojson';
import { readFileSync } from 'node:fs';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { collection, feature, square } from './outlines.fixture';
import { ANTARCTICA } from './basemap-countries';
import { countryPaths, type CountryPaths } from './country-paths';
import { decodeCountryPaths, encodeCountryPaths, type Grid } from './country-paths-file';
import { unwrapCollection } from './unwrap-rings';

const WHOLE_DEGREES: Grid = { scale: [1, 1], translate: [0, 0] };

/** The same outlines to within `tolerance` zoom-0 pixels, ring for ring and country for country. */
function expectSamePaths(actual: CountryPaths, expected: CountryPaths, tolerance: number) {
  expect([...actual.countries]).toEqual([...expected.countries]);
  expect([...actual.rings]).toEqual([...expected.rings]);
  expect(actual.points.length).toBe(expected.points.length);
  const furthest = (a: Float64Array, b: Float64Array) =>
    a.reduce((most, v, i) => Math.max(most, Math.abs(v - b[i]!)), 0);
  expect(furthest(actual.points, expected.points)).toBeLessThanOrEqual(tolerance);
  expect(furthest(actual.boxes, expected.boxes)).toBeLessThanOrEqual(tolerance);
}

describe('the country outlines file', () => {
  it('gives back what countryPaths makes of the same features: polygons, holes, multipolygons; no polygon, no country', () => {
    const features = collection(
      feature({ type: 'Polygon', coordinates: [square(0, 0, 10), square(2, 2, 2)] }),
      feature({ type: 'Point', coordinates: [5, 5] }),
      feature(null),
      feature({ type: 'Polygon', coordinates: [[]] }),
      feature({ type: 'MultiPolygon', coordinates: [[square(20, 20, 5)], [square(-179, -80, 359)]] }),
    );
    const read = decodeCountryPaths(encodeCountryPaths(features, WHOLE_DEGREES));
    expectSamePaths(read, countryPaths(features), 0);
    expect(read.countries.length - 1).toBe(2);
  });

  it('keeps any outline on its grid exactly, far steps and negative ones included', () => {
    const grid: Grid = { scale: [360 / 99_999, 180 / 99_999], translate: [-180, -90] };
    const step = fc.tuple(fc.integer({ min: -99_999, max: 2 * 99_999 }), fc.integer({ min: 0, max: 99_999 }));
    const ring = fc.array(step, { minLength: 1, maxLength: 20 });
    const country = fc.array(ring, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(country, { maxLength: 6 }), (countries) => {
        const features = collection(
          ...countries.map((rings) =>
            feature({
              type: 'Polygon',
              coordinates: rings.map((r) =>
                r.map(([x, y]) => [
                  x * grid.scale[0] + grid.translate[0],
                  y * grid.scale[1] + grid.translate[1],
                ]),
              ),
            }),
          ),
        );
        expectSamePaths(decodeCountryPaths(encodeCountryPaths(features, grid)), countryPaths(features), 0);
      }),
    );
  });

  it('is refused for a point off its grid, rather than moved', () => {
    const features = collection(feature({ type: 'Polygon', coordinates: [square(0.5, 0, 1)] }));
    expect(() => encodeCountryPaths(features, WHOLE_DEGREES)).toThrow('0.5 is not on');
  });

  it('is refused when it is not one, is cut short, or runs on', () => {
    const file = encodeCountryPaths(
      collection(feature({ type: 'Polygon', coordinates: [square(0, 0, 300)] })),
      WHOLE_DEGREES,
    );
    expect(() => decodeCountryPaths(new TextEncoder().encode('{"type":"Topology"}'))).toThrow(
      'not a country',
    );
    expect(() => decodeCountryPaths(file.subarray(0, file.length - 1))).toThrow('cut short');
    expect(() => decodeCountryPaths(new Uint8Array([...file, 0]))).toThrow('after the last point');
  });

  it('holds the shipped outlines as the page drew them from TopoJSON: every point within a millionth of a pixel at zoom 18', () => {
    const topology = JSON.parse(
      readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'),
    ) as Topology<{
      countries: GeometryCollection;
    }>;
    const countries = unwrapCollection(
      topoFeature(topology, topology.objects.countries),
      (f) => f.id === ANTARCTICA,
    ) as FeatureCollection<Geometry | null>;
    const grid = topology.transform as unknown as Grid;
    const file = encodeCountryPaths(countries, grid);
    const read = decodeCountryPaths(file);
    expectSamePaths(read, countryPaths(countries), 1e-6 / 2 ** 18);
    expect(read.countries.length - 1).toBe(countries.features.length);
    // Smaller than the TopoJSON it replaces on the page.
    expect(file.length).toBeLessThan(readFileSync('node_modules/world-atlas/countries-50m.json').length / 3);
  });
});
