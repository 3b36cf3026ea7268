import type { MapEvent } from '../dataset';
import { describePlace, lookUpPlace, type Gazetteer, type Lookup } from '../gazetteer';
import { locateEvent } from './locate';
import type { ImportResult, LocatedRow, PendingEvent, UnlocatedRow } from './types';

/** How many places of an ambiguous name the report lists. */
const CANDIDATES_SHOWN = 5;

type Reason = Required<Pick<UnlocatedRow, 'problem' | 'fix'>> & Pick<UnlocatedRow, 'candidates'>;

/**
 * The import with every row that has only a place name looked up in the
 * gazetteer: a clear match becomes an event at the town (city precision,
 * marked as located by place name, drawn as approximate); an ambiguous or
 * unknown name stays unlocated, with why and what to do. total = loaded +
 * rejected rows + unlocated still holds.
 */
export function locateByPlaceName(result: ImportResult, gazetteer: Gazetteer): ImportResult {
  const events: MapEvent[] = [...result.events];
  const pending: PendingEvent[] = [];
  const unlocated: UnlocatedRow[] = [];
  const located: LocatedRow[] = [...result.report.located];
  // A file names the same few places many times.
  const answers = new Map<string, Lookup>();

  for (const row of result.report.unlocated) {
    const event = result.pending[row.index]!;
    const countries = event.props.place.countries;
    const key = `${countries.join(';')}|${row.place}`;
    const found = answers.get(key) ?? lookUpPlace(gazetteer, row.place, countries);
    answers.set(key, found);

    if (found.kind === 'matched') {
      const match = describePlace(found.place);
      const { forReaders, forReport } = caveats(found);
      const placed = locateEvent(event, found.place.lon, found.place.lat, forReaders ?? undefined, {
        match,
        country: found.place.country,
      });
      if (placed) {
        events.push(placed);
        located.push({
          row: row.row,
          feature: row.feature,
          id: event.id,
          place: row.place,
          match,
          caveat: forReport,
        });
        continue;
      }
    }
    unlocated.push({ ...where(row), index: pending.length, ...reason(found, gazetteer) });
    pending.push(event);
  }

  return { events, pending, report: { ...result.report, loaded: events.length, unlocated, located } };
}

/** The import with the same reason given for every row not located: when the gazetteer cannot be had. */
export function unlocatedBecause(result: ImportResult, problem: string, fix: string): ImportResult {
  const unlocated = result.report.unlocated.map((row) => ({ ...row, problem, fix }));
  return { ...result, report: { ...result.report, unlocated } };
}

function where(row: UnlocatedRow): Pick<UnlocatedRow, 'row' | 'feature' | 'place'> {
  return { row: row.row, feature: row.feature, place: row.place };
}

/**
 * What a reader of the event should know about a match (the note on its
 * place), and what the report says besides: parts of the name it could not check.
 */
function caveats(found: Extract<Lookup, { kind: 'matched' }>): {
  forReaders: string | null;
  forReport: string | null;
} {
  const notes: string[] = [];
  if (found.skipped.length > 0) {
    notes.push(`Placed at ${found.name}: the gazetteer has no “${found.skipped.join(', ')}”.`);
  }
  if (found.chosen === 'largest') {
    notes.push(
      `The largest of ${found.others + 1} places called ${found.name} in the gazetteer; give a country or coordinates to be sure.`,
    );
  }
  const forReaders = notes.length > 0 ? notes.join(' ') : null;
  if (found.unchecked.length > 0) {
    const parts = found.unchecked.map((p) => `“${p}”`).join(', ');
    notes.push(`${parts} not checked: the gazetteer knows countries and US states only.`);
  }
  return { forReaders, forReport: notes.length > 0 ? notes.join(' ') : null };
}

function reason(found: Lookup, gazetteer: Gazetteer): Reason {
  const coordinates = 'or add latitude and longitude';
  switch (found.kind) {
    case 'ambiguous': {
      const n = found.candidates.length;
      return {
        problem: `is the name of ${n.toLocaleString('en-GB')} places in the gazetteer`,
        fix: `Add a country column, or the country (or US state) after the name, ${coordinates}`,
        candidates: found.candidates.slice(0, CANDIDATES_SHOWN).map(describePlace),
      };
    }
    case 'not-found':
      if (found.why === 'in-country') {
        const elsewhere = (found.elsewhere ?? []).slice(0, CANDIDATES_SHOWN).map(describePlace);
        return {
          problem: `is not in the gazetteer: it has no ${found.name} in ${found.within}, only ${elsewhere.join('; ')}`,
          fix: `Check the place and the country, ${coordinates}`,
        };
      }
      if (found.why === 'country') {
        return {
          problem: 'names a country, and the gazetteer holds towns',
          fix: `Name a town, ${coordinates}`,
        };
      }
      return {
        problem: 'is not in the gazetteer',
        fix: `It holds towns of ${gazetteer.minPopulation.toLocaleString('en-GB')} people or more under their GeoNames names: check the spelling, ${coordinates}`,
      };
    case 'matched':
      // Only when the gazetteer's coordinates are off the globe, which a valid asset never has.
      return {
        problem: 'has coordinates in the gazetteer that are not valid',
        fix: `Add latitude and longitude`,
      };
  }
}
