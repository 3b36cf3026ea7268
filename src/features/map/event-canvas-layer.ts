import L from 'leaflet';
import type { MapEvent } from '../../lib/dataset';
import { projectX, projectY } from '../../lib/mercator';
import { MarkerSprites } from './marker-sprites';
import { computeMarkerStyles, STYLE_GROUPS, styleGroup, type MarkerStyles } from './marker-style';

/** Set once per dataset, when its markers first reach the screen (read by the benchmark). */
export const MARKERS_DRAWN_MARK = 'wherewhen:markers-drawn';

const WORLD_TOP_LEFT = L.CRS.EPSG3857.pointToLatLng(L.point(0, 0), 0);
/** Side of the cells in which a second marker of the same style adds nothing visible. */
const CELL = 4;
const MARGIN = 32;

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
  /** Each event's place in the draw order (largest first). */
  private rankOf = new Int32Array(0);
  /** Draw ranks of the visible events, ascending: the loop follows what is visible, not the dataset. */
  private visibleRanks = new Int32Array(0);
  /** 1 for visible events that only may fall in the window. */
  private faded = new Uint8Array(0);
  private readonly sprites = new MarkerSprites();
  /** Per cell and style, the frame that last drew there. */
  private cells = new Uint32Array(0);
  private cellColumns = 0;
  private frameNumber = 0;
  private marked = false;
  private selected = -1;
  private frame = 0;
  private readonly schedule = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.draw);
  };

  setEvents(events: readonly MapEvent[]): void {
    const n = events.length;
    this.events = events;
    this.styles = computeMarkerStyles(events);
    this.px = new Float64Array(n);
    this.py = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.px[i] = projectX(events[i]!.lon);
      this.py[i] = projectY(events[i]!.lat);
    }
    this.rankOf = new Int32Array(n);
    this.styles.drawOrder.forEach((position, rank) => (this.rankOf[position] = rank));
    this.visibleRanks = new Int32Array(0);
    this.faded = new Uint8Array(n);
    this.selected = -1;
    this.marked = false;
    this.schedule();
  }

  /** The window last drawn, as "from-to" days, exposed with the drawn count. */
  private window = '';

  /**
   * The events in the window [from, to]; those whose date range runs beyond it
   * only may fall in it, and are drawn faded.
   */
  setVisible(positions: Int32Array, from: number, to: number): void {
    const ranks = new Int32Array(positions.length);
    for (let k = 0; k < positions.length; k++) {
      const p = positions[k]!;
      ranks[k] = this.rankOf[p]!;
      const e = this.events[p]!;
      this.faded[p] = e.start < from || e.end > to ? 1 : 0;
    }
    this.visibleRanks = ranks.sort();
    this.window = `${from}-${to}`;
    this.schedule();
  }

  setSelected(position: number): void {
    this.selected = position;
    this.schedule();
  }

  /** The visible event under a point of the map container, the one drawn on top first; -1 for none. */
  hitTest(x: number, y: number): number {
    const map = this._map;
    const styles = this.styles;
    if (!map || !styles) return -1;
    const { scale, dx, dy } = this.transform(map);
    for (let k = this.visibleRanks.length - 1; k >= 0; k--) {
      const i = styles.drawOrder[this.visibleRanks[k]!]!;
      const r = styles.radius[i]! + 3;
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
    if (!map || !canvas || !this.styles) return;
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
    const blits = this.drawMarkers(ctx, map, size, ratio);
    this.drawSelection(ctx, map);
    // What is drawn is exposed for tests and tools: canvas pixels are not in the DOM.
    canvas.dataset.drawn = String(this.visibleRanks.length);
    canvas.dataset.blits = String(blits);
    canvas.dataset.window = this.window;
    canvas.dataset.selected = this.selected >= 0 ? (this.events[this.selected]?.id ?? '') : '';
    if (!this.marked && this.events.length > 0) {
      this.marked = true;
      performance.mark(MARKERS_DRAWN_MARK, { detail: { events: this.events.length } });
    }
  };

  /**
   * Largest first, so small markers stay on top and clickable. A marker of the
   * same style as one already drawn in its 4-pixel cell adds nothing to see:
   * in dense places at low zoom most are, and they are skipped.
   */
  private drawMarkers(ctx: CanvasRenderingContext2D, map: L.Map, size: L.Point, ratio: number): number {
    const styles = this.styles!;
    const { scale, dx, dy } = this.transform(map);
    const columns = Math.ceil((size.x + 2 * MARGIN) / CELL);
    const rows = Math.ceil((size.y + 2 * MARGIN) / CELL);
    if (this.cellColumns !== columns || this.cells.length !== columns * rows * STYLE_GROUPS) {
      this.cells = new Uint32Array(columns * rows * STYLE_GROUPS * 2);
      this.cellColumns = columns;
      this.frameNumber = 0;
    }
    const stamp = ++this.frameNumber;
    let blits = 0;
    for (let k = 0; k < this.visibleRanks.length; k++) {
      const i = styles.drawOrder[this.visibleRanks[k]!]!;
      const r = styles.radius[i]!;
      const x = Math.round(this.px[i]! * scale + dx);
      const y = Math.round(this.py[i]! * scale + dy);
      if (x < -MARGIN || y < -MARGIN || x >= size.x + MARGIN || y >= size.y + MARGIN) continue;
      const group = styleGroup(styles, i) * 2 + this.faded[i]!;
      const cell =
        ((((y + MARGIN) / CELL) | 0) * columns + (((x + MARGIN) / CELL) | 0)) * STYLE_GROUPS * 2 + group;
      if (this.cells[cell] === stamp) continue;
      this.cells[cell] = stamp;
      const sprite = this.sprites.get(group, r, ratio);
      const half = sprite.width / ratio / 2;
      ctx.drawImage(sprite, x - half, y - half, half * 2, half * 2);
      blits++;
    }
    return blits;
  }

  private drawSelection(ctx: CanvasRenderingContext2D, map: L.Map): void {
    const i = this.selected;
    if (i < 0 || !this.styles || this.visibleRanks.indexOf(this.rankOf[i]!) < 0) return;
    const { scale, dx, dy } = this.transform(map);
    const x = this.px[i]! * scale + dx;
    const y = this.py[i]! * scale + dy;
    ctx.beginPath();
    ctx.arc(x, y, this.styles.radius[i]! + 5, 0, Math.PI * 2);
    ctx.lineWidth = 5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#111111';
    ctx.stroke();
  }
}
