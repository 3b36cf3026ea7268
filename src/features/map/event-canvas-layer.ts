import { i18n } from '@lingui/core';
import L from 'leaflet';
import type { WorldTransform } from '../../lib/canvas-transform';
import type { MapEvent } from '../../lib/dataset';
import { projectX, projectY } from '../../lib/mercator';
import { countMembers, NO_CLUSTERS, type PackedClusters } from '../../lib/packed-clusters';
import type { ClusterView } from './cluster-client';
import type { ClusterMarks } from './cluster-marks';
import { CanvasLayer, containerTransform, type Frame } from './canvas-layer';
import { onFontsLoaded } from './canvas-fonts';
import { onMapColorsChange } from './map-colors';
import { MarkerSprites } from './marker-sprites';
import { CellGrid } from '../../lib/cell-grid';
import { sortDistinct } from '../../lib/counting-sort';
import { computeMarkerStyles, STYLE_GROUPS, styleGroup, type MarkerStyles } from './marker-style';

/** Set once per dataset, when its markers first reach the screen (read by the benchmark). */
export const MARKERS_DRAWN_MARK = 'wherewhen:markers-drawn';

/** Side of the cells in which a second marker of the same style adds nothing visible. */
const CELL = 4;
const MARGIN = 32;

/** An event or a cluster (its index in the view) under the pointer. */
export type Hit =
  | { readonly kind: 'event'; readonly position: number }
  | { readonly kind: 'cluster'; readonly index: number };

/** What the layer draws: lone events and clusters standing for the visible events of a window. */
export interface DrawnView {
  /** Every visible event the view stands for. */
  readonly positions: Int32Array;
  readonly singles: Int32Array;
  readonly clusters: PackedClusters;
  readonly from: number;
  readonly to: number;
  /** Where the clusters' ids mean something; none while events are drawn unclustered. */
  readonly source?: ClusterView['source'];
  readonly zooms?: ClusterView['zooms'];
}

/**
 * One canvas over the map (a CanvasLayer, in a pane of its own) that draws
 * every visible event, alone or in a cluster. It redraws at most once per
 * animation frame, when the map moves or the view changes, and never goes
 * through React, so scrubbing the timeline stays cheap. The selected event is
 * drawn on its own on top of everything, even when it is counted in a
 * cluster, so it never disappears.
 */
export class EventCanvasLayer extends CanvasLayer {
  // Fields not private are read by marks-on-screen.ts, in the labels' lazy chunk (the first paint has no room).
  private events: readonly MapEvent[] = [];
  styles: MarkerStyles | null = null;
  /** Projected at zoom 0, so a redraw only scales and shifts. */
  px = new Float64Array(0);
  py = new Float64Array(0);
  /** Each event's place in the draw order (largest first). */
  private rankOf = new Int32Array(0);
  /** Draw ranks of the lone events, ascending: the loop follows what is visible, not the dataset. */
  visibleRanks = new Int32Array(0);
  private view: DrawnView = {
    positions: new Int32Array(0),
    singles: new Int32Array(0),
    clusters: NO_CLUSTERS,
    from: 0,
    to: 0,
  };
  /** Draws the clusters; it comes with the clustering chunk, before the first clusters. */
  private clusterMarks: ClusterMarks | null = null;
  /** How many events the view stands for: lone ones and cluster members. */
  private represented = 0;
  selectedShown = false;
  private readonly viewListeners = new Set<() => void>();
  private readonly drawListeners = new Set<() => void>();
  /** 1 for visible events that only may fall in the window. */
  private faded = new Uint8Array(0);
  private readonly sprites = new MarkerSprites();
  /** Which styles each 4-pixel cell has drawn this frame. */
  private readonly cells = new CellGrid(CELL, MARGIN, STYLE_GROUPS * 2);
  private marked = false;
  selected = -1;

