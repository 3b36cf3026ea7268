import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import { parseLesson } from './lesson';

/** The bundled file with one feature's properties changed, and the problems the reading reports. */
function problemsWith(change: (props: Record<string, unknown>) => void) {
  const file = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
    features: Array<{ properties: Record<string, unknown> }>;
  };
  change(file.features[0]!.properties);
  return parseDataset(file).issues.map(({ field, message }) => ({ field, message }));
}

describe('a field of a data file', () => {
  it('of the wrong type says what was expected, not that it is missing', () => {
    expect(problemsWith((p) => (p.title = 5))).toEqual([
      { field: 'properties.title', message: 'expected string' },
    ]);
    expect(problemsWith((p) => (p.sources = 'The Guardian'))).toEqual([
      { field: 'properties.sources', message: 'expected array' },
    ]);
  });

  it('that is missing says so', () => {
    expect(problemsWith((p) => delete p.summary)).toEqual([
      { field: 'properties.summary', message: 'is missing' },
    ]);
  });

  it('too long, empty or out of range says by how much, in words rather than zod’s', () => {
    expect(
      problemsWith((p) => (p.translations = { ur: { title: 'x'.repeat(161), placeLabel: 'y'.repeat(41) } })),
    ).toEqual([
      { field: 'properties.translations.ur.title', message: 'is longer than 160 characters' },
      { field: 'properties.translations.ur.placeLabel', message: 'is longer than 40 characters' },
    ]);
    expect(problemsWith((p) => ((p.place as { countries: string[] }).countries = []))).toEqual([
      { field: 'properties.place.countries', message: 'must not be empty' },
    ]);
    expect(
      problemsWith((p) => (p.casualties = { killed: { value: -1, text: 'none', approximate: false } })),
    ).toEqual([{ field: 'properties.casualties.killed.value', message: 'must be at least 0' }]);
  });
});

describe('a field of a lesson file', () => {
  const lesson = {
    format: 'wherewhen-lesson',
    version: 1,
    title: 'A lesson',
    steps: [{ heading: 'One', text: 'Two', view: '' }],
  };
  const problems = (value: unknown) => {
    const result = parseLesson(value);
    return result.ok ? [] : result.issues.map(({ step, field, message }) => ({ step, field, message }));
  };

  it('of the wrong type, missing, or not the one value allowed, says which', () => {
    expect(problems({ ...lesson, title: 7 })).toEqual([
      { step: null, field: 'title', message: 'expected string' },
    ]);
    expect(problems({ ...lesson, version: 2 })).toEqual([
      { step: null, field: 'version', message: 'must be 1' },
    ]);
    const untitled: Partial<typeof lesson> = { ...lesson };
    delete untitled.title;
    expect(problems(untitled)).toEqual([{ step: null, field: 'title', message: 'is missing' }]);
  });

  it('keeps the words a lesson’s own steps are given', () => {
    expect(problems({ ...lesson, steps: [] })).toEqual([
      { step: null, field: 'steps', message: 'has no steps' },
    ]);
    expect(problems({ ...lesson, steps: Array(51).fill(lesson.steps[0]) })).toEqual([
      { step: null, field: 'steps', message: 'has more than 50 steps' },
    ]);
  });
});
