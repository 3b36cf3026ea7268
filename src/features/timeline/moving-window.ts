/**
 * While the reader drags the time window or plays it, the page's root carries
 * a class for each cause (`is-dragging-window`, `is-playing`), and side by
 * side the map, the timeline and the list each get a layer of their own for
 * that time (app.css): a frame then repaints the parts that changed rather
 * than the whole page. Only while it moves, as `will-change` is meant to be
 * used: at rest the page is drawn as one, the same every time.
 */
export function markMoving(cause: 'is-dragging-window' | 'is-playing', on: boolean): void {
  document.documentElement.classList.toggle(cause, on);
}
