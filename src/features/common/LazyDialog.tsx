import { Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';

interface Props {
  /** The text of the button that opens it, and an accessible name when it should say more. */
  button: string;
  buttonLabel?: string;
  title: string;
  id: string;
  className?: string;
  /** Whether the dialog adds its own Close button (contents may bring their own). */
  closeButton?: boolean;
  /** The contents, usually a lazy component: fetched on first opening, fresh at each opening. */
  content: ComponentType<{ close: () => void }>;
  /**
   * For a dialog something other than its button opens: called with the
   * opener once shown, it returns how to stop listening. Must be the same
   * function from render to render.
   */
  listen?: (open: () => void) => () => void;
}

/** A button and the modal dialog it opens, whose contents load when first needed. */
export function LazyDialog({
  button,
  buttonLabel,
  title,
  id,
  className = 'about',
  closeButton = true,
  content: Content,
  listen,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(0);
  const close = useCallback(() => ref.current?.close(), []);
  const open = useCallback(() => {
    setOpened((n) => n + 1);
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  useEffect(
    function listenForOpening() {
      return listen?.(open);
    },
    [listen, open],
  );
  return (
    <>
      <button type="button" className="button" aria-label={buttonLabel} onClick={open}>
        {button}
      </button>
      <dialog ref={ref} className={className} aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {opened > 0 && (
          <Suspense fallback={<p>Loading…</p>}>
            <Content key={opened} close={close} />
          </Suspense>
        )}
        {closeButton && (
          <form method="dialog">
            <button type="submit" className="button">
              Close
            </button>
          </form>
        )}
      </dialog>
    </>
  );
}
