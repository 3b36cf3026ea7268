import type { Page } from '@playwright/test';
import { expect } from './driver';

/** Nothing ran, nothing was injected, and every link is a web address opened apart: what hostile text must leave. */
export async function expectInert(page: Page) {
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    marked: document.querySelectorAll('[data-pwned]').length,
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    frames: document.querySelectorAll('iframe, object, embed, xss, marquee').length,
    badLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))
      .map((a) => a.href)
      .filter((href) => !/^https?:\/\//.test(href)),
    unsafeLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')).filter(
      (a) => !/\bnoopener\b/.test(a.rel) || !/\bnoreferrer\b/.test(a.rel),
    ).length,
    hidden: getComputedStyle(document.body).display,
  }));
  expect(found).toEqual({
    pwned: null,
    marked: 0,
    inlineScripts: 0,
    frames: 0,
    badLinks: [],
    unsafeLinks: 0,
    hidden: 'block',
  });
}
