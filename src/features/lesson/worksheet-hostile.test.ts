import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../../../e2e/fixtures/hostile';
import { hostileLessonFile } from '../../../e2e/fixtures/hostile-lesson';
import type { MapEvent } from '../../lib/dataset';
import { parseLesson, type Lesson } from '../../lib/lesson';
import { parseLessonText, plainText } from '../../lib/lesson-text';
import { readView } from '../../lib/url-state';
import { LessonText } from './LessonText';
import { WorksheetSheet } from './WorksheetSheet';

/** The elements the worksheet and the step's words are drawn with, and nothing else. */
const ALLOWED = new Set([
  'article',
  'header',
  'section',
  'h1',
  'h2',
  'p',
  'span',
  'div',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'a',
  'bdi',
  'cite',
  'svg',
  'rect',
  'path',
  'g',
  'circle',
  'text',
]);

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(createElement(I18nProvider, { i18n }, element));

/** Every element, attribute and link of some markup, and its text as a reader sees it. */
function read(html: string) {
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  return {
    elements: tags.map((m) => m[1]!.toLowerCase()),
    attributes: tags.flatMap((m) =>
      [...m[2]!.matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
    ),
    links: [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]!)),
    text: decode(html.replace(/<[^>]*>/g, '')),
  };
}

function expectInert(html: string) {
  const { elements, attributes, links } = read(html);
  for (const element of elements) expect(ALLOWED, element).toContain(element);
  for (const name of attributes) expect(name).not.toMatch(/^on|^style$|^srcdoc$|^src$|^formaction$/);
  for (const href of links) expect(href).toMatch(/^https?:\/\//);
}

/** The payloads in every field of a lesson (e2e/fixtures/hostile-lesson.ts), checked as the page checks a file. */
function hostileLesson(): Lesson {
  const parsed = parseLesson(hostileLessonFile());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.lesson;
}

/** An event whose every word is a payload, with a dangerous address for its source. */
function hostileEvent(payload: string, i: number): MapEvent {
  return {
    id: `e${i}`,
    lon: 69 + (i % 5),
    lat: 34 + (i % 3),
    start: 0,
    end: 0,
    props: {
      title: payload,
      summary: payload,
      category: 'attack',
      date: { precision: 'day', value: '2024-01-05' },
      place: { name: payload, label: payload, precision: 'city', countries: ['AF'] },
      actors: [{ name: payload, role: 'claimed' }],
      sources: [
        {
          outlet: payload,
          headline: payload,
          published: '2024-01-06',
          quote: payload,
          url: 'javascript:alert(1)',
        },
        {
          outlet: 'Outlet',
          headline: 'Headline',
          published: '2024-01-06',
          quote: 'Q.',
          url: 'https://example.org/a',
        },
      ],
    },
  };
}

describe('hostile text on the worksheet and in the lesson’s words', () => {
  it('every payload in a step’s text is drawn with the subset’s elements only, its words as text', () => {
    for (const payload of PAYLOADS) {
      const html = render(createElement(LessonText, { text: payload }));
      expectInert(html);
      expect(read(html).text).toBe(plainText(parseLessonText(payload)));
    }
  });

  it('a worksheet with a payload in every field of the lesson and of its events makes no element, attribute or link beyond its own', () => {
    const lesson = hostileLesson();
    const events = PAYLOADS.map(hostileEvent);
    const steps = lesson.steps.map((s, i) => ({
      view: readView(s.view).view,
      window: { start: 0, end: 10 },
      events: events.slice(i, i + 3),
    }));
    const html = render(createElement(WorksheetSheet, { lesson, steps, land: null, lang: undefined }));
    expectInert(html);
    const { text } = read(html);
    // Each field's words are there, as text.
    expect(text).toContain(lesson.title);
    for (const s of lesson.steps) {
      expect(text).toContain(s.heading);
      expect(text).toContain(s.question);
      for (const block of parseLessonText(s.text)) expect(text).toContain(plainText([block]));
      expect(text).toContain(readView(s.view).view.search.trim());
    }
    for (const e of events.slice(0, lesson.steps.length + 2)) expect(text).toContain(e.props.title);
    // The safe address is printed and linked; the dangerous one is neither.
    expect(read(html).links).toContain('https://example.org/a');
  });
});
