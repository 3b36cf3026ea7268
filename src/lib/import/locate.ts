import type { MapEvent } from '../dataset';
import { inRange } from './coordinates';
import type { PendingEvent } from './types';

/**
 * A pending event placed at coordinates found for its place name (by the
 * gazetteer): its place becomes city-precise, with the note if one is given.
 * Null when the coordinates are not valid.
 */
export function locateEvent(pending: PendingEvent, lon: number, lat: number, note?: string): MapEvent | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || !inRange(lat, lon)) return null;
  const place = { ...pending.props.place, precision: 'city' as const, ...(note ? { note } : {}) };
  return { ...pending, lon, lat, props: { ...pending.props, place } };
}
