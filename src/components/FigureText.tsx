import { useLingui } from '@lingui/react/macro';
import type { EventProperties } from '../lib/event-schema';

type Figure = NonNullable<NonNullable<EventProperties['casualties']>['killed']>;

/**
 * A figure in words. A figure that is a reading of the source rather than its
 * words says so: in full where there is room, as "(a reading)" in a list.
 */
export function FigureText({
  figure,
  brief = false,
  lang,
}: {
  figure: Figure;
  brief?: boolean;
  /** The language of the data's words, where the caller knows it. */
  lang?: string;
}) {
  const { t } = useLingui();
  const reading = figure.reading;
  return (
    <>
      {/* The data's words ("145 people"): their own direction inside a right-to-left page. */}
      <bdi lang={lang}>{figure.text}</bdi>
      {figure.reading && (
        <span className="muted">
          {' '}
          {brief
            ? t({
                comment: 'After a figure the data gives as its reading of the source, not as a quote',
                message: '(a reading)',
              })
            : t`(a reading, not a quote: ${reading})`}
        </span>
      )}
    </>
  );
}
