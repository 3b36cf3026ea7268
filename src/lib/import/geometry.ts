/** One point for any GeoJSON geometry, and a note when it had to be made from something else. */

export interface PointOf {
  /** [lon, lat], or null when the geometry has no usable coordinates. */
  readonly point: [number, number] | null;
  readonly note: string | null;
}

/**
 * A Point as it is; a MultiPoint's first point; for lines, polygons and
 * collections the centre of their bounding box. A missing geometry has no
 * point and needs no note.
 */
export function pointOf(geometry: unknown): PointOf {
  if (geometry === null || geometry === undefined) return { point: null, note: null };
  if (!isRecord(geometry) || typeof geometry.type !== 'string') {
    return { point: null, note: 'geometry is not a GeoJSON geometry; it was ignored' };
  }
  const type = geometry.type;
  const positions = collectPositions(
    type === 'GeometryCollection' ? geometry.geometries : geometry.coordinates,
  );
  if (positions.length === 0) return { point: null, note: `geometry (${type}) has no usable coordinates` };
  if (type === 'Point') return { point: positions[0]!, note: null };
  if (type === 'MultiPoint') {
    return { point: positions[0]!, note: 'geometry is a MultiPoint; its first point is used' };
  }
  return {
    point: boxCentre(positions),
    note: `geometry is a ${type}; the centre of its bounding box is used`,
  };
}

/** Every [lon, lat] in nested coordinate arrays (or geometries), without recursion. */
function collectPositions(root: unknown): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (isRecord(item)) {
      stack.push(item.type === 'GeometryCollection' ? item.geometries : item.coordinates);
      continue;
    }
    if (!Array.isArray(item)) continue;
    const [lon, lat] = item as unknown[];
    if (typeof lon === 'number' && typeof lat === 'number') {
      if (Number.isFinite(lon) && Number.isFinite(lat)) found.push([lon, lat]);
      continue;
    }
    for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
  }
  return found;
}

function boxCentre(positions: Array<[number, number]>): [number, number] {
  let [west, south] = positions[0]!;
  let [east, north] = positions[0]!;
  for (const [lon, lat] of positions) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [(west + east) / 2, (south + north) / 2];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
