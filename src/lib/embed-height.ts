/**
 * The message an embedded map sends the page around it about its size: the height it
 * would like, in CSS pixels. It answers only a hello (lib/embed-hello.ts).
 */
export interface ResizeMessage {
  readonly type: 'wherewhen:resize';
  readonly height: number;
}

export const RESIZE_MESSAGE_TYPE = 'wherewhen:resize';

/** The map's share of a frame: wide frames get a landscape map, narrow ones a taller one. */
export function preferredMapHeight(width: number): number {
  const ratio = width < 600 ? 0.8 : 0.56;
  return Math.round(Math.min(560, Math.max(240, width * ratio)));
}

/**
 * The frame's height for its width: the header, timeline and a lesson's step bar (0 without one) as
 * they are laid out, and the map.
 */
export function preferredHeight(width: number, header: number, timeline: number, lessonBar = 0): number {
  return Math.ceil(header + timeline + lessonBar + preferredMapHeight(width));
}
