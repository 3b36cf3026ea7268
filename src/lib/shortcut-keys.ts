/** What a page-wide key asks for. */
export type Shortcut = 'search' | 'help' | 'next' | 'previous';

const BY_CHARACTER: Record<string, Shortcut> = { '/': 'search', '?': 'help', j: 'next', k: 'previous' };

/** Where the keys sit on a US keyboard, for layouts that type another script there. */
const BY_POSITION: Record<string, Shortcut> = { KeyJ: 'next', KeyK: 'previous' };

/**
 * The shortcut a key press asks for, on any keyboard layout. A layout that types Latin characters is
 * read by the character (Dvorak's `j` is `j`, wherever it sits); one that types another script there
 * (Russian, Arabic, Persian, Urdu) by the key's place: the key where `j` is on a US keyboard is `j`.
 * `/` and `?` share one key on a US keyboard, so its place with Shift is `?`.
 */
export function shortcutOf(key: string, code: string, shift: boolean): Shortcut | null {
  const latin = /^[\x20-\x7e]$/.test(key);
  if (latin) return BY_CHARACTER[key] ?? null;
  if (code === 'Slash') return shift ? 'help' : 'search';
  return BY_POSITION[code] ?? null;
}
