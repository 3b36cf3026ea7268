import { describe, expect, it } from 'vitest';
import { canvasFont, isArabicScript, letterSpacing, PAGE_FONTS, textDirection } from './canvas-text';

describe('canvas text', () => {
  it('finds the Arabic script, its Persian and Urdu letters and its digits', () => {
    expect(isArabicScript('پشاور')).toBe(true);
    expect(isArabicScript('کابل')).toBe(true);
    expect(isArabicScript('١٢٣')).toBe(true);
    expect(isArabicScript('۱۲۳')).toBe(true);
    expect(isArabicScript('Peshawar')).toBe(false);
    expect(isArabicScript('Россия 12')).toBe(false);
  });

  it('reads the direction from the first letter, as dir="auto" does', () => {
    expect(textDirection('پشاور')).toBe('rtl');
    expect(textDirection('12 کابل')).toBe('rtl');
    expect(textDirection('Kabul (کابل)')).toBe('ltr');
    expect(textDirection('١٢٣')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });

  it("draws Arabic script in the page's Arabic face, anything else in the page's own", () => {
    expect(canvasFont('600 12px', 'روس')).toBe(`600 12px "Noto Naskh Arabic", ${PAGE_FONTS}`);
    expect(canvasFont('600 12px', 'Россия')).toBe(`600 12px ${PAGE_FONTS}`);
  });

  it('spaces no joined letters apart', () => {
    expect(letterSpacing('1px', 'أفغانستان')).toBe('0px');
    expect(letterSpacing('1px', 'AFGHANISTAN')).toBe('1px');
  });
});
