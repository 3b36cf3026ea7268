import L from 'leaflet';
import type { MapEvent } from '../../lib/dataset';
import { projectX, projectY } from '../../lib/mercator';
import { COLORS, computeMarkerStyles, styleGroup, type MarkerStyles } from './marker-style';
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
  /** Pre-drawn markers by style group and half-pixel radius. */
  private readonly sprites = new Map<number, HTMLCanvasElement>();
  private spriteRatio = 0;
  private readonly stamped = new Set<number>();
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
    this.selected = -1;
    this.marked = false;
    this.schedule();
  }

  setVisible(positions: Int32Array): void {
    this.visible.fill(0);
    for (const p of positions) this.visible[p] = 1;
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
    const drawn = this.drawMarkers(ctx, map, size, ratio);
    const { scale, dx, dy } = this.transform(map);
    if (this.selected >= 0 && this.visible[this.selected]) {
      const x = this.px[this.selected]! * scale + dx;
      const y = this.py[this.selected]! * scale + dy;
      drawSelection(ctx, x, y, styles.radius[this.selected]!);
    }
    // What is drawn is exposed for tests and tools: canvas pixels are not in the DOM.
    canvas.dataset.drawn = String(drawn);
    canvas.dataset.blits = String(this.stamped.size);
    canvas.dataset.selected = this.selected >= 0 ? (this.events[this.selected]?.id ?? '') : '';
    if (!this.marked && this.events.length > 0) {
      this.marked = true;
      performance.mark(MARKERS_DRAWN_MARK, { detail: { events: this.events.length, drawn } });
    }
  };

  /**
   * Largest first, so small markers stay on top and clickable. Each marker is
   * a copy of a small pre-drawn image of its style and size: blitting is far
   * cheaper than filling and stroking an arc, above all with no GPU.
   */
  private drawMarkers(ctx: CanvasRenderingContext2D, map: L.Map, size: L.Point, ratio: number): number {
    const styles = this.styles!;
    const { scale, dx, dy } = this.transform(map);
    const order = styles.drawOrder;
    if (this.spriteRatio !== ratio) {
      this.sprites.clear();
      this.spriteRatio = ratio;
    }
    // A marker like one already drawn within a pixel or so adds nothing to see;
    // in dense places at low zoom most of them are, so they are skipped.
    const stamped = this.stamped;
    stamped.clear();
    let drawn = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      if (!this.visible[i]) continue;
      drawn++;
      const r = styles.radius[i]!;
      const x = Math.round(this.px[i]! * scale + dx);
      const y = Math.round(this.py[i]! * scale + dy);
      if (x < -r - 4 || y < -r - 4 || x > size.x + r + 4 || y > size.y + r + 4) continue;
      const group = styleGroup(styles, i);
      const stamp = (((y + 64) >> 2) * 4096 + ((x + 64) >> 2)) * 4096 + group * 64 + Math.round(r / 2);
      if (stamped.has(stamp)) continue;
      stamped.add(stamp);
      const sprite = this.sprite(group, r, ratio);
      const half = sprite.width / ratio / 2;
      ctx.drawImage(sprite, x - half, y - half, half * 2, half * 2);
    }
    return drawn;
  }

  private sprite(group: number, radius: number, ratio: number): HTMLCanvasElement {
    const r = Math.round(radius * 2) / 2;
    const key = group * 1000 + r * 2;
    let sprite = this.sprites.get(key);
    if (!sprite) {
      sprite = document.createElement('canvas');
      const side = Math.ceil((r + 3) * 2);
      sprite.width = side * ratio;
      sprite.height = side * ratio;
      const ctx = sprite.getContext('2d')!;
      ctx.scale(ratio, ratio);
      drawMarker(ctx, side / 2, side / 2, r, COLORS[group >> 2]!, (group & 2) !== 0, (group & 1) !== 0);
      this.sprites.set(key, sprite);
    }
    return sprite;
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
