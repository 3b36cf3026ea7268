import { mapColors } from './map-colors';
import { COLORS } from './marker-style';

/**
 * Small pre-drawn images of each marker style and size. Copying one onto the
 * map canvas is far cheaper than filling and stroking an arc, above all when
 * the browser draws without a GPU.
 */
export class MarkerSprites {
  private readonly cache = new Map<number, HTMLCanvasElement>();
  private ratio = 0;

  /**
   * The image for a style (style group x 2, plus 1 when faded) at a radius
   * (rounded to half a pixel), for a device pixel ratio.
   */
  get(style: number, radius: number, ratio: number): HTMLCanvasElement {
    if (ratio !== this.ratio) {
      this.clear();
      this.ratio = ratio;
    }
    const r = Math.round(radius * 2) / 2;
    const key = style * 1000 + r * 2;
    let sprite = this.cache.get(key);
    if (!sprite) {
      sprite = document.createElement('canvas');
      const side = Math.ceil((r + 3) * 2);
      sprite.width = side * ratio;
      sprite.height = side * ratio;
      const ctx = sprite.getContext('2d')!;
      ctx.scale(ratio, ratio);
      // Events that only may fall in the window are drawn faded.
      if (style & 1) ctx.globalAlpha = 0.38;
      const group = style >> 1;
      drawMarker(ctx, side / 2, side / 2, r, COLORS[group >> 2]!, (group & 2) !== 0, (group & 1) !== 0);
      this.cache.set(key, sprite);
    }
    return sprite;
  }

  /** Forgets every image, as when the colour scheme changes the outline. */
  clear(): void {
    this.cache.clear();
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
  const { hollowFill, hollowEdge, markerOutline } = mapColors();
  ctx.setLineDash(dashed ? [4, 3] : []);
  if (hollow) {
    ctx.fillStyle = hollowFill;
    ctx.fill();
    // A wider ring under the coloured one edges it (on the dark map only), so dark colours show there.
    ctx.lineWidth = 5;
    ctx.strokeStyle = hollowEdge;
    ctx.stroke();
    ctx.lineWidth = 3;
    ctx.strokeStyle = color;
  } else {
    ctx.globalAlpha = 0.85;
    ctx.fillStyle = color;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = markerOutline;
  }
  ctx.stroke();
  ctx.setLineDash([]);
}
