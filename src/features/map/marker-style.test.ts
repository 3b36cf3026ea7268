import { describe, expect, it } from 'vitest';
import type { MapEvent } from '../../lib/dataset';
import type { EventProperties } from '../../lib/event-schema';
import { computeMarkerStyles } from './marker-style';

function event(id: string, place: Partial<EventProperties['place']>): MapEvent {
  return {
    id,
    lon: 67,
    lat: 30.19,
    start: 0,
    end: 0,
    props: {
      title: id,
      summary: id,
      category: 'attack',
      date: { precision: 'day', value: '2024-05-02' },
      place: { name: 'Quetta, Pakistan', label: 'Quetta', precision: 'city', countries: ['PK'], ...place },
      actors: [],
      sources: [],
    },
  };
}

describe('computeMarkerStyles', () => {
  it('draws a dashed ring for coarse places and for towns located by their name', () => {
    const styles = computeMarkerStyles([
      event('from-the-sources', {}),
      event('province', { precision: 'province' }),
      event('by-name', { gazetteer: 'Quetta, PK' }),
    ]);
    expect(Array.from(styles.dashed)).toEqual([0, 1, 1]);
  });
});
