import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packEvents, packedBuffers, unpackEvents } from './packed-events';
import { generateEvents } from './synthetic';

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

  it('name the buffers to transfer', () => {
    const packed = packEvents(generateEvents(10, 1));
    expect(packedBuffers(packed)).toHaveLength(5);
  });
});
