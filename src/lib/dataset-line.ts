/** How a reader starts, whatever the data. */
export const HOW_TO_BEGIN = 'Pick an event on the map or in the list, or drag the timeline.';

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
  const span = years ? (years[0] === years[1] ? ` in ${years[0]}` : ` from ${years[0]} to ${years[1]}`) : '';
  const what =
    first ||
    `${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}${span}, on a map and a timeline.`;
  return { what: what.replace(/\s+/g, ' '), how: HOW_TO_BEGIN };
}
