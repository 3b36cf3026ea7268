import L from 'leaflet';
import type { MapEvent } from '../../lib/dataset';
import { projectX, projectY } from '../../lib/mercator';
import { COLORS, computeMarkerStyles, STYLE_GROUPS, styleGroup, type MarkerStyles } from './marker-style';

/** Above this many visible markers, draw one path per style instead of one per marker. */
const BATCH_ABOVE = 3000;
/** Set once per dataset, when its markers first reach the screen (read by the benchmark). */
export const MARKERS_DRAWN_MARK = 'wherewhen:markers-drawn';

const WORLD_TOP_LEFT = L.CRS.EPSG3857.pointToLatLng(L.point(0, 0), 0);

/**
 * One canvas over the map that draws every visible event. It redraws at most
 * once per animation frame, when the map moves or the visible set changes, and
 * never goes through React, so scrubbing the timeline stays cheap.
 */
export class EventCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private events: readonly MapEvent[] = [];
  private styles: MarkerStyles | null = null;
  /** Projected at zoom 0, so a redraw only scales and shifts. */
  private px = new Float64Array(0);
  private py = new Float64Array(0);
  private visible = new Uint8Array(0);
  private visibleCount = 0;
  private marked = false;
  private selected = -1;
  private frame = 0;
  private readonly schedule = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.draw);
  };

  setEvents(events: readonly MapEvent[]): void {
    this.events = events;
    this.styles = computeMarkerStyles(events);
    this.px = new Float64Array(events.length);
    this.py = new Float64Array(events.length);
    for (let i = 0; i < events.length; i++) {
      this.px[i] = projectX(events[i]!.lon);
      this.py[i] = projectY(events[i]!.lat);
    }
    this.visible = new Uint8Array(events.length);
    this.visibleCount = 0;
    this.selected = -1;
    this.marked = false;
    this.schedule();
  }

  setVisible(positions: Int32Array): void {
    this.visible.fill(0);
    for (const p of positions) this.visible[p] = 1;
    this.visibleCount = positions.length;
    this.schedule();
  }

  setSelected(position: number): void {
    this.selected = position;
    this.schedule();
  }

  /** The visible event under a point of the map container, smallest on top; -1 for none. */
  hitTest(x: number, y: number): number {
    const map = this._map;
    if (!map || !this.styles) return -1;
    const { scale, dx, dy } = this.transform(map);
    const order = this.styles.drawOrder;
    for (let k = order.length - 1; k >= 0; k--) {
      const i = order[k]!;
      if (!this.visible[i]) continue;
      const r = this.styles.radius[i]! + 3;
      const ex = this.px[i]! * scale + dx - x;
      const ey = this.py[i]! * scale + dy - y;
      if (ex * ex + ey * ey <= r * r) return i;
    }
    return -1;
  }

  override onAdd(map: L.Map): this {
    const canvas = document.createElement('canvas');
    canvas.className = 'event-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    map.getContainer().appendChild(canvas);
    this.canvas = canvas;
    map.on('move zoom viewreset resize', this.schedule);
    this.schedule();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('move zoom viewreset resize', this.schedule);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private transform(map: L.Map) {
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.latLngToContainerPoint(WORLD_TOP_LEFT);
    return { scale, dx: origin.x, dy: origin.y };
  }

  private readonly draw = () => {
    this.frame = 0;
    const map = this._map;
    const canvas = this.canvas;
    const styles = this.styles;
    if (!map || !canvas || !styles) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== size.x * ratio || canvas.height !== size.y * ratio) {
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    const drawn =
      this.visibleCount > BATCH_ABOVE ? this.drawBatched(ctx, map, size) : this.drawOrdered(ctx, map, size);
    const { scale, dx, dy } = this.transform(map);
    if (this.selected >= 0 && this.visible[this.selected]) {
      const x = this.px[this.selected]! * scale + dx;
      const y = this.py[this.selected]! * scale + dy;
      drawSelection(ctx, x, y, styles.radius[this.selected]!);
    }
    // What is drawn is exposed for tests and tools: canvas pixels are not in the DOM.
    canvas.dataset.drawn = String(drawn);
    canvas.dataset.selected = this.selected >= 0 ? (this.events[this.selected]?.id ?? '') : '';
    if (!this.marked && this.events.length > 0) {
      this.marked = true;
      performance.mark(MARKERS_DRAWN_MARK, { detail: { events: this.events.length, drawn } });
    }
  };

  /** Largest first, one marker at a time, so small markers stay on top. */
  private drawOrdered(ctx: CanvasRenderingContext2D, map: L.Map, size: L.Point): number {
    const styles = this.styles!;
    const { scale, dx, dy } = this.transform(map);
    const order = styles.drawOrder;
    let drawn = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (!this.visible[i]) continue;
      drawn++;
      const x = this.px[i]! * scale + dx;
      const y = this.py[i]! * scale + dy;
      const r = styles.radius[i]!;
      if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
      drawMarker(ctx, x, y, r, COLORS[styles.color[i]!]!, styles.hollow[i] === 1, styles.dashed[i] === 1);
    }
    return drawn;
  }

  /**
   * One path per style for thousands of markers: a few fills and strokes a
   * frame instead of one per marker. Order within the crowd matters little.
   */
  private drawBatched(ctx: CanvasRenderingContext2D, map: L.Map, size: L.Point): number {
    const styles = this.styles!;
    const { scale, dx, dy } = this.transform(map);
    const paths: Array<Path2D | null> = new Array(STYLE_GROUPS).fill(null);
    const order = styles.drawOrder;
    let drawn = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (!this.visible[i]) continue;
      drawn++;
      const x = this.px[i]! * scale + dx;
      const y = this.py[i]! * scale + dy;
      const r = styles.radius[i]!;
      if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
      const g = styleGroup(styles, i);
      const path = paths[g] ?? (paths[g] = new Path2D());
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, Math.PI * 2);
    }
    paths.forEach((path, g) => {
      if (path) fillGroup(ctx, path, COLORS[g >> 2]!, (g & 2) !== 0, (g & 1) !== 0);
    });
    return drawn;
  }
}

function drawMarker(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  r: number,
  color: string,
  hollow: boolean,
  dashed: boolean,
): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  if (hollow) {
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    ctx.fill();
    ctx.lineWidth = 3;
    ctx.strokeStyle = color;
  } else {
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = '#1f1f1f';
  }
  ctx.setLineDash(dashed ? [4, 3] : []);
  ctx.stroke();
  ctx.setLineDash([]);
}

function fillGroup(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  color: string,
  hollow: boolean,
  dashed: boolean,
): void {
  if (hollow) {
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    ctx.fill(path);
    ctx.lineWidth = 3;
    ctx.strokeStyle = color;
  } else {
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = color;
    ctx.fill(path);
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = '#1f1f1f';
  }
  ctx.setLineDash(dashed ? [4, 3] : []);
  ctx.stroke(path);
  ctx.setLineDash([]);
}

function drawSelection(ctx: CanvasRenderingContext2D, x: number, y: number, r: number): void {
  ctx.beginPath();
  ctx.arc(x, y, r + 5, 0, Math.PI * 2);
  ctx.lineWidth = 5;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = '#111111';
  ctx.stroke();
}
