import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLessonText, plainText, type Block, type Inline } from './lesson-text';

const text = (t: string): Inline => ({ type: 'text', text: t });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

describe('parseLessonText', () => {
  it('reads paragraphs, emphasis, strong, lists and links', () => {
    expect(
      parseLessonText('One *two* _three_ **four**.\n\n- a [site](https://example.org/x?y=1)\n- b\n\nLast'),
    ).toEqual([
      para(
        text('One '),
        { type: 'em', children: [text('two')] },
        text(' '),
        { type: 'em', children: [text('three')] },
        text(' '),
        { type: 'strong', children: [text('four')] },
        text('.'),
      ),
      {
        type: 'list',
        items: [
          [text('a '), { type: 'link', href: 'https://example.org/x?y=1', children: [text('site')] }],
          [text('b')],
        ],
      },
      para(text('Last')),
    ]);
  });

  it('joins the lines of a paragraph and nests emphasis in strong', () => {
    expect(parseLessonText('a\nb **c _d_**')).toEqual([
      para(text('a b '), {
        type: 'strong',
        children: [text('c '), { type: 'em', children: [text('d')] }],
      }),
    ]);
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '[x](data:text/html,<b>hi</b>)',
    '[x](//evil.example)',
    '[x](https://a b)',
    '*unbalanced',
    '**unbalanced',
    'snake_case_name',
    '2 * 3 * 4',
    '_ _',
    '[only a label]',
    '&lt;b&gt; &amp;',
  ])('keeps %s as text', (source) => {
    const blocks = parseLessonText(source);
    expect(blocks).toHaveLength(1);
    expect(JSON.stringify(blocks)).not.toContain('"link"');
    expect(plainText(blocks)).toBe(source);
  });

  it('never throws, and makes only http and https links', () => {
    const pieces = fc.constantFrom(
      '*',
      '**',
      '_',
      '[',
      ']',
      '(',
      ')',
      '- ',
      '\n',
      '\n\n',
      ' ',
      'a',
      '<',
      '>',
      'https://x.org',
      'javascript:',
      '&',
      '"',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (source) => {
          const blocks = parseLessonText(source);
          const visit = (nodes: readonly Inline[]): void => {
            for (const n of nodes) {
              if (n.type === 'text') expect(typeof n.text).toBe('string');
              else {
                if (n.type === 'link') expect(n.href).toMatch(/^https?:\/\//i);
                visit(n.children);
              }
            }
          };
          for (const b of blocks)
            if (b.type === 'paragraph') visit(b.children);
            else b.items.forEach(visit);
        },
      ),
    );
  });
});
