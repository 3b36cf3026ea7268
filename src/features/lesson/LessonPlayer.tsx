import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { sameLanguage } from '../../lib/event-language';
import type { Lesson } from '../../lib/lesson';
import { LESSON_FRAGMENT } from '../../lib/lesson-fragment';
import { appStore, useAppStore } from '../../store/app-store';
import { viewOf } from '../../store/view';
import { AutoplayControl } from './AutoplayControl';
import { LessonHostQuestion } from './LessonHostQuestion';
import { LessonStep } from './LessonStep';
import { PrintWorksheetButton } from './PrintWorksheetButton';
import { Worksheet } from './Worksheet';
import { sameView, shownView, stepAddress, stepFromAddress } from './lesson-view';
import { setPlayingLesson } from '../../hooks/playing-lesson';
import { moveToStep } from './step-motion';
import { useAutoplay } from './use-autoplay';
import { useLesson } from './use-lesson';
import { useLessonMessages } from './use-lesson-messages';
import './lesson.css';

/**
 * Plays a lesson (`?lesson=example&step=3`): a bar above the map with the step's words, and the
 * map, timeline and list showing the step's view, moved there through the same store actions a
 * link's view takes. A lazy chunk, loaded only when the address names a lesson.
 */
export function LessonPlayer({
  name,
  embedded,
  onClose,
}: {
  name: string;
  /** In a frame, the bar has no room for "Lesson:" before the title: it is said, not shown. */
  embedded: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useLingui();
  const [step, setStep] = useState(1);
  const [announced, setAnnounced] = useState('');
  const bar = useRef<HTMLElement>(null);

  // Where the lesson comes from (the page, a link's file, the link's fragment): see load-lesson.ts.
  const { loaded, question: asking } = useLesson(name, (lesson) => {
    const n = stepFromAddress(window.location.search, lesson.steps.length);
    setStep(n);
    show(lesson, n, false);
  });

  const lesson = loaded && 'lesson' in loaded ? loaded.lesson : null;
  const count = lesson?.steps.length ?? 0;

  useEffect(
    function sayWhatPlays() {
      // The Lesson panel offers to edit the lesson played (playing-lesson.ts).
      setPlayingLesson(lesson);
      return () => setPlayingLesson(null);
    },
    [lesson],
  );

  useEffect(
    function followHistory() {
      // Back and Forward: the address's view is restored by the link sync; the step follows the address.
      const onPopState = () => {
        if (lesson) setStep(stepFromAddress(window.location.search, count));
      };
      window.addEventListener('popstate', onPopState);
      return () => window.removeEventListener('popstate', onPopState);
    },
    [lesson, count],
  );

  const current = lesson?.steps[step - 1];
  const extent = useAppStore((s) => s.dataset?.index.extent ?? null);
  // Not while the window eases to the step's: it is on its way there.
  const away = useAppStore((s) =>
    current && s.dataset && !s.windowMoving ? !sameView(viewOf(s), shownView(current.view, extent)) : false,
  );

  const go = useCallback(
    (n: number) => {
      if (!lesson || n < 1 || n > lesson.steps.length) return;
      setStep(n);
      moveToStep(() => show(lesson, n, n !== step));
      const heading = lesson.steps[n - 1]!.heading;
      const total = lesson.steps.length;
      setAnnounced(
        t({
          comment:
            'Said by a screen reader when a lesson moves to another step: {heading} is the step’s heading',
          message: plural(total, { other: `Step ${n} of #: ${heading}` }),
        }),
      );
    },
    [lesson, step, t],
  );
  const autoplay = useAutoplay(step, count, go, lesson !== null);
  useLessonMessages(step, count);

  const close = () => {
    const params = new URLSearchParams(window.location.search);
    params.delete('lesson');
    params.delete('step');
    const query = params.toString().replace(/%2C/gi, ',');
    const { hash } = window.location;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${hash.startsWith(LESSON_FRAGMENT) ? '' : hash}`,
    );
    onClose();
    document.querySelector<HTMLElement>('.map')?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    if (target.closest('select, input, textarea, a') || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const forward = ['PageDown', 'ArrowDown', rtl ? 'ArrowLeft' : 'ArrowRight'];
    const back = ['PageUp', 'ArrowUp', rtl ? 'ArrowRight' : 'ArrowLeft'];
    if (forward.includes(e.key)) go(step + 1);
    else if (back.includes(e.key)) go(step - 1);
    else return;
    e.preventDefault();
  };

  // The shipped lesson's words are in English: said so where the page is in another language. A
  // teacher's lesson says nothing of its language: its words take none.
  const lang = name !== 'example' || sameLanguage(i18n.locale, 'en') ? undefined : 'en';

  if (asking) return <LessonHostQuestion question={asking} onClose={close} />;
  if (!loaded) return <section className="lesson-bar" aria-busy="true" aria-label={t`Lesson`} />;
  if (!lesson) {
    const problem = 'problem' in loaded ? loaded.problem() : '';
    return (
      <section className="lesson-bar lesson-problem" aria-labelledby="lesson-title">
        <h2 id="lesson-title">
          <Trans>The lesson could not be opened</Trans>
        </h2>
        <p>{problem}</p>
        <button type="button" className="button" onClick={close}>
          <Trans>Close lesson</Trans>
        </button>
      </section>
    );
  }

  const total = count;
  return (
    // A Tab stop, so its keys (Page Up, Page Down, the arrows) work with focus on it, and its text,
    // which may scroll, can be scrolled by keyboard (axe's scrollable-region-focusable); the keys work
    // from its buttons too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={bar}
      className="lesson-bar"
      aria-labelledby="lesson-title"
      aria-describedby="lesson-keys"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="lesson-top">
        <h2 id="lesson-title" className="lesson-title">
          <span className={embedded ? 'visually-hidden' : 'lesson-kind'}>
            <Trans comment="Before a lesson's title, in the lesson's bar">Lesson:</Trans>
          </span>{' '}
          <span lang={lang} dir="auto">
            {lesson.title}
          </span>
        </h2>
        <p className="lesson-count">
          {t({
            comment:
              'Where the reader is in a lesson: {step} is the number of the step shown, # how many steps there are',
            message: plural(total, { other: `Step ${step} of #` }),
          })}
        </p>
        <div className="lesson-controls">
          <label className="lesson-jump">
            <span>
              <Trans comment="Label of the list of a lesson's steps, to go to one">Go to step</Trans>
            </span>
            <select value={step} onChange={(e) => go(Number(e.target.value))}>
              {lesson.steps.map((s, i) => {
                const number = i18n.number(i + 1);
                // Isolated, so a heading in another direction keeps its number beside it.
                const title = `\u2068${s.heading}\u2069`;
                return (
                  <option key={i} value={i + 1}>
                    {t({
                      comment: 'A step in the list of a lesson’s steps: its number and its heading',
                      message: `${number}. ${title}`,
                    })}
                  </option>
                );
              })}
            </select>
          </label>
          <div className="lesson-buttons">
            <button type="button" className="button" onClick={() => go(step - 1)} disabled={step <= 1}>
              <Trans comment="Button: to the lesson's step before this one">Previous</Trans>
            </button>
            <button type="button" className="button" onClick={() => go(step + 1)} disabled={step >= total}>
              <Trans comment="Button: to the lesson's next step">Next</Trans>
            </button>
            {away && (
              <button
                type="button"
                className="button lesson-back"
                onClick={() => {
                  moveToStep(() => show(lesson, step, false));
                  // The button goes with the change: focus stays in the bar.
                  bar.current?.focus();
                }}
              >
                {t({
                  comment:
                    'Button: shows the view of the lesson’s step again after the reader has moved away from it',
                  message: `Back to step ${step}`,
                })}
              </button>
            )}
            <PrintWorksheetButton />
            <button type="button" className="button" onClick={close}>
              <Trans>Close lesson</Trans>
            </button>
          </div>
          <AutoplayControl {...autoplay} />
        </div>
      </div>
      <LessonStep step={current!} introduction={step === 1 ? lesson.introduction : undefined} lang={lang} />
      <p id="lesson-keys" className="visually-hidden">
        <Trans>Page Up and Page Down, or the arrow keys, move between the steps.</Trans>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
      <Worksheet lesson={lesson} lang={lang} />
    </section>
  );
}

/**
 * Shows a step: its number and view in the address (a new history entry when the reader moved, so
 * Back returns), then the view on screen the way Back and Forward show one: the link sync
 * (share/url-sync.ts) hears `popstate` and restores the address's view through the store, in one
 * go, writing no history on the way. Before the events are in, the address alone carries it: the
 * link sync shows the address's view when they arrive.
 */
function show(lesson: Lesson, n: number, push: boolean) {
  const step = lesson.steps[n - 1];
  if (!step) return;
  const view = shownView(step.view, appStore.getState().dataset?.index.extent ?? null);
  const query = stepAddress(window.location.search, n, view);
  const url = `${window.location.pathname}?${query}${window.location.hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state as unknown }));
}
