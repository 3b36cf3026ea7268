import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { peerWindow } from './peer-window';

/**
 * What a Leaflet user would write: L.circleMarker per event on the canvas
 * renderer (preferCanvas), markers kept by id so a step only adds the events
 * that came into the window and removes those that left.
 */
const peer = peerWindow(window.location.search);
const style = { radius: 4, weight: 1, color: '#7a2e12', fillColor: '#d9622b', fillOpacity: 0.7 };
const root = document.getElementById('root')!;
root.className = 'map';
const map = L.map(root, { preferCanvas: true, renderer: L.canvas() }).fitBounds(peer.bounds);
const markers = new Map<string, L.CircleMarker>();
let visible = 0;

function show(i: number, steps: number) {
  const shown = peer.at(i, steps);
  const keep = new Set(shown.map((e) => e.id));
  for (const [id, marker] of markers) {
    if (keep.has(id)) continue;
    marker.remove();
    markers.delete(id);
  }
  for (const e of shown) {
    if (!markers.has(e.id)) markers.set(e.id, L.circleMarker([e.lat, e.lon], style).addTo(map));
  }
  visible = shown.length;
}

show(0, 1);
window.__peer = {
  get visible() {
    return visible;
  },
  step: show,
};
