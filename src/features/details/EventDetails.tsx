import { Trans, useLingui } from '@lingui/react/macro';
import { Fragment, useEffect, useRef } from 'react';
import './details.css';
import { CATEGORY_LABELS, LOCATION_PRECISION_LABELS, ROLE_LABELS } from '../../lib/categories';
import { CLAIM_STATUS_LABELS, claimSentence } from '../../lib/claims';
import type { Claim } from '../../lib/event-schema';
import type { ClaimSubject } from '../../lib/vocabulary';
import { describePrecision, formatEventDate, formatPoint } from '../../lib/dates';
import { languageName } from '../../lib/i18n/intl';
import { originalLanguage, sameLanguage, shownIn, type ShownText } from '../../lib/event-language';
import { categoryColor } from '../../lib/marker-scales';
import { useAppStore } from '../../store/app-store';
import { selectSelectedEvent } from '../../store/selectors';
import { FigureText } from '../../components/FigureText';
import { closeDetails } from './close-details';
import { OtherFields } from './OtherFields';

/** Only web addresses become links, whatever a dataset holds. */
const SAFE_LINK = /^https?:\/\//i;

/** Where the event's date range stands against the time window, when it is not simply inside. */
function WindowNote({ start, end, from, to }: { start: number; end: number; from: number; to: number }) {
  const { t } = useLingui();
  if (start >= from && end <= to) return null;
  const text =
    end < from || start > to
      ? t`Outside the current time window.`
      : t`May fall in this period: only part of its date range is inside the time window.`;
  return <span className="possible-badge window-note">{text}</span>;
}

/** The labels of the claims about one part of the event ("Unverified"), beside that part in the facts. */
function ClaimFlags({
  claims,
  about,
  actor,
}: {
  claims: readonly Claim[];
  about: ClaimSubject;
  actor?: string;
}) {
  const { i18n } = useLingui();
  const these = claims.filter((c) => c.about === about && (actor === undefined || c.actor === actor));
  return these.map((c, i) => (
    <Fragment key={i}>
      {' '}
      <span className="claim-label">{i18n._(CLAIM_STATUS_LABELS[c.status])}</span>
    </Fragment>
  ));
}

