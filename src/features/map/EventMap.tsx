import 'leaflet/dist/leaflet.css';
import './map.css';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useState, type ReactNode } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { tileLayer } from '../../config';
import { useAppStore } from '../../store/app-store';
import { Basemap } from './Basemap';
import { EventLayer } from './EventLayer';
import { ContentNote } from './ContentNote';
import { Legend } from './Legend';
import { MapViewSync } from './MapViewSync';
import { PanToSelection } from './PanToSelection';
import { PrintFit } from './PrintFit';
import { Tiles } from './Tiles';
import { TrackMapSize } from './TrackMapSize';

/** Chips naming where the events are, once the first view is framed: with the framing, a chunk. */
const AwayChips = lazyPart(() => import('./AwayChips').then((m) => m.AwayChips));

/** The country outlines are worth zooming no deeper than this. */
const BASEMAP_MAX_ZOOM = 11;

/**
 * Props are set once: later view changes go through `useMap` in the children.
 * `fixed` (an embed option) keeps the map where the link put it. `linkNotice`
 * (what the share feature says about the link that opened the page) is given
 * by the app, which composes the features, and shown among the map's notices.
 */
export function EventMap({ fixed = false, linkNotice }: { fixed?: boolean; linkNotice?: ReactNode }) {
  const { t, i18n } = useLingui();
  const [tilesFailed, setTilesFailed] = useState(false);
  const onTilesFail = useCallback(() => setTilesFailed(true), []);
  const partMissing = useAppStore((s) => s.partMissing);
  return (
    <section className="map-area" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        <Trans comment="Heading of the map section, for screen readers">Map</Trans>
      </h2>
      <div className="map-notices">
        <ContentNote />
        {/* Before the chips: on a short map they wait for room rather than push it over the legend. */}
        <div role="status" className="map-notice-slot">
          {partMissing && (
            <p className="map-notice">
              <Trans comment="Over the map, when a part of the page (clusters, place names, keys) did not arrive">
                Part of the page could not be loaded. Check your connection and reload the page.
              </Trans>
            </p>
          )}
        </div>
        <AwayChips />
        {linkNotice}
        {tileLayer && (
          <div role="status" className="map-notice-slot">
            {tilesFailed && (
              <p className="map-notice">
                <Trans>Map tiles could not be loaded; showing the built-in map.</Trans>
              </p>
            )}
          </div>
        )}
      </div>
      <MapContainer
        className="map"
        center={[30, 50]}
        zoom={3}
        minZoom={1}
        maxZoom={tileLayer?.maxZoom ?? BASEMAP_MAX_ZOOM}
        worldCopyJump={false}
        preferCanvas
        dragging={!fixed}
        zoomControl={false}
        scrollWheelZoom={!fixed}
        doubleClickZoom={!fixed}
        touchZoom={!fixed}
        boxZoom={!fixed}
        keyboard={!fixed}
      >
        {/* Over tiles the countries are outlines only; without them, or when they fail, filled land. */}
        <Basemap filled={!tileLayer || tilesFailed} />
        {tileLayer && !tilesFailed && (
          <Tiles config={tileLayer} fallbackMaxZoom={BASEMAP_MAX_ZOOM} onFail={onTilesFail} />
        )}
        {/* Leaflet's own, with its titles in the reader's language (made again when it changes). */}
        {!fixed && (
          <ZoomControl
            key={i18n.locale}
            position="topleft"
            zoomInTitle={t`Zoom in`}
            zoomOutTitle={t`Zoom out`}
          />
        )}
        <EventLayer />
        <PanToSelection />
        <MapViewSync />
        <TrackMapSize />
        <PrintFit />
      </MapContainer>
      <Legend />
    </section>
  );
}
