import 'leaflet/dist/leaflet.css';
import { MapContainer, TileLayer } from 'react-leaflet';
import { tileLayer } from '../../config';
import { Basemap } from './Basemap';
import { EventLayer } from './EventLayer';
import { FitToEvents } from './FitToEvents';
import { ContentNote } from './ContentNote';
import { LinkNotice } from '../share/LinkNotice';
import { Legend } from './Legend';
import { MapViewSync } from './MapViewSync';
import { PanToSelection } from './PanToSelection';

/**
 * Props are set once: later view changes go through `useMap` in the children.
 * `fixed` (an embed option) keeps the map where the link put it.
 */
export function EventMap({ fixed = false }: { fixed?: boolean }) {
  return (
    <section className="map-area" aria-labelledby="map-heading">
      <h2 id="map-heading" className="visually-hidden">
        Map
      </h2>
      <div className="map-notices">
        <ContentNote />
        <LinkNotice />
      </div>
      <MapContainer
        className="map"
        center={[30, 50]}
        zoom={3}
        minZoom={1}
        maxZoom={tileLayer?.maxZoom ?? 11}
        worldCopyJump={false}
        preferCanvas
        dragging={!fixed}
        zoomControl={!fixed}
        scrollWheelZoom={!fixed}
        doubleClickZoom={!fixed}
        touchZoom={!fixed}
        boxZoom={!fixed}
        keyboard={!fixed}
      >
        <Basemap />
        {tileLayer && (
          <TileLayer url={tileLayer.url} attribution={tileLayer.attribution} maxZoom={tileLayer.maxZoom} />
        )}
        <EventLayer />
        <FitToEvents />
        <PanToSelection />
        <MapViewSync />
      </MapContainer>
      <Legend />
    </section>
  );
}
