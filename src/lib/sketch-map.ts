/**
 * A small map drawn as SVG from the country outlines, for paper: no tiles, no network. A frame is
 * a rectangle of the Web Mercator world (zoom-0 pixels, as lib/mercator.ts) drawn `scale` SVG
 * units to the pixel; outlines are clipped to it and thinned to what the drawing can show.
 */
import type { FeatureCollection, Position } from 'geojson';
import { countryPaths, type CountryPaths } from './country-paths';
import { projectX, projectY } from './mercator';
import type { MapView } from './url-state';

export interface SketchFrame {
  /** Top-left corner, in zoom-0 world pixels. */
  readonly x: number;
  readonly y: number;
  /** SVG units per world pixel. */
  readonly scale: number;
  /** The drawing's size, in SVG units. */
  readonly width: number;
  readonly height: number;
}

export const SKETCH_SIZE = Object.freeze({ width: 360, height: 220 });

/** A map view's zoom shows what a map this wide (in CSS pixels) shows at that zoom: about the app's map. */
const SCREEN_WIDTH = 720;
/** The least a frame around events spans, in world pixels: about 14 degrees of longitude, a region. */
const MIN_SPAN = 10;
/**
 * The closest a sketch comes: outlines alone show nothing nearer (a city is all land), so a view
 * closer than this keeps its centre and shows the region around it.
 */
export const SKETCH_MAX_ZOOM = 6;
const WORLD = 256;

/**
 * The frame for a step: its map view where it has one (centre and zoom, at most SKETCH_MAX_ZOOM),
 * else around its points, else the inhabited world.
 */
export function sketchFrame(
  view: MapView | null,
  points: readonly { lon: number; lat: number }[],
  size: { width: number; height: number } = SKETCH_SIZE,
): SketchFrame {
  const { width, height } = size;
  if (view) {
    const scale = width / (SCREEN_WIDTH / 2 ** Math.min(view.zoom, SKETCH_MAX_ZOOM));
    return framed(projectX(view.lng), projectY(view.lat), scale, width, height);
  }
  if (points.length === 0) return around(projectX(-170), projectY(75), projectX(190), projectY(-50), size);
  const xs = points.map((p) => projectX(p.lon));
  const ys = points.map((p) => projectY(p.lat));
  return around(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), size);
}

function framed(cx: number, cy: number, scale: number, width: number, height: number): SketchFrame {
  return { x: cx - width / scale / 2, y: cy - height / scale / 2, scale, width, height };
}

/** The frame holding a box of the world, with a margin, at least a region wide. */
function around(x0: number, y0: number, x1: number, y1: number, size: { width: number; height: number }) {
  const spanX = Math.max((x1 - x0) * 1.3, MIN_SPAN);
  const spanY = Math.max((y1 - y0) * 1.3, (MIN_SPAN * size.height) / size.width);
  const scale = Math.min(size.width / spanX, size.height / spanY);
  return framed((x0 + x1) / 2, (y0 + y1) / 2, scale, size.width, size.height);
}

/** Where a point is drawn, in SVG units from the frame's top-left. */
export function sketchPoint(frame: SketchFrame, lon: number, lat: number): [number, number] {
  return [(projectX(lon) - frame.x) * frame.scale, (projectY(lat) - frame.y) * frame.scale];
}

/** How far past the frame outlines are kept, so the cut along the clip never shows. */
const MARGIN = 4;
/** Points closer than this to the last one kept are left out: finer than print shows. */
const THIN = 0.6;

/**
 * The land in a frame as one SVG path (each country a closed shape, so its borders are drawn):
 * rings clipped to the frame, in every copy of the world the frame spans.
 */
