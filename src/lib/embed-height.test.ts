import { describe, expect, it } from 'vitest';
import { preferredHeight, preferredMapHeight } from './embed-height';

describe('preferredHeight', () => {
  it('adds the header and the timeline to the map', () => {
    expect(preferredHeight(800, 40, 110.4)).toBe(Math.ceil(40 + 110.4 + preferredMapHeight(800)));
  });

  it('adds a lesson’s step bar, so the map keeps its height under it', () => {
    expect(preferredHeight(800, 40, 110, 96)).toBe(preferredHeight(800, 40, 110) + 96);
  });

  it('gives narrow frames a taller map for their width, and keeps the map within bounds', () => {
    expect(preferredMapHeight(400) / 400).toBeGreaterThan(preferredMapHeight(900) / 900);
    expect(preferredMapHeight(100)).toBe(240);
    expect(preferredMapHeight(5000)).toBe(560);
  });
});
