import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useRef, useState } from 'react';
import { LESSON_LIMITS, parseLesson, type LessonIssue } from '../../lib/lesson';
import { lessonOfDraft, moveStep, stepId, type Draft, type DraftStep } from '../../lib/lesson-draft';
import { encodeView } from '../../lib/url-state';
import { appStore, useAppStore } from '../../store/app-store';
import { applyView, viewOf } from '../../store/view';
import { EditPlayedLesson } from './EditPlayedLesson';
import { LessonField } from './LessonField';
import { LessonShare } from './LessonShare';
import { StepEditor } from './StepEditor';
import { shownView } from './lesson-view';
import { useLessonDraft } from './use-lesson-draft';
import './lesson-writer.css';

/** The view on screen as a step keeps it: a link's query. */
const viewNow = () => encodeView(viewOf(appStore.getState())).toString();

/** What is wrong with each field, by step id (or '' for the lesson's own fields) and field name. */
type Problems = Record<string, Record<string, string[]>>;

function problemsByField(draft: Draft, issues: readonly LessonIssue[]): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const owner = issue.step === null ? '' : (draft.steps[issue.step - 1]?.id ?? '');
    const field = issue.step === null ? issue.field : issue.field.split('.')[0]!;
    ((problems[owner] ??= {})[field] ??= []).push(issue.message);
  }
  return problems;
}

/**
 * The Lesson panel: a title, an introduction and steps, each a view of the map with words, written
 * here and kept in this browser (use-lesson-draft.ts), checked by the lesson format's own rules
 * (`parseLesson`), and shared as a link, a file or embed code (LessonShare).
 */
