import type L from 'leaflet';
import { countryCount, countryInView, traceCountry, type CountryPaths } from '../../lib/country-paths';
import { CanvasLayer, type Frame } from './canvas-layer';
import { mapColors, onMapColorsChange } from './map-colors';

/** How wide the borders are drawn, in CSS pixels. */
const BORDER_WIDTH = 0.8;

/**
 * The country outlines on a canvas of their own, in a pane over raster tiles'
 * (200) and under everything else the map draws: land filled in the scheme's
 * colour, borders over it; over raster tiles, only the borders. It zooms
 * with the map as the other canvases do, and draws only the countries in
 * view, without the points that would fall in the same pixel.
 */
export class BasemapLayer extends CanvasLayer {
  constructor(
    private readonly paths: CountryPaths,
    private filled: boolean,
  ) {
    super({ className: 'basemap-canvas', pane: 'basemapPane', zIndex: 250 });
  }

  /** With the land filled, or (over raster tiles) the borders alone. */
  setFilled(filled: boolean): void {
    if (filled === this.filled) return;
    this.filled = filled;
    this.schedule();
  }

  protected override listen(): Array<() => void> {
    // The scheme's colours (and print's) are read again and drawn.
    return [onMapColorsChange(this.redraw)];
  }

  protected override draw(ctx: CanvasRenderingContext2D, { size, world }: Frame): void {
    const { land, countryLine } = mapColors();
    ctx.fillStyle = land;
    ctx.strokeStyle = countryLine;
    ctx.lineWidth = BORDER_WIDTH;
    ctx.lineJoin = 'round';
    let traced = 0;
    for (let c = 0; c < countryCount(this.paths); c++) {
      if (!countryInView(this.paths, c, world, size.x, size.y)) continue;
      ctx.beginPath();
      traced += traceCountry(ctx, this.paths, c, world);
      // Even-odd, so a country's holes (Lesotho in South Africa) stay open for the country inside.
      if (this.filled) ctx.fill('evenodd');
      ctx.stroke();
    }
    // Canvas pixels are not in the DOM: how much was drawn, for tests and tools.
    if (this.canvas) this.canvas.dataset.points = String(traced);
  }
}

/** The layer added to `map`, under everything else it draws. */
export function addBasemap(map: L.Map, paths: CountryPaths, filled: boolean): BasemapLayer {
  return new BasemapLayer(paths, filled).addTo(map);
}
