import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LESSON_LIMITS, parseLesson } from './lesson';
import { MAX_LINK_LENGTH } from './lesson-fragment';
import { decodeLesson, encodeLesson, lessonInFragment, lessonLink, MAX_UNPACKED_BYTES } from './lesson-link';

const example = JSON.parse(
  readFileSync(new URL('../../data/lessons/example.json', import.meta.url), 'utf8'),
) as unknown;

const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max });
const lessonArb = fc.record(
  {
    format: fc.constant('wherewhen-lesson'),
    version: fc.constant(1),
    title: text(LESSON_LIMITS.title),
    introduction: text(200),
    steps: fc.array(
      fc.record(
        {
          heading: text(LESSON_LIMITS.heading),
          text: text(400),
          question: text(100),
          view: fc.constantFrom('', 'from=2021-08-01&to=2021-08-31', 'cat=attack&q=Kabul'),
        },
        { requiredKeys: ['heading', 'text', 'view'] },
      ),
      { minLength: 1, maxLength: 6 },
    ),
  },
  { requiredKeys: ['format', 'version', 'title', 'steps'] },
);

describe('a lesson in a link', () => {
  it('comes back as it went, whatever its text (right-to-left, emoji, quotes, markup)', async () => {
    await fc.assert(
      fc.asyncProperty(lessonArb, async (lesson) => {
        const encoded = await encodeLesson(lesson);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(await decodeLesson(encoded)).toEqual({ ok: true, json: lesson });
      }),
      { numRuns: 60 },
    );
  });

  it('carries the example lesson in a link shorter than the limit, which opens as a valid lesson', async () => {
    const { link, fits } = await lessonLink('https://example.org/map/?data=x.csv#old', example);
    expect(fits).toBe(true);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.startsWith('https://example.org/map/?data=x.csv#lesson=')).toBe(true);
    const decoded = await decodeLesson(lessonInFragment(new URL(link).hash)!);
    expect(decoded.ok && parseLesson(decoded.json).ok).toBe(true);
  });

  it('says a link is too long when a lesson does not compress below the limit', async () => {
    // Random text does not compress: its length decides the link's.
    const noise = fc.sample(fc.string({ unit: 'binary-ascii', minLength: 9000, maxLength: 9000 }), 1)[0]!;
    const steps = Array.from({ length: 5 }, (_, i) => ({
      heading: `Step ${i}`,
      text: noise.slice(i * 1800, (i + 1) * 1800),
      view: '',
    }));
    const lesson = { format: 'wherewhen-lesson', version: 1, title: 'Long', steps };
    const { link, fits } = await lessonLink('https://example.org/', lesson);
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(fits).toBe(false);
  });

  it('gives an exact limit: a link of MAX_LINK_LENGTH characters fits, one more does not', async () => {
    const lesson = { format: 'wherewhen-lesson', version: 1, title: 'T', steps: [] };
    const bare = (await lessonLink('https://example.org/?p=', lesson)).link.length;
    const pad = (n: number) => `https://example.org/?p=${'a'.repeat(n)}`;
    const at = await lessonLink(pad(MAX_LINK_LENGTH - bare), lesson);
    expect(at.link.length).toBe(MAX_LINK_LENGTH);
    expect(at.fits).toBe(true);
    const over = await lessonLink(pad(MAX_LINK_LENGTH - bare + 1), lesson);
    expect(over.link.length).toBe(MAX_LINK_LENGTH + 1);
    expect(over.fits).toBe(false);
  });

  it('reads a garbled fragment as garbled, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (junk) => {
        const decoded = await decodeLesson(junk);
        if (decoded.ok) expect(parseLesson(decoded.json).ok).toBe(false);
        else expect(decoded.problem).toBe('garbled');
      }),
      { numRuns: 200 },
    );
    expect(await decodeLesson('not base64!')).toEqual({ ok: false, problem: 'garbled' });
    expect(await decodeLesson('AAAA')).toEqual({ ok: false, problem: 'garbled' });
  });

  it('refuses a fragment that unpacks past the bound (a zip bomb)', async () => {
    const huge = { pad: ' '.repeat(MAX_UNPACKED_BYTES + 1) };
    expect(await decodeLesson(await encodeLesson(huge))).toEqual({ ok: false, problem: 'too-big' });
  });

  it('finds the lesson only in a fragment that starts with #lesson=', () => {
    expect(lessonInFragment('#lesson=abc')).toBe('abc');
    expect(lessonInFragment('#other=abc')).toBeNull();
    expect(lessonInFragment('')).toBeNull();
  });
});
