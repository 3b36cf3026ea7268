/**
 * What a lesson in a frame tells the page around it, so a course page can
 * mark the activity done: the step shown, of how many, and whether the reader
 * has reached the last. Like the resize message, it carries nothing private;
 * the map reads no message back but the embed script's hello (embed-hello.ts).
 */
export interface LessonMessage {
  readonly type: 'wherewhen:lesson';
  /** The step shown, counted from 1. */
  readonly step: number;
  /** How many steps the lesson has. */
  readonly of: number;
  /** The reader has reached the last step (and stays complete on going back). */
  readonly complete: boolean;
}

export const LESSON_MESSAGE_TYPE = 'wherewhen:lesson';

/** The message for a step shown; `completed` is whether the last step was reached before. */
export function lessonMessage(step: number, of: number, completed: boolean): LessonMessage {
  return { type: LESSON_MESSAGE_TYPE, step, of, complete: completed || step >= of };
}
