import { lazy, Suspense, useRef, useState } from 'react';

const CiteContent = lazy(() => import('./CiteContent').then((m) => ({ default: m.CiteContent })));

/** "Cite": citations of this view and its events to download. */
export function CiteButton() {
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
        Cite
      </button>
      <dialog ref={ref} className="about cite-dialog" aria-labelledby="cite-title">
        <h2 id="cite-title">Cite or download this view</h2>
        {opened > 0 && (
          <Suspense fallback={<p>Loading…</p>}>
            <CiteContent key={opened} />
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
