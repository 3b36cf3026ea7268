import { lazy, Suspense, useRef, useState } from 'react';

const AboutContent = lazy(() => import('./AboutContent').then((m) => ({ default: m.AboutContent })));

/** What the map shows, where its events come from, and what the page does not do. */
export function AboutDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label="About this map"
        onClick={() => {
          setOpened(true);
          ref.current?.showModal();
        }}
      >
        About
      </button>
      <dialog ref={ref} className="about" aria-labelledby="about-title">
        <h2 id="about-title">About this map</h2>
        {opened && (
          <Suspense fallback={<p>Loading…</p>}>
            <AboutContent />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
