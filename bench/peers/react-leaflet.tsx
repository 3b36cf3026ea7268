import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, MapContainer } from 'react-leaflet';
import type { MapEvent } from '../../src/lib/dataset';
import { peerWindow } from './peer-window';

/** What a react-leaflet user would write: one CircleMarker child per event in the window. */
const peer = peerWindow(window.location.search);
const style = { radius: 4, weight: 1, color: '#7a2e12', fillColor: '#d9622b', fillOpacity: 0.7 };

function PeerMap() {
  const [shown, setShown] = useState<MapEvent[]>(() => peer.at(0, 1));
  window.__peer = {
    visible: shown.length,
    step: (i, steps) => setShown(peer.at(i, steps)),
  };
  return (
    <MapContainer className="map" bounds={peer.bounds}>
      {shown.map((e) => (
        <CircleMarker key={e.id} center={[e.lat, e.lon]} pathOptions={style} />
      ))}
    </MapContainer>
  );
}

createRoot(document.getElementById('root')!).render(<PeerMap />);
