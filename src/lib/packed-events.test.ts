import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packEvents, packedBuffers, unpackEvents } from './packed-events';
import { orderByDays, type MapEvent } from './dataset';
import { generateColumns, generateEvents, syntheticSorted } from './synthetic';
import { packSynthetic } from './synthetic-packed';

describe('packEvents and unpackEvents', () => {
  it('give back the generated events, equal and in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (n, seed) => {
        const events = generateEvents(n, seed);
        expect(unpackEvents(packEvents(events))).toEqual(events);
      }),
      { numRuns: 40 },
    );
  });

  it('send a shared object once and give it back shared', () => {
    const events = generateEvents(500, 3);
    const packed = packEvents(events);
    const places = new Set(events.map((e) => e.props.place));
    expect(packed.shared.filter((v) => places.has(v as never))).toHaveLength(places.size);
    const back = unpackEvents(packed);
    expect(new Set(back.map((e) => e.props.place)).size).toBe(places.size);
  });

  it('refuse a property they would lose, and a line break in a title', () => {
    const [event] = generateEvents(1, 1);
    const extra = { ...event!, props: { ...event!.props, dateNote: 'About then' } };
    expect(() => packEvents([extra])).toThrow('other properties');
    const broken = { ...event!, props: { ...event!.props, title: 'Two\nlines' } };
    expect(() => packEvents([broken])).toThrow('line break');
  });

  it('give back an event without some field, as it was', () => {
    const [event] = generateEvents(1, 2);
    const withoutActors: Partial<MapEvent['props']> = { ...event!.props };
    delete withoutActors.actors;
    const lacking = { ...event!, props: withoutActors as MapEvent['props'] };
    expect(unpackEvents(packEvents([lacking, event!]))).toEqual([lacking, event]);
    expect(Object.keys(unpackEvents(packEvents([lacking]))[0]!.props)).not.toContain('actors');
  });

  it('name the buffers to transfer', () => {
    const packed = packEvents(generateEvents(10, 1));
    expect(packedBuffers(packed)).toHaveLength(5);
  });
});

describe('packSynthetic', () => {
  it('packs the synthetic events of any stretch of the sorted order, as packEvents packs them as objects', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.nat(),
        fc.nat(),
        (n, seed, a, b) => {
          const columns = generateColumns(n, seed);
          const order = orderByDays(columns.start, columns.end);
          const [from, to] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
          const sorted = syntheticSorted(n, seed).slice(from, to);
          expect(unpackEvents(packSynthetic(columns, order, from, to))).toEqual(sorted);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sends each shared object once a batch, and what it sends is the shared object', () => {
    const columns = generateColumns(2000, 6);
    const order = orderByDays(columns.start, columns.end);
    const packed = packSynthetic(columns, order, 0, 2000);
    expect(new Set(packed.shared).size).toBe(packed.shared.length);
    const back = unpackEvents(packed);
    expect(new Set(back.map((e) => e.props.place)).size).toBe(
      new Set(syntheticSorted(2000, 6).map((e) => e.props.place.name + e.props.place.precision)).size,
    );
    expect(back[0]!.props.sources).toBe(packed.shared[packed.refs[5]!]);
  });
});
