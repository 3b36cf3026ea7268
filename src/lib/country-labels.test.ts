import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryLabels } from './country-labels';
import { projectX, projectY } from './mercator';

function square(name: string, lon: number, lat: number, side: number): Feature<Polygon> {
  const ring = [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat + side],
    [lon, lat + side],
    [lon, lat],
  ];
  return { type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('countryLabels', () => {
  it('puts each name inside its country, the roomiest country first', () => {
    const labels = countryLabels(collection([square('Small', 0, 0, 2), square('Large', 20, 0, 20)]));
    expect(labels.map((l) => l.name)).toEqual(['Large', 'Small']);
    const large = labels[0]!;
    expect(large.x).toBeGreaterThan(projectX(20));
    expect(large.x).toBeLessThan(projectX(40));
    expect(large.y).toBeLessThan(projectY(0));
    expect(large.y).toBeGreaterThan(projectY(20));
    expect(large.room).toBeGreaterThan(labels[1]!.room * 5);
  });

  it('takes the largest polygon of a country of several, not the middle of the sea between them', () => {
    const islands: Feature = {
      type: 'Feature',
      properties: { name: 'Islands' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square('', 0, 0, 1).geometry.coordinates, square('', 30, 0, 10).geometry.coordinates],
      },
    };
    const [label] = countryLabels(collection([islands]));
    expect(label!.x).toBeGreaterThan(projectX(30));
    expect(label!.x).toBeLessThan(projectX(40));
  });

  it("carries the alpha-2 code of the country's numeric id, where it has one", () => {
    const afghanistan = { ...square('Afghanistan', 60, 30, 8), id: '004' };
    const kosovo = square('Kosovo', 20, 42, 1);
    const labels = countryLabels(collection([afghanistan, kosovo]), { '004': 'AF' });
    expect(labels.map((l) => [l.name, l.code])).toEqual([
      ['Afghanistan', 'AF'],
      ['Kosovo', undefined],
    ]);
  });

  it('leaves out features with no name or no shape', () => {
    const unnamed = square('', 0, 0, 5);
    const empty: Feature = { type: 'Feature', properties: { name: 'Nowhere' }, geometry: null! };
    expect(countryLabels(collection([unnamed, empty]))).toEqual([]);
  });
});
