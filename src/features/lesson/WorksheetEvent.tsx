import { Trans, useLingui } from '@lingui/react/macro';
import { CATEGORY_LABELS } from '../../lib/categories';
import type { MapEvent } from '../../lib/dataset';
import { formatEventDate, formatPoint } from '../../lib/dates';
import { originalLanguage, shownIn } from '../../lib/event-language';

/** Only web addresses are printed as links, whatever a dataset holds. */
const SAFE_LINK = /^https?:\/\//i;

/** One event on a worksheet: its number on the small map, title, category, date, place, and sources with their addresses. */
export function WorksheetEvent({
  event,
  number,
  current,
}: {
  event: MapEvent;
  number: string;
  /** The event the step's view selects: what the step is about. */
  current: boolean;
}) {
  const { t, i18n } = useLingui();
  const p = event.props;
  const title = shownIn(p, 'title', i18n.locale);
  const original = originalLanguage(p);
  const place = p.place.name.trim();
  return (
    <li className="worksheet-event">
      <span className="worksheet-number">{number}</span>
      <div>
        <p className="worksheet-event-title">
          <bdi lang={title.lang}>{title.text}</bdi>
          {current && (
            <span className="worksheet-current">
              {' '}
              <Trans comment="After the title of an event on a printed lesson: the event its step is about">
                (this step’s event)
              </Trans>
            </span>
          )}
        </p>
        <p className="worksheet-event-meta">
          {i18n._(CATEGORY_LABELS[p.category])} · {formatEventDate(p.date)}
          {place && (
            <>
              {' · '}
              <bdi className="worksheet-place" lang={original}>
                {place}
              </bdi>
            </>
          )}
        </p>
        {/*
         * Each part of a source its own isolate, so that right to left a line reads outlet, date,
         * headline, then the address under them, whatever the direction of each: the outlet's and
         * the headline's words in their language, the date in the page's, the address left to right.
         */}
        <ul className="worksheet-sources" aria-label={t`Sources`}>
          {p.sources.map((s, i) => (
            <li key={i}>
              <bdi className="worksheet-outlet" lang={original}>
                {s.outlet}
              </bdi>
              {s.published && (
                <>
                  {s.outlet ? ', ' : ''}
                  <bdi className="worksheet-date">{formatPoint(s.published)}</bdi>
                </>
              )}
              {s.headline && (
                <>
                  {': '}
                  <cite>
                    <bdi className="worksheet-headline" lang={original}>
                      {s.headline}
                    </bdi>
                  </cite>
                </>
              )}
              {s.url && SAFE_LINK.test(s.url) && (
                <>
                  {' '}
                  <a className="worksheet-url" href={s.url} target="_blank" rel="noopener noreferrer">
                    <bdi dir="ltr">{s.url}</bdi>
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
