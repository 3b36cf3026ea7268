import { plural, t } from '@lingui/core/macro';
import { i18n } from '@lingui/core';
import { useLingui } from '@lingui/react';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { binEnd, binStart, formatBin, type BinCounts, type Bins } from '../../lib/bins';
import type { Day } from '../../lib/dates';
import { summarizeHistogram } from '../../lib/histogram-summary';
import type { TimeWindow } from '../../store/time-slice';

interface Props {
  bins: Bins;
  counts: BinCounts;
  /** People killed per bin (certain + possible), when the reader asks for it. */
  killed: BinCounts | null;
  /** Events in the bins' range that pass the filters, for the summary. */
  total: number;
  xOf: (day: Day) => number;
  width: number;
  height: number;
  timeWindow: TimeWindow;
  /** The bin under the pointer, or null. */
  hovered: number | null;
  onChoose: (start: Day, end: Day) => void;
}

/** What a bar says in words, for its tooltip and for screen readers. */
export function describeBin(bins: Bins, counts: BinCounts, killed: BinCounts | null, k: number): string {
  const certain = counts.certain[k]!;
  const possible = counts.possible[k]!;
  const period = formatBin(bins, k);
  // The counts as before, with no thousands separator, in the reader's digits.
  const certainCount = i18n.number(certain, { useGrouping: false });
  const possibleCount = i18n.number(possible, { useGrouping: false });
  const events =
    possible > 0
      ? t({
          comment:
            'A bar of the timeline chart: period as in "Q2 2025 (Apr to Jun)"; certainCount and possibleCount are the numbers certain and possible',
          message: `${period}: ${plural(certain, { one: `${certainCount} event`, other: `${certainCount} events` })}, and ${plural(possible, { one: `${possibleCount} more that may fall in it`, other: `${possibleCount} more that may fall in it` })}`,
        })
      : t({
          comment:
            'A bar of the timeline chart: period as in "Q2 2025 (Apr to Jun)"; certainCount is the number certain',
          message: `${period}: ${plural(certain, { one: `${certainCount} event`, other: `${certainCount} events` })}`,
        });
  if (!killed) return events;
  const dead = killed.certain[k]! + killed.possible[k]!;
  return killed.possible[k]! > 0
    ? t({
        comment:
          'A bar of the timeline chart: events is what it holds (as in "Q2 2025 (Apr to Jun): 4 events"), then the people killed in it',
        message: `${events}; ${plural(dead, { one: '# killed (some only possibly then)', other: '# killed (some only possibly then)' })}`,
      })
    : t({
        comment:
          'A bar of the timeline chart: events is what it holds (as in "Q2 2025 (Apr to Jun): 4 events"), then the people killed in it',
        message: `${events}; ${plural(dead, { one: '# killed', other: '# killed' })}`,
      });
}

/**
 * Bars of events per bin behind the range handles: solid for events certainly
 * in the bin, light for those that may fall in it; bars in the window are
 * emphasised, the rest muted. To a screen reader the chart is one image with
 * a summary; focused, arrow keys move between bars (each read out through a
 * live region) and Enter sets the window to the bar's period.
 */
