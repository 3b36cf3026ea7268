import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLesson } from './lesson';
import {
  draftOfLesson,
  draftText,
  EMPTY_DRAFT,
  lessonOfDraft,
  moveStep,
  readDraft,
  stepId,
  type Draft,
} from './lesson-draft';

const step = (heading: string, question = '') => ({
  id: stepId(),
  heading,
  text: 'Some *text*.',
  question,
  view: 'from=2021-08-01&to=2021-08-31',
});
const draft: Draft = { title: 'A lesson', introduction: '', steps: [step('One', 'Why?'), step('Two')] };

describe('a lesson draft', () => {
  it('is read back as it was kept, with new ids for its steps', () => {
    const back = readDraft(draftText(draft));
    expect(back.kind).toBe('draft');
    if (back.kind !== 'draft') return;
    expect(back.draft.title).toBe('A lesson');
    expect(back.draft.steps.map((s) => s.heading)).toEqual(['One', 'Two']);
    expect(draftText(back.draft)).toBe(draftText(draft));
    expect(new Set(back.draft.steps.map((s) => s.id)).size).toBe(2);
  });

  it('is nothing when the browser holds nothing', () => {
    expect(readDraft(null)).toEqual({ kind: 'none' });
  });

  it('is reported as corrupt, with a reason, when what is kept is not a draft; never throws', () => {
    expect(readDraft('{"title": ').kind).toBe('corrupt');
    const wrong = readDraft(JSON.stringify({ title: 3, introduction: '', steps: [] }));
    expect(wrong).toMatchObject({ kind: 'corrupt', reason: expect.stringContaining('title') });
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(['none', 'draft', 'corrupt']).toContain(readDraft(text).kind);
      }),
    );
  });

  it('stands for a lesson that parseLesson accepts, empty optional texts left out', () => {
    const lesson = lessonOfDraft(draft);
    const result = parseLesson(lesson);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lesson.introduction).toBeUndefined();
    expect(result.lesson.steps[0]!.question).toBe('Why?');
    expect(result.lesson.steps[1]!.question).toBeUndefined();
    expect(draftText(draftOfLesson(result.lesson))).toBe(draftText(draft));
  });

  it('unfinished, is a lesson parseLesson refuses field by field', () => {
    const result = parseLesson(lessonOfDraft({ ...EMPTY_DRAFT, steps: [step('')] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: null, field: 'title' }),
        expect.objectContaining({ step: 1, field: 'heading' }),
      ]),
    );
  });
});

describe('moving a step', () => {
  it('moves one step and keeps the others in their order', () => {
    expect(moveStep(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStep(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every step, whatever the move', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), fc.integer(), (list, from, to) => {
        const moved = moveStep(list, from, to);
        expect([...moved].sort()).toEqual([...list].sort());
      }),
    );
  });
});