  constructor() {
    super({ className: 'event-canvas', pane: 'eventsPane', zIndex: 450 });
  }

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
    this.faded = new Uint8Array(n);
    this.selected = -1;
    this.setVisible(new Int32Array(0), 0, 0);
    this.marked = false;
    this.schedule();
  }

  /** Takes what draws clusters, from the lazy clustering chunk. */
  useClusterMarks(marks: ClusterMarks): void {
    this.clusterMarks = marks;
    marks.place(this.view.clusters);
    this.schedule();
  }

  /** The window last drawn, as "from-to" days, exposed with the drawn count. */
  private window = '';

  /** Every event in the window [from, to] drawn alone, until clusters for them arrive. */
  setVisible(positions: Int32Array, from: number, to: number): void {
    this.setView({ positions, singles: positions, clusters: NO_CLUSTERS, from, to });
  }

  /**
   * Lone events and clusters to draw. Events whose date range runs beyond the
   * view's window only may fall in it, and are drawn faded.
   */
  setView(view: DrawnView): void {
    const { singles, clusters, from, to } = view;
    const ranks = new Int32Array(singles.length);
    for (let k = 0; k < singles.length; k++) {
      const p = singles[k]!;
      ranks[k] = this.rankOf[p]!;
      const e = this.events[p]!;
      this.faded[p] = e.start < from || e.end > to ? 1 : 0;
    }
    this.visibleRanks = sortDistinct(ranks, this.events.length);
    this.view = view;
    this.clusterMarks?.place(clusters);
    this.represented = singles.length + countMembers(clusters);
    this.selectedShown = this.selected >= 0 && view.positions.includes(this.selected);
    this.window = `${from}-${to}`;
    this.schedule();
    for (const listener of this.viewListeners) listener();
  }

  /** The view drawn, or about to be. */
  getView(): DrawnView {
    return this.view;
  }

  /** The drawn radius of the i-th cluster of the view, in pixels. */
  clusterRadius(i: number): number {
    return this.clusterMarks?.radius(i) ?? 0;
  }

  /** Calls back whenever the view changes; returns the way to stop. */
  onViewChange(listener: () => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  /** Calls back after every frame drawn; returns the way to stop. */
  onDraw(listener: () => void): () => void {
    this.drawListeners.add(listener);
    return () => this.drawListeners.delete(listener);
  }

  setSelected(position: number): void {
    if (position === this.selected) return;
    this.selected = position;
    this.selectedShown = position >= 0 && this.view.positions.includes(position);
    this.schedule();
  }

  /**
   * What is under a point of the map container, taking what is drawn on top
   * first: the selected event, then clusters, then lone events.
   */
  hitTest(x: number, y: number): Hit | null {
    const map = this._map;
    const styles = this.styles;
    if (!map || !styles) return null;
    const transform = this.transform(map);
    const near = (i: number) => {
      const r = styles.radius[i]! + 3;
      const ex = this.px[i]! * transform.scale + transform.dx - x;
      const ey = this.py[i]! * transform.scale + transform.dy - y;
      return ex * ex + ey * ey <= r * r;
    };
    if (this.selectedShown && near(this.selected)) return { kind: 'event', position: this.selected };
    const cluster = this.clusterMarks?.hitTest(x, y, transform) ?? -1;
    if (cluster >= 0) return { kind: 'cluster', index: cluster };
    for (let k = this.visibleRanks.length - 1; k >= 0; k--) {
      const i = styles.drawOrder[this.visibleRanks[k]!]!;
      if (near(i)) return { kind: 'event', position: i };
    }
    return null;
  }

  /** The clusters that reach into the map, with their centres in container pixels. */
  clustersOnScreen(): Array<{ index: number; x: number; y: number; r: number }> {
    const map = this._map;
    return map && this.clusterMarks ? this.clusterMarks.onScreen(this.transform(map), map.getSize()) : [];
  }

  protected override listen(): Array<() => void> {
    // The marker outline follows the colour scheme: the pre-drawn markers are drawn again.
    return [
      onMapColorsChange(() => {
        this.sprites.clear();
        this.schedule();
      }),
      // Counts are written in the interface's language ("1.2k", "١٫٢ ألف"), whose length sizes a
      // cluster: placed again, and the buttons and labels that follow the view follow.
      i18n.on('change', () => this.setView(this.view)),
      // A count's face (its script's digits) arrives after the canvas first drew it in a fallback.
      onFontsLoaded(this.schedule),
    ];
  }

  /** From zoom-0 world pixels to the map container's, for hit tests and what lies over the markers. */
  transform(map: L.Map): WorldTransform {
    return containerTransform(map);
  }

  protected override draw(ctx: CanvasRenderingContext2D, { map, size, ratio, world }: Frame): void {
    const canvas = this.canvas;
    if (!canvas || !this.styles) return;
    const blits = this.drawMarkers(ctx, world, size, ratio);
    this.clusterMarks?.draw(ctx, world, size);
    this.drawSelection(ctx, world, ratio);
    // What is drawn is exposed for tests and tools: canvas pixels are not in the DOM.
    canvas.dataset.drawn = String(this.represented);
    canvas.dataset.clusters = String(this.view.clusters.length);
    canvas.dataset.singles = String(this.view.singles.length);
    // Whether this frame shows clusters from the client, or every event alone while they are on their way.
    canvas.dataset.clustered = String(this.view.source !== undefined);
    canvas.dataset.blits = String(blits);
    canvas.dataset.window = this.window;
    canvas.dataset.zoom = String(map.getZoom());
    canvas.dataset.selected = this.selected >= 0 ? (this.events[this.selected]?.id ?? '') : '';
    if (!this.marked && this.events.length > 0) {
      this.marked = true;
      performance.mark(MARKERS_DRAWN_MARK, { detail: { events: this.events.length } });
    }
    for (const listener of this.drawListeners) listener();
  }

  /**
   * Largest first, so small markers stay on top and clickable. A marker of the
   * same style as one already drawn in its 4-pixel cell adds nothing to see:
   * in dense places at low zoom most are, and they are skipped.
   */
  private drawMarkers(
    ctx: CanvasRenderingContext2D,
    { scale, dx, dy }: WorldTransform,
    size: L.Point,
    ratio: number,
  ): number {
    const styles = this.styles!;
    this.cells.startFrame(size.x, size.y);
    let blits = 0;
    for (let k = 0; k < this.visibleRanks.length; k++) {
      const i = styles.drawOrder[this.visibleRanks[k]!]!;
      const r = styles.radius[i]!;
      const x = Math.round(this.px[i]! * scale + dx);
      const y = Math.round(this.py[i]! * scale + dy);
      // Off the canvas and its margin, or a style already drawn in this cell: nothing to add.
      const group = styleGroup(styles, i) * 2 + this.faded[i]!;
      if (!this.cells.mark(x, y, group)) continue;
      const sprite = this.sprites.get(group, r, ratio);
      const half = sprite.width / ratio / 2;
      ctx.drawImage(sprite, x - half, y - half, half * 2, half * 2);
      blits++;
    }
    return blits;
  }

  /** The selected event, drawn again on top of everything (its cluster too), opaque on a halo, with a ring. */
  private drawSelection(
    ctx: CanvasRenderingContext2D,
    { scale, dx, dy }: WorldTransform,
    ratio: number,
  ): void {
    const i = this.selected;
    const styles = this.styles;
    if (i < 0 || !styles || !this.selectedShown) return;
    const x = this.px[i]! * scale + dx;
    const y = this.py[i]! * scale + dy;
    // Opaque, whatever its dates, on a halo (the ring's disc) hiding the cluster it may stand in front of.
    const sprite = this.sprites.get(styleGroup(styles, i) * 2, styles.radius[i]!, ratio);
    const half = sprite.width / ratio / 2;
    ctx.beginPath();
    ctx.arc(x, y, styles.radius[i]! + 5, 0, Math.PI * 2);
    ctx.fillStyle = ctx.strokeStyle = '#ffffff';
    ctx.fill();
    ctx.drawImage(sprite, Math.round(x) - half, Math.round(y) - half, half * 2, half * 2);
    ctx.lineWidth = 5;
    ctx.stroke();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = '#111111';
    ctx.stroke();
  }
}
