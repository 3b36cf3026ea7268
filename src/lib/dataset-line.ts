import { i18n } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';

/** How a reader starts, whatever the data: `i18n._(HOW_TO_BEGIN)`. */
export const HOW_TO_BEGIN = msg`Pick an event on the map or in the list, or drag the timeline.`;

/** A year as a number in the language shown, never grouped: "2021". */
function yearText(year: number): string {
  return i18n.number(year, { useGrouping: false });
}

/** "1,234 events from 2001 to 2024, on a map and a timeline.": what data without a description holds. */
function countLine(count: number, years: [number, number] | null): string {
  if (!years) {
    return t({
      message: plural(count, {
        one: '# event, on a map and a timeline.',
        other: '# events, on a map and a timeline.',
      }),
    });
  }
  if (years[0] === years[1]) {
    const year = yearText(years[0]);
    return t({
      message: plural(count, {
        one: `# event in ${year}, on a map and a timeline.`,
        other: `# events in ${year}, on a map and a timeline.`,
      }),
    });
  }
  const from = yearText(years[0]);
  const to = yearText(years[1]);
  return t({
    message: plural(count, {
      one: `# event from ${from} to ${to}, on a map and a timeline.`,
      other: `# events from ${from} to ${to}, on a map and a timeline.`,
    }),
  });
}

/**
 * One line under the title: what the map shows (the first sentence of the
 * dataset's description, or, for data without one, how many events over
 * which years) and how to begin.
 */
export function datasetLine(
  description: string | undefined,
  count: number,
  years: [number, number] | null,
): { what: string; how: string } {
  const first = description?.trim().match(/^.*?[.!?](?=\s|$)/s)?.[0] ?? description?.trim();
  const what = first || countLine(count, years);
  return { what: what.replace(/\s+/g, ' '), how: i18n._(HOW_TO_BEGIN) };
}
