import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';
import type { Lesson } from '../../lib/lesson';
import { draftOfLesson, type Draft } from '../../lib/lesson-draft';
import { usePlayingLesson } from '../../hooks/playing-lesson';

/** Whether a draft holds anything the reader wrote or added. */
function written(draft: Draft): boolean {
  return draft.title.trim() !== '' || draft.introduction.trim() !== '' || draft.steps.length > 0;
}

/**
 * "Edit this lesson": the lesson the page plays (a link's, a file's, the shipped example) taken into
 * the Lesson panel to write on, its steps and views as they are. A draft with anything in it is only
 * replaced once the reader says so.
 */
export function EditPlayedLesson({
  draft,
  replace,
}: {
  draft: Draft;
  replace: (draft: Draft, lesson: Lesson) => void;
}) {
  const { t } = useLingui();
  const playing = usePlayingLesson();
  const [asking, setAsking] = useState(false);
  // Offered once per lesson played: taken in, it is the draft.
  const [taken, setTaken] = useState<Lesson | null>(null);
  // Focus follows the question as it opens and closes (after the render that shows its buttons).
  const focusNext = useRef<string | null>(null);
  useEffect(function focusAfterChange() {
    const id = focusNext.current;
    focusNext.current = null;
    if (id) document.getElementById(id)?.focus();
  });
  if (!playing || playing === taken) return null;

  const take = () => {
    setTaken(playing);
    setAsking(false);
    replace(draftOfLesson(playing), playing);
  };
  const title = playing.title;
  const steps = draft.steps.length;
  const mine = draft.title.trim() || t({ comment: 'A lesson draft with no title yet', message: 'untitled' });

  return (
    <div className="lesson-edit-played" role="group" aria-labelledby="lesson-played-title">
      <p id="lesson-played-title">
        {t({
          comment: 'In the Lesson panel, while a lesson plays: {title} is its title',
          message: `The lesson “${title}” is playing. You can write on it here: your changes make a new lesson to share, and the lesson played stays as it is.`,
        })}
      </p>
      {asking ? (
        <>
          <p>
            {t({
              comment:
                'Asked before a played lesson replaces the draft: {mine} is the draft’s title, # its number of steps',
              message: plural(steps, {
                one: `This replaces your draft “${mine}” (one step). Download it first to keep it.`,
                other: `This replaces your draft “${mine}” (# steps). Download it first to keep it.`,
              }),
            })}
          </p>
          <button type="button" className="button" onClick={take}>
            <Trans comment="Button: replaces the lesson draft with the lesson being played">
              Replace my draft
            </Trans>
          </button>{' '}
          <button
            id="lesson-edit-keep"
            type="button"
            className="button"
            onClick={() => {
              setAsking(false);
              focusNext.current = 'lesson-edit-played';
            }}
          >
            <Trans comment="Button: keeps the lesson draft after all">Keep the draft</Trans>
          </button>
        </>
      ) : (
        <button
          id="lesson-edit-played"
          type="button"
          className="button"
          onClick={() => {
            if (!written(draft)) return take();
            setAsking(true);
            focusNext.current = 'lesson-edit-keep';
          }}
        >
          <Trans comment="Button in the Lesson panel: takes the lesson being played into the panel to change it">
            Edit this lesson
          </Trans>
        </button>
      )}
    </div>
  );
}
