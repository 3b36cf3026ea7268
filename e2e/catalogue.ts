import { readFileSync } from 'node:fs';

/** A PO string's text: its quoted lines joined, its escapes read. */
function unquote(lines: string[]): string {
  return lines.map((line) => JSON.parse(line.replace(/^msg(id|str) /, '')) as string).join('');
}

/** English message -> translation, from a language's catalogue (src/locales/<code>/messages.po). */
function read(code: string): Map<string, string> {
  const text = readFileSync(`src/locales/${code}/messages.po`, 'utf8');
  const table = new Map<string, string>();
  for (const entry of text.split(/\n\n+/)) {
    const lines = entry.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    const at = lines.findIndex((l) => l.startsWith('msgstr '));
    const from = lines.findIndex((l) => l.startsWith('msgid '));
    if (from < 0 || at < 0) continue;
    table.set(unquote(lines.slice(from, at)), unquote(lines.slice(at)));
  }
  return table;
}

const catalogues = new Map<string, Map<string, string>>();

/**
 * The words a reader of a language sees for an English message of the interface, as its catalogue
 * has them: the tests find controls by the names a reader of that language hears.
 */
export function tr(code: string, english: string): string {
  let table = catalogues.get(code);
  if (!table) catalogues.set(code, (table = read(code)));
  const translated = table.get(english);
  if (!translated) throw new Error(`src/locales/${code}/messages.po has no translation of "${english}"`);
  return translated;
}
