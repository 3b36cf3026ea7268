import { describe, expect, it } from 'vitest';
import { MAX_LATITUDE, projectX, projectY } from './mercator';

describe('Web Mercator at zoom 0', () => {
  it('puts the equator and the prime meridian in the middle of the 256-pixel world', () => {
    expect(projectX(0)).toBe(128);
    expect(projectY(0)).toBeCloseTo(128, 10);
  });

  it('puts the antimeridian and the mercator limit at the edges', () => {
    expect(projectX(-180)).toBe(0);
    expect(projectX(180)).toBe(256);
    expect(projectY(MAX_LATITUDE)).toBeCloseTo(0, 6);
    expect(projectY(-MAX_LATITUDE)).toBeCloseTo(256, 6);
    expect(projectY(90)).toBeCloseTo(0, 6);
  });

  it('matches a known point: Kabul airport', () => {
    // 256 * (0.5 - ln(tan(pi/4 + lat/2)) / (2 pi)) for lat 34.5653
    const lat = 34.5653;
    const expected = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI));
    expect(projectY(lat)).toBeCloseTo(expected, 9);
    expect(projectX(69.2125)).toBeCloseTo(((69.2125 + 180) / 360) * 256, 12);
  });
});