export function Histogram({
  bins,
  counts,
  killed,
  total,
  xOf,
  width,
  height,
  timeWindow,
  hovered,
  onChoose,
}: Props) {
  // Draws the chart again in a new language. Its texts come from `t` of @lingui/core/macro, as describeBin's
  // do: the active language at the time of drawing.
  useLingui();
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const n = bins.starts.length;
  const current = Math.min(active, n - 1);
  const top = 4;
  const y = useMemo(() => {
    let max = 1;
    for (let k = 0; k < n; k++) max = Math.max(max, counts.certain[k]! + counts.possible[k]!);
    return scaleLinear().domain([0, max]).range([height, top]);
  }, [counts, n, height]);
  const killedLine = useMemo(() => {
    if (!killed) return null;
    let max = 1;
    for (let k = 0; k < n; k++) max = Math.max(max, killed.certain[k]! + killed.possible[k]!);
    const ky = scaleLinear()
      .domain([0, max])
      .range([height - 1, top]);
    return Array.from(bins.starts, (_, k) => {
      const x = (xOf(binStart(bins, k)) + xOf(binEnd(bins, k) + 1)) / 2;
      return `${x.toFixed(1)},${ky(killed.certain[k]! + killed.possible[k]!).toFixed(1)}`;
    }).join(' ');
  }, [killed, bins, n, xOf, height]);

  function onKeyDown(e: KeyboardEvent<SVGSVGElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowUp: 1, ArrowDown: -1 };
    if (e.key in moves) setActive(Math.max(0, Math.min(n - 1, current + moves[e.key]!)));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (e.key === 'Enter' || e.key === ' ') onChoose(binStart(bins, current), binEnd(bins, current));
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  const tip = focused ? current : hovered;
  const svgRef = useRef<SVGSVGElement>(null);
  const summary = summarizeHistogram(bins, counts, total);
  return (
    <>
      <svg
        ref={svgRef}
        className="histogram"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        tabIndex={0}
        aria-label={t({
          comment: 'The timeline chart, for screen readers: summary says what it shows, then how to read it',
          message: `${summary}. Arrow keys read each bar, Enter shows its period`,
        })}
        data-testid="histogram"
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerDown={(e) => e.currentTarget.blur()}
      >
        {Array.from(bins.starts, (start, k) => {
          const x0 = xOf(start);
          const x1 = xOf(binEnd(bins, k) + 1);
          if (x1 < 0 || x0 > width) return null;
          return (
            <Bar
              key={start}
              bins={bins}
              k={k}
              certain={counts.certain[k]!}
              possible={counts.possible[k]!}
              x0={x0}
              width={Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0))}
              height={height}
              y={y}
              inWindow={start <= timeWindow.end && binEnd(bins, k) >= timeWindow.start}
              active={tip === k}
            />
          );
        })}
        {killedLine && <polyline className="killed-line" points={killedLine} />}
      </svg>
      <p className="visually-hidden" aria-live="polite" data-testid="bar-reading">
        {focused ? describeBin(bins, counts, killed, current) : ''}
      </p>
      {tip !== null && tip < n && (
        <Tip chart={svgRef} x={(xOf(binStart(bins, tip)) + xOf(binEnd(bins, tip) + 1)) / 2}>
          {describeBin(bins, counts, killed, tip)}
        </Tip>
      )}
    </>
  );
}

interface BarProps {
  bins: Bins;
  k: number;
  certain: number;
  possible: number;
  x0: number;
  width: number;
  height: number;
  y: ScaleLinear<number, number>;
  inWindow: boolean;
  active: boolean;
}

/** One bar: drawn again only when it changes, not each time the window moves (a drag moves it every frame). */
const Bar = memo(function Bar({
  bins,
  k,
  certain,
  possible,
  x0,
  width,
  height,
  y,
  inWindow,
  active,
}: BarProps) {
  return (
    <g
      data-period={formatBin(bins, k)}
      className={`bin${inWindow ? ' in-window' : ''}${active ? ' is-active' : ''}`}
      data-certain={certain}
      data-possible={possible}
      data-from={binStart(bins, k)}
      data-to={binEnd(bins, k)}
    >
      <rect className="bin-hit" x={x0} y={0} width={width} height={height} />
      {possible > 0 && (
        <rect
          className="bin-possible"
          x={x0}
          y={y(certain + possible)}
          width={width}
          height={y(certain) - y(certain + possible)}
        />
      )}
      {certain > 0 && (
        <rect className="bin-certain" x={x0} y={y(certain)} width={width} height={height - y(certain)} />
      )}
    </g>
  );
});

/**
 * A bar's tooltip, in a fixed layer above everything (the map's attribution
 * and legend included) and kept inside the window: above the chart, centred
 * on the bar, or below the chart when there is no room above.
 */
function Tip({
  chart,
  x,
  children,
}: {
  chart: RefObject<SVGSVGElement | null>;
  x: number;
  children: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(function placeTip() {
    const tip = ref.current;
    const box = chart.current?.getBoundingClientRect();
    if (!tip || !box) return;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const left = Math.max(4, Math.min(box.left + x - w / 2, window.innerWidth - w - 4));
    const top = box.top - h - 8 >= 4 ? box.top - h - 8 : Math.min(box.bottom + 8, window.innerHeight - h - 4);
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  });
  return createPortal(
    <div ref={ref} className="histogram-tip" aria-hidden="true">
      {children}
    </div>,
    document.body,
  );
}
