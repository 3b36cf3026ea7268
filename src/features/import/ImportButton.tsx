import { lazy, Suspense, useRef, useState } from 'react';

const ImportForm = lazy(() => import('./ImportForm').then((m) => ({ default: m.ImportForm })));

/** "Your data": a dialog to show events from the reader's own file. */
export function ImportButton() {
  const ref = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(0);
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          setOpened((n) => n + 1);
          ref.current?.showModal();
        }}
      >
        Your data
      </button>
      <dialog ref={ref} className="about import-dialog" aria-labelledby="import-title">
        <h2 id="import-title">Show your own data</h2>
        {opened > 0 && (
          <Suspense fallback={<p>Loading…</p>}>
            <ImportForm key={opened} onDone={() => ref.current?.close()} />
          </Suspense>
        )}
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
