import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedCountries, shippedShapes } from './country-shapes.fixture';
import { unwrapRing } from './unwrap-rings';

const shapes = shippedShapes();

describe('countryShapes', () => {
  it('finds the country a point is in', () => {
    expect(shapes.locate(69.17, 34.53)).toEqual({ inside: 'AF', near: ['AF'] });
    expect(shapes.locate(-0.13, 51.51).inside).toBe('GB');
    expect(shapes.locate(-77.04, 38.9).inside).toBe('US');
    expect(shapes.locate(151.21, -33.87).inside).toBe('AU');
  });

  it('finds Kabul swapped on the Kola Peninsula and 134.5 E in Yakutia, both in Russia', () => {
    expect(shapes.locate(34.5, 69.1).inside).toBe('RU');
    expect(shapes.locate(134.5, 69.1).inside).toBe('RU');
  });

  it('finds countries across the antimeridian on either side of it', () => {
    expect(shapes.locate(177.9, -17.7).inside).toBe('FJ');
    expect(shapes.locate(-179.9, -16.6).near).toContain('FJ');
    expect(shapes.locate(179, 68).inside).toBe('RU');
    expect(shapes.locate(-175, 66).inside).toBe('RU');
    expect(shapes.locate(-175, 62)).toEqual({ inside: null, near: [] });
  });

  it('puts the open sea in no country, and the coast within the tolerance of its country', () => {
    expect(shapes.locate(0, 0)).toEqual({ inside: null, near: [] });
    expect(shapes.locate(-30, 40)).toEqual({ inside: null, near: [] });
    // The harbour of Karachi, and 15 km out to sea off it.
    expect(shapes.locate(66.97, 24.84).near).toContain('PK');
    const offshore = shapes.locate(66.85, 24.7);
    expect(offshore.inside).toBeNull();
    expect(offshore.near).toEqual(['PK']);
    expect(shapes.locate(65.5, 23.5).near).toEqual([]);
  });

  it('names the outline of a place without a country code, and no country', () => {
    expect(shapes.locate(44.06, 9.56)).toEqual({ inside: null, near: [], uncoded: 'Somaliland' });
    expect(shapes.has('?Somaliland')).toBe(false);
  });

  it('names both countries near a border', () => {
    // Torkham, on the Afghan-Pakistani border.
    expect([...shapes.locate(71.09, 34.11).near].sort()).toEqual(['AF', 'PK']);
  });

  it('measures the distance to a country from outside it', () => {
    expect(shapes.distanceTo(69.17, 34.53, 'AF', 100)).toBe(0);
    const offKarachi = shapes.distanceTo(65.5, 23.5, 'PK', 400);
    expect(offKarachi).toBeGreaterThan(100);
    expect(offKarachi).toBeLessThan(200);
    expect(shapes.distanceTo(65.5, 23.5, 'PK', 50)).toBe(Infinity);
  });

  it('gives a point well inside a country, in its largest polygon', () => {
    const af = shapes.interior('AF')!;
    expect(shapes.locate(...af).inside).toBe('AF');
    const fr = shapes.interior('FR')!;
    expect(shapes.locate(...fr).inside).toBe('FR');
    // Metropolitan France, not French Guiana.
    expect(fr[1]).toBeGreaterThan(42);
    expect(shapes.locate(...shapes.interior('RU')!).inside).toBe('RU');
    expect(shapes.interior('XX')).toBeNull();
  });

  it('agrees with a plain ray cast over every outline, near borders and coasts too', () => {
    const anywhere = fc.tuple(
      fc.double({ min: -180, max: 180, noNaN: true }),
      fc.double({ min: -60, max: 75, noNaN: true }),
    );
    // Within half a degree of Torkham (the Afghan-Pakistani border) and of the coast at Karachi.
    const nearBorders = fc
      .tuple(
        fc.constantFrom([71.09, 34.11], [66.97, 24.84], [179.9, -16.5]),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
        fc.double({ min: -0.5, max: 0.5, noNaN: true }),
      )
      .map(([[lon, lat], dx, dy]) => [lon! + dx > 180 ? lon! + dx - 360 : lon! + dx, lat! + dy] as const);
    fc.assert(
      fc.property(fc.oneof(anywhere, nearBorders), ([lon, lat]) => {
        expect(shapes.locate(lon, lat).inside).toBe(bruteForce(lon, lat));
      }),
      { numRuns: 300 },
    );
  });
});

const countries = shippedCountries().map(({ code, feature }) => {
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return { code: code ?? null, polygons: polygons.map((p) => p.map(unwrapRing)) };
});

/** The country whose outline holds the point, by testing every ring (a turn of the globe either way too). */
function bruteForce(lon: number, lat: number): string | null {
  for (const { code, polygons } of countries) {
    for (const rings of polygons) {
      for (const x of [lon, lon + 360, lon - 360]) {
        let odd = false;
        for (const ring of rings) {
          for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            const [xi, yi] = ring[i] as [number, number];
            const [xj, yj] = ring[j] as [number, number];
            if (yi > lat !== yj > lat && x < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
          }
        }
        if (odd) return code;
      }
    }
  }
  return null;
}
