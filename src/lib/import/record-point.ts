import { t } from '@lingui/core/macro';
import type { LocationPrecision } from '../vocabulary';
import { shortened, type CellReader } from './cells';
import {
  checkCoordinates,
  formatLatLon,
  readDegrees,
  readLatLon,
  writeDegrees,
  writePoint,
  type Hemisphere,
} from './coordinates';
import { countryCode, countryCodes } from './countries';
import { pointOf } from './geometry';
import type { RecordContext } from './read-options';
import { wktGeometry } from './wkt';
import type { Note } from './types';

/** Where a record is: its point read from its coordinates, its one-column point or its geometry, and checked. */

export type LonLat = { lon: number; lat: number };

/** A point from a file that does not say how precise it is (see LOCATION_PRECISIONS). */
const AS_GIVEN: LocationPrecision = 'as-given';

/** Where a record's point came from: two coordinate columns, one column, or the feature's geometry. */
export interface PointFrom {
  readonly field: 'latitude' | 'coordinates' | 'geometry';
  readonly column: string | null;
  /**
   * The point as the file gives it, when that is off the globe and the event's
   * point is it read the other way round: only for a row that names a country,
   * which the country check then holds it to (see check-countries.ts).
   */
  readonly offGlobe?: LonLat;
}

/** A feature's point, made from its geometry, with the precision its extent allows (see geometry.ts). */
export interface GeometryPoint {
  readonly point: [number, number];
  readonly precision: LocationPrecision;
}

export type Where =
  | { lonLat: LonLat; precision: LocationPrecision; from: PointFrom; hadPoint: true }
  /** No point to use; with `setAside`, the file's point, off the globe, for the gazetteer's step to report. */
  | { lonLat: null; hadPoint: boolean; setAside?: Note; swappable?: LonLat | null }
  | { problem: Note; hadPoint: boolean; swappable: LonLat | null };

/** Whether a row names a country its point can be checked against: a country column, or a last part of its place name. */
export function statesCountry(cell: CellReader, placeName: string): boolean {
  if (countryCodes(cell('country').text).codes.length > 0) return true;
  const parts = placeName.split(',');
  return parts.length > 1 && countryCode(parts[parts.length - 1]!.trim()) !== null;
}

export function readLocation(
  cell: CellReader,
  given: GeometryPoint | [number, number] | null,
  row: { hasPlace: boolean; statesCountry: boolean },
  notes: Note[],
  context: RecordContext,
): Where {
  const { hasPlace } = row;
  const read = readPoint(cell, given, notes, context);
  if (read === null) {
    if (hasPlace) return { lonLat: null, hadPoint: false };
    return {
      problem: {
        field: 'location',
        column: null,
        problem: t({
          comment:
            'Said of a row of the reader’s file, after its number: "Row 5, location: has no coordinates and no place name"',
          message: 'has no coordinates and no place name',
        }),
        fix: t`Give latitude and longitude, or a place name we can look up`,
      },
      hadPoint: false,
      swappable: null,
    };
  }
  if ('problem' in read) return { problem: read.problem, hadPoint: true, swappable: null };
  const { lat, lon, from, precision } = read;
  if (lat === 0 && lon === 0) {
    const point = formatLatLon(0, 0);
    const problem = t`${point} is in the sea off West Africa, where files put events they have no coordinates for`;
    if (hasPlace) {
      notes.push({
        ...from,
        problem,
        fix: t`Taken as no coordinates: the place name is looked up instead. Give the real coordinates if you have them`,
      });
      return { lonLat: null, hadPoint: true };
    }
    return {
      problem: { ...from, problem, fix: t`Give the real coordinates, or a place name we can look up` },
      hadPoint: true,
      swappable: null,
    };
  }
  const checked = checkCoordinates(lat, lon);
  if ('problem' in checked) {
    const field = from.field === 'latitude' ? checked.field : from.field;
    const column = from.field === 'latitude' ? cell(checked.field).column : from.column;
    const other = checked.swappable ? formatLatLon(lon, lat) : null;
    const fix =
      other !== null
        ? t`Read the other way round (${other}) it would make sense: if latitude and longitude are exchanged, swap them in the file`
        : writeDegrees();
    const swappable = checked.swappable ? { lat, lon } : null;
    if (swappable && row.statesCountry) {
      // Its country says whether the other way round is meant: checked against its outline next.
      return {
        lonLat: { lon: lat, lat: lon },
        precision,
        from: { ...from, offGlobe: { lat, lon } },
        hadPoint: true,
      };
    }
    if (hasPlace) {
      // The place name is surer than a guess at which way round the point was meant: "Kabul" with
      // latitude 134.5 and longitude 69.1 swapped would be in Yakutia.
      const setAside = { field, column, problem: checked.problem, fix: t`Placed by its place name instead` };
      return { lonLat: null, hadPoint: true, setAside, swappable };
    }
    return { problem: { field, column, problem: checked.problem, fix }, hadPoint: true, swappable };
  }
  return { lonLat: { lon, lat }, precision, from, hadPoint: true };
}

