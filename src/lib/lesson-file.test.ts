import { describe, expect, it } from 'vitest';
import { isLessonText, lessonFileName } from './lesson-file';

describe('a lesson file', () => {
  it('is told from events by its format, valid or not', () => {
    expect(isLessonText('{"format": "wherewhen-lesson", "version": 1}')).toBe(true);
    expect(isLessonText('  {"format":"wherewhen-lesson","steps":"no"}')).toBe(true);
  });

  it('is not events, a CSV that names the format, or broken JSON', () => {
    expect(isLessonText('{"type": "FeatureCollection", "features": []}')).toBe(false);
    expect(isLessonText('title,date\n"wherewhen-lesson",2021-01-01')).toBe(false);
    expect(isLessonText('{"format": "wherewhen-lesson"')).toBe(false);
    expect(isLessonText('{"title": "wherewhen-lesson"}')).toBe(false);
  });

  it('is named after the lesson, in its own script', () => {
    expect(lessonFileName('IS-K: from Kabul to Mastung!')).toBe('is-k-from-kabul-to-mastung.lesson.json');
    expect(lessonFileName('درس کابل')).toBe('درس-کابل.lesson.json');
    expect(lessonFileName('«»?')).toBe('lesson.lesson.json');
  });
});