export function landPath(collection: FeatureCollection, frame: SketchFrame): string {
  const { points, rings, countries, boxes } = projectedOnce(collection);
  const parts: string[] = [];
  // The clip's edges in world pixels: a country wholly beyond one of them would leave nothing.
  const left = frame.x - MARGIN / frame.scale;
  const right = frame.x + (frame.width + MARGIN) / frame.scale;
  const top = frame.y - MARGIN / frame.scale;
  const bottom = frame.y + (frame.height + MARGIN) / frame.scale;
  for (let c = 0; c < countries.length - 1; c++) {
    if (boxes[c * 4 + 3]! < top || boxes[c * 4 + 1]! > bottom) continue;
    for (const copy of [-WORLD, 0, WORLD]) {
      if (boxes[c * 4 + 2]! + copy < left || boxes[c * 4]! + copy > right) continue;
      for (let r = countries[c]!; r < countries[c + 1]!; r++) {
        const ring: Position[] = [];
        for (let i = rings[r]!; i < rings[r + 1]!; i++) {
          ring.push([
            (points[i * 2]! + copy - frame.x) * frame.scale,
            (points[i * 2 + 1]! - frame.y) * frame.scale,
          ]);
        }
        const d = ringPath(ring, frame);
        if (d) parts.push(d);
      }
    }
  }
  return parts.join('');
}

const projected = new WeakMap<FeatureCollection, CountryPaths>();

/**
 * The outlines projected as the basemap keeps them (lib/country-paths), once per collection, not
 * once per drawing: a lesson's worksheet draws a map for each of its steps from the same outlines.
 */
function projectedOnce(collection: FeatureCollection): CountryPaths {
  let paths = projected.get(collection);
  if (!paths) {
    paths = countryPaths(collection);
    projected.set(collection, paths);
  }
  return paths;
}

function ringPath(points: Position[], frame: SketchFrame): string {
  const clipped = clip(points, -MARGIN, -MARGIN, frame.width + MARGIN, frame.height + MARGIN);
  const kept: Position[] = [];
  for (const p of clipped) {
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(p[0]! - last[0]!, p[1]! - last[1]!) >= THIN) kept.push(p);
  }
  if (kept.length < 3) return '';
  return `M${kept.map((p) => `${round(p[0]!)} ${round(p[1]!)}`).join('L')}Z`;
}

/** A tenth of an SVG unit: finer than print shows. */
const round = (n: number) => Math.round(n * 10) / 10;

/** A ring cut to a rectangle (Sutherland–Hodgman): still one ring, running along the edges where it was cut. */
export function clip(ring: readonly Position[], x0: number, y0: number, x1: number, y1: number): Position[] {
  type Edge = [inside: (p: Position) => boolean, cross: (a: Position, b: Position) => Position];
  const atX = (x: number) => (a: Position, b: Position) => [
    x,
    a[1]! + ((b[1]! - a[1]!) * (x - a[0]!)) / (b[0]! - a[0]!),
  ];
  const atY = (y: number) => (a: Position, b: Position) => [
    a[0]! + ((b[0]! - a[0]!) * (y - a[1]!)) / (b[1]! - a[1]!),
    y,
  ];
  const edges: Edge[] = [
    [(p) => p[0]! >= x0, atX(x0)],
    [(p) => p[0]! <= x1, atX(x1)],
    [(p) => p[1]! >= y0, atY(y0)],
    [(p) => p[1]! <= y1, atY(y1)],
  ];
  let out: Position[] = [...ring];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const a = input[(i + input.length - 1) % input.length]!;
      const b = input[i]!;
      if (inside(b)) {
        if (!inside(a)) out.push(cross(a, b));
        out.push(b);
      } else if (inside(a)) out.push(cross(a, b));
    }
    if (out.length === 0) break;
  }
  return out;
}

/** A dot on the sketch: the events drawn at one spot, by their numbers in the printed list (from 1). */
export interface SketchDot {
  readonly x: number;
  readonly y: number;
  readonly numbers: readonly number[];
}

/**
 * The events as numbered dots: those closer than `apart` share one dot. `outside` counts the events
 * the frame does not hold.
 */
export function sketchDots(
  frame: SketchFrame,
  points: readonly { lon: number; lat: number }[],
  apart = 16,
): { dots: SketchDot[]; outside: number } {
  const dots: { x: number; y: number; numbers: number[] }[] = [];
  let outside = 0;
  points.forEach((p, i) => {
    const [x, y] = sketchPoint(frame, p.lon, p.lat);
    if (x < 0 || y < 0 || x > frame.width || y > frame.height) {
      outside += 1;
      return;
    }
    const near = dots.find((d) => Math.hypot(d.x - x, d.y - y) < apart);
    if (near) near.numbers.push(i + 1);
    else dots.push({ x: round(x), y: round(y), numbers: [i + 1] });
  });
  return { dots, outside };
}
