import { useLingui } from '@lingui/react/macro';
import { useRef, useState } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { createPortal } from 'react-dom';

/** The panel to write a lesson in: its own chunk, fetched on the first opening. */
const LessonWriter = lazyPart(() => import('./LessonWriter').then((m) => m.LessonWriter));

/**
 * "Lesson": opens the panel to write a lesson, at the top of the side panel (App's `#lesson-writer`),
 * beside the map rather than over it: a step is what the map shows, so the map stays in reach.
 */
export function LessonButton() {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const slot = open ? document.getElementById('lesson-writer') : null;
  const close = () => {
    setOpen(false);
    // In a narrow header the button waits behind "More": focus goes to what is there.
    const target = button.current?.offsetParent ? button.current : document.querySelector('.more-button');
    (target as HTMLElement | null)?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        onClick={() => {
          if (open) return close();
          setOpen(true);
          // Opened from the narrow header's menu: the menu closes, as it does behind a dialog.
          if (button.current?.closest('.is-open'))
            document.querySelector<HTMLElement>('.more-button')?.click();
        }}
      >
        {t({ comment: 'Button that opens the panel to write a lesson over the map', message: 'Lesson' })}
      </button>
      {slot && createPortal(<LessonWriter close={close} />, slot)}
    </>
  );
}
