import type { MapEvent } from '../dataset';
import { inRange } from './coordinates';
import type { PendingEvent } from './types';

/** The gazetteer's town an event was placed at, by its place name. */
export interface GazetteerMatch {
  /** "Quetta, PK". */
  readonly match: string;
  /** The town's country: the event's, when the file gave none. */
  readonly country: string;
}

/**
 * A pending event placed at coordinates found for its place name (by the
 * gazetteer): its place becomes city-precise, with the note if one is given,
 * and the gazetteer's town if one is given. Null when the coordinates are not valid.
 */
export function locateEvent(
  pending: PendingEvent,
  lon: number,
  lat: number,
  note?: string,
  found?: GazetteerMatch,
): MapEvent | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || !inRange(lat, lon)) return null;
  const given = pending.props.place;
  const place = {
    ...given,
    precision: 'city' as const,
    ...(note ? { note } : {}),
    ...(found
      ? {
          gazetteer: found.match,
          countries: given.countries.length > 0 ? given.countries : [found.country],
        }
      : {}),
  };
  return { ...pending, lon, lat, props: { ...pending.props, place } };
}
