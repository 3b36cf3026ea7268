import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile } from '../csp';
import { dataHosts, dataHostsFrom, tileLayer, tileLayerFrom } from './config';

describe('the tile layer setting', () => {
  it('is off unless the build sets it', () => {
    expect(tileLayerFrom(undefined)).toBeNull();
    expect(tileLayerFrom({})).toBeNull();
    expect(tileLayerFrom({ VITE_TILE_URL: '  ' })).toBeNull();
    // The tests are not built with tiles.
    expect(tileLayer).toBeNull();
  });

  it('reads VITE_TILE_URL, VITE_TILE_ATTRIBUTION and VITE_TILE_MAX_ZOOM', () => {
    expect(
      tileLayerFrom({
        VITE_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png',
        VITE_TILE_ATTRIBUTION: ' © Example ',
        VITE_TILE_MAX_ZOOM: '17',
      }),
    ).toEqual({ url: 'https://tile.example.org/{z}/{x}/{y}.png', attribution: '© Example', maxZoom: 17 });
    expect(tileLayerFrom({ VITE_TILE_URL: './tiles/{z}/{x}/{y}.png' })).toEqual({
      url: './tiles/{z}/{x}/{y}.png',
      attribution: '',
      maxZoom: 19,
    });
  });

  it('refuses a setting that cannot work, so the build fails with the reason', () => {
    for (const url of [
      'javascript:alert(1)//{z}/{x}/{y}',
      '//tile.example.org/{z}/{x}/{y}.png',
      'tile.example.org/{z}/{x}/{y}.png',
      'https://tile.example.org/{z}/{x}.png',
    ]) {
      expect(() => tileLayerFrom({ VITE_TILE_URL: url }), url).toThrow(/VITE_TILE_URL must be/);
    }
    for (const zoom of ['23', 'max', '-1', '1.5']) {
      expect(() => tileLayerFrom({ VITE_TILE_URL: '/t/{z}/{x}/{y}.png', VITE_TILE_MAX_ZOOM: zoom })).toThrow(
        /VITE_TILE_MAX_ZOOM must be/,
      );
    }
  });
});

describe('the Content-Security-Policy', () => {
  const imgSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('img-src'));

  it('allows images only from the app itself without tiles, or with tiles on its own host', () => {
    expect(imgSrc(contentSecurityPolicy())).toBe("img-src 'self' data: blob:");
    expect(imgSrc(contentSecurityPolicy({ VITE_TILE_URL: './tiles/{z}/{x}/{y}.png' }))).toBe(
      "img-src 'self' data: blob:",
    );
  });

  it('adds the tile server, every subdomain of it where the URL has {s}', () => {
    expect(
      imgSrc(contentSecurityPolicy({ VITE_TILE_URL: 'https://tile.example.org:8080/{z}/{x}/{y}.png' })),
    ).toBe("img-src 'self' data: blob: https://tile.example.org:8080");
    expect(
      imgSrc(contentSecurityPolicy({ VITE_TILE_URL: 'https://{s}.tile.example.org/{z}/{x}/{y}.png' })),
    ).toBe("img-src 'self' data: blob: https://*.tile.example.org");
  });

  it('writes the same policy into _headers', () => {
    const env = { VITE_TILE_URL: 'https://tile.example.org/{z}/{x}/{y}.png' };
    expect(headersFile(env)).toContain(`Content-Security-Policy: ${contentSecurityPolicy(env)}\n`);
  });

  it('has static hosts keep the hashed files of assets/ for a year, and everything else not', () => {
    const blocks = headersFile()
      .trim()
      .split(/\n(?=\S)/);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^\/\*\n/);
    expect(blocks[0]).not.toContain('Cache-Control');
    expect(blocks[1]).toBe('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('the data hosts setting', () => {
  const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

  it('allows any https host by default, and the policy admits https:', () => {
    expect(dataHosts).toBe('any');
    expect(dataHostsFrom({})).toBe('any');
    expect(dataHostsFrom({ VITE_DATA_HOSTS: ' ' })).toBe('any');
    expect(connectSrc(contentSecurityPolicy())).toBe("connect-src 'self' https:");
  });

  it('with VITE_DATA_HOSTS, allows only the listed origins, and so does the policy', () => {
    const env = { VITE_DATA_HOSTS: 'https://data.example.org/, https://other.example.org:8443' };
    expect(dataHostsFrom(env)).toEqual(['https://data.example.org', 'https://other.example.org:8443']);
    expect(connectSrc(contentSecurityPolicy(env))).toBe(
      "connect-src 'self' https://data.example.org https://other.example.org:8443",
    );
    expect(headersFile(env)).toContain(`Content-Security-Policy: ${contentSecurityPolicy(env)}\n`);
  });

  it('fails the build on a list that cannot work', () => {
    expect(() => contentSecurityPolicy({ VITE_DATA_HOSTS: 'data.example.org' })).toThrow(
      /VITE_DATA_HOSTS must list/,
    );
  });
});
