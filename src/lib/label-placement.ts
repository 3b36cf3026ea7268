/**
 * Where map labels go: greedily, most important first, each at the first of a
 * few candidate boxes that lies inside the view and overlaps nothing already
 * there (markers, clusters, labels placed before it). A label that fits at
 * none of its candidates is dropped, never moved further away.
 */

/** An axis-aligned box in screen pixels, from (x0, y0) to (x1, y1). */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The side of its marker a label was put on. */
export type Side = 'right' | 'left' | 'above' | 'below';

export const SIDES: readonly Side[] = ['right', 'left', 'above', 'below'];

/** A round mark on the map: a marker or a cluster, its centre and radius in pixels. */
export interface Mark {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Space between a marker's edge and its label. */
export const LABEL_GAP = 3;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
}

export function inside(box: Box, width: number, height: number): boolean {
  return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
}

/** The square a round mark covers. */
export function markBox({ x, y, r }: Mark): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** A `width` x `height` label on one side of a mark, `gap` pixels from its edge. */
export function besideMark(
  { x, y, r }: Mark,
  width: number,
  height: number,
  side: Side,
  gap = LABEL_GAP,
): Box {
  const d = r + gap;
  switch (side) {
    case 'right':
      return { x0: x + d, y0: y - height / 2, x1: x + d + width, y1: y + height / 2 };
    case 'left':
      return { x0: x - d - width, y0: y - height / 2, x1: x - d, y1: y + height / 2 };
    case 'above':
      return { x0: x - width / 2, y0: y - d - height, x1: x + width / 2, y1: y - d };
    case 'below':
      return { x0: x - width / 2, y0: y + d, x1: x + width / 2, y1: y + d + height };
  }
}

/** The candidate boxes of a label beside its mark: right, left, above, below. */
export function candidatesBeside(mark: Mark, width: number, height: number, gap = LABEL_GAP): Box[] {
  return SIDES.map((side) => besideMark(mark, width, height, side, gap));
}

/** A box of `width` x `height` centred on a point. */
export function centredOn(x: number, y: number, width: number, height: number): Box {
  return { x0: x - width / 2, y0: y - height / 2, x1: x + width / 2, y1: y + height / 2 };
}

const BUCKET = 64;

/**
 * Items filed by their boxes in buckets of a coarse grid, so that a query
 * looks only at the items near it, in the order they were added.
 */
export class BoxGrid<T> {
  private readonly buckets = new Map<number, T[]>();

  /** Files `item` under every bucket its `box` touches. */
  add(box: Box, item: T): void {
    this.forBuckets(box, (key) => {
      const list = this.buckets.get(key);
      if (list) list.push(item);
      else this.buckets.set(key, [item]);
      return false;
    });
  }

  /** Whether `test` holds for an item filed in a bucket `box` touches. */
  some(box: Box, test: (item: T) => boolean): boolean {
    return this.forBuckets(box, (key) => this.buckets.get(key)?.some(test) ?? false);
  }

  /**
   * The first item added for which `test` holds at a point, of those filed
   * in its bucket: the first of all, when every item `test` may hold for
   * there was added with a box holding the point.
   */
  firstAt(x: number, y: number, test: (item: T) => boolean): T | undefined {
    return this.buckets.get(key(Math.floor(x / BUCKET), Math.floor(y / BUCKET)))?.find(test);
  }

  /** Calls `visit` for each bucket the box touches, until it returns true. */
  private forBuckets(box: Box, visit: (key: number) => boolean): boolean {
    const i0 = Math.floor(box.x0 / BUCKET);
    const i1 = Math.floor(box.x1 / BUCKET);
    const j0 = Math.floor(box.y0 / BUCKET);
    const j1 = Math.floor(box.y1 / BUCKET);
    for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) if (visit(key(i, j))) return true;
    return false;
  }
}

function key(i: number, j: number): number {
  return (j + 4096) * 8192 + (i + 4096);
}

/**
 * The boxes taken so far, in buckets of a coarse grid, so that checking a
 * box against hundreds of markers looks only at those near it.
 */
export class TakenBoxes {
  private readonly grid = new BoxGrid<Box>();

  add(box: Box): void {
    this.grid.add(box, box);
  }

  hits(box: Box): boolean {
    return this.grid.some(box, (b) => overlaps(b, box));
  }
}

/**
 * The marks under points, found among the few near each: `reach` pixels
 * beyond a mark's edge still count as under it.
 */
export class MarksAt<M extends Mark> {
  private readonly grid = new BoxGrid<M>();

  constructor(
    marks: readonly M[],
    private readonly reach: number,
  ) {
    // Filed a pixel wider than the reach: a point rounding onto the disc's edge still finds it.
    for (const mark of marks) this.grid.add(markBox({ x: mark.x, y: mark.y, r: mark.r + reach + 1 }), mark);
  }

  /** The first of the marks given whose disc, grown by the reach, holds the point. */
  under(x: number, y: number): M | undefined {
    return this.grid.firstAt(x, y, (m) => (m.x - x) ** 2 + (m.y - y) ** 2 <= (m.r + this.reach) ** 2);
  }
}

/**
 * Places `items` in the order given (most important first): each takes the
 * first of its candidate boxes that is inside a `width` x `height` view and
 * hits nothing in `taken`, which it then joins. Items with no such box are
 * left out. Returns the placed items with their boxes, in order.
 */
export function placeGreedily<T>(
  items: readonly T[],
  candidates: (item: T) => readonly Box[],
  taken: TakenBoxes,
  width: number,
  height: number,
): Array<{ item: T; box: Box }> {
  const placed: Array<{ item: T; box: Box }> = [];
  for (const item of items) {
    const box = candidates(item).find((b) => inside(b, width, height) && !taken.hits(b));
    if (!box) continue;
    taken.add(box);
    placed.push({ item, box });
  }
  return placed;
}
