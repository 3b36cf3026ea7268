import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

/** axe-core itself, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets every check runs: WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The violations axe finds in the page (or in the part `include` selects), one
 * line each: rule, help and where. axe is put into each frame of the page the
 * first time only, and runs in the page itself (frames included), asked for
 * violations alone: @axe-core/playwright's `analyze()` re-injects axe into
 * every frame and opens a blank page to merge the results on every call,
 * about 2 s a check here against 0.3 s.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const present = await frame.evaluate(() => 'axe' in window).catch(() => null);
    // A frame from another origin, or one going away, is left out as axe's own run would leave it.
    if (present === false) await frame.evaluate(AXE_SOURCE).catch(() => undefined);
  }
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
      );
    },
    { include, tags: AXE_TAGS },
  );
}
