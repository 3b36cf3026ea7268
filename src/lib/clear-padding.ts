/** Space to leave on each side of a map view, in pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box over the map, in pixels from the map's top left corner. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

/** What is left of the margin on a crowded map, so markers do not touch what is over them. */
const MIN_MARGIN = 4;

/**
 * Padding that keeps a view clear of the boxes drawn over a map (legend,
 * notices, controls): each box is left out by the side that costs the least
 * map, largest box first. At least `margin` on every side; at most `most` of
 * the map's width and height padded away, so a crowded small map still shows
 * something: there the margins are given up before any of the boxes' cover.
 */
export function clearPadding(
  width: number,
  height: number,
  rects: readonly Rect[],
  margin = 20,
  most = 0.9,
): Padding {
  const pad: Padding = { top: margin, right: margin, bottom: margin, left: margin };
  const seen = rects
    .map((r) => ({
      left: Math.max(0, r.left),
      top: Math.max(0, r.top),
      right: Math.min(width, r.right),
      bottom: Math.min(height, r.bottom),
    }))
    .filter((r) => r.right > r.left && r.bottom > r.top)
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  for (const r of seen) {
    const need: Padding = {
      top: r.bottom + margin,
      right: width - r.left + margin,
      bottom: height - r.top + margin,
      left: r.right + margin,
    };
    const cost = (side: (typeof SIDES)[number]) =>
      Math.max(0, need[side] - pad[side]) * (side === 'top' || side === 'bottom' ? width : height);
    const side = SIDES.reduce((best, s) => (cost(s) < cost(best) ? s : best));
    pad[side] = Math.max(pad[side], need[side]);
  }
  // A crowded map keeps some of itself: the margins go first (to a few pixels), then the padding shrinks in proportion.
  const fit = (a: 'top' | 'left', b: 'bottom' | 'right', size: number) => {
    const spare = Math.min(pad[a] + pad[b] - size * most, 2 * Math.max(0, margin - MIN_MARGIN));
    if (spare > 0) {
      pad[a] -= spare / 2;
      pad[b] -= spare / 2;
    }
    const total = pad[a] + pad[b];
    if (total > size * most) {
      pad[a] = (pad[a] * size * most) / total;
      pad[b] = (pad[b] * size * most) / total;
    }
  };
  fit('top', 'bottom', height);
  fit('left', 'right', width);
  return pad;
}

/**
 * How far to move a view (in pixels, to subtract from the point) so that a
 * point under one of the boxes (or within `reach` of one) comes out from
 * under them all, `margin` clear of each and of the map's edges, at the
 * nearest such place. [0, 0] for a point not under a box, for one outside
 * the map (a view that leaves it out is its author's choice), or where no
 * place is clear.
 */
export function shiftIntoClear(
  x: number,
  y: number,
  width: number,
  height: number,
  rects: readonly Rect[],
  margin = 8,
  reach = margin,
): [number, number] {
  if (x < 0 || y < 0 || x > width || y > height) return [0, 0];
  // An empty box (a notice's slot with nothing in it) covers nothing.
  const boxes = rects.filter((r) => r.right > r.left && r.bottom > r.top);
  const covered = (px: number, py: number, m: number) =>
    boxes.some((r) => px >= r.left - m && px <= r.right + m && py >= r.top - m && py <= r.bottom + m);
  if (!covered(x, y, reach)) return [0, 0];
  // The nearest clear place lies, on each axis, level with the point, just beyond a box's edge, or at
  // the map's own margin.
  const xs = [
    x,
    margin,
    width - margin,
    ...boxes.flatMap((r) => [r.left - margin - 1, r.right + margin + 1]),
  ];
  const ys = [
    y,
    margin,
    height - margin,
    ...boxes.flatMap((r) => [r.top - margin - 1, r.bottom + margin + 1]),
  ];
  let best: [number, number] = [0, 0];
  let bestDistance = Infinity;
  for (const cx of xs) {
    if (cx < margin || cx > width - margin) continue;
    for (const cy of ys) {
      if (cy < margin || cy > height - margin) continue;
      const distance = (cx - x) ** 2 + (cy - y) ** 2;
      if (distance < bestDistance && !covered(cx, cy, margin)) {
        best = [x - cx, y - cy];
        bestDistance = distance;
      }
    }
  }
  return best;
}
