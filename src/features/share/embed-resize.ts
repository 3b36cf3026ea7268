import { preferredHeight, RESIZE_MESSAGE_TYPE, type ResizeMessage } from '../../lib/embed-height';
import { isHelloFromParent } from '../../lib/embed-hello';

/** The timeline as laid out, or what stands in for it when it failed. */
const TIMELINE = '.layout > .timeline, .layout > .in-timeline';
/** A lesson's step bar, over the map (its chunk comes later, and it grows as its text opens). */
const LESSON_BAR = '.app > .lesson-bar';

/**
 * In an iframe, tells the page around it the height the map would like, as
 * the frame's width or the timeline's height change, so the resize script
 * (public/embed.js) can fit the frame. The height is not private and the
 * host's origin is not known, so the message goes to any parent. The page's
 * script, if it starts late, says hello, and the height is sent again (see
 * lib/embed-hello.ts).
 */
export function startResizeMessages(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const doc = win.document;
  let last = 0;
  const heightOf = (selector: string) => doc.querySelector(selector)?.getBoundingClientRect().height ?? 0;
  const send = () => {
    const width = doc.documentElement.clientWidth;
    const height = preferredHeight(width, heightOf('.header'), heightOf(TIMELINE), heightOf(LESSON_BAR));
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE_TYPE, height };
    win.parent.postMessage(message, '*');
  };
  const sizes = new ResizeObserver(send);
  const observeParts = () => {
    sizes.disconnect();
    sizes.observe(doc.documentElement);
    for (const part of doc.querySelectorAll(`.header, ${TIMELINE}, ${LESSON_BAR}`)) sizes.observe(part);
    send();
  };
  // The timeline comes and goes with the data (and a locked window loads on its own); a lesson's bar
  // comes with its chunk.
  const parts = new MutationObserver(observeParts);
  for (const box of doc.querySelectorAll('.app, .layout')) parts.observe(box, { childList: true });
  observeParts();
  const hello = (event: MessageEvent) => {
    if (!isHelloFromParent(event, win)) return;
    last = 0;
    send();
  };
  win.addEventListener('message', hello);
  return () => {
    sizes.disconnect();
    parts.disconnect();
    win.removeEventListener('message', hello);
  };
}
