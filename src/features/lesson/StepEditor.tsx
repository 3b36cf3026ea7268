import { Trans, useLingui } from '@lingui/react/macro';
import { formatDay } from '../../lib/dates';
import { LESSON_LIMITS } from '../../lib/lesson';
import type { DraftStep } from '../../lib/lesson-draft';
import { readView } from '../../lib/url-state';
import { LessonField } from './LessonField';

type Field = 'heading' | 'text' | 'question';

/** One step of the lesson being written: its words, where it stands, and its view. */
export function StepEditor({
  step,
  index,
  count,
  problems,
  hint,
  change,
  move,
  update,
  preview,
  remove,
}: {
  step: DraftStep;
  index: number;
  count: number;
  /** What is wrong with each field (and with the view), in words. */
  problems: Readonly<Record<string, readonly string[]>>;
  /** The id of the text that says which Markdown a step's text may use. */
  hint: string;
  change: (field: Field, value: string) => void;
  move: (by: -1 | 1) => void;
  update: () => void;
  preview: () => void;
  remove: () => void;
}) {
  const { t } = useLingui();
  const n = index + 1;
  const range = readView(step.view).view.window;
  const from = range ? formatDay(range.start) : '';
  const to = range ? formatDay(range.end) : '';
  const id = step.id;
  const viewProblems = problems.view ?? [];
  return (
    <li className="lesson-step-editor">
      <h4 id={`${id}-title`}>
        {t({ comment: 'Heading of a step in the lesson panel: {n} is its number', message: `Step ${n}` })}
      </h4>
      <p className="lesson-step-view">
        {range ? (
          <Trans comment="What a step of a lesson being written shows: {from} and {to} are dates">
            Shows {from} to {to}
          </Trans>
        ) : (
          <Trans comment="What a step of a lesson being written shows">Shows all the dates</Trans>
        )}
      </p>
      {viewProblems.length > 0 && <p className="lesson-field-problem">{viewProblems.join('; ')}</p>}
      <LessonField
        id={`${id}-heading`}
        label={t({ comment: 'Label of the heading of a lesson step', message: 'Heading' })}
        value={step.heading}
        onChange={(value) => change('heading', value)}
        problems={problems.heading ?? []}
        max={LESSON_LIMITS.heading}
      />
      <LessonField
        id={`${id}-text`}
        label={t({ comment: 'Label of the text of a lesson step', message: 'Text' })}
        value={step.text}
        onChange={(value) => change('text', value)}
        problems={problems.text ?? []}
        max={LESSON_LIMITS.text}
        multiline
        hint={hint}
      />
      <LessonField
        id={`${id}-question`}
        label={t`Question for students (optional)`}
        value={step.question}
        onChange={(value) => change('question', value)}
        problems={problems.question ?? []}
        max={LESSON_LIMITS.question}
      />
      <div className="lesson-step-actions">
        <button type="button" className="button" onClick={preview} aria-describedby={`${id}-title`}>
          <Trans comment="Button: shows a lesson step's view on the map">Preview</Trans>
        </button>
        <button type="button" className="button" onClick={update} aria-describedby={`${id}-title`}>
          <Trans comment="Button: a lesson step takes the view the map shows now">
            Update from this view
          </Trans>
        </button>
        <button
          type="button"
          id={`${id}-up`}
          className="button"
          disabled={index === 0}
          onClick={() => move(-1)}
          aria-describedby={`${id}-title`}
        >
          <Trans comment="Button: a lesson step goes one place earlier">Move up</Trans>
        </button>
        <button
          type="button"
          id={`${id}-down`}
          className="button"
          disabled={index === count - 1}
          onClick={() => move(1)}
          aria-describedby={`${id}-title`}
        >
          <Trans comment="Button: a lesson step goes one place later">Move down</Trans>
        </button>
        <button type="button" className="button" onClick={remove} aria-describedby={`${id}-title`}>
          <Trans comment="Button: removes a lesson step">Delete</Trans>
        </button>
      </div>
    </li>
  );
}
