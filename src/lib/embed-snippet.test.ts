import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embed';
import {
  choicesFor,
  DEFAULT_CHOICES,
  embedSnippet,
  embedUrl,
  LESSON_HEIGHT,
  resizeScriptUrl,
} from './embed-snippet';
import { escapeHtml } from './html-text';

const VIEW = 'https://maps.example.org/lessons/?from=2024-01-01&to=2024-12-31&cat=attack';

describe('embedUrl', () => {
  it('keeps the view and adds embed=1', () => {
    const url = new URL(embedUrl(VIEW, DEFAULT_CHOICES));
    expect(url.searchParams.get('embed')).toBe('1');
    expect(url.searchParams.get('from')).toBe('2024-01-01');
    expect(url.searchParams.get('cat')).toBe('attack');
    expect(url.pathname).toBe('/lessons/');
  });

  it('writes each option so that the embed reads it back', () => {
    const choices = { ...DEFAULT_CHOICES, timeline: false, list: false, lockWindow: true, fixedMap: true };
    expect(readEmbedOptions(new URL(embedUrl(VIEW, choices)).search)).toEqual({
      embed: true,
      timeline: false,
      list: false,
      lockWindow: true,
      fixedMap: true,
    });
  });

  it('replaces embed options the view link already had', () => {
    const url = new URL(embedUrl(`${VIEW}&embed=1&lock=1&list=0`, DEFAULT_CHOICES));
    expect(url.searchParams.getAll('embed')).toEqual(['1']);
    expect(url.searchParams.has('lock')).toBe(false);
    expect(url.searchParams.has('list')).toBe(false);
  });
});

describe('embedSnippet', () => {
  it('gives a titled, borderless, lazy iframe of the view, full width by default', () => {
    const html = embedSnippet(VIEW, 'Attacks in 2024', { ...DEFAULT_CHOICES, responsive: false });
    expect(html).toMatch(/^<iframe\n/);
    expect(html).toContain('title="Attacks in 2024"');
    expect(html).toContain('width="100%"');
    expect(html).toContain('height="500"');
    expect(html).toContain('referrerpolicy="no-referrer"');
    expect(html).toContain(
      'src="https://maps.example.org/lessons/?from=2024-01-01&amp;to=2024-12-31&amp;cat=attack&amp;embed=1"',
    );
    expect(html).not.toContain('<script');
  });

  it("adds the resize script from the app's own folder with the responsive option", () => {
    const html = embedSnippet(VIEW, 'x', DEFAULT_CHOICES);
    expect(html).toContain('data-wherewhen-resize');
    expect(html).toMatch(/<script src="https:\/\/maps\.example\.org\/lessons\/embed\.js" async><\/script>$/);
    expect(resizeScriptUrl('https://a.org/app/index.html?x=1')).toBe('https://a.org/app/embed.js');
  });

  it('keeps fixed sizes and clamps heights to what a frame can use', () => {
    const fixed = { ...DEFAULT_CHOICES, width: 640, height: 480 } as const;
    expect(embedSnippet(VIEW, 'x', fixed)).toContain('width="640"');
    expect(embedSnippet(VIEW, 'x', { ...fixed, height: 20 })).toContain('height="240"');
    expect(embedSnippet(VIEW, 'x', { ...fixed, height: 99999 })).toContain('height="1200"');
    expect(embedSnippet(VIEW, 'x', { ...fixed, height: Number.NaN })).toContain('height="500"');
  });

  it('never lets a title or address break out of its attribute', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const html = embedSnippet(`${VIEW}&q=${encodeURIComponent(title)}`, title, DEFAULT_CHOICES);
        const iframe = html.slice(0, html.indexOf('></iframe>'));
        // Every attribute value is quoted text with no quote or angle bracket inside.
        expect(iframe.slice('<iframe'.length)).toMatch(/^(\s+[a-z-]+(="[^"<>]*")?)+\n$/);
      }),
    );
    expect(escapeHtml('"><script>&')).toBe('&quot;&gt;&lt;script&gt;&amp;');
  });
});

describe('choicesFor', () => {
  it('starts a lesson’s frame taller, for its step bar, whether the link names or carries the lesson', () => {
    expect(choicesFor('https://map.example/?lesson=example&step=2').height).toBe(LESSON_HEIGHT);
    expect(choicesFor('https://map.example/?from=2021-08-01#lesson=abc').height).toBe(LESSON_HEIGHT);
    expect(LESSON_HEIGHT).toBeGreaterThan(DEFAULT_CHOICES.height);
  });

  it('keeps the usual height for a view with no lesson, even with a fragment or a word like it', () => {
    expect(choicesFor('https://map.example/?q=lesson&from=2021-08-01')).toEqual(DEFAULT_CHOICES);
    expect(choicesFor('https://map.example/#lessons')).toEqual(DEFAULT_CHOICES);
  });
});
