import { scaleOrdinal, scaleSqrt } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from './vocabulary';
import { categoryColor, makeRadiusScale, MAX_RADIUS, MIN_RADIUS } from './marker-scales';

describe('categoryColor', () => {
  it('gives every category its own colour', () => {
    const colours = CATEGORIES.map((c) => categoryColor(c));
    expect(new Set(colours).size).toBe(CATEGORIES.length);
  });

  it("gives each category the colour d3's ordinal scale over the palette gives it", () => {
    const palette = ['#D55E00', '#0072B2', '#CC79A7', '#009E73', '#56B4E9', '#E69F00', '#595959', '#000000'];
    const d3 = scaleOrdinal<string, string>().domain(CATEGORIES).range(palette);
    for (const c of CATEGORIES) expect(categoryColor(c)).toBe(d3(c));
  });
});

describe('makeRadiusScale', () => {
  const radius = makeRadiusScale(183);

  it('draws events with no dead at the smallest size and the deadliest at the largest', () => {
    expect(radius(0)).toBe(MIN_RADIUS);
    expect(radius(183)).toBe(MAX_RADIUS);
  });

  it('grows the area, not the width, with the number killed', () => {
    const r = (n: number) => radius(n) - MIN_RADIUS;
    expect(r(100) / r(25)).toBeCloseTo(2, 5);
  });

  it('clamps figures above the largest in the data', () => {
    expect(radius(10_000)).toBe(MAX_RADIUS);
  });

  it('copes with a dataset that has no casualties', () => {
    expect(makeRadiusScale(0)(0)).toBe(MIN_RADIUS);
  });

  it("gives what d3's clamped square-root scale gives, for any largest figure and any count", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: -10, max: 200_000 }), (max, killed) => {
        const d3 = scaleSqrt()
          .domain([0, Math.max(1, max)])
          .range([MIN_RADIUS, MAX_RADIUS])
          .clamp(true);
        expect(makeRadiusScale(max)(killed)).toBeCloseTo(d3(killed), 9);
      }),
    );
  });
});
