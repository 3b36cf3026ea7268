import { Trans, useLingui } from '@lingui/react/macro';
import { useState, useSyncExternalStore } from 'react';
import type { LessonStep as Step } from '../../lib/lesson';
import { LessonText } from './LessonText';

/** Where the step's words start folded: a phone, or a small frame, keeps its height for the map. */
const SMALL = '(max-width: 600px), (max-height: 500px)';

/** Calls `changed` when the window becomes small or large (a frame fitted to the map grows after it opens). */
function followSmallWindow(changed: () => void): () => void {
  const query = window.matchMedia(SMALL);
  query.addEventListener('change', changed);
  return () => query.removeEventListener('change', changed);
}

const isSmallWindow = () => window.matchMedia(SMALL).matches;

/**
 * A step's heading, always in view, and its words (the introduction at the
 * first step, the text, the question) behind "Show the step's text": open on
 * a large screen, folded on a small one, where the map needs the room. Until
 * the reader folds or opens them, they follow the window: a course page's
 * frame is fitted to the map after it opens, and may be small until then.
 */
export function LessonStep({
  step,
  introduction,
  lang,
}: {
  step: Step;
  introduction: string | undefined;
  lang: string | undefined;
}) {
  const { t } = useLingui();
  const small = useSyncExternalStore(followSmallWindow, isSmallWindow);
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? !small;
  return (
    <div className="lesson-step">
      <div className="lesson-step-head">
        <h3 lang={lang} dir="auto">
          {step.heading}
        </h3>
        <button
          type="button"
          className="lesson-fold"
          aria-expanded={open}
          aria-controls="lesson-words"
          onClick={() => setChosen(!open)}
        >
          {open
            ? t({
                comment: 'Button: folds away the words of a lesson’s step',
                message: 'Hide the step’s text',
              })
            : t({ comment: 'Button: shows the words of a lesson’s step', message: 'Show the step’s text' })}
        </button>
      </div>
      <div id="lesson-words" className="lesson-words" hidden={!open}>
        {introduction && <LessonText text={introduction} lang={lang} />}
        <LessonText text={step.text} lang={lang} />
        {step.question && (
          <p className="lesson-question">
            <strong>
              <Trans comment="Before a question a lesson asks its students">Question:</Trans>
            </strong>{' '}
            <span lang={lang} dir="auto">
              {step.question}
            </span>
          </p>
        )}
      </div>
    </div>
  );
}
