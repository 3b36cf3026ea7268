import { useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { dateToDay, formatDay, type Day } from '../../lib/dates';
import { makeTimeScale, timeTicks } from '../../lib/scales';
import { nextSliderValue } from '../../lib/slider-keys';
import type { TimeWindow } from '../../store/time-slice';
import { EventRug } from './EventRug';
import { useElementWidth } from './use-element-width';

interface Props {
  extent: TimeWindow;
  timeWindow: TimeWindow;
  onChange: (start: Day, end: Day) => void;
}

type Grip = 'start' | 'end' | 'band';

/**
 * Two handles over a time axis, following the WAI-ARIA slider pattern. The
 * band between them drags the whole window; a press on the track moves the
 * nearer handle there.
 */
export function RangeSlider({ extent, timeWindow, onChange }: Props) {
  const [trackRef, width] = useElementWidth<HTMLDivElement>();
  const scale = useMemo(() => makeTimeScale(extent, Math.max(1, width)), [extent, width]);
  const ticks = useMemo(() => (width > 0 ? timeTicks(scale) : []), [scale, width]);
  const xOf = (day: Day) => scale(new Date(day * 86_400_000));
  const dayAt = (x: number) => dateToDay(scale.invert(Math.min(width, Math.max(0, x))));
  const startX = xOf(timeWindow.start);
  const endX = xOf(timeWindow.end + 1);

  function onKey(grip: 'start' | 'end') {
    return (e: KeyboardEvent<HTMLDivElement>) => {
      const isStart = grip === 'start';
      const value = isStart ? timeWindow.start : timeWindow.end;
      const min = isStart ? extent.start : timeWindow.start;
      const max = isStart ? timeWindow.end : extent.end;
      const next = nextSliderValue(e.key, e.shiftKey, value, min, max);
      if (next === null) return;
      e.preventDefault();
      if (isStart) onChange(next, timeWindow.end);
      else onChange(timeWindow.start, next);
    };
  }

  function startDrag(e: PointerEvent<HTMLDivElement>, grip: Grip) {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const left = trackRef.current?.getBoundingClientRect().left ?? 0;
    const from = { start: timeWindow.start, end: timeWindow.end, day: dayAt(e.clientX - left) };
    if (grip === 'start' || grip === 'end') {
      (document.querySelector(`[data-grip="${grip}"]`) as HTMLElement | null)?.focus();
    }
    const move = (ev: globalThis.PointerEvent) => {
      const day = dayAt(ev.clientX - left);
      if (grip === 'start') onChange(Math.min(day, from.end), from.end);
      else if (grip === 'end') onChange(from.start, Math.max(day - 1, from.start));
      else {
        const length = from.end - from.start;
        const shift = Math.min(extent.end - from.end, Math.max(extent.start - from.start, day - from.day));
        onChange(from.start + shift, from.start + shift + length);
      }
    };
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
      target.removeEventListener('pointercancel', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
    target.addEventListener('pointercancel', stop);
  }

  function onTrackDown(e: PointerEvent<HTMLDivElement>) {
    const left = e.currentTarget.getBoundingClientRect().left;
    const x = e.clientX - left;
    const grip: Grip = Math.abs(x - startX) <= Math.abs(x - endX) ? 'start' : 'end';
    const day = dayAt(x);
    if (grip === 'start') onChange(Math.min(day, timeWindow.end), timeWindow.end);
    else onChange(timeWindow.start, Math.max(day, timeWindow.start));
    startDrag(e, grip);
  }

  return (
    <div className="range">
      {/* The track is a pointer convenience; the handles are the keyboard and screen-reader controls. */}
      <div className="range-track" ref={trackRef} onPointerDown={onTrackDown} data-testid="timeline-track">
        <EventRug width={width} scale={scale} />
        <div className="range-dim" style={{ left: 0, width: startX }} aria-hidden="true" />
        <div className="range-dim" style={{ left: endX, right: 0 }} aria-hidden="true" />
        <div
          className="range-band"
          style={{ left: startX, width: Math.max(2, endX - startX) }}
          onPointerDown={(e) => startDrag(e, 'band')}
          data-testid="timeline-band"
          aria-hidden="true"
        />
        <div
          role="slider"
          tabIndex={0}
          className="range-thumb range-thumb-start"
          data-grip="start"
          style={{ left: startX }}
          aria-label="Start of time window"
          aria-valuemin={extent.start}
          aria-valuemax={timeWindow.end}
          aria-valuenow={timeWindow.start}
          aria-valuetext={formatDay(timeWindow.start)}
          aria-orientation="horizontal"
          onKeyDown={onKey('start')}
          onPointerDown={(e) => startDrag(e, 'start')}
        />
        <div
          role="slider"
          tabIndex={0}
          className="range-thumb range-thumb-end"
          data-grip="end"
          style={{ left: endX }}
          aria-label="End of time window"
          aria-valuemin={timeWindow.start}
          aria-valuemax={extent.end}
          aria-valuenow={timeWindow.end}
          aria-valuetext={formatDay(timeWindow.end)}
          aria-orientation="horizontal"
          onKeyDown={onKey('end')}
          onPointerDown={(e) => startDrag(e, 'end')}
        />
      </div>
      <svg className="range-axis" width={width} height={22} aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.day} transform={`translate(${t.x},0)`}>
            <line y1={0} y2={5} />
            <text y={17} textAnchor={t.x < 20 ? 'start' : t.x > width - 20 ? 'end' : 'middle'}>
              {t.label}
            </text>
          </g>
        ))}
      </svg>
      <p className="range-hint">
        Drag the handles or the shaded band. Keys: arrows move a day, Page Up/Down a month, Shift+Page Up/Down
        a year, Home/End to the ends.
      </p>
    </div>
  );
}
