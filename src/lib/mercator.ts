/**
 * Spherical Web Mercator (EPSG:3857) in pixels at zoom 0, where the world is
 * 256 pixels square: the same numbers Leaflet's default CRS gives, computed
 * without allocating a LatLng per point.
 */
export const MAX_LATITUDE = 85.0511287798;

export function projectX(lon: number): number {
  return ((lon + 180) / 360) * 256;
}

export function projectY(lat: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
}
