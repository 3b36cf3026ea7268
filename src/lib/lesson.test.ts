import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import { isoToDay } from './dates';
import { LESSON_LIMITS, lessonIssueText, parseLesson, type Lesson } from './lesson';
import { readView } from './url-state';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const jsonSchema = read('../../data/lesson.schema.json') as object;
const validate = new Ajv({ allErrors: true }).compile(jsonSchema);

const step = { heading: 'Kabul', text: 'In *August 2021*.', view: 'from=2021-08-01&to=2021-08-31' };
const good: Lesson = { format: 'wherewhen-lesson', version: 1, title: 'A lesson', steps: [step] };
const long = (n: number) => 'x'.repeat(n);

const valid: [string, unknown][] = [
  ['the smallest lesson', good],
  ['every field', { ...good, introduction: 'Hi', steps: [{ ...step, question: 'Why?' }] }],
  ['an empty view (the whole map)', { ...good, steps: [{ ...step, view: '' }] }],
  [
    'texts at their limits',
    {
      ...good,
      title: long(LESSON_LIMITS.title),
      steps: [
        {
          ...step,
          heading: long(LESSON_LIMITS.heading),
          text: long(LESSON_LIMITS.text),
          question: long(LESSON_LIMITS.question),
        },
      ],
    },
  ],
  ['50 steps', { ...good, steps: Array.from({ length: LESSON_LIMITS.steps }, () => step) }],
  [
    'every view parameter',
    {
      ...good,
      steps: [
        {
          ...step,
          view: 'from=2021-08-01&to=2021-09-01&mode=cumulative&cat=attack&actor=IS-K&role=claimed&country=AF&q=Kabul&event=an-id&map=34.5,69.2,6',
        },
      ],
    },
  ],
];

const invalid: [string, unknown, string][] = [
  ['not an object', [], 'expected object'],
  ['another format', { ...good, format: 'storymap' }, 'field "format": must be "wherewhen-lesson"'],
  ['another version', { ...good, version: 2 }, 'field "version": must be 1'],
  ['no title', { format: 'wherewhen-lesson', version: 1, steps: [step] }, 'field "title": is missing'],
  ['a blank title', { ...good, title: '  ' }, 'field "title": must not be empty'],
  [
    'a long title',
    { ...good, title: long(LESSON_LIMITS.title + 1) },
    'field "title": is longer than 120 characters',
  ],
  [
    'a long introduction',
    { ...good, introduction: long(LESSON_LIMITS.introduction + 1) },
    'field "introduction": is longer than 2,000 characters',
  ],
  ['no steps', { ...good, steps: [] }, 'field "steps": has no steps'],
  [
    'too many steps',
    { ...good, steps: Array.from({ length: LESSON_LIMITS.steps + 1 }, () => step) },
    'field "steps": has more than 50 steps',
  ],
  [
    'a step without text',
    { ...good, steps: [step, { heading: 'b', view: '' }] },
    'step 2, field "text": is missing',
  ],
  [
    'a long question',
    { ...good, steps: [{ ...step, question: long(LESSON_LIMITS.question + 1) }] },
    'step 1, field "question": is longer than 500 characters',
  ],
  [
    'a number for a heading',
    { ...good, steps: [{ ...step, heading: 3 }] },
    'step 1, field "heading": expected string',
  ],
  ['an unknown field', { ...good, author: 'me' }, 'has unknown field "author"'],
  [
    'an unknown step field',
    { ...good, steps: [{ ...step, html: '<b>' }] },
    'step 1: has unknown field "html"',
  ],
  [
    'a view with another parameter',
    { ...good, steps: [{ ...step, view: 'from=2021-08-01&lesson=x' }] },
    'step 1, field "view": has parameter "lesson", which is not part of a view',
  ],
  [
    'a long view',
    { ...good, steps: [{ ...step, view: `q=${long(LESSON_LIMITS.view)}` }] },
    'step 1, field "view": is longer than 2,000 characters',
  ],
];

describe('the lesson schema', () => {
  it.each(valid)('accepts %s, as the JSON Schema does', (_, lesson) => {
    expect(parseLesson(lesson).ok).toBe(true);
    expect(validate(lesson), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalid)('refuses %s, as the JSON Schema does, saying where', (_, lesson, first) => {
    const result = parseLesson(lesson);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map(lessonIssueText)).toContain(first);
    expect(validate(lesson)).toBe(false);
  });

  it('says what of a view the map cannot use', () => {
    const result = parseLesson({ ...good, steps: [{ ...step, view: 'cat=nonsense' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(lessonIssueText(result.issues[0]!)).toMatch(/^step 1, field "view": cat: /);
  });
});

describe('the example lesson', () => {
  const lesson = read('../../data/lessons/example.json');
  const events = parseDataset(read('../../data/events.geojson')).dataset;

  it('passes the schema and the JSON Schema', () => {
    expect(parseLesson(lesson)).toMatchObject({ ok: true });
    expect(validate(lesson), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has 5 to 7 steps, each showing a bundled event inside its window, or filtering to events that are there', () => {
    const result = parseLesson(lesson);
    if (!result.ok) throw new Error('invalid');
    expect(result.lesson.steps.length).toBeGreaterThanOrEqual(5);
    expect(result.lesson.steps.length).toBeLessThanOrEqual(7);
    for (const s of result.lesson.steps) {
      const { view, dropped } = readView(s.view);
      expect(dropped).toEqual([]);
      expect(view.window).not.toBeNull();
      const w = view.window!;
      if (view.selected !== null) {
        const index = events.byId.get(view.selected);
        expect(index, view.selected).toBeDefined();
        const event = events.events[index!];
        expect(event!.start, s.heading).toBeGreaterThanOrEqual(w.start);
        expect(event!.end, s.heading).toBeLessThanOrEqual(w.end);
      }
      for (const actor of view.actors)
        expect(events.events.some((e) => e.props.actors.some((a) => a.name === actor))).toBe(true);
      expect(w.start).toBeGreaterThanOrEqual(isoToDay('2021-08-01')!);
    }
  });
});
