import L from 'leaflet';
import type { MapEvent } from '../../lib/dataset';
import { mapColors, onMapColorsChange } from './map-colors';

const WORLD_TOP_LEFT = L.CRS.EPSG3857.pointToLatLng(L.point(0, 0), 0);
const FONT = '600 12px system-ui, sans-serif';

interface Label {
  text: string;
  x: number;
  y: number;
}

/**
 * Names of the dataset's places, drawn on a canvas as part of the basemap
 * (the bundled map has no tiles to carry them). Labels that would overlap a
 * label already drawn are left out at that zoom.
 */
export class PlaceLabelLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private labels: Label[] = [];
  private frame = 0;
  private stopRecolouring = () => {};
  private readonly schedule = () => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.draw);
  };

  setEvents(events: readonly MapEvent[]): void {
    const byText = new Map<string, Label>();
    for (const e of events) {
      const text = e.props.place.label;
      if (byText.has(text)) continue;
      const p = L.CRS.EPSG3857.latLngToPoint(L.latLng(e.lat, e.lon), 0);
      byText.set(text, { text, x: p.x, y: p.y });
    }
    this.labels = [...byText.values()];
    this.schedule();
  }

  override onAdd(map: L.Map): this {
    const canvas = document.createElement('canvas');
    canvas.className = 'label-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    map.getContainer().appendChild(canvas);
    this.canvas = canvas;
    map.on('move zoom viewreset resize', this.schedule);
    this.stopRecolouring = onMapColorsChange(this.schedule);
    this.schedule();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('move zoom viewreset resize', this.schedule);
    this.stopRecolouring();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  private readonly draw = () => {
    this.frame = 0;
    const map = this._map;
    const canvas = this.canvas;
    if (!map || !canvas) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size.x * ratio;
    canvas.height = size.y * ratio;
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = FONT;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    const scale = map.getZoomScale(map.getZoom(), 0);
    const origin = map.latLngToContainerPoint(WORLD_TOP_LEFT);
    const taken: Array<[number, number, number, number]> = [];
    const { labelInk, labelHalo } = mapColors();
    for (const label of this.labels) {
      // Set beside where markers stand, so the two overlap less; to the left near the right edge.
      const w = ctx.measureText(label.text).width;
      const px = label.x * scale + origin.x;
      const x = px + 14 + w > size.x - 4 ? px - 14 - w : px + 14;
      const y = label.y * scale + origin.y - 12;
      if (x > size.x || y < 0 || x + w < 0 || y > size.y) continue;
      const box: [number, number, number, number] = [x - 2, y - 8, x + w + 2, y + 8];
      if (taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) continue;
      taken.push(box);
      ctx.lineWidth = 3.5;
      ctx.strokeStyle = labelHalo;
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = labelInk;
      ctx.fillText(label.text, x, y);
    }
    canvas.dataset.labels = String(taken.length);
  };
}
