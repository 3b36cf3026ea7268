import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByDays } from './dataset';
import { generateColumns, syntheticSorted } from './synthetic';
import { packedBuffers, packSynthetic, unpackSynthetic } from './synthetic-packed';

const packedOf = (n: number, seed: number, from = 0, to = n) => {
  const columns = generateColumns(n, seed);
  return packSynthetic(columns, orderByDays(columns.start, columns.end), from, to);
};

describe('packSynthetic and unpackSynthetic', () => {
  it('give back the sorted synthetic events of any stretch, equal and in order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.nat(),
        fc.nat(),
        (n, seed, a, b) => {
          const [from, to] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
          const back = unpackSynthetic(packedOf(n, seed, from, to));
          expect(back).toEqual(syntheticSorted(n, seed).slice(from, to));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keep the keys in the order the generator writes them, casualties only where there are some', () => {
    const back = unpackSynthetic(packedOf(300, 2));
    const sorted = syntheticSorted(300, 2);
    expect(back.map((e) => Object.keys(e.props))).toEqual(sorted.map((e) => Object.keys(e.props)));
    expect(back.some((e) => !('casualties' in e.props))).toBe(true);
    expect(back.some((e) => 'casualties' in e.props)).toBe(true);
  });

  it('send each shared object once a batch, and give it back shared', () => {
    const packed = packedOf(2000, 6);
    expect(new Set(packed.shared).size).toBe(packed.shared.length);
    const back = unpackSynthetic(packed);
    const places = new Set(back.map((e) => e.props.place));
    expect(packed.shared.filter((v) => places.has(v as never))).toHaveLength(places.size);
    expect(new Set(back.map((e) => e.props.sources)).size).toBe(6);
  });

  it('name the buffers to transfer, each its own', () => {
    const buffers = packedBuffers(packedOf(10, 1));
    expect(new Set(buffers).size).toBe(6);
  });
});
