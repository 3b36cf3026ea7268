import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../e2e/fixtures/hostile';
import { LESSON_LIMITS, lessonIssueText, parseLesson } from './lesson';
import { VIEW_PARAMS } from './url-state';

/**
 * The trust tests' hostile payloads in every field of a lesson file: each is either taken as the
 * text it is, exactly, or refused with a message naming the step and the field. Never changed,
 * never thrown on.
 */
const step = { heading: 'Kabul', text: 'In August 2021.', view: 'from=2021-08-01&to=2021-08-31' };
const lesson = { format: 'wherewhen-lesson', version: 1, title: 'A lesson', steps: [step] };

const TEXT_FIELDS = [
  { field: 'title', limit: LESSON_LIMITS.title, put: (p: string) => ({ ...lesson, title: p }), step: null },
  {
    field: 'introduction',
    limit: LESSON_LIMITS.introduction,
    put: (p: string) => ({ ...lesson, introduction: p }),
    step: null,
  },
  ...(['heading', 'text', 'question'] as const).map((field) => ({
    field,
    limit: LESSON_LIMITS[field],
    put: (p: string) => ({ ...lesson, steps: [step, { ...step, [field]: p }] }),
    step: 2,
  })),
];

describe('hostile text in a lesson file', () => {
  it('has 57 payloads to try', () => {
    expect(PAYLOADS).toHaveLength(57);
  });

  for (const { field, limit, put, step: at } of TEXT_FIELDS)
    it(`in the ${field}: kept exactly as text, or refused for its length with the field named`, () => {
      for (const payload of PAYLOADS) {
        const result = parseLesson(put(payload));
        const kept = payload.trim();
        if (kept.length <= limit) {
          expect(result.ok, payload.slice(0, 60)).toBe(true);
          if (!result.ok) continue;
          const value =
            at === null ? result.lesson[field as 'title'] : result.lesson.steps[1]![field as 'text'];
          expect(value).toBe(kept);
        } else {
          expect(result.ok).toBe(false);
          if (result.ok) continue;
          expect(result.issues).toEqual([
            { step: at, field, message: expect.stringMatching(/^is longer than/) },
          ]);
          const where = at === null ? `field "${field}"` : `step ${at}, field "${field}"`;
          expect(lessonIssueText(result.issues[0]!)).toMatch(new RegExp(`^${where}: is longer than`));
        }
      }
    });

  it('as a whole view: refused, every issue naming the step and its view', () => {
    for (const payload of PAYLOADS) {
      const result = parseLesson({ ...lesson, steps: [{ ...step, view: payload }] });
      if (result.ok) continue;
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) {
        expect(issue).toMatchObject({ step: 1, field: 'view' });
        expect(lessonIssueText(issue)).toMatch(/^step 1, field "view": /);
      }
    }
    // A query of parameters the view does not know is not a view.
    const unknown = parseLesson({ ...lesson, steps: [{ ...step, view: PAYLOADS[0]! }] });
    expect(unknown.ok).toBe(false);
  });

  for (const param of VIEW_PARAMS)
    it(`as the value of the view's "${param}": taken as a value the map can use, or refused at step and field`, () => {
      for (const payload of PAYLOADS) {
        const view = new URLSearchParams({ [param]: payload }).toString();
        const result = parseLesson({ ...lesson, steps: [{ ...step, view }] });
        if (result.ok) {
          // Taken: the view the step shows is what the map reads from that query, kept as a string.
          expect(result.lesson.steps[0]!.view).toBe(view);
          continue;
        }
        for (const issue of result.issues) {
          expect(issue).toMatchObject({ step: 1, field: 'view' });
          expect(lessonIssueText(issue)).toMatch(/^step 1, field "view": /);
        }
      }
    });

  it('a search for a payload is a view the lesson keeps, unless it holds control characters', () => {
    for (const payload of PAYLOADS.filter((p) => p.length <= 400)) {
      const view = new URLSearchParams({ q: payload }).toString();
      const result = parseLesson({ ...lesson, steps: [{ ...step, view }] });
      // eslint-disable-next-line no-control-regex -- the characters a search refuses
      expect(result.ok, payload.slice(0, 60)).toBe(!/[\u0000-\u001f\u007f]/.test(payload));
    }
  });
});
