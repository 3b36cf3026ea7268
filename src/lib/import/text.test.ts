import { describe, expect, it } from 'vitest';
import { capText, cellText, cleanText, placeLabel, slugify } from './text';

describe('cellText', () => {
  it('writes out plain values and lists, and refuses objects', () => {
    expect(cellText('a')).toBe('a');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(NaN)).toBe('');
    expect(cellText(['IS-K', 'Taliban', null, ''])).toBe('IS-K; Taliban');
    expect(cellText({ name: 'x' })).toBeNull();
    expect(cellText([{}])).toBeNull();
  });
});

describe('cleanText', () => {
  it('removes control characters and trims', () => {
    expect(cleanText('\u0000 Kabul\u0007 \u009b')).toBe('Kabul');
  });

  it('makes single-line text one line', () => {
    expect(cleanText('a\r\nb\tc\u00a0 d')).toBe('a b c d');
  });

  it('keeps line breaks in multi-line text, at most one blank line', () => {
    expect(cleanText(' one \r\n\r\n\r\n two  three \n', true)).toBe('one\n\ntwo three');
  });

  it('leaves markup as text', () => {
    expect(cleanText('<b>bold</b> &amp;')).toBe('<b>bold</b> &amp;');
  });
});

describe('capText', () => {
  it('cuts to whole characters', () => {
    expect(capText('abc', 3)).toEqual({ text: 'abc', cut: false });
    expect(capText('abcd', 3)).toEqual({ text: 'abc', cut: true });
    expect(capText('😀😀😀', 2)).toEqual({ text: '😀😀', cut: true });
    expect(capText('😀😀', 3)).toEqual({ text: '😀😀', cut: false });
  });
});

describe('slugify', () => {
  it('makes lower-case slugs', () => {
    expect(slugify('Kabul Airport, 2021!')).toBe('kabul-airport-2021');
    expect(slugify('  Pêshawar__mosque ')).toBe('peshawar-mosque');
    expect(slugify('197001000001')).toBe('197001000001');
    expect(slugify('كابل')).toBe('');
    expect(slugify('a'.repeat(79) + ' b')).toBe('a'.repeat(79));
  });
});

describe('placeLabel', () => {
  it('is the place before its first comma, at most 40 characters', () => {
    expect(placeLabel('Kabul, Afghanistan')).toBe('Kabul');
    expect(placeLabel('')).toBe('');
    expect(placeLabel(', Afghanistan')).toBe(', Afghanistan');
    expect(placeLabel('x'.repeat(50))).toHaveLength(40);
  });
});
