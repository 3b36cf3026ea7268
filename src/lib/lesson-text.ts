/**
 * The small, safe Markdown a lesson's texts may use, read into a tree that a
 * component draws with elements and text nodes only: no HTML is ever made.
 *
 *   paragraphs, split by a blank line
 *   *emphasis* or _emphasis_, **strong**
 *   lines starting "- ": a list
 *   [label](https://…): a link, http and https only
 *
 * Anything else, markers without their partner included, stays text as written.
 */

export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'em' | 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] };

export type Block =
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Inline[])[] };

/** How deep emphasis may nest: enough for **strong with *emphasis***, and a bound on hostile input. */
const MAX_DEPTH = 4;

const ITEM = /^\s*- /;

/** Reads a text into blocks. Never throws; any string gives a tree. */
export function parseLessonText(source: string): Block[] {
  const blocks: Block[] = [];
  const chunks = source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const chunk of chunks) {
    let paragraph: string[] = [];
    let items: string[] = [];
    const endParagraph = () => {
      const text = paragraph.join(' ').trim();
      if (text !== '') blocks.push({ type: 'paragraph', children: parseInline(text, 0) });
      paragraph = [];
    };
    const endList = () => {
      if (items.length > 0) blocks.push({ type: 'list', items: items.map((item) => parseInline(item, 0)) });
      items = [];
    };
    for (const line of chunk.split('\n')) {
      if (ITEM.test(line)) {
        endParagraph();
        items.push(line.replace(ITEM, '').trim());
      } else if (items.length > 0 && /^\s+\S/.test(line)) {
        // An indented line goes on with the item above it.
        items[items.length - 1] += ` ${line.trim()}`;
      } else {
        endList();
        if (line.trim() !== '') paragraph.push(line.trim());
      }
    }
    endParagraph();
    endList();
  }
  return blocks;
}

const WORD = /[\p{L}\p{N}]/u;

/** Inline marks within one block of text. */
function parseInline(text: string, depth: number, inLink = false): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain !== '') out.push({ type: 'text', text: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (depth < MAX_DEPTH && rest.startsWith('**')) {
      const close = text.indexOf('**', i + 2);
      if (close > i + 2 && text[i + 2] !== ' ' && text[close - 1] !== ' ') {
        flush();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, close), depth + 1, inLink) });
        i = close + 2;
        continue;
      }
    }
    const c = text[i]!;
    if (depth < MAX_DEPTH && (c === '*' || c === '_') && text[i + 1] !== c) {
      const close = findEmphasisEnd(text, i, c);
      if (close > 0) {
        flush();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, close), depth + 1, inLink) });
        i = close + 1;
        continue;
      }
    }
    if (!inLink && c === '[') {
      const link = /^\[([^[\]]+)\]\((https?:\/\/[^\s()<>]+)\)/i.exec(rest);
      if (link && isWebAddress(link[2]!)) {
        flush();
        out.push({ type: 'link', href: link[2]!, children: parseInline(link[1]!, depth + 1, true) });
        i += link[0].length;
        continue;
      }
    }
    plain += c;
    i += 1;
  }
  flush();
  return out;
}

/** Where the emphasis opened at `open` closes, or -1: never empty, never inside a word for `_`, never doubled. */
function findEmphasisEnd(text: string, open: number, marker: string): number {
  const before = open > 0 ? text[open - 1]! : '';
  if (marker === '_' && WORD.test(before)) return -1;
  if (text[open + 1] === ' ' || open + 1 >= text.length) return -1;
  for (let j = open + 2; j < text.length; j++) {
    if (text[j] !== marker) continue;
    if (text[j + 1] === marker || text[j - 1] === marker) {
      j += 1;
      continue;
    }
    if (text[j - 1] === ' ') continue;
    if (marker === '_' && WORD.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

/** An absolute http or https address the browser reads as such. */
function isWebAddress(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The text a tree shows, without its marks: what a screen reader reads, and what tests compare. */
export function plainText(blocks: readonly Block[]): string {
  const inline = (nodes: readonly Inline[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : inline(n.children))).join('');
  return blocks
    .map((b) => (b.type === 'paragraph' ? inline(b.children) : b.items.map(inline).join('\n')))
    .join('\n\n');
}
