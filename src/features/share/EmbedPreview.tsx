import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useRef, useState } from 'react';

/** The widest a preview is drawn at before it is scaled down; "full width" is previewed this wide. */
const FULL_WIDTH = 800;

/**
 * The embed as the lesson page will show it: an iframe of the embed's own
 * address at the chosen size, scaled down to fit the dialog. It is there once
 * asked for and only while the dialog is open: a closed dialog runs no second map.
 */
export function EmbedPreview({
  src,
  width,
  height,
}: {
  src: string;
  width: number | 'full';
  height: number;
}) {
  const { t, i18n } = useLingui();
  const box = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(0);
  // Shown when asked for: a second map in the page costs the reader's machine.
  const [open, setOpen] = useState(false);
  useEffect(function followTheDialog() {
    const element = box.current;
    if (!element) return;
    const sizes = new ResizeObserver(() => setRoom(element.clientWidth));
    sizes.observe(element);
    const dialog = element.closest('dialog');
    const closed = () => setOpen(false);
    dialog?.addEventListener('close', closed);
    return function stopFollowing() {
      sizes.disconnect();
      dialog?.removeEventListener('close', closed);
    };
  }, []);
  const frameWidth = width === 'full' ? FULL_WIDTH : width;
  const scale = room > 0 ? Math.min(1, room / frameWidth) : 1;
  // Sizes as in the code to paste: no thousands separator.
  const wide = i18n.number(frameWidth, { useGrouping: false });
  const high = i18n.number(height, { useGrouping: false });
  const toggle = (
    <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
      {open ? t`Hide the preview` : t`Show a preview`}
    </button>
  );
  return (
    <figure className="embed-preview">
      <figcaption>
        {scale < 1 ? (
          <Trans comment="toggle is the button Show a preview (or Hide the preview); wide and high are sizes in pixels">
            {toggle} at {wide} pixels wide, {high} high, shown smaller
          </Trans>
        ) : (
          <Trans comment="toggle is the button Show a preview (or Hide the preview); wide and high are sizes in pixels">
            {toggle} at {wide} pixels wide, {high} high
          </Trans>
        )}
      </figcaption>
      <div ref={box} className="embed-preview-box" style={{ height: open ? Math.ceil(height * scale) : 0 }}>
        {open && room > 0 && (
          <iframe
            src={src}
            title={t`Preview of the embedded map`}
            width={frameWidth}
            height={height}
            loading="lazy"
            style={{ transform: `scale(${scale})` }}
          />
        )}
      </div>
    </figure>
  );
}
