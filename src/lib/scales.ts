import { scaleOrdinal, scaleSqrt, scaleUtc } from 'd3-scale';
import { CATEGORIES, type Category } from './vocabulary';
import { dateToDay, dayToDate, type Day } from './dates';

/**
 * Okabe & Ito's palette, chosen to stay distinguishable with the common forms
 * of colour blindness. Each category keeps its colour whatever the data holds.
 */
const PALETTE = ['#D55E00', '#0072B2', '#CC79A7', '#009E73', '#56B4E9', '#E69F00', '#595959', '#000000'];

export const categoryColor = scaleOrdinal<Category, string>().domain(CATEGORIES).range(PALETTE);

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 22;

/**
 * Marker radius by people killed: area grows with the number (a square-root
 * scale), so 100 dead is not drawn ten times as wide as 10.
 */
export function makeRadiusScale(maxKilled: number) {
  return scaleSqrt()
    .domain([0, Math.max(1, maxKilled)])
    .range([MIN_RADIUS, MAX_RADIUS])
    .clamp(true);
}

/** A UTC time scale from the first to the end of the last day, over `width` pixels. */
export function makeTimeScale(extent: { start: Day; end: Day }, width: number) {
  return scaleUtc()
    .domain([dayToDate(extent.start), dayToDate(extent.end + 1)])
    .range([0, width]);
}

export interface Tick {
  readonly day: Day;
  readonly x: number;
  readonly label: string;
}

/** Ticks roughly every `spacing` pixels, labelled as years, months or days as the span allows. */
export function timeTicks(scale: ReturnType<typeof makeTimeScale>, spacing = 80): Tick[] {
  const [x0, x1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  const format = scale.tickFormat(count);
  return scale.ticks(count).map((date) => ({
    day: dateToDay(date),
    x: scale(date),
    label: format(date),
  }));
}
