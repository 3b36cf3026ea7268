import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { TileLayerConfig } from '../../config';
import { escapeHtml } from '../../lib/html-text';

/** This many tiles failing before any loads means the server is not serving us. */
const FAILURES_TO_GIVE_UP = 4;

/**
 * The configured raster tiles, under the country outlines. When they cannot
 * be loaded (the first few all fail, or every tile of the first view does),
 * the layer is taken away so the built-in map shows, and `onFail` is told.
 */
export function Tiles({
  config,
  fallbackMaxZoom,
  onFail,
}: {
  config: TileLayerConfig;
  /** The deepest zoom the built-in map is worth, set again when the tiles go. */
  fallbackMaxZoom: number;
  onFail: () => void;
}) {
  const map = useMap();
  useEffect(
    function addTiles() {
      const layer = L.tileLayer(config.url, {
        // Leaflet writes attributions as HTML; the configured one is text.
        attribution: escapeHtml(config.attribution),
        maxZoom: config.maxZoom,
      });
      let loaded = 0;
      let failed = 0;
      const giveUp = () => {
        layer.remove();
        map.setMaxZoom(fallbackMaxZoom);
        onFail();
      };
      layer.on('tileload', () => loaded++);
      layer.on('tileerror', () => {
        failed++;
        if (loaded === 0 && failed === FAILURES_TO_GIVE_UP) giveUp();
      });
      // Every tile in view has loaded or failed.
      layer.on('load', () => {
        if (loaded === 0 && failed > 0 && failed < FAILURES_TO_GIVE_UP) giveUp();
      });
      layer.addTo(map);
      return function removeTiles() {
        layer.off();
        layer.remove();
      };
    },
    [map, config, fallbackMaxZoom, onFail],
  );
  return null;
}
