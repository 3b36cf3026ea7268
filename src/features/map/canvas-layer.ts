import L from 'leaflet';
import { backingSize, carry, viewTransform, type WorldTransform } from '../../lib/canvas-transform';

const WORLD_TOP_LEFT = L.CRS.EPSG3857.pointToLatLng(L.point(0, 0), 0);

/** From zoom-0 world pixels to the map container's, as the map stands now. */
export function containerTransform(map: L.Map): WorldTransform {
  const origin = map.latLngToContainerPoint(WORLD_TOP_LEFT);
  return { scale: map.getZoomScale(map.getZoom(), 0), dx: origin.x, dy: origin.y };
}

/** From zoom-0 world pixels to the map's layer pixels (its panes'), as the map stands now. */
export function layerTransform(map: L.Map): WorldTransform {
  const origin = map.latLngToLayerPoint(WORLD_TOP_LEFT);
  return { scale: map.getZoomScale(map.getZoom(), 0), dx: origin.x, dy: origin.y };
}

/** From zoom-0 world pixels to the map's layer pixels once the zoom a `zoomanim` event starts has ended. */
export function zoomTarget(map: L.Map, e: L.LeafletEvent): WorldTransform {
  const { center, zoom } = e as L.ZoomAnimEvent;
  const panePos = L.DomUtil.getPosition(map.getPane('mapPane')!);
  return viewTransform(map.getZoomScale(zoom, 0), map.project(center, zoom), map.getSize(), panePos);
}

/** What a frame is drawn for: the map, its size in CSS pixels, device pixels per CSS pixel, the world's transform. */
export interface Frame {
  readonly map: L.Map;
  readonly size: L.Point;
  readonly ratio: number;
  /** From zoom-0 world pixels to the canvas's (the container's: the canvas covers it). */
  readonly world: WorldTransform;
}

/** Where a canvas goes: its class, and the pane it is put in, above the overlay pane's 400. */
export interface CanvasPlace {
  readonly className: string;
  readonly pane: string;
  readonly zIndex: number;
}

/**
 * A canvas over the map, in a Leaflet pane, that covers the map's container
 * and is drawn again at most once per animation frame when the map moves or
 * a subclass asks. As Leaflet's own renderers do, it rides a zoom animation
 * (scaled and shifted by CSS to where the map is going) and is drawn afresh
 * once the zoom ends, so it moves with the basemap instead of snapping.
 * Subclasses draw; this class owns the canvas, its size, the schedule and
 * the listeners.
 */
export abstract class CanvasLayer extends L.Layer {
  protected canvas: HTMLCanvasElement | null = null;
  private frame = 0;
  /** Between `zoomanim` and `zoomend`: the map's state is the target's, the canvas still the last view's. */
  private animating = false;
  /** The world's transform the canvas was last drawn with. */
  private drawn: WorldTransform | null = null;
  /** The size and ratio the canvas was last sized for. */
  private sized = '';
  private stops: Array<() => void> = [];

  constructor(private readonly home: CanvasPlace) {
    super();
  }

  /** Draws a frame on a cleared context already scaled to CSS pixels. */
  protected abstract draw(ctx: CanvasRenderingContext2D, frame: Frame): void;

  /** Listens to what else redraws the layer, once added; returns the ways to stop. */
  protected abstract listen(map: L.Map): Array<() => void>;

  /** Asks for a frame, drawn once on the next animation frame however often asked. */
  protected readonly schedule = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.redraw);
  };

  /** Draws now, and not again on the next animation frame unless asked again. */
  protected readonly redraw = () => {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const map = this._map;
    const canvas = this.canvas;
    // Mid-zoom the canvas shows the last view, carried by CSS; the zoom's end draws it again.
    if (!map || !canvas || this.animating) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    // Setting a canvas's width clears and reallocates it: only when the size or the ratio changed.
    const sized = `${size.x}x${size.y}@${ratio}`;
    if (this.sized !== sized) {
      this.sized = sized;
      const backing = backingSize(size.x, size.y, ratio);
      canvas.width = backing.width;
      canvas.height = backing.height;
      canvas.style.width = `${size.x}px`;
      canvas.style.height = `${size.y}px`;
    }
    // Over the container, wherever the map pane has been dragged to; this also ends any scaling.
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    const world = containerTransform(map);
    this.drawn = world;
    this.draw(ctx, { map, size, ratio, world });
  };

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      move: this.schedule,
      moveend: this.schedule,
      resize: this.schedule,
      zoom: this.onZoom,
      viewreset: this.onZoom,
      zoomanim: this.onZoomAnim,
      zoomend: this.onZoomEnd,
    };
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(this.home.pane) ?? map.createPane(this.home.pane);
    pane.style.zIndex = String(this.home.zIndex);
    // Leaflet's class for what follows a zoom animation: scaled from its top-left, with the basemap's transition.
    const canvas = L.DomUtil.create('canvas', `${this.home.className} leaflet-zoom-animated`, pane);
    canvas.setAttribute('aria-hidden', 'true');
    this.canvas = canvas;
    this.stops = this.listen(map);
    this.schedule();
    return this;
  }

  override onRemove(): this {
    for (const stop of this.stops) stop();
    this.stops = [];
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.animating = false;
    this.drawn = null;
    this.sized = '';
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /** A zoom without animation (a fly, a pinch, a reset): the canvas follows until the next frame draws it. */
  private readonly onZoom = () => {
    const map = this._map;
    if (!map || this.animating) return;
    this.carryTo(layerTransform(map));
    this.schedule();
  };

  private readonly onZoomAnim = (e: L.LeafletEvent) => {
    const map = this._map;
    if (!map) return;
    this.animating = true;
    this.carryTo(zoomTarget(map, e));
  };

  private readonly onZoomEnd = () => {
    this.animating = false;
    this.schedule();
  };

  private carryTo(target: WorldTransform): void {
    if (!this.canvas || !this.drawn) return;
    const { x, y, scale } = carry(this.drawn, target);
    L.DomUtil.setTransform(this.canvas, L.point(x, y), scale);
  }
}
