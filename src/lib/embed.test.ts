import { describe, expect, it } from 'vitest';
import { fullMapHref, readEmbedOptions } from './embed';

describe('readEmbedOptions', () => {
  it('is the full page by default, and ignores embed options without embed=1', () => {
    const full = { embed: false, timeline: true, list: true, lockWindow: false, fixedMap: false };
    expect(readEmbedOptions('')).toEqual(full);
    expect(readEmbedOptions('?timeline=0&list=0&lock=1&fixed=1')).toEqual(full);
  });

  it('reads each option with embed=1', () => {
    expect(readEmbedOptions('?embed=1&timeline=0&list=false&lock=yes&fixed=1')).toEqual({
      embed: true,
      timeline: false,
      list: false,
      lockWindow: true,
      fixedMap: true,
    });
  });

  it('leaves the default for garbage', () => {
    expect(readEmbedOptions('?embed=1&timeline=maybe&lock=%00&fixed=<b>')).toEqual({
      embed: true,
      timeline: true,
      list: true,
      lockWindow: false,
      fixedMap: false,
    });
    expect(readEmbedOptions('?embed=nope').embed).toBe(false);
  });
});

describe('fullMapHref', () => {
  it('keeps the view and drops the embed options', () => {
    expect(fullMapHref('?embed=1&cat=attack&lock=1&from=2024-01-01&to=2024-12-31', '/map/')).toBe(
      '/map/?cat=attack&from=2024-01-01&to=2024-12-31',
    );
    expect(fullMapHref('?embed=1', '/')).toBe('/');
  });

  it('keeps a lesson carried in the fragment, and no other fragment', () => {
    expect(fullMapHref('?embed=1', '/', '#lesson=abc')).toBe('/#lesson=abc');
    expect(fullMapHref('?embed=1', '/', '#other')).toBe('/');
  });
});