export function LessonWriter({ close }: { close: () => void }) {
  const { t } = useLingui();
  const { draft, change: setDraft, corrupt, unsaved, discard, changedElsewhere } = useLessonDraft();
  const ready = useAppStore((s) => s.dataset !== null);
  const [said, setSaid] = useState('');
  const [deleted, setDeleted] = useState<{ step: DraftStep; index: number } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null>(null);

  useEffect(function focusPanel() {
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus();
  }, []);
  useEffect(function focusAfterChange() {
    // After a move, an undo or an added step, focus goes where the reader's eyes should (see `then`).
    const id = focusNext.current;
    focusNext.current = null;
    if (id) document.getElementById(id)?.focus();
  });
  // The draft changed in another tab: what this panel offered for the draft it showed (Undo, the
  // question to discard) is gone. Set while rendering, as React advises for state that follows a value.
  const [followed, setFollowed] = useState(changedElsewhere);
  if (followed !== changedElsewhere) {
    setFollowed(changedElsewhere);
    setDeleted(null);
    setConfirming(false);
  }
  const then = (id: string) => {
    focusNext.current = id;
  };

  const result = useMemo(() => parseLesson(lessonOfDraft(draft)), [draft]);
  const problems = useMemo(() => (result.ok ? {} : problemsByField(draft, result.issues)), [draft, result]);
  const own = problems[''] ?? {};

  const setStep = (id: string, change: Partial<DraftStep>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.id === id ? { ...s, ...change } : s)) }));

  const add = () => {
    const step: DraftStep = { id: stepId(), heading: '', text: '', question: '', view: viewNow() };
    setDraft((d) => ({ ...d, steps: [...d.steps, step] }));
    setDeleted(null);
    const n = draft.steps.length + 1;
    setSaid(t`Step ${n} added: it shows the view on the map now.`);
    then(`${step.id}-heading`);
  };

  const move = (index: number, by: -1 | 1) => {
    const step = draft.steps[index];
    if (!step) return;
    const to = index + by;
    setDraft((d) => ({ ...d, steps: moveStep(d.steps, index, to) }));
    const n = to + 1;
    const count = draft.steps.length;
    const name =
      step.heading.trim() || t({ comment: 'A lesson step with no heading yet', message: 'untitled step' });
    setSaid(
      t({
        comment:
          'Said when a lesson step moved: {name} is its heading, {n} its new number, {count} how many steps there are',
        message: `“${name}” moved to step ${n} of ${count}.`,
      }),
    );
    // Focus stays on the button pressed, with its step; at the end of the list, on the other one.
    const edge = (by === -1 && to === 0) || (by === 1 && to === count - 1);
    then(`${step.id}-${(by === -1) !== edge ? 'up' : 'down'}`);
  };

  const deletedText = (step: DraftStep) => {
    const name = step.heading.trim();
    return name ? t`Step “${name}” deleted.` : t`An untitled step was deleted.`;
  };

  const remove = (index: number) => {
    const step = draft.steps[index];
    if (!step) return;
    setDraft((d) => ({ ...d, steps: d.steps.filter((s) => s.id !== step.id) }));
    setDeleted({ step, index });
    setSaid(deletedText(step));
    then('lesson-undo');
  };

  const undo = () => {
    if (!deleted) return;
    const { step, index } = deleted;
    setDraft((d) => ({ ...d, steps: [...d.steps.slice(0, index), step, ...d.steps.slice(index)] }));
    setDeleted(null);
    const n = index + 1;
    setSaid(t`Step ${n} is back.`);
    then(`${step.id}-heading`);
  };

  const preview = (step: DraftStep, n: number) => {
    const state = appStore.getState();
    applyView(appStore, shownView(step.view, state.dataset?.index.extent ?? null));
    setSaid(t`The map shows step ${n}.`);
  };

  const update = (step: DraftStep, n: number) => {
    setStep(step.id, { view: viewNow() });
    setSaid(t`Step ${n} now shows the view on the map.`);
  };

  const markdown = (
    <p id="lesson-markdown" className="lesson-hint">
      <Trans>
        Texts may use a little Markdown, and no HTML: a blank line between paragraphs, *emphasis*, **strong**,
        lines starting with “- ” for a list, and [links](https://…).
      </Trans>
    </p>
  );

  return (
    <section id="lesson-writer-panel" className="lesson-writer" aria-labelledby="lesson-writer-title">
      <div className="lesson-writer-head">
        <h2 id="lesson-writer-title" ref={heading} tabIndex={-1}>
          <Trans>Write a lesson</Trans>
        </h2>
        <button type="button" className="button" onClick={close}>
          <Trans comment="Button: closes the panel to write a lesson (the draft is kept)">Close</Trans>
        </button>
      </div>
      {corrupt ? (
        <div className="notice notice-error">
          <p>
            <Trans>
              The lesson draft kept in this browser could not be read: it may come from another version of
              this map. Discard it to start a new one.
            </Trans>
          </p>
          <button type="button" className="button" onClick={discard}>
            <Trans>Discard the kept draft</Trans>
          </button>
        </div>
      ) : (
        <>
          <p className="lesson-hint">
            <Trans>
              A lesson leads a class through views of this map, one step at a time. Set the map, timeline and
              filters, then add the view as a step. The draft is kept in this browser only.
            </Trans>
          </p>
          <EditPlayedLesson
            draft={draft}
            replace={(next, lesson) => {
              setDraft(() => next);
              setDeleted(null);
              setConfirming(false);
              const title = lesson.title;
              const count = lesson.steps.length;
              setSaid(
                t({
                  comment: 'Said when a played lesson is taken into the Lesson panel: {title} is its title',
                  message: plural(count, {
                    one: `“${title}” is in the panel to edit, with its one step.`,
                    other: `“${title}” is in the panel to edit, with its # steps.`,
                  }),
                }),
              );
              then('lesson-title-field');
            }}
          />
          {changedElsewhere > 0 && (
            <p className="notice" role="status">
              <Trans>The draft was changed in another tab or window: this panel shows it as it is now.</Trans>
            </p>
          )}
          {unsaved && (
            <p className="notice notice-warning">
              <Trans>
                This browser does not keep the draft (storage is off or full): download the lesson before you
                leave the page.
              </Trans>
            </p>
          )}
          <LessonField
            id="lesson-title-field"
            label={t({ comment: 'Label of the title of a lesson being written', message: 'Lesson title' })}
            value={draft.title}
            onChange={(title) => setDraft((d) => ({ ...d, title }))}
            problems={own.title ?? []}
            max={LESSON_LIMITS.title}
          />
          <LessonField
            id="lesson-introduction-field"
            label={t`Introduction (optional)`}
            value={draft.introduction}
            onChange={(introduction) => setDraft((d) => ({ ...d, introduction }))}
            problems={own.introduction ?? []}
            max={LESSON_LIMITS.introduction}
            multiline
            hint="lesson-markdown"
          />
          {markdown}
          <h3 id="lesson-steps-title">
            <Trans comment="Heading of the list of a lesson's steps, in the panel to write one">Steps</Trans>
          </h3>
          {(own.steps ?? []).length > 0 && draft.steps.length > 0 && (
            <p className="lesson-field-problem">{own.steps!.join('; ')}</p>
          )}
          <ol className="lesson-steps" aria-labelledby="lesson-steps-title">
            {draft.steps.map((step, i) => (
              <StepEditor
                key={step.id}
                step={step}
                index={i}
                count={draft.steps.length}
                problems={problems[step.id] ?? {}}
                hint="lesson-markdown"
                change={(field, value) => setStep(step.id, { [field]: value })}
                move={(by) => move(i, by)}
                update={() => update(step, i + 1)}
                preview={() => preview(step, i + 1)}
                remove={() => remove(i)}
              />
            ))}
          </ol>
          {deleted && (
            <p className="lesson-deleted">
              <span>{deletedText(deleted.step)}</span>{' '}
              <button id="lesson-undo" type="button" className="button" onClick={undo}>
                <Trans comment="Button: brings back the lesson step just deleted">Undo</Trans>
              </button>
            </p>
          )}
          <button
            type="button"
            className="button lesson-add"
            onClick={add}
            disabled={!ready || draft.steps.length >= LESSON_LIMITS.steps}
          >
            <Trans>Add this view as a step</Trans>
          </button>
          <LessonShare result={result} />
          <div className="lesson-discard">
            {confirming ? (
              <div role="group" aria-labelledby="lesson-discard-question">
                <p id="lesson-discard-question">
                  <Trans>Discard this lesson draft? It cannot be brought back.</Trans>
                </p>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    discard();
                    setConfirming(false);
                    setDeleted(null);
                    setSaid(t`The lesson draft was discarded.`);
                    then('lesson-title-field');
                  }}
                >
                  <Trans comment="Button: confirms that the lesson draft is thrown away">Discard</Trans>
                </button>{' '}
                <button
                  id="lesson-discard-no"
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    then('lesson-discard');
                  }}
                >
                  <Trans comment="Button: keeps the lesson draft after all">Keep the draft</Trans>
                </button>
              </div>
            ) : (
              <button
                id="lesson-discard"
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(true);
                  then('lesson-discard-no');
                }}
              >
                <Trans>Discard draft</Trans>
              </button>
            )}
          </div>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
