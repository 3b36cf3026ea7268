import { describe, expect, it } from 'vitest';
import { checkCoordinates, parseCoordinate } from './coordinates';

describe('parseCoordinate', () => {
  it('reads degrees as people write them', () => {
    expect(parseCoordinate(34.5)).toBe(34.5);
    expect(parseCoordinate(' 34.5 ')).toBe(34.5);
    expect(parseCoordinate('-69.2')).toBe(-69.2);
    expect(parseCoordinate('+69')).toBe(69);
    expect(parseCoordinate('34,5')).toBe(34.5);
    expect(parseCoordinate('.5')).toBe(0.5);
    expect(parseCoordinate('34.')).toBe(34);
    expect(parseCoordinate('5e-324')).toBe(5e-324);
    expect(parseCoordinate('3.45E1')).toBe(34.5);
    expect(parseCoordinate('34.5°')).toBe(34.5);
    expect(parseCoordinate('34.5 S')).toBe(-34.5);
    expect(parseCoordinate('69.2W')).toBe(-69.2);
  });

  it('gives null for empty and "invalid" for the rest', () => {
    expect(parseCoordinate('')).toBeNull();
    expect(parseCoordinate(null)).toBeNull();
    expect(parseCoordinate('north')).toBe('invalid');
    expect(parseCoordinate('1,234.5')).toBe('invalid');
    expect(parseCoordinate(Infinity)).toBe('invalid');
    expect(parseCoordinate({})).toBe('invalid');
  });
});

describe('checkCoordinates', () => {
  it('keeps valid coordinates', () => {
    expect(checkCoordinates(34.5, 69.2)).toEqual({ lat: 34.5, lon: 69.2, swapped: false });
    expect(checkCoordinates(-90, 180)).toEqual({ lat: -90, lon: 180, swapped: false });
  });

  it('swaps them when only that makes them valid', () => {
    expect(checkCoordinates(120.5, 30)).toEqual({ lat: 30, lon: 120.5, swapped: true });
  });

  it('names the coordinate out of range', () => {
    expect(checkCoordinates(95, 95)).toEqual({ field: 'latitude', problem: '95 is outside -90 to 90' });
    expect(checkCoordinates(10, 200)).toEqual({ field: 'longitude', problem: '200 is outside -180 to 180' });
  });
});
