import type { Locator, Page } from '@playwright/test';

/** A colour as 0-255 channels and an alpha from 0 to 1. */
export type Rgba = [number, number, number, number];

/** WCAG's relative luminance. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour as seen against what is behind it (both opaque after this). */
interface Seen {
  element: string;
  colour: Rgba;
  ground: Rgba;
}

type Task = { kind: 'focus' } | { kind: 'text' };

/**
 * Runs in the page, so it goes through `evaluate` as one function: the
 * colours of the focus ring of `root`, or of each piece of text in it, each
 * laid over the colour behind (the backgrounds of the element and its
 * ancestors, down to the page). Background images and opacity are not taken
 * into account. Text comes with whether it is large (WCAG: 24px, or 18.66px bold).
 */
function colours(root: Element, task: Task): Array<Seen & { large: boolean }> {
  const rgba = (css: string): Rgba => {
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    return [r, g, b, a];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3];
    const mix = (i: 0 | 1 | 2) => top[i] * a + below[i] * (1 - a);
    return [mix(0), mix(1), mix(2), 1];
  };
  const behind = (from: Element | null): Rgba => {
    const layers: Rgba[] = [];
    for (let e = from; e; e = e.parentElement) {
      const colour = rgba(getComputedStyle(e).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const describe = (e: Element) => {
    const field = e instanceof HTMLInputElement ? e : null;
    const name = e.getAttribute('aria-label') ?? field?.labels?.[0]?.textContent ?? e.textContent ?? '';
    return `${e.tagName.toLowerCase()}${field ? `[${field.type}]` : ''} "${name.trim().slice(0, 50)}"`;
  };

  if (task.kind === 'focus') {
    const style = getComputedStyle(root);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0];
    const ring = outline ? rgba(style.outlineColor) : shadow ? rgba(shadow) : null;
    if (!ring || ring[3] === 0) return [];
    // An outline drawn outside the element is seen against what is behind the element.
    const inside = outline && parseFloat(style.outlineOffset) < 0;
    const ground = behind(inside ? root : root.parentElement);
    return [{ element: describe(root), colour: over(ring, ground), ground, large: false }];
  }

  const seen: Array<Seen & { large: boolean }> = [];
  for (const e of root.querySelectorAll('*')) {
    const own = Array.from(e.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join(
      '',
    );
    if (!own.trim() || !e.checkVisibility() || e.closest(':disabled')) continue;
    const style = getComputedStyle(e);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ground = behind(e);
    seen.push({ element: describe(e), colour: over(rgba(style.color), ground), ground, large });
  }
  return seen;
}

/** The focus indicator of the focused element: whether there is one, and its contrast with what is around it. */
export interface FocusRing {
  element: string;
  ring: boolean;
  contrast: number;
}

/** The focus indicator of the document's focused element (a date field's, when focus is on a part of it). */
export async function focusRing(page: Page): Promise<FocusRing> {
  const task: Task = { kind: 'focus' };
  const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
  try {
    const [ring] = await focused.evaluate(colours, task);
    if (!ring)
      return { element: await focused.evaluate((e) => e.outerHTML.slice(0, 80)), ring: false, contrast: 0 };
    return { element: ring.element, ring: true, contrast: contrastRatio(ring.colour, ring.ground) };
  } finally {
    await focused.dispose();
  }
}

/**
 * Text inside `locator` with less contrast than WCAG 1.4.3 asks (4.5:1, or
 * 3:1 for large text). For dialogs: axe leaves contrast in the top layer "incomplete".
 */
export async function lowContrastText(locator: Locator): Promise<string[]> {
  const task: Task = { kind: 'text' };
  return (await locator.evaluate(colours, task)).flatMap(({ element, colour, ground, large }) => {
    const contrast = contrastRatio(colour, ground);
    const needed = large ? 3 : 4.5;
    return contrast < needed ? [`${element}: ${contrast.toFixed(2)}, below ${needed}`] : [];
  });
}
