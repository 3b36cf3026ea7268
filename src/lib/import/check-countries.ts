/**
 * Every point a file gives checked against the country its row names: the
 * country column, else the last part of the place name ("Kabul, Afghanistan").
 * A point in its country stays; one that is there only read the other way
 * round is swapped; one elsewhere is placed by its name (the gazetteer's step,
 * after this one) or refused. Each with a note naming the row, the field, the
 * value and what was done.
 */
import { i18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { MapEvent } from '../dataset';
import type { CountryShapes } from '../country-shapes';
import { formatLatLon, inRange } from './coordinates';
import { countryCode, countryName } from './countries';
import type {
  ImportIssue,
  ImportResult,
  PendingEvent,
  PointSource,
  SwapEvidence,
  UnlocatedRow,
} from './types';
import { eitherOf, rowName } from './wording';

/**
 * A point at sea this close to the country its row names is kept where the
 * file puts it, with a note: events happen on boats and off coasts. Further
 * out, or in another country, it is an error.
 */
export const OFFSHORE_KM = 200;

/** The countries a row names, and where it names them, for messages (see statedBy). */
interface Stated {
  readonly codes: readonly string[];
  /** The place name whose last part names the country; null when the row's country column does. */
  readonly place: string | null;
}

/** Whether some event placed by the file's coordinates names a country to check it against. */
export function hasCountriesToCheck(result: ImportResult): boolean {
  if (!result.points) return false;
  return result.events.some((e) => result.points!.has(e.id) && statedCountries(e) !== null);
}

/**
 * The import with every point that names a country checked against the
 * country's outline (within shapes.toleranceKm): kept, swapped, set aside to
 * be placed by its name, or refused. Rows moved to "place by name" are
 * pending, with the reason on their unlocated entry (`setAside`): run the
 * gazetteer's step after this one. total = loaded + rejected rows + unlocated still holds.
 */
export function checkCountries(result: ImportResult, shapes: CountryShapes): ImportResult {
  const points = result.points;
  if (!points) return result;
  const events: MapEvent[] = [];
  const pending: PendingEvent[] = [...result.pending];
  const unlocated: UnlocatedRow[] = [...result.report.unlocated];
  const rejected: ImportIssue[] = [...result.report.rejected];
  const corrected: ImportIssue[] = [...result.report.corrected];
  const kept = new Map(points);
  const unknown = new Map<string, number>();
  const uncoded = new Map<string, number>();
  const evidence = { ...(result.swapEvidence ?? { rows: 0, of: 0, example: null }) };

  const into: SetAside = { pending, unlocated, rejected, kept };
  const setAside = (event: MapEvent, source: PointSource, problem: string) =>
    setAsideInto(into, event, source, problem);

  for (const event of result.events) {
    const source = points.get(event.id);
    const named = source ? statedCountries(event) : null;
    const checkable = named?.codes.filter((c) => shapes.has(c)) ?? [];
    const offGlobe = source?.offGlobe;
    if (!source || !named || checkable.length === 0) {
      for (const code of named?.codes ?? []) unknown.set(code, (unknown.get(code) ?? 0) + 1);
      if (source && offGlobe) {
        // Read the other way round only so its country could say; no outline can.
        const point = formatLatLon(offGlobe.lat, offGlobe.lon);
        const countries = named?.codes.join(', ');
        setAside(
          event,
          source,
          countries === undefined
            ? t`${point} is off the globe, and the map has no outline of its country to tell whether it is meant the other way round`
            : t`${point} is off the globe, and the map has no outline of ${countries} to tell whether it is meant the other way round`,
        );
      } else events.push(event);
      continue;
    }
    const { lon, lat } = event;
    const at = shapes.locate(lon, lat);
    const issue = issueOf(event, source);
    if (offGlobe) {
      const point = formatLatLon(offGlobe.lat, offGlobe.lon);
      const swapped = formatLatLon(lat, lon);
      const by = statedBy(named);
      const into = checkable.find((c) => at.near.includes(c));
      if (into) {
        const country = countryName(into);
        corrected.push(
          issue(
            t`${point} is off the globe; read the other way round (${swapped}) it is in ${country}, as the row says (${by})`,
            t`It was placed there; check that latitude and longitude are not exchanged`,
          ),
        );
        events.push(event);
        evidence.rows++;
        const where = rowName(source.row, source.feature);
        evidence.example ??= t`${where}: ${point} is off the globe; read the other way round it is in ${country}, as the row says`;
      } else {
        const expected = eitherOf(checkable.map(countryName));
        const inside = at.inside && countryName(at.inside);
        setAside(
          event,
          source,
          inside
            ? t`${point} is off the globe, and read the other way round (${swapped}) it is in ${inside}, not in ${expected} (${by})`
            : t`${point} is off the globe, and read the other way round (${swapped}) it is at sea, not in ${expected} (${by})`,
        );
      }
      continue;
    }
    if (checkable.some((c) => at.near.includes(c))) {
      events.push(event);
      continue;
    }
    if (at.uncoded) {
      uncoded.set(at.uncoded, (uncoded.get(at.uncoded) ?? 0) + 1);
      events.push(event);
      continue;
    }
    const point = formatLatLon(lat, lon);
    const expected = eitherOf(checkable.map(countryName));
    const inside = at.inside && countryName(at.inside);
    const by = statedBy(named);

    const swapped = inRange(lon, lat) ? shapes.locate(lat, lon) : null;
    const swappedInto = swapped && checkable.find((c) => swapped.near.includes(c));
    if (swappedInto) {
      const other = formatLatLon(lon, lat);
      const country = countryName(swappedInto);
      corrected.push(
        issue(
          notIn(point, inside, expected, by, false),
          t`Read the other way round (${other}) it is in ${country}, and it was placed there; check that latitude and longitude are not exchanged`,
        ),
      );
      events.push({ ...event, lon: lat, lat: lon });
      evidence.rows++;
      const where = rowName(source.row, source.feature);
      evidence.example ??= inside
        ? t`${where}: ${point} is in ${inside}; read the other way round it is in ${country}, as the row says`
        : t`${where}: ${point} is at sea; read the other way round it is in ${country}, as the row says`;
      continue;
    }

    const offshore = at.inside === null ? nearestKm(shapes, lon, lat, checkable) : null;
    if (offshore) {
      const km = i18n.number(Math.round(offshore.km));
      const country = countryName(offshore.code);
      corrected.push(
        issue(
          t`${point} is at sea, ${km} km off ${country} (${by})`,
          t`Kept where the file puts it; correct the coordinates if the event was on land`,
        ),
      );
      events.push(event);
      continue;
    }

    setAside(event, source, notIn(point, inside, expected, by, event.props.place.name.trim() === ''));
  }

  const unchecked = (counts: Map<string, number>, problem: (rows: number, names: string) => string) => {
    if (counts.size === 0) return;
    const rows = [...counts.values()].reduce((a, b) => a + b, 0);
    corrected.push({
      row: null,
      feature: null,
      id: null,
      field: 'country',
      column: null,
      problem: problem(rows, [...counts.keys()].join(', ')),
      fix: t`Their points were not checked against their country`,
    });
  };
  unchecked(unknown, (rows, names) =>
    plural(rows, {
      one: `# point names a country the map has no outline for (${names})`,
      other: `# points name countries the map has no outline for (${names})`,
    }),
  );
  unchecked(uncoded, (rows, names) =>
    plural(rows, {
      one: `# point is in ${names}, which the map's outlines give no country`,
      other: `# points are in ${names}, which the map's outlines give no country`,
    }),
  );

  return {
    ...result,
    events,
    pending,
    points: kept,
    swapEvidence: evidence,
    report: { ...result.report, loaded: events.length, rejected, corrected, unlocated },
  };
}

/** Where the rows set aside go. */
interface SetAside {
  readonly pending: PendingEvent[];
  readonly unlocated: UnlocatedRow[];
  readonly rejected: ImportIssue[];
  readonly kept: Map<string, PointSource>;
}

/** A point that is not where its row says: the row is placed by its place name instead, or refused. */
function setAsideInto(into: SetAside, event: MapEvent, source: PointSource, problem: string): void {
  const issue = issueOf(event, source);
  into.kept.delete(event.id);
  if (event.props.place.name.trim() !== '') {
    into.unlocated.push({
      row: source.row,
      feature: source.feature,
      place: event.props.place.name,
      index: into.pending.length,
      setAside: issue(
        problem,
        t`Placed by its place name instead; correct the coordinates to place it exactly`,
      ),
    });
    into.pending.push({ id: event.id, start: event.start, end: event.end, props: event.props });
    return;
  }
  into.rejected.push(
    issue(problem, t`Correct the coordinates or the country, or give a place name to locate the event by`),
  );
}

/** An issue about an event's point, where the file gives it. */
function issueOf(event: MapEvent, source: PointSource) {
  return (problem: string, fix: string): ImportIssue => ({
    row: source.row,
    feature: source.feature,
    id: event.id,
    field: source.field,
    column: source.column,
    problem,
    fix,
  });
}

/**
 * The import with one note saying its points could not be checked, and why:
 * the rows still load, but for points off the globe, which only their country
 * could have said were meant the other way round: those are placed by name or refused.
 */
export function uncheckedBecause(result: ImportResult, why: string): ImportResult {
  const note: ImportIssue = {
    row: null,
    feature: null,
    id: null,
    field: 'country',
    column: null,
    problem: t`the points were not checked against their countries: the country outlines did not load (${why})`,
    fix: t`Load the file again to check them`,
  };
  const into: SetAside = {
    pending: [...result.pending],
    unlocated: [...result.report.unlocated],
    rejected: [...result.report.rejected],
    kept: new Map(result.points),
  };
  const events: MapEvent[] = [];
  for (const event of result.events) {
    const source = result.points?.get(event.id);
    if (!source?.offGlobe) {
      events.push(event);
      continue;
    }
    const point = formatLatLon(source.offGlobe.lat, source.offGlobe.lon);
    setAsideInto(
      into,
      event,
      source,
      t`${point} is off the globe, and without the country outlines it cannot be told whether it is meant the other way round`,
    );
  }
  return {
    ...result,
    events,
    pending: into.pending,
    points: into.kept,
    report: {
      ...result.report,
      loaded: events.length,
      rejected: into.rejected,
      unlocated: into.unlocated,
      corrected: [...result.report.corrected, note],
    },
  };
}

/**
 * The mapping step's question when most records with coordinates only make
 * sense with latitude and longitude exchanged (out of range as given, or
 * outside their country): at least two, and more than half.
 */
export function swapQuestion(
  evidence: SwapEvidence | undefined,
): { rows: number; of: number; example: string } | null {
  if (!evidence || evidence.rows < 2 || evidence.rows * 2 <= evidence.of) return null;
  return { rows: evidence.rows, of: evidence.of, example: evidence.example ?? '' };
}

/** The countries a row names: its country column, else the last part of its place name. */
export function statedCountries(event: MapEvent | PendingEvent): Stated | null {
  const { countries, name } = event.props.place;
  if (countries.length > 0) return { codes: countries, place: null };
  const parts = name.split(',');
  const code = parts.length > 1 ? countryCode(parts[parts.length - 1]!.trim()) : null;
  return code ? { codes: [code], place: name } : null;
}

/** Where a row names its country, for messages: "the row's country", "the place name “Kabul, Afghanistan”". */
function statedBy(stated: Stated): string {
  const place = stated.place;
  if (place === null) {
    return t({
      comment:
        'Where a row of the reader’s file names its country, in brackets after a message about its point',
      message: "the row's country",
    });
  }
  return t({
    comment:
      'Where a row of the reader’s file names its country, in brackets after a message about its point',
    message: `the place name “${place}”`,
  });
}

/**
 * A point not in the country its row names: "latitude 48.9, longitude 2.4 is
 * in France, not in Afghanistan (the row's country)"; `nor` when it is not
 * there read the other way round either, for a row with no place name to try.
 */
function notIn(point: string, inside: string | null, expected: string, by: string, nor: boolean): string {
  if (inside) {
    return nor
      ? t`${point} is in ${inside}, not in ${expected} (${by}), nor is it read the other way round`
      : t`${point} is in ${inside}, not in ${expected} (${by})`;
  }
  return nor
    ? t`${point} is at sea, not in ${expected} (${by}), nor is it read the other way round`
    : t`${point} is at sea, not in ${expected} (${by})`;
}

function nearestKm(
  shapes: CountryShapes,
  lon: number,
  lat: number,
  codes: readonly string[],
): { code: string; km: number } | null {
  let best: { code: string; km: number } | null = null;
  for (const code of codes) {
    const km = shapes.distanceTo(lon, lat, code, OFFSHORE_KM);
    if (km !== Infinity && (!best || km < best.km)) best = { code, km };
  }
  return best;
}
