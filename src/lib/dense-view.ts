import { projectX, projectY } from './mercator';

/**
 * Where most events are: the box a first view should frame, so a map of events
 * spread over the world does not open on the whole world with its busiest part
 * one blob. The rest are named elsewhere (see `outsideGroups`).
 */

export interface Box {
  readonly south: number;
  readonly north: number;
  /** West of east; `east` may pass 180 when the box crosses the antimeridian. */
  readonly west: number;
  readonly east: number;
}

interface Place {
  readonly lat: number;
  readonly lon: number;
}

/** Above this many points, an even sample of them stands for all: the share is what matters. */
const SAMPLE = 240;

const WORLD = 256;

/**
 * The smallest box, as the map would show it (Web Mercator, at `aspect` =
 * width / height), holding at least `share` of the points. Boxes may cross the
 * antimeridian. Null for no points.
 */
export function denseBox(points: readonly Place[], share = 0.6, aspect = 1.5): Box | null {
  if (points.length === 0) return null;
  const step = Math.max(1, points.length / SAMPLE);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let k = 0; k < points.length; k += step) {
    const p = points[Math.floor(k)]!;
    xs.push(projectX(p.lon));
    ys.push(projectY(p.lat));
  }
  const n = xs.length;
  const need = Math.max(1, Math.ceil(n * Math.min(1, Math.max(0, share))));
  // Sorted by x, then again one world to the east, so a box may run past 180°.
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const wx = order.map((i) => xs[i]!).concat(order.map((i) => xs[i]! + WORLD));
  const wy = order.map((i) => ys[i]!).concat(order.map((i) => ys[i]!));

  /** A box `size` high and `size * aspect` wide (at most the world wide) holding `need` points, if any. */
  const fit = (size: number): [number, number, number, number] | null => {
    const width = Math.min(WORLD, size * aspect);
    let end = 0;
    for (let i = 0; i < n; i++) {
      end = Math.max(end, i);
      while (end + 1 < i + n && wx[end + 1]! - wx[i]! <= width) end++;
      if (end - i + 1 < need) continue;
      const column = wy.slice(i, end + 1).sort((a, b) => a - b);
      for (let j = 0; j + need - 1 < column.length; j++) {
        if (column[j + need - 1]! - column[j]! <= size) {
          return [wx[i]!, column[j]!, column[j]! + size, width];
        }
      }
    }
    return null;
  };

  let lo = 0;
  let hi = Math.max(WORLD, WORLD / aspect);
  let found = fit(hi)!;
  if (fit(0)) lo = hi = 0;
  for (let k = 0; k < 40 && hi - lo > 1e-7; k++) {
    const mid = (lo + hi) / 2;
    const box = fit(mid);
    if (box) [hi, found] = [mid, box];
    else lo = mid;
  }
  found = fit(hi) ?? found;
  // The box drawn tight around the points it holds.
  const [left, top, bottom, width] = found;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < 2 * n; i++) {
    const x = wx[i]!;
    const y = wy[i]!;
    if (x < left || x > left + width || y < top || y > bottom) continue;
    [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
    [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
  }
  let west = (minX / WORLD) * 360 - 180;
  let east = (maxX / WORLD) * 360 - 180;
  // A box that starts past 180° (the second copy of the world) is the same box one world west.
  if (west >= 180) [west, east] = [west - 360, east - 360];
  return { south: unprojectY(maxY), north: unprojectY(minY), west, east };
}

function unprojectY(y: number): number {
  const n = Math.PI - (2 * Math.PI * y) / WORLD;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** Whether a place lies in a box (which may cross the antimeridian). */
export function inBox(box: Box, p: Place, slack = 1e-9): boolean {
  if (p.lat < box.south - slack || p.lat > box.north + slack) return false;
  for (const lon of [p.lon, p.lon + 360, p.lon - 360]) {
    if (lon >= box.west - slack && lon <= box.east + slack) return true;
  }
  return false;
}
