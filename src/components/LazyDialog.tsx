import { Trans, useLingui } from '@lingui/react/macro';
import {
  useCallback,
  type RefObject,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import './dialog.css';

interface Props {
  /** The text of the button that opens it, and an accessible name when it should say more. */
  button: string;
  buttonLabel?: string;
  /** Keys that open it too (`aria-keyshortcuts`). */
  keyshortcuts?: string;
  title: string;
  id: string;
  className?: string;
  /** The contents, usually a `lazyPart` (shown `pending` until it is in): fetched on first opening, fresh at each opening. */
  content: ComponentType<{ close: () => void; pending?: ReactNode }>;
  /**
   * For a dialog something other than its button opens: called with the
   * opener once shown, it returns how to stop listening. Must be the same
   * function from render to render.
   */
  listen?: (open: () => void) => () => void;
}

/**
 * A button and the modal dialog it opens, whose contents load when first
 * needed. Its heading takes focus, so a reader starts at the top; the ×
 * (named Close) stays in the corner and the footer stays in view: only the
 * body between them scrolls.
 */
export function LazyDialog({
  button,
  buttonLabel,
  keyshortcuts,
  title,
  id,
  className = 'about',
  content: Content,
  listen,
}: Props) {
  const { t } = useLingui();
  const ref = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(0);
  const scrolls = useScrolls(body);
  const close = useCallback(() => ref.current?.close(), []);
  const open = useCallback(() => {
    setOpened((n) => n + 1);
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector('h2')?.focus();
    }
  }, []);
  useEffect(
    function listenForOpening() {
      return listen?.(open);
    },
    [listen, open],
  );
  return (
    <>
      <button
        type="button"
        className="button"
        aria-label={buttonLabel}
        aria-keyshortcuts={keyshortcuts}
        onClick={open}
      >
        {button}
      </button>
      <dialog ref={ref} className={className} aria-labelledby={id}>
        <form method="dialog" className="dialog-head">
          <h2 id={id} tabIndex={-1}>
            {title}
          </h2>
          <button
            type="submit"
            className="dialog-x"
            aria-label={t({ comment: 'The × button in the corner of a dialog', message: 'Close' })}
          >
            ×
          </button>
        </form>
        {/* A body that scrolls is a Tab stop, so its text can be scrolled by keyboard (axe's scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="dialog-body" ref={body} tabIndex={scrolls ? 0 : undefined}>
          {opened > 0 && (
            <Content
              key={opened}
              close={close}
              pending={
                <p>
                  <Trans>Loading…</Trans>
                </p>
              }
            />
          )}
        </div>
        <form method="dialog" className="dialog-foot">
          <button type="submit" className="button">
            <Trans comment="Button at the foot of a dialog that closes it">Done</Trans>
          </button>
        </form>
      </dialog>
    </>
  );
}

/** Whether the element's contents are taller than its box, followed as either changes size. */
function useScrolls(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(
    function watchOverflow() {
      const element = ref.current;
      if (!element) return;
      const measure = () => setScrolls(element.scrollHeight > element.clientHeight + 1);
      const observer = new ResizeObserver(measure);
      observer.observe(element);
      // Contents arrive lazily and change with each step: watch them as well as the box.
      const mutations = new MutationObserver(() => {
        for (const child of Array.from(element.children)) observer.observe(child);
        measure();
      });
      mutations.observe(element, { childList: true, subtree: true });
      return () => {
        observer.disconnect();
        mutations.disconnect();
      };
    },
    [ref],
  );
  return scrolls;
}
