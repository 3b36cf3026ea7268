import { describe, expect, it } from 'vitest';
import { otherDataHost, readDataParam, readDataSource } from './data-source';

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

  it('gives a reason for every ?data= value it cannot use', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /^is empty/],
      ['   ', /^is empty/],
      ['javascript:alert(1)', /^'javascript:alert\(1\)' is a javascript: address; only http and https/],
      ['data:text/csv,a', /is a data: address/],
      ['file:///etc/passwd', /is a file: address/],
      ['https://', /^'https:\/\/' is not a web address/],
      ['https://data.example.org/e%zz.csv', /has a broken %-escape \("%zz"\)/],
      ['https://data.example.org/e.csv%', /has a broken %-escape \("%"\)/],
      ['https://data.example.org/caf\uFFFD.csv', /%-escapes that do not spell any text/],
      [`https://data.example.org/${'x'.repeat(2000)}`, /^is longer than the 2,000 characters/],
    ];
    for (const [value, reason] of cases) {
      const read = readDataParam(value);
      expect('reason' in read && read.reason, value).toMatch(reason);
    }
  });

  it('refuses what URLSearchParams makes of broken escapes in the address bar', () => {
    for (const query of ['data=%zz', 'data=https://x.org/%E0%A4%A.csv', 'data=%E0%A4']) {
      const value = new URLSearchParams(query).get('data')!;
      expect(readDataParam(value), query).toHaveProperty('reason');
      expect(readDataSource(`?${query}`).kind, query).toBe('bundled');
    }
  });

  it("names the data's host only when it is not the page's own", () => {
    const page = 'https://maps.example.org/?embed=1';
    expect(otherDataHost('?embed=1&data=https://data.example.org:8443/e.csv', page)).toBe(
      'data.example.org:8443',
    );
    expect(otherDataHost('?embed=1&data=./e.csv', page)).toBeNull();
    expect(otherDataHost('?embed=1', page)).toBeNull();
    expect(otherDataHost('?embed=1&data=javascript:x', page)).toBeNull();
  });
});
