import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { activateEnglish } from './i18n/activate';
import { abbreviateCount, describeCluster } from './cluster-names';
import { CATEGORIES, type Category } from './vocabulary';

describe('describeCluster', () => {
  const counts = (byCategory: Partial<Record<Category, number>>) => CATEGORIES.map((c) => byCategory[c] ?? 0);

  it('names the count and each category, most numerous first, in the plural where it is', () => {
    const categories = counts({ report: 2, attack: 7, 'arrest-operation': 3 });
    expect(describeCluster({ count: 12, categories })).toBe(
      '12 events: 7 attacks, 3 arrests or operations, 2 reports',
    );
  });

  it('uses the singular for one', () => {
    expect(describeCluster({ count: 2, categories: counts({ attack: 1, 'legal-act': 1 }) })).toBe(
      '2 events: 1 attack, 1 legal or court act',
    );
  });

  it('breaks ties in the legend order', () => {
    const categories = counts({ aggregate: 2, agreement: 2, 'political-act': 2 });
    expect(describeCluster({ count: 6, categories })).toBe(
      '6 events: 2 political or diplomatic acts, 2 agreements, 2 aggregate figures',
    );
  });

  it('writes large numbers with separators', () => {
    expect(describeCluster({ count: 1234, categories: counts({ attack: 1234 }) })).toBe(
      '1,234 events: 1,234 attacks',
    );
  });
});

describe('abbreviateCount', () => {
  it.each([
    [7, '7'],
    [999, '999'],
    [1000, '1k'],
    [1234, '1.2k'],
    [9960, '10k'],
    [12_345, '12k'],
    [300_000, '300k'],
    [999_600, '1M'],
    [1_234_567, '1.2M'],
  ])('%i is written %s', (n, text) => {
    expect(abbreviateCount(n)).toBe(text);
  });

  it('writes the digits of the language shown, as the cluster buttons’ names say them', () => {
    // Said in English before and after: what is kept for one language is not said in another.
    const twelve = { count: 12, categories: [12] };
    expect(describeCluster(twelve)).toBe('12 events: 12 attacks');
    i18n.loadAndActivate({ locale: 'fa', locales: ['fa-AF-u-ca-gregory'], messages: {} });
    try {
      expect(abbreviateCount(7)).toBe('۷');
      expect(abbreviateCount(999)).toBe('۹۹۹');
      expect(describeCluster(twelve)).toMatch(/^۱۲ .*۱۲/);
    } finally {
      activateEnglish();
    }
    expect(describeCluster(twelve)).toBe('12 events: 12 attacks');
  });
});
