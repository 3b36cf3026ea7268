import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useShortcuts } from './use-shortcuts';

const HelpContent = lazy(() => import('./HelpContent').then((m) => ({ default: m.HelpContent })));

/** The keyboard shortcuts, opened by its button or by `?`. */
export function HelpDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  const open = useCallback(() => {
    setOpened(true);
    ref.current?.showModal();
  }, []);
  useShortcuts(open);
  return (
    <>
      <button type="button" className="button" onClick={open} aria-keyshortcuts="?">
        Keys
      </button>
      <dialog ref={ref} className="about help" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard shortcuts</h2>
        {opened && (
          <Suspense fallback={<p>Loading…</p>}>
            <HelpContent />
          </Suspense>
        )}
        <p>Every control can also be reached with Tab, and the event list holds everything the map shows.</p>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
