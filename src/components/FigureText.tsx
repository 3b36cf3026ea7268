import type { EventProperties } from '../lib/event-schema';

type Figure = NonNullable<NonNullable<EventProperties['casualties']>['killed']>;

/**
 * A figure in words. A figure that is a reading of the source rather than its
 * words says so: in full where there is room, as "(a reading)" in a list.
 */
export function FigureText({ figure, brief = false }: { figure: Figure; brief?: boolean }) {
  return (
    <>
      {figure.text}
      {figure.reading && (
        <span className="muted">
          {brief ? ' (a reading)' : ` (a reading, not a quote: ${figure.reading})`}
        </span>
      )}
    </>
  );
}
