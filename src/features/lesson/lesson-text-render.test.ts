import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LessonText } from './LessonText';

const render = (text: string) => renderToStaticMarkup(createElement(LessonText, { text }));
const ALLOWED = new Set(['div', 'p', 'ul', 'li', 'em', 'strong', 'a']);
const tags = (html: string) => [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());

describe('LessonText', () => {
  it('draws the subset with elements, links opening apart', () => {
    expect(render('Hi *you*\n\n- [a](https://example.org)')).toBe(
      '<div class="lesson-text" dir="auto"><p>Hi <em>you</em></p><ul><li><a href="https://example.org" target="_blank" rel="noopener noreferrer">a</a></li></ul></div>',
    );
  });

  it('keeps hostile text as text', () => {
    const html = render('<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>');
    expect(tags(html)).toEqual(['div', 'p', 'p', 'div']);
    expect(html).not.toContain('href');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('makes no element the subset does not make, whatever the text', () => {
    const pieces = fc.constantFrom(
      '*',
      '_',
      '[a](',
      'https://x.org',
      ')',
      '<img src=x>',
      '<a href="javascript:1">',
      '- ',
      '\n\n',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (text) => {
          const html = render(text);
          for (const tag of tags(html)) expect(ALLOWED.has(tag)).toBe(true);
          for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https?:\/\//);
        },
      ),
    );
  });
});
