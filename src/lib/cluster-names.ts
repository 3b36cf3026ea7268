import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { Cluster } from './cluster-types';
import { CATEGORIES, type Category } from './vocabulary';

/**
 * What a cluster is called, in words and on its marker: only where clusters are drawn (a lazy
 * chunk with them), not in the page's first script.
 */

/**
 * The counts said before, in the words they were said in: while the timeline is dragged, the
 * clusters' names are made afresh frame after frame, and mostly of the same counts. Forgotten when
 * the language or its words change.
 */
const said = { messages: {} as object, words: new Map<string, string>() };

function remembered(key: string, say: () => string): string {
  if (said.messages !== i18n.messages || said.words.size > 10_000) {
    said.messages = i18n.messages;
    said.words.clear();
  }
  let words = said.words.get(key);
  if (words === undefined) said.words.set(key, (words = say()));
  return words;
}

/** "7 attacks": a number of events of one category, for sentences. */
function counted(category: Category, count: number): string {
  switch (category) {
    case 'attack':
      return t({ message: plural(count, { one: '# attack', other: '# attacks' }) });
    case 'arrest-operation':
      return t({
        message: plural(count, { one: '# arrest or operation', other: '# arrests or operations' }),
      });
    case 'legal-act':
      return t({ message: plural(count, { one: '# legal or court act', other: '# legal or court acts' }) });
    case 'political-act':
      return t({
        message: plural(count, {
          one: '# political or diplomatic act',
          other: '# political or diplomatic acts',
        }),
      });
    case 'agreement':
      return t({ message: plural(count, { one: '# agreement', other: '# agreements' }) });
    case 'report':
      return t({
        comment: 'Events of the category "Report" (published reports)',
        message: plural(count, { one: '# report', other: '# reports' }),
      });
    case 'aggregate':
      return t({ message: plural(count, { one: '# aggregate figure', other: '# aggregate figures' }) });
    case 'other':
      return t({
        comment: 'Events of the category "Other"',
        message: plural(count, { one: '# other event', other: '# other events' }),
      });
  }
}

/** "7 attacks, 3 reports": the counts of each category, joined as the language shown joins such a list. */
function listed(parts: readonly string[]): string {
  return parts.reduce((all, next) =>
    t({
      comment: 'Counts of events of each category, joined in a list: "7 attacks, 3 reports"',
      message: `${all}, ${next}`,
    }),
  );
}

/**
 * "12 events: 7 attacks, 3 arrests or operations, 2 reports": the most
 * numerous category first, ties in legend order.
 */
export function describeCluster(cluster: Pick<Cluster, 'count' | 'categories'>): string {
  const parts = CATEGORIES.map((c, k) => ({ c, k, n: cluster.categories[k] ?? 0 }))
    .filter((part) => part.n > 0)
    .sort((a, b) => b.n - a.n || a.k - b.k)
    .map((part) => remembered(`${part.k} ${part.n}`, () => counted(part.c, part.n)));
  const count = cluster.count;
  const total = remembered(`all ${count}`, () =>
    t({ message: plural(count, { one: '# event', other: '# events' }) }),
  );
  if (parts.length === 0) return total;
  const categories = listed(parts);
  return t({
    comment: 'A group of events on the map: "12 events: 7 attacks, 3 reports"',
    message: `${total}: ${categories}`,
  });
}

/** A count short enough for a marker, in the language shown: 999, 1.2k, 12k, 1.2M. */
export function abbreviateCount(n: number): string {
  if (n < 1000) return i18n.number(n);
  const units = [
    [1e6, 'M'],
    [1e3, 'k'],
  ] as const;
  for (const [size, suffix] of units) {
    if (n < size) continue;
    const value = n / size;
    const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
    // 999,600 rounds to 1000k: say 1M instead.
    if (suffix === 'k' && rounded >= 1000) return millions(1);
    return suffix === 'k' ? thousands(rounded) : millions(rounded);
  }
  return i18n.number(n);
}

/** "1.2k" on a marker. */
function thousands(value: number): string {
  const count = i18n.number(value, { maximumFractionDigits: 1 });
  return t({
    comment: 'A number of thousands, as short as a map marker needs: "1.2k" for 1,234',
    message: `${count}k`,
  });
}

/** "1.2M" on a marker. */
function millions(value: number): string {
  const count = i18n.number(value, { maximumFractionDigits: 1 });
  return t({
    comment: 'A number of millions, as short as a map marker needs: "1.2M" for 1,234,567',
    message: `${count}M`,
  });
}