/** Each flagged claim: its status, who makes it, who disputes it, about what, what the sources say and which. */
function Claims({ claims, lang }: { claims: readonly Claim[]; lang: string }) {
  const { i18n } = useLingui();
  if (claims.length === 0) return null;
  return (
    <div className="claims">
      <h3>
        <Trans>Disputed or unverified claims</Trans>
      </h3>
      <ul>
        {claims.map((c, i) => {
          const source = c.source;
          return (
            <li key={i}>
              <span className="claim-label">{i18n._(CLAIM_STATUS_LABELS[c.status])}</span> {claimSentence(c)}.
              <span className="note" dir="auto" lang={lang}>
                {c.note}
              </span>
              <span className="note">
                <Trans comment="Under a disputed or unverified claim: the source that makes or reports it">
                  Source: <bdi>{source}</bdi>
                </Trans>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Which words are the data's translation and which its own: a reader can tell a translation from what
 * the sources said, and knows when the event is not in their language at all.
 */
function LanguageNote({ shown, original }: { shown: readonly ShownText[]; original: string }) {
  const { t, i18n } = useLingui();
  const from = languageName(original);
  if (shown.some((s) => s.translated))
    return (
      <p className="language-note">
        {t({
          comment: '{from} is the name of a language, in the language shown ("English")',
          message: `Title and summary translated from ${from} by the map's makers; the sources are quoted as they were written.`,
        })}
      </p>
    );
  if (sameLanguage(original, i18n.locale)) return null;
  return (
    <p className="language-note">
      {t({
        comment: '{from} is the name of a language, in the language shown ("English")',
        message: `Not translated: shown in ${from}, as the data gives it.`,
      })}
    </p>
  );
}

/** Everything the data holds about the selected event, as text. */
export function EventDetails() {
  const { i18n } = useLingui();
  const event = useAppStore(selectSelectedEvent);
  const origin = useAppStore((s) => s.selectionOrigin);
  const timeWindow = useAppStore((s) => s.timeWindow);
  const ref = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(
    function startAtTheTop() {
      // Each event is read from its title down, in a panel that took the place of the list.
      if (ref.current) ref.current.scrollTop = 0;
    },
    [event],
  );

  useEffect(
    function focusWhenChosenFromTheList() {
      // The details open above the list: a reader who chose an event there, or in a cluster's list on
      // the map, is taken to them (and hears its title), and Tab goes on into its sources. Escape or
      // Close takes them to the event in the list.
      if (event && (origin === 'list' || origin === 'cluster-list')) headingRef.current?.focus();
    },
    [event, origin],
  );

  if (!event) return null;
  const p = event.props;
  // The event's own words, or the data's translation of them into the reader's language.
  const original = originalLanguage(p);
  const title = shownIn(p, 'title', i18n.locale);
  const summary = shownIn(p, 'summary', i18n.locale);
  const claims = p.claims ?? [];
  const sourceCount = i18n.number(p.sources.length);
  const gazetteer = p.place.gazetteer;

  return (
    // Opened by a link, on a phone, they leave the map in view above them (see details.css).
    <section
      className={origin === 'link' ? 'details is-from-link' : 'details'}
      aria-labelledby="details-title"
      ref={ref}
    >
      <div className="details-bar">
        <button type="button" className="button details-back" onClick={closeDetails}>
          <span aria-hidden="true">‹ </span>
          <Trans>Back to events</Trans>
        </button>
        {p.sources.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => {
              const heading = document.getElementById('details-sources');
              heading?.scrollIntoView({ block: 'start' });
              heading?.focus({ preventScroll: true });
            }}
          >
            <Trans comment="Button that moves down to the event's sources; the number of sources in brackets">
              Sources ({sourceCount})
            </Trans>
          </button>
        )}
      </div>
      <p className="details-category">
        <span className="swatch" style={{ background: categoryColor(p.category) }} aria-hidden="true" />
        {i18n._(CATEGORY_LABELS[p.category])}
      </p>
      <h2 id="details-title" tabIndex={-1} ref={headingRef} dir="auto" lang={title.lang}>
        {title.text}
      </h2>
      <LanguageNote shown={[title, summary]} original={original} />
      <dl className="facts">
        <dt>
          <Trans comment="Label of the event's date in its details">When</Trans>
        </dt>
        <dd>
          {formatEventDate(p.date)} <span className="muted">({describePrecision(p.date)})</span>
          <ClaimFlags claims={claims} about="date" />
          {p.dateNote && (
            <span className="note" dir="auto" lang={original}>
              {p.dateNote}
            </span>
          )}
          {timeWindow && (
            <WindowNote start={event.start} end={event.end} from={timeWindow.start} to={timeWindow.end} />
          )}
        </dd>
        <dt>
          <Trans comment="Label of the event's place in its details">Where</Trans>
        </dt>
        <dd>
          {/* A file may give a point and no place name: then the point is the place. */}
          {p.place.name.trim() ? (
            <span lang={original} dir="auto">
              {p.place.name.trim()}
            </span>
          ) : (
            `${event.lat.toFixed(3)}, ${event.lon.toFixed(3)}`
          )}{' '}
          <span className="muted">({i18n._(LOCATION_PRECISION_LABELS[p.place.precision])})</span>
          <ClaimFlags claims={claims} about="place" />
          {gazetteer && (
            <span className="note">
              <Trans>
                Located by place name: <bdi>{gazetteer}</bdi> (gazetteer match)
              </Trans>
            </span>
          )}
          {p.place.note && (
            <span className="note" dir="auto" lang={original}>
              {p.place.note}
            </span>
          )}
        </dd>
        {p.casualties?.killed && (
          <>
            <dt>
              <Trans comment="Label of the number of people killed in the event">Killed</Trans>
            </dt>
            <dd>
              <FigureText figure={p.casualties.killed} lang={original} />
              <ClaimFlags claims={claims} about="killed" />
            </dd>
          </>
        )}
        {p.casualties?.wounded && (
          <>
            <dt>
              <Trans comment="Label of the number of people wounded in the event">Wounded</Trans>
            </dt>
            <dd>
              <FigureText figure={p.casualties.wounded} lang={original} />
              <ClaimFlags claims={claims} about="wounded" />
            </dd>
          </>
        )}
        {p.casualties?.note && (
          <>
            <dt>
              <Trans comment="Label of a note on the numbers of people killed and wounded">
                About the figures
              </Trans>
            </dt>
            <dd dir="auto" lang={original}>
              {p.casualties.note}
            </dd>
          </>
        )}
        {p.actors.map((actor) => {
          const by = actor.by;
          return (
            <Fragment key={`${actor.role}-${actor.name}`}>
              <dt>{i18n._(ROLE_LABELS[actor.role])}</dt>
              <dd>
                <bdi lang={original}>{actor.name}</bdi>
                {by && (
                  <span className="muted">
                    {' '}
                    <Trans comment="After an actor's name: who names them as the actor">
                      (according to <bdi>{by}</bdi>)
                    </Trans>
                  </span>
                )}
                <ClaimFlags claims={claims} about="actor" actor={actor.name} />
              </dd>
            </Fragment>
          );
        })}
      </dl>
      <Claims claims={claims} lang={original} />
      <p className="summary" dir="auto" lang={summary.lang}>
        {summary.text}
      </p>
      {p.notInSources && p.notInSources.length > 0 && (
        <div className="not-in-sources">
          <h3>
            <Trans>Not in the cited sources</Trans>
          </h3>
          <ul lang={original} dir="auto">
            {p.notInSources.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      )}
      <h3 id="details-sources" tabIndex={-1}>
        <Trans>Sources</Trans>
      </h3>
      <ul className="sources">
        {p.sources.map((s) => (
          <li key={`${s.outlet}-${s.headline}`}>
            {s.quote && (
              <blockquote dir="auto" lang={original}>
                {s.quote}
              </blockquote>
            )}
            <p className="source-cite">
              {/* The outlet and the headline are the sources' words: each in its own direction. */}
              <bdi lang={original}>{s.outlet}</bdi>
              {s.published && `${s.outlet ? ', ' : ''}${formatPoint(s.published)}`}:{' '}
              {s.url && SAFE_LINK.test(s.url) ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  <bdi lang={original}>{s.headline || s.url}</bdi>
                </a>
              ) : (
                <cite>
                  <bdi lang={original}>{s.headline}</bdi>
                </cite>
              )}
            </p>
          </li>
        ))}
      </ul>
      <OtherFields fields={p.otherFields} />
    </section>
  );
}
