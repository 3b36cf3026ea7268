import { describe, expect, it } from 'vitest';
import { readDataSource } from './data-source';

describe('readDataSource', () => {
  it('uses the bundled data by default', () => {
    expect(readDataSource('')).toEqual({ kind: 'bundled' });
    expect(readDataSource('?other=1')).toEqual({ kind: 'bundled' });
  });

  it('reads a synthetic count and seed', () => {
    expect(readDataSource('?synthetic=100000&seed=42')).toEqual({
      kind: 'synthetic',
      count: 100000,
      seed: 42,
    });
  });

  it('defaults the seed to 1 when it is missing or malformed', () => {
    expect(readDataSource('?synthetic=10')).toEqual({ kind: 'synthetic', count: 10, seed: 1 });
    expect(readDataSource('?synthetic=10&seed=-3')).toEqual({ kind: 'synthetic', count: 10, seed: 1 });
    expect(readDataSource('?synthetic=10&seed=99999999999')).toEqual({
      kind: 'synthetic',
      count: 10,
      seed: 1,
    });
  });

  it('falls back to the bundled data for garbage or sizes out of range', () => {
    for (const bad of ['abc', '-5', '0', '1e5', '2000000', '10.5', '', '%00', '<script>']) {
      expect(readDataSource(`?synthetic=${encodeURIComponent(bad)}`)).toEqual({ kind: 'bundled' });
    }
  });

  it('reads ?data= as an http(s) address, relative to the page, and ignores anything else', () => {
    const base = 'https://maps.example.org/lesson/';
    expect(readDataSource('?data=https://data.example.org/e.csv', base)).toEqual({
      kind: 'url',
      url: 'https://data.example.org/e.csv',
    });
    expect(readDataSource('?data=./sample.csv', base)).toEqual({
      kind: 'url',
      url: 'https://maps.example.org/lesson/sample.csv',
    });
    for (const bad of [
      'javascript:alert(1)',
      'data:text/csv,a',
      'file:///etc/passwd',
      '   ',
      'x'.repeat(3000),
    ]) {
      expect(readDataSource(`?data=${encodeURIComponent(bad)}`, base).kind).not.toBe('url');
    }
  });
});
