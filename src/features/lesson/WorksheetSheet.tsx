import type { FeatureCollection } from 'geojson';
import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { memo, useMemo } from 'react';
import { CATEGORY_LABELS } from '../../lib/categories';
import type { MapEvent } from '../../lib/dataset';
import { formatDay } from '../../lib/dates';
import { countryName, ROLE_OPTION_LABELS } from '../../lib/filter-labels';
import { listIn } from '../../lib/i18n/intl';
import type { Lesson } from '../../lib/lesson';
import type { ViewState } from '../../lib/url-state';
import { LessonText } from './LessonText';
import { WorksheetEvent } from './WorksheetEvent';
import { WorksheetMap } from './WorksheetMap';

/** A step as the worksheet prints it: its view, the days it shows and its events (lib/view-events.ts). */
export interface WorksheetStep {
  readonly view: ViewState;
  readonly window: { readonly start: number; readonly end: number } | null;
  readonly events: readonly MapEvent[];
}

/** The most events printed for one step: a worksheet is not the list (Cite downloads them all). */
export const MOST_EVENTS = 12;

/** Lines to write an answer on. */
const ANSWER_LINES = 3;

/**
 * A lesson as a worksheet for paper: its title and introduction, then each step's heading, words,
 * what it shows (the days, the filters), its events with their sources, a small map, and its
 * question with lines to answer on. Everything from the lesson or the data is text.
 */
export const WorksheetSheet = memo(function WorksheetSheet({
  lesson,
  steps,
  land,
  lang,
}: {
  lesson: Lesson;
  /** Per step of the lesson, once the events and the filter engine are in; null before. */
  steps: readonly WorksheetStep[] | null;
  land: FeatureCollection | null;
  /** The lesson's language where the page is in another. */
  lang: string | undefined;
}) {
  const { t, i18n } = useLingui();
  const total = lesson.steps.length;
  // The same events for each step's map from render to render, so its drawing is kept (WorksheetMap).
  const printed = useMemo(() => steps?.map((step) => step.events.slice(0, MOST_EVENTS)), [steps]);
  return (
    <article className="worksheet" aria-labelledby="worksheet-title">
      <header className="worksheet-head">
        <p className="worksheet-kind">
          <Trans comment="Above the title of a printed lesson">Lesson worksheet</Trans>
        </p>
        <h1 id="worksheet-title" lang={lang} dir="auto">
          {lesson.title}
        </h1>
        <p className="worksheet-name">
          <span>
            <Trans comment="On a printed worksheet: where a student writes their name">Name:</Trans>
          </span>
          <span>
            <Trans comment="On a printed worksheet: where a student writes the date">Date:</Trans>
          </span>
        </p>
        {lesson.introduction && <LessonText text={lesson.introduction} lang={lang} />}
      </header>
      {lesson.steps.map((words, i) => {
        const shown = steps?.[i];
        const events = printed?.[i] ?? [];
        const step = i + 1;
        const id = `worksheet-step-${step}`;
        return (
          <section key={i} className="worksheet-step" aria-labelledby={id}>
            <p className="worksheet-count">
              {t({
                comment:
                  'On a printed lesson, above a step: {step} is the number of the step, # how many steps there are',
                message: plural(total, { other: `Step ${step} of #` }),
              })}
            </p>
            <h2 id={id} lang={lang} dir="auto">
              {words.heading}
            </h2>
            <LessonText text={words.text} lang={lang} />
            {shown && <Shows step={shown} />}
            {shown && (
              <div className="worksheet-body">
                <ol className="worksheet-events" aria-label={t`Events in this step`}>
                  {events.map((event, j) => (
                    <WorksheetEvent
                      key={event.id}
                      event={event}
                      number={i18n.number(j + 1)}
                      current={event.id === shown.view.selected}
                    />
                  ))}
                </ol>
                <WorksheetMap view={shown.view.map} events={events} land={land} />
              </div>
            )}
            {shown && shown.events.length > MOST_EVENTS && (
              <p className="worksheet-more">
                {t({
                  comment: 'Under the events printed for a lesson step, when there are more',
                  message: plural(shown.events.length - MOST_EVENTS, {
                    one: '# more event is on the map: Cite downloads them all.',
                    other: '# more events are on the map: Cite downloads them all.',
                  }),
                })}
              </p>
            )}
            {words.question && (
              <div className="worksheet-question">
                <p>
                  <strong>
                    <Trans comment="Before a question a lesson asks its students">Question:</Trans>
                  </strong>{' '}
                  <span lang={lang} dir="auto">
                    {words.question}
                  </span>
                </p>
                <div className="worksheet-lines" aria-hidden="true">
                  {Array.from({ length: ANSWER_LINES }, (_, k) => (
                    <div key={k} />
                  ))}
                </div>
              </div>
            )}
          </section>
        );
      })}
    </article>
  );
});

/** What a step shows, in words: its days and, where set, its filters and search. */
function Shows({ step }: { step: WorksheetStep }) {
  const { t, i18n } = useLingui();
  const { view, window: w } = step;
  const parts: string[] = [];
  if (w) {
    const from = formatDay(w.start);
    const to = formatDay(w.end);
    parts.push(t({ comment: 'The days a lesson step shows, on paper', message: `${from} to ${to}` }));
  }
  if (view.categories.length > 0)
    parts.push(
      listIn(
        view.categories.map((c) => i18n._(CATEGORY_LABELS[c])),
        'disjunction',
      ),
    );
  if (view.actors.length > 0 || view.role !== 'any') {
    const names = listIn(view.actors, 'disjunction');
    const role = i18n._(ROLE_OPTION_LABELS[view.role]);
    parts.push(
      view.actors.length > 0
        ? t({
            comment: 'A lesson step’s actor filter, on paper: {names} the actors, {role} their role',
            message: `actors: ${names} (${role})`,
          })
        : t({ comment: 'A lesson step’s role filter, on paper', message: `actors: ${role}` }),
    );
  }
  if (view.countries.length > 0) parts.push(listIn(view.countries.map(countryName), 'disjunction'));
  if (view.search.trim() !== '') {
    const search = view.search.trim();
    parts.push(
      t({
        comment: 'A lesson step’s search, on paper: {search} is what it searches for',
        message: `search “${search}”`,
      }),
    );
  }
  const shown = parts.join('; ');
  const count = step.events.length;
  return (
    <p className="worksheet-shows">
      {t({
        comment:
          'On paper, what a lesson step shows: # is how many events, {shown} the days and filters, separated by semicolons',
        message: plural(count, { one: `Shows # event: ${shown}.`, other: `Shows # events: ${shown}.` }),
      })}
    </p>
  );
}
