/**
 * A lesson: a title, an optional introduction and an ordered list of steps,
 * each a view of the map (the address query a link carries) with words.
 *
 *   { "format": "wherewhen-lesson", "version": 1, "title": "…",
 *     "steps": [{ "heading": "…", "text": "…", "question": "…", "view": "from=2021-08-01&to=2021-09-30" }] }
 *
 * `parseLesson` checks a file against the schema and says what is wrong field
 * by field, as the data files' checks do. The same format is written as a JSON
 * Schema in data/lesson.schema.json (lesson.test.ts holds the two together).
 * Zod is a lazy chunk's: only the lesson feature imports this module.
 */
import { plural, t } from '@lingui/core/macro';
import { z } from 'zod';
import { fieldProblem } from './field-problem';
import { readView, VIEW_PARAMS } from './url-state';

// No compiled validators: the app's Content-Security-Policy forbids `new Function`.
z.config({ jitless: true });

/** The longest each text may be, in characters. */
export const LESSON_LIMITS = Object.freeze({
  title: 120,
  introduction: 2000,
  heading: 120,
  text: 2000,
  question: 500,
  view: 2000,
  steps: 50,
});

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, {
      error: () =>
        t({
          comment: 'A problem with a field of a lesson file, after its name',
          message: 'must not be empty',
        }),
    })
    .max(max);

/** A view as a link's query: only the view's own parameters, each one the map can use. */
const view = z
  .string()
  .max(LESSON_LIMITS.view)
  .superRefine((query, ctx) => {
    const params = new URLSearchParams(query);
    const unknown = [...new Set([...params.keys()].filter((key) => !VIEW_PARAMS.includes(key)))];
    if (unknown.length > 0) {
      const count = unknown.length;
      const names = unknown.map((k) => `"${k}"`).join(', ');
      ctx.addIssue({
        code: 'custom',
        message: t({
          comment:
            'A problem with the view of a lesson step (the part of a map link after "?"), after its name: {names} are the parameters it does not know, in quotes',
          message: plural(count, {
            one: `has parameter ${names}, which is not part of a view`,
            other: `has parameters ${names}, which are not part of a view`,
          }),
        }),
      });
    }
    for (const dropped of readView(params).dropped) {
      const param = dropped.param;
      const why = dropped.message;
      ctx.addIssue({
        code: 'custom',
        message: t({
          comment:
            'A problem with the view of a lesson step, after its name: {param} is a parameter of a map link, {why} says what is wrong with it',
          message: `${param}: ${why}`,
        }),
      });
    }
  });

const stepSchema = z.strictObject({
  heading: text(LESSON_LIMITS.heading),
  text: text(LESSON_LIMITS.text),
  question: text(LESSON_LIMITS.question).optional(),
  view,
});

export const lessonSchema = z.strictObject({
  format: z.literal('wherewhen-lesson'),
  version: z.literal(1),
  title: text(LESSON_LIMITS.title),
  introduction: text(LESSON_LIMITS.introduction).optional(),
  steps: z
    .array(stepSchema)
    .min(1, {
      error: () =>
        t({
          comment: 'A problem with the list of steps of a lesson file, after its name',
          message: 'has no steps',
        }),
    })
    .max(LESSON_LIMITS.steps, {
      error: (issue) => {
        const most = Number(issue.maximum);
        return t({
          comment: 'A problem with the list of steps of a lesson file, after its name',
          message: plural(most, { one: 'has more than # step', other: 'has more than # steps' }),
        });
      },
    }),
});

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonStep = Lesson['steps'][number];

/** What is wrong with a lesson, and where: step 3 (counted from 1), field "heading"; step null for the lesson itself. */
export interface LessonIssue {
  readonly step: number | null;
  readonly field: string;
  readonly message: string;
}

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; issues: LessonIssue[] };

/** Checks a lesson file's JSON, reading all of it: every problem is listed, not only the first. */
export function parseLesson(json: unknown): LessonResult {
  const parsed = lessonSchema.safeParse(json, { error: fieldProblem });
  if (parsed.success) return { ok: true, lesson: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => {
      const [first, index, ...rest] = issue.path.map(String);
      const inStep = first === 'steps' && index !== undefined && /^\d+$/.test(index);
      return {
        step: inStep ? Number(index) + 1 : null,
        field: inStep ? rest.join('.') : issue.path.map(String).join('.'),
        message: issue.message,
      };
    }),
  };
}

/** One problem as a sentence a reader can act on: “step 3, field "heading": must not be empty”. */
export function lessonIssueText(issue: LessonIssue): string {
  const { step, field, message } = issue;
  if (step !== null && field !== '')
    return t({
      comment:
        'A problem with a lesson file: {step} is the number of a step, {field} the name of a field, {message} what is wrong with it',
      message: `step ${step}, field "${field}": ${message}`,
    });
  if (step !== null)
    return t({
      comment:
        'A problem with a lesson file: {step} is the number of a step, {message} what is wrong with it',
      message: `step ${step}: ${message}`,
    });
  if (field !== '')
    return t({
      comment:
        'A problem with a lesson file: {field} is the name of a field, {message} what is wrong with it',
      message: `field "${field}": ${message}`,
    });
  return message;
}