type PointRead =
  { lat: number; lon: number; from: PointFrom; precision: LocationPrecision } | { problem: Note };

/**
 * The record's point as the file gives it: the feature's geometry, else the
 * latitude and longitude columns, else a one-column point. Hemisphere letters
 * say which coordinate is which; otherwise a whole-file swap the reader chose
 * is applied (a geometry was swapped as a whole, before its point was made).
 */
function readPoint(
  cell: CellReader,
  given: GeometryPoint | [number, number] | null,
  notes: Note[],
  context: RecordContext,
): PointRead | null {
  if (given) {
    const { point, precision } = Array.isArray(given) ? { point: given, precision: AS_GIVEN } : given;
    return { lon: point[0], lat: point[1], precision, from: { field: 'geometry', column: null } };
  }
  const latCell = cell('latitude');
  const lonCell = cell('longitude');
  const la = readDegrees(latCell.value);
  const lo = readDegrees(lonCell.value);
  const bad = (field: 'latitude' | 'longitude', problem: string) => ({
    problem: { field, column: cell(field).column, problem, fix: writeDegrees() },
  });
  if (la !== null && 'problem' in la) return bad('latitude', la.problem);
  if (lo !== null && 'problem' in lo) return bad('longitude', lo.problem);
  if (la === null && lo === null) return readOneColumn(cell, notes, context);
  if (la === null) {
    return bad(
      'latitude',
      t({
        comment: 'Said of the latitude of a row, after its name: "latitude: is empty but longitude is given"',
        message: 'is empty but longitude is given',
      }),
    );
  }
  if (lo === null) {
    return bad(
      'longitude',
      t({
        comment:
          'Said of the longitude of a row, after its name: "longitude: is empty but latitude is given"',
        message: 'is empty but latitude is given',
      }),
    );
  }

  const from: PointFrom = { field: 'latitude', column: latCell.column };
  const latAxis = axisOf(la.hemisphere);
  const lonAxis = axisOf(lo.hemisphere);
  const latitude = shortened(latCell.text);
  const longitude = shortened(lonCell.text);
  if (latAxis === 'longitude' && lonAxis === 'longitude') {
    const letter = la.hemisphere ?? '';
    return bad('latitude', t`"${latitude}" is a longitude (${letter}), as is "${longitude}"`);
  }
  if (latAxis === 'latitude' && lonAxis === 'latitude') {
    const letter = lo.hemisphere ?? '';
    return bad('longitude', t`"${longitude}" is a latitude (${letter}), as is "${latitude}"`);
  }
  if (latAxis === 'longitude' || lonAxis === 'latitude') {
    const point = formatLatLon(lo.degrees, la.degrees);
    notes.push({
      ...from,
      problem: t`the latitude column holds "${latitude}" and the longitude column "${longitude}"`,
      fix: t`Read by their letters: ${point}. Put latitudes (N, S) and longitudes (E, W) in their own columns`,
    });
    return { lat: lo.degrees, lon: la.degrees, from, precision: AS_GIVEN };
  }
  const lettered = latAxis !== null || lonAxis !== null;
  const [lat, lon] =
    context.swapCoordinates && !lettered ? [lo.degrees, la.degrees] : [la.degrees, lo.degrees];
  return { lat, lon, from, precision: AS_GIVEN };
}

function readOneColumn(cell: CellReader, notes: Note[], context: RecordContext): PointRead | null {
  const c = cell('coordinates');
  const read = readLatLon(c.text);
  if (read === null) return null;
  const from: PointFrom = { field: 'coordinates', column: c.column };
  if ('problem' in read) {
    // A line or an area, as GIS tools write a geometry column: placed like a GeoJSON feature's geometry.
    const shape = wktGeometry(c.text);
    const made = shape && pointOf(shape, context.swapCoordinates);
    if (!made?.point) return { problem: { ...from, problem: read.problem, fix: writePoint() } };
    if (made.note)
      notes.push({ ...from, problem: made.note, fix: t`Give a point to place the event exactly` });
    return { lon: made.point[0], lat: made.point[1], from, precision: made.precision };
  }
  const [lat, lon] = context.swapCoordinates ? [read.lon, read.lat] : [read.lat, read.lon];
  return { lat, lon, from, precision: AS_GIVEN };
}

function axisOf(hemisphere: Hemisphere | null): 'latitude' | 'longitude' | null {
  if (hemisphere === null) return null;
  return hemisphere === 'N' || hemisphere === 'S' ? 'latitude' : 'longitude';
}
