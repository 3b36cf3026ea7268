import { canvasFont, isArabicScript, textDirection } from '../../lib/canvas-text';

/** Fonts a canvas has asked for: each is fetched once. */
const asked = new Set<string>();

/**
 * Whether a canvas can draw `text` in `font` now. A canvas draws in a fallback, and never again by
 * itself, while a face is on its way: where it is not in yet, it is asked for (once), and its arrival
 * reaches `onFontsLoaded`, when the canvas draws again.
 */
export function fontReady(font: string, text: string): boolean {
  if (typeof document === 'undefined' || !isArabicScript(text)) return true;
  if (document.fonts.check(font, text)) return true;
  if (!asked.has(font)) {
    asked.add(font);
    // A face that does not arrive leaves the fallback: nothing to redraw.
    document.fonts.load(font, text).catch(() => {});
  }
  return false;
}

/** Calls back whenever fonts have finished loading on the page; returns the way to stop. */
export function onFontsLoaded(listener: () => void): () => void {
  if (typeof document === 'undefined') return () => {};
  document.fonts.addEventListener('loadingdone', listener);
  return () => document.fonts.removeEventListener('loadingdone', listener);
}

/**
 * Sets a canvas's font and direction for each text drawn, in the faces of its script (lib/canvas-text),
 * only when they change: setting a font parses it, and a frame may draw thousands of counts.
 */
export class TextStyler {
  private font = '';
  private direction: CanvasDirection = 'inherit';

  /** Forget what was set: another frame, whose canvas state may have been reset. */
  reset(): void {
    this.font = '';
    this.direction = 'inherit';
  }

  apply(ctx: CanvasRenderingContext2D, style: string, text: string): void {
    const font = canvasFont(style, text);
    if (font !== this.font) {
      ctx.font = this.font = font;
      fontReady(font, text);
    }
    const direction = textDirection(text);
    if (direction !== this.direction) ctx.direction = this.direction = direction;
  }
}
