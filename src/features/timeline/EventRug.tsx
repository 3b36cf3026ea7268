import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import type { makeTimeScale } from '../../lib/scales';
import { COLORS } from '../map/marker-style';
import { CATEGORIES } from '../../lib/vocabulary';

interface Props {
  width: number;
  scale: ReturnType<typeof makeTimeScale>;
}

const HEIGHT = 28;

/**
 * Each event as a mark on the track (a bar for a month, a year or a span), so
 * clusters in time show. Drawn once per dataset and width, not per window
 * change: the parts outside the window are dimmed by overlays instead.
 */
export function EventRug({ width, scale }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dataset = useAppStore((s) => s.dataset);

  useEffect(
    function drawRug() {
      const canvas = ref.current;
      if (!canvas || !dataset || width <= 0) return;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = width * ratio;
      canvas.height = HEIGHT * ratio;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, HEIGHT);
      const { starts, ends } = dataset.index;
      ctx.globalAlpha = 0.85;
      dataset.events.forEach((event, i) => {
        const x0 = scale(new Date(starts[i]! * 86_400_000));
        const x1 = scale(new Date((ends[i]! + 1) * 86_400_000));
        ctx.fillStyle = COLORS[CATEGORIES.indexOf(event.props.category)]!;
        const lane = 4 + (i % 4) * 5;
        ctx.fillRect(x0, lane, Math.max(2, x1 - x0), 4);
      });
      ctx.globalAlpha = 1;
    },
    [dataset, width, scale],
  );

  return <canvas ref={ref} className="range-rug" style={{ width, height: HEIGHT }} aria-hidden="true" />;
}
