/**
 * Where the rows of a long list go when only those near the view are in the
 * page, and a row's height is known only once it is drawn.
 *
 * The list is `total` pixels tall whatever its rows' heights. Scrolled a share
 * p of the way down (0 at the top, 1 at the bottom), the point p of the way
 * down the view shows the point p of the way through the rows (row p·count,
 * counted in fractions of a row), and the rows around that one are stacked by
 * their own heights. So laying out costs what the view holds, never the list's
 * length: nothing before the view is summed. The top of the list shows its
 * first row at the top, the bottom its last row at the bottom, the rows move
 * continuously as it scrolls, and a height learned on the way never makes them
 * jump.
 */
export interface RowLayoutInput {
  /** Rows in the list. */
  count: number;
  /** How far the list's top is scrolled above the view's top (px). */
  offset: number;
  /** The view's height (px). */
  view: number;
  /** The list's height (px); see listHeight. */
  total: number;
  /** A row's height: as drawn, or a guess for a row not drawn yet. */
  height: (row: number) => number;
  /** How far beyond each edge of the view rows are laid out too (px). */
  overscan: number;
}

export interface RowLayout {
  /** The first row laid out. */
  first: number;
  /** The tops of rows first, first + 1, … in the list's own coordinates (px). */
  tops: number[];
}

/** Browsers cap an element's height (Firefox near 17.9 million px): a longer list is drawn this tall. */
export const MAX_LIST_HEIGHT = 15_000_000;

/** The list's height: `estimate` a row, up to MAX_LIST_HEIGHT. */
export function listHeight(count: number, estimate: number): number {
  return Math.min(MAX_LIST_HEIGHT, count * estimate);
}

/** The row under the view's point p of the way down, with the share of it above that point. */
function anchorOf({ count, offset, view, total }: RowLayoutInput) {
  const span = total - view;
  const p = span > 0 ? Math.min(1, Math.max(0, offset / span)) : 0;
  const at = p * count;
  const row = Math.min(count - 1, Math.floor(at));
  return { row, share: at - row, y: offset + p * view };
}

/** The rows in and near the view, with their tops. */
export function layoutRows(input: RowLayoutInput): RowLayout {
  const { count, offset, view, height, overscan } = input;
  if (count <= 0) return { first: 0, tops: [] };
  const anchor = anchorOf(input);
  const anchorTop = anchor.y - anchor.share * height(anchor.row);
  const above: number[] = [];
  let top = anchorTop;
  let row = anchor.row;
  while (row > 0 && top > offset - overscan) {
    row--;
    top -= height(row);
    above.push(top);
  }
  const first = anchor.row - above.length;
  const tops = above.reverse();
  top = anchorTop;
  for (row = anchor.row; row < count && top < offset + view + overscan; row++) {
    tops.push(top);
    top += height(row);
  }
  return { first, tops };
}

/**
 * Where `row`'s top is, relative to the view's top, with the list scrolled to
 * `offset`; or ±Infinity when more than `reach` rows lie between it and the
 * view's anchor (far above or below).
 */
function rowTopInView(input: RowLayoutInput, row: number, offset: number, reach: number): number {
  const at = { ...input, offset };
  const anchor = anchorOf(at);
  if (Math.abs(row - anchor.row) > reach) return row < anchor.row ? -Infinity : Infinity;
  let top = anchor.y - anchor.share * input.height(anchor.row);
  for (let r = anchor.row; r > row; r--) top -= input.height(r - 1);
  for (let r = anchor.row; r < row; r++) top += input.height(r);
  return top - offset;
}

/**
 * The scroll offset that brings `row` wholly into view with the least
 * movement (its top at the view's top if it is above, its bottom at the
 * view's bottom if below); `input.offset` when it is in view already.
 */
export function revealOffset(input: RowLayoutInput, row: number): number {
  const { view, total } = input;
  const span = Math.max(0, total - view);
  const reach = Math.ceil(view / 8) + 64;
  const h = input.height(row);
  const now = rowTopInView(input, row, input.offset, reach);
  // Above the view, or taller than it: its top at the view's top. Below: its bottom at the view's bottom.
  const above = now < 0 || h >= view;
  if (!above && now + h <= view) return input.offset;
  const target = above ? 0 : view - h;
  // The row's place in the view rises as the list scrolls down: halve the range to where it is at target,
  // keeping the end where the row is wholly in view.
  let lo = 0;
  let hi = span;
  for (let i = 0; i < 80 && hi - lo > 0.01; i++) {
    const mid = (lo + hi) / 2;
    if (rowTopInView(input, row, mid, reach) > target) lo = mid;
    else hi = mid;
  }
  return above ? lo : hi;
}
