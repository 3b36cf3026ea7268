/** Latitude and longitude as people write them, checked, and put right when only swapped. */

/** A number of degrees: 34.5, "34.5", "34,5", "3.45e1", "34.5°", "34.5 N", "69.2 W". Empty -> null. */
export function parseCoordinate(value: unknown): number | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const text = value.trim();
  if (text === '') return null;
  const m = /^([+-]?)((?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?)\s*°?\s*([NSEW]?)$/i.exec(text);
  if (!m) return 'invalid';
  const size = Number(m[2]!.replace(',', '.'));
  const negative = m[1] === '-' || /[SW]/i.test(m[3]!);
  return negative ? -size : size;
}

export type CoordinateCheck =
  { lon: number; lat: number; swapped: boolean } | { field: 'latitude' | 'longitude'; problem: string };

/** Valid coordinates as they are; swapped when only swapping makes both valid; otherwise the problem. */
export function checkCoordinates(lat: number, lon: number): CoordinateCheck {
  if (inRange(lat, lon)) return { lon, lat, swapped: false };
  if (inRange(lon, lat)) return { lon: lat, lat: lon, swapped: true };
  if (Math.abs(lat) > 90) return { field: 'latitude', problem: `${lat} is outside -90 to 90` };
  return { field: 'longitude', problem: `${lon} is outside -180 to 180` };
}

export function inRange(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
}
