/**
 * The one message an embedded map heeds: the page's embed script (public/embed.js) says hello to
 * each map frame as it starts, since it may start after the map has sent its first messages (the
 * script loads `async`, and the map does not wait for it). The map answers by sending again what
 * it last sent: its height and, in a lesson, its step. The hello carries nothing and the answer
 * holds nothing the map did not already send to any parent, so a hello from anywhere is harmless;
 * only the frame's own parent is answered.
 */
export const HELLO_MESSAGE_TYPE = 'wherewhen:hello';

/** Whether `event` is a hello from the page around `win`. */
export function isHelloFromParent(event: Pick<MessageEvent, 'data' | 'source'>, win: Window): boolean {
  if (win.parent === win || event.source !== win.parent) return false;
  const data: unknown = event.data;
  return (
    typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HELLO_MESSAGE_TYPE
  );
}
