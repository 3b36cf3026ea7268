import type { Locator, Page } from '@playwright/test';

/** The focus indicator of the focused element: whether there is one, and its contrast with what is around it. */
export interface FocusRing {
  element: string;
  ring: boolean;
  contrast: number;
}

type Task = { kind: 'focus' } | { kind: 'text' };

/**
 * Runs in the page, so it goes through `evaluate` as one function: WCAG's
 * relative luminance and contrast ratio over computed colours, and the colour
 * behind an element (its background over its ancestors', down to the page).
 * Background images and opacity are not taken into account.
 */
function measure(root: Element, task: Task): FocusRing | string[] {
  type Rgba = [number, number, number, number];
  const rgba = (css: string): Rgba => {
    const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    return [r, g, b, a];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3];
    return [
      top[0] * a + below[0] * (1 - a),
      top[1] * a + below[1] * (1 - a),
      top[2] * a + below[2] * (1 - a),
      1,
    ];
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
  const luminance = ([r, g, b]: Rgba) => {
    const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const ratio = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
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
    const colour = outline ? rgba(style.outlineColor) : shadow ? rgba(shadow) : null;
    if (!colour || colour[3] === 0) return { element: describe(root), ring: false, contrast: 0 };
    // An outline drawn outside the element is seen against what is behind the element.
    const inside = outline && parseFloat(style.outlineOffset) < 0;
    const around = behind(inside ? root : root.parentElement);
    return { element: describe(root), ring: true, contrast: ratio(over(colour, around), around) };
  }

  const problems: string[] = [];
  for (const e of root.querySelectorAll('*')) {
    const text = Array.from(e.childNodes, (n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : ''))
      .join('')
      .trim();
    if (!text || !e.checkVisibility() || e.closest(':disabled')) continue;
    const style = getComputedStyle(e);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const ground = behind(e);
    const contrast = ratio(over(rgba(style.color), ground), ground);
    if (contrast < needed) problems.push(`${describe(e)}: ${contrast.toFixed(2)}, below ${needed}`);
  }
  return problems;
}

/** The focus indicator of the document's focused element (a date field's, when focus is on a part of it). */
export async function focusRing(page: Page): Promise<FocusRing> {
  const task: Task = { kind: 'focus' };
  const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
  try {
    return (await focused.evaluate(measure, task)) as FocusRing;
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
  return (await locator.evaluate(measure, task)) as string[];
}
