import { describe, expect, it } from 'vitest';
import { lessonMessage } from './lesson-message';

describe('lessonMessage', () => {
  it('tells the step and the count, not complete before the last step', () => {
    expect(lessonMessage(2, 7, false)).toEqual({ type: 'wherewhen:lesson', step: 2, of: 7, complete: false });
  });

  it('is complete at the last step', () => {
    expect(lessonMessage(7, 7, false).complete).toBe(true);
    expect(lessonMessage(1, 1, false).complete).toBe(true);
  });

  it('stays complete when the reader goes back after the last step', () => {
    expect(lessonMessage(3, 7, true)).toEqual({ type: 'wherewhen:lesson', step: 3, of: 7, complete: true });
  });
});
