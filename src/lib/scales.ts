import { scaleLinear } from 'd3-scale';
import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { dateToDay, dayToDate, type Day } from './dates';
import { dateFormat } from './i18n/intl';

/** Maps dates to pixels and back, over UTC days. */
export interface TimeScale {
  (date: Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
}

/**
 * A UTC time scale from the first to the end of the last day, over `width`
 * pixels less `inset` at each end (room for the range handles). A linear scale over milliseconds with d3-time's ticks: d3's own time
 * scale would bring d3-time-format into the first chunk for its labels, and the
 * labels here are written in the app's own style.
 */
export function makeTimeScale(extent: { start: Day; end: Day }, width: number, inset = 0): TimeScale {
  const t0 = dayToDate(extent.start);
  const t1 = dayToDate(extent.end + 1);
  const x1 = Math.max(inset + 1, width - inset);
  const linear = scaleLinear().domain([t0.getTime(), t1.getTime()]).range([inset, x1]);
  const scale = (date: Date) => linear(date.getTime());
  scale.invert = (x: number) => new Date(linear.invert(x));
  scale.domain = (): [Date, Date] => [t0, t1];
  scale.range = (): [number, number] => [inset, x1];
  return scale;
}

export interface Tick {
  readonly day: Day;
  readonly x: number;
  readonly label: string;
}

/** "2024" on a new year, "April" on a new month, "8 Apr" on any other day: in the language shown. */
export function tickLabel(date: Date): string {
  if (utcYear.floor(date).getTime() === date.getTime()) return dateFormat({ year: 'numeric' }).format(date);
  if (utcMonth.floor(date).getTime() === date.getTime()) return dateFormat({ month: 'long' }).format(date);
  return dateFormat({ day: 'numeric', month: 'short' }).format(date);
}

/** Ticks roughly every `spacing` pixels, on whole days, labelled as years, months or days as the span allows. */
export function timeTicks(scale: TimeScale, spacing = 80): Tick[] {
  const [x0, x1] = scale.range();
  const count = Math.max(2, Math.floor(Math.abs(x1 - x0) / spacing));
  const [d0, d1] = scale.domain();
  return utcTicks(d0, d1, count)
    .filter((date) => utcDay.floor(date).getTime() === date.getTime())
    .map((date) => ({ day: dateToDay(date), x: scale(date), label: tickLabel(date) }));
}
