import { describe, expect, it } from 'vitest';
import { citeApa, citeMla } from './cite';

const input = {
  title: 'IS-K, the Taliban and militant violence, 2003-2025',
  version: '1.0.0',
  updated: '2026-11-23',
  url: 'https://maps.example.org/?cat=attack',
  accessed: new Date(Date.UTC(2026, 10, 30)),
  shown: 5,
  total: 19,
};

describe('citations of a view', () => {
  it('APA names the author, year, title, version, the view and where and when it was retrieved', () => {
    expect(citeApa(input)).toBe(
      'wherewhen contributors. (2026). IS-K, the Taliban and militant violence, 2003-2025 (Version 1.0.0) [Data set; map view of 5 of 19 events]. wherewhen. Retrieved November 30, 2026, from https://maps.example.org/?cat=attack',
    );
  });

  it('MLA quotes the title and ends with the access date', () => {
    expect(citeMla(input)).toBe(
      'wherewhen contributors. "IS-K, the Taliban and militant violence, 2003-2025." wherewhen, version 1.0.0, 23 Nov. 2026, map view of 5 of 19 events, https://maps.example.org/?cat=attack. Accessed 30 Nov. 2026.',
    );
  });

  it('leaves out what a dataset does not say', () => {
    const bare = { ...input, version: null, updated: null };
    expect(citeApa(bare)).toContain('(2026). IS-K, the Taliban and militant violence, 2003-2025 [Data set;');
    expect(citeMla(bare)).toContain('." wherewhen, map view of 5 of 19 events');
  });
});
