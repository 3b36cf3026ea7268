import { describe, expect, it } from 'vitest';
import { apartZoom } from './apart-zoom';

describe('apartZoom', () => {
  it('is the first zoom where the nearest neighbour is the gap away', () => {
    // 1 pixel apart at zoom 0 is 64 at zoom 6, 128 at zoom 7.
    expect(
      apartZoom(
        10,
        10,
        [
          [11, 10],
          [50, 50],
        ],
        80,
      ),
    ).toBe(7);
    expect(apartZoom(10, 10, [[11, 10]], 64)).toBe(6);
  });

  it('is zoom 0 for a marker alone or already far from the rest', () => {
    expect(apartZoom(10, 10, [], 80)).toBe(0);
    expect(apartZoom(0, 0, [[200, 0]], 80)).toBe(0);
  });

  it('is null when another marker shares its spot', () => {
    expect(
      apartZoom(
        5,
        5,
        [
          [5, 5],
          [9, 9],
        ],
        80,
      ),
    ).toBeNull();
  });
});
