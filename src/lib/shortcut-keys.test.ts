import { describe, expect, it } from 'vitest';
import { shortcutOf } from './shortcut-keys';

describe('shortcutOf', () => {
  it('reads a Latin layout by the character typed', () => {
    expect(shortcutOf('/', 'Slash', false)).toBe('search');
    expect(shortcutOf('?', 'Slash', true)).toBe('help');
    expect(shortcutOf('j', 'KeyJ', false)).toBe('next');
    expect(shortcutOf('k', 'KeyK', false)).toBe('previous');
    // Dvorak: the key where US has "c" types "j".
    expect(shortcutOf('j', 'KeyC', false)).toBe('next');
    expect(shortcutOf('h', 'KeyJ', false)).toBeNull();
  });

  it('reads a layout of another script by where the key is', () => {
    // Russian ЙЦУКЕН: J types "о", K types "л", the slash key types "." and "," with Shift.
    expect(shortcutOf('о', 'KeyJ', false)).toBe('next');
    expect(shortcutOf('л', 'KeyK', false)).toBe('previous');
    // Arabic: J types "ت", K types "ن".
    expect(shortcutOf('ت', 'KeyJ', false)).toBe('next');
    expect(shortcutOf('ن', 'KeyK', false)).toBe('previous');
    // A layout whose slash key types another mark: read by its place.
    expect(shortcutOf('؟', 'Slash', true)).toBe('help');
    expect(shortcutOf('ظ', 'Slash', false)).toBe('search');
  });

  it('leaves every other key alone', () => {
    expect(shortcutOf('a', 'KeyA', false)).toBeNull();
    expect(shortcutOf('ф', 'KeyA', false)).toBeNull();
    expect(shortcutOf('Enter', 'Enter', false)).toBeNull();
    expect(shortcutOf('ArrowDown', 'ArrowDown', false)).toBeNull();
  });
});
