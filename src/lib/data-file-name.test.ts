import { describe, expect, it } from 'vitest';
import { dataFileName } from './data-file-name';

describe('dataFileName', () => {
  it('names the file by the last part of its path, decoded where it can be', () => {
    expect(dataFileName('https://data.example.org/2024/attaques%20%C3%A0%20Bamako.csv')).toBe(
      'attaques à Bamako.csv',
    );
    // An escape that is not UTF-8 stays as it is; the rest is decoded; nothing throws.
    expect(dataFileName('https://data.example.org/caf%E9%20bar%20%C3%A9.csv')).toBe('caf%E9 bar é.csv');
    expect(dataFileName('https://data.example.org/a%0Ab%00.csv')).toBe('ab.csv');
    expect(dataFileName('https://data.example.org/')).toBe('data.example.org');
    expect(dataFileName('https://data.example.org/events/')).toBe('events');
  });
});
