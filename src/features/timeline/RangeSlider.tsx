import { useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { binOf, type BinCounts, type Bins } from '../../lib/bins';
import { dateToDay, formatDay, type Day } from '../../lib/dates';
import { withEndLabels } from '../../lib/axis-ends';
import { makeTimeScale, timeTicks, type TimeScale } from '../../lib/scales';
import { nextSliderValue } from '../../lib/slider-keys';
import { snapToBin } from '../../lib/snap';
import type { TimeWindow } from '../../store/time-slice';
import { Histogram } from './Histogram';
import { markMoving } from './moving-window';
import { useElementWidth } from './use-element-width';

interface Props {
  extent: TimeWindow;
  view: TimeWindow;
  timeWindow: TimeWindow;
  bins: Bins;
  counts: BinCounts;
  killed: BinCounts | null;
  total: number;
  onChange: (start: Day, end: Day) => void;
  /** Zoom the axis by a factor (below 1 zooms in) around a day. */
  onZoom: (factor: number, anchor: Day) => void;
}

type Grip = 'start' | 'end' | 'band';

const HEIGHT = 64;
/** The handles' width: the bars start and end this far inside the track, so a handle at an end never covers one. */
const INSET = 18;

/**
 * Two handles over the time axis shown, following the WAI-ARIA slider
 * pattern, with the histogram behind them. The band between the handles drags
 * the whole window; a press on the track moves the nearer handle there; the
 * wheel or a pinch zooms the axis.
 */
export function RangeSlider({
  extent,
  view,
  timeWindow,
  bins,
  counts,
  killed,
  total,
  onChange,
  onZoom,
}: Props) {
  const { t } = useLingui();
  const [trackRef, width] = useElementWidth<HTMLDivElement>();
  const [hovered, setHovered] = useState<number | null>(null);
  const pinching = useRef(false);
  const scale = useMemo(() => makeTimeScale(view, Math.max(1, width), INSET), [view, width]);
  const [x0, x1] = scale.range();
  const ticks = useMemo(
    () => (width > 0 ? withEndLabels(timeTicks(scale), view, ...scale.range()) : []),
    [scale, width, view],
  );
  const clampX = (x: number) => Math.min(x1, Math.max(x0, x));
  // Bins run to whole calendar units, past the ends of the axis: their bars stop at its ends.
  const xOf = useMemo(
    () => (day: Day) => Math.min(x1, Math.max(x0, scale(new Date(day * 86_400_000)))),
    [scale, x0, x1],
  );
  const dayAt = (x: number) => dateToDay(scale.invert(clampX(x)));
  const startX = clampX(xOf(timeWindow.start));
  const endX = clampX(xOf(timeWindow.end + 1));

  useWheelAndPinch(trackRef, scale, onZoom, pinching);

  function onKey(grip: 'start' | 'end') {
    return (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.key === '+' || e.key === '=' || e.key === '-') {
        e.preventDefault();
        onZoom(e.key === '-' ? 2 : 0.5, grip === 'start' ? timeWindow.start : timeWindow.end);
        return;
      }
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
    setHovered(null);
    const left = trackRef.current?.getBoundingClientRect().left ?? 0;
    const from = { start: timeWindow.start, end: timeWindow.end, day: dayAt(e.clientX - left) };
    if (grip !== 'band') trackRef.current?.querySelector<HTMLElement>(`[data-grip="${grip}"]`)?.focus();
    markMoving('is-dragging-window', true);
    const move = (ev: globalThis.PointerEvent) => {
      if (pinching.current) return;
      const day = dayAt(ev.clientX - left);
      // Handles land on the histogram's bin boundaries; the band keeps its length.
      if (grip === 'start') onChange(Math.min(snapToBin(bins, day, 'start'), from.end), from.end);
      else if (grip === 'end') onChange(from.start, Math.max(snapToBin(bins, day, 'end'), from.start));
      else {
        const length = from.end - from.start;
        const shift = Math.min(extent.end - from.end, Math.max(extent.start - from.start, day - from.day));
        onChange(from.start + shift, from.start + shift + length);
      }
    };
    const stop = () => {
      markMoving('is-dragging-window', false);
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
      target.removeEventListener('pointercancel', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
    target.addEventListener('pointercancel', stop);
  }

  function onTrackDown(e: PointerEvent<HTMLDivElement>) {
    if (pinching.current || (e.target instanceof Element && e.target.closest('[data-grip]'))) return;
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    const grip: Grip = Math.abs(x - startX) <= Math.abs(x - endX) ? 'start' : 'end';
    const day = dayAt(x);
    if (grip === 'start') onChange(Math.min(snapToBin(bins, day, 'start'), timeWindow.end), timeWindow.end);
    else onChange(timeWindow.start, Math.max(snapToBin(bins, day, 'end'), timeWindow.start));
    startDrag(e, grip);
  }

  function onTrackMove(e: PointerEvent<HTMLDivElement>) {
    // A bar's tip is for pointing, not dragging: it goes while a button is down (see startDrag).
    if (e.pointerType === 'touch' || e.buttons !== 0) return;
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    setHovered(binOf(bins, dayAt(x)));
  }

  return (
    <div className="range">
      <div
        className="range-track"
        ref={trackRef}
        onPointerDown={onTrackDown}
        onPointerMove={onTrackMove}
        onPointerLeave={() => setHovered(null)}
        data-testid="timeline-track"
        style={{ height: HEIGHT }}
      >
        {width > 0 && (
          <Histogram
            bins={bins}
            counts={counts}
            killed={killed}
            total={total}
            xOf={xOf}
            width={width}
            height={HEIGHT}
            timeWindow={timeWindow}
            hovered={hovered}
            onChoose={onChange}
          />
        )}
        <div className="range-dim" style={{ left: 0, width: startX }} aria-hidden="true" />
        <div className="range-dim" style={{ left: endX, right: 0 }} aria-hidden="true" />
        <div
          className="range-band"
          style={{ left: startX, width: Math.max(2, endX - startX) }}
          onPointerDown={(e) => startDrag(e, 'band')}
          data-testid="timeline-band"
          aria-hidden="true"
        />
        <Thumb
          grip="start"
          x={startX}
          offAxis={timeWindow.start < view.start || timeWindow.start > view.end}
          label={t`Start of time window`}
          min={extent.start}
          max={timeWindow.end}
          value={timeWindow.start}
          onKeyDown={onKey('start')}
          onPointerDown={(e) => startDrag(e, 'start')}
        />
        <Thumb
          grip="end"
          x={endX}
          offAxis={timeWindow.end < view.start || timeWindow.end > view.end}
          label={t`End of time window`}
          min={timeWindow.start}
          max={extent.end}
          value={timeWindow.end}
          onKeyDown={onKey('end')}
          onPointerDown={(e) => startDrag(e, 'end')}
        />
      </div>
      <svg className="range-axis" width={width} height={22} aria-hidden="true">
        {ticks.map((t, i) => {
          // The ends' labels run inwards from the track's edges.
          const edge = i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : null;
          return (
            <g key={`${i}-${t.day}`} transform={`translate(${t.x},0)`}>
              <line y1={0} y2={5} />
              {t.label && (
                <text
                  x={edge === 'start' ? -t.x : edge === 'end' ? width - t.x : 0}
                  y={17}
                  textAnchor={edge ?? 'middle'}
                  className={edge ? 'axis-end' : undefined}
                >
                  {t.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

interface ThumbProps {
  grip: 'start' | 'end';
  x: number;
  offAxis: boolean;
  label: string;
  min: Day;
  max: Day;
  value: Day;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  onPointerDown: (e: PointerEvent<HTMLDivElement>) => void;
}

function Thumb({ grip, x, offAxis, label, min, max, value, onKeyDown, onPointerDown }: ThumbProps) {
  return (
    <div
      role="slider"
      tabIndex={0}
      className={`range-thumb range-thumb-${grip}${offAxis ? ' is-off-axis' : ''}`}
      data-grip={grip}
      style={{ left: x }}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={formatDay(value)}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}

/** Wheel over the track zooms around the pointer; two fingers pinch to zoom. */
function useWheelAndPinch(
  trackRef: React.RefObject<HTMLDivElement | null>,
  scale: TimeScale,
  onZoom: (factor: number, anchor: Day) => void,
  pinching: React.RefObject<boolean>,
) {
  const latest = useRef({ scale, onZoom });
  useEffect(function keepLatest() {
    latest.current = { scale, onZoom };
  });
  useEffect(
    function bindWheelAndPinch() {
      const track = trackRef.current;
      if (!track) return;
      const anchorAt = (clientX: number) =>
        dateToDay(latest.current.scale.invert(clientX - track.getBoundingClientRect().left));
      const onWheel = (e: WheelEvent) => {
        if (e.deltaY === 0) return;
        e.preventDefault();
        latest.current.onZoom(e.deltaY > 0 ? 1.25 : 0.8, anchorAt(e.clientX));
      };
      const touches = new Map<number, number>();
      let lastDistance = 0;
      const onDown = (e: globalThis.PointerEvent) => {
        if (e.pointerType !== 'touch') return;
        touches.set(e.pointerId, e.clientX);
        if (touches.size === 2) {
          pinching.current = true;
          const [a, b] = [...touches.values()] as [number, number];
          lastDistance = Math.abs(a - b);
        }
      };
      const onMove = (e: globalThis.PointerEvent) => {
        if (!touches.has(e.pointerId)) return;
        touches.set(e.pointerId, e.clientX);
        if (touches.size !== 2) return;
        const [a, b] = [...touches.values()] as [number, number];
        const distance = Math.abs(a - b);
        if (lastDistance > 10 && distance > 10 && Math.abs(distance - lastDistance) > 4) {
          latest.current.onZoom(lastDistance / distance, anchorAt((a + b) / 2));
          lastDistance = distance;
        }
      };
      const onUp = (e: globalThis.PointerEvent) => {
        touches.delete(e.pointerId);
        if (touches.size < 2) pinching.current = false;
      };
      track.addEventListener('wheel', onWheel, { passive: false });
      track.addEventListener('pointerdown', onDown, true);
      track.addEventListener('pointermove', onMove, true);
      track.addEventListener('pointerup', onUp, true);
      track.addEventListener('pointercancel', onUp, true);
      return function unbind() {
        track.removeEventListener('wheel', onWheel);
        track.removeEventListener('pointerdown', onDown, true);
        track.removeEventListener('pointermove', onMove, true);
        track.removeEventListener('pointerup', onUp, true);
        track.removeEventListener('pointercancel', onUp, true);
      };
    },
    [trackRef, pinching],
  );
}
