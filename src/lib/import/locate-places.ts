import { plural, t } from '@lingui/core/macro';
import type { MapEvent } from '../dataset';
import { describePlace, lookUpPlace, nearestSpellings, type Gazetteer, type Lookup } from '../gazetteer';
import { statedCountries } from './check-countries';
import { countryCode, countryName } from './countries';
import { locateEvent } from './locate';
import type { ImportIssue, ImportResult, LocatedRow, PendingEvent, UnlocatedRow } from './types';

/** How many places of an ambiguous name the report lists. */
const CANDIDATES_SHOWN = 5;

type Reason = Required<Pick<UnlocatedRow, 'problem' | 'fix'>> &
  Pick<UnlocatedRow, 'candidates' | 'candidatesAre'>;

/** Unknown names whose nearest spellings are looked for: each costs a pass over the gazetteer. */
const SPELLING_LOOKUPS = 500;

export interface LocateOptions {
  /**
   * A point inside a country (see CountryShapes.interior), for a place name
   * that is only a country; without it such a name is not placed.
   */
  readonly countryPoint?: (code: string) => [number, number] | null;
}

/**
 * The import with every row that has only a place name looked up in the
 * gazetteer: a clear match becomes an event at the town (city precision,
 * marked as located by place name, drawn as approximate); an ambiguous or
 * unknown name stays unlocated, with why and what to do. total = loaded +
 * rejected rows + unlocated still holds.
 */
export function locateByPlaceName(
  result: ImportResult,
  gazetteer: Gazetteer,
  options: LocateOptions = {},
): ImportResult {
  const events: MapEvent[] = [...result.events];
  const pending: PendingEvent[] = [];
  const unlocated: UnlocatedRow[] = [];
  const located: LocatedRow[] = [...result.report.located];
  const rejected: ImportIssue[] = [...result.report.rejected];
  const corrected: ImportIssue[] = [...result.report.corrected];
  const context = fileCountries(result, gazetteer);
  // A file names the same few places many times.
  const answers = new Map<string, Lookup>();
  const reasons = new Map<string, Reason>();
  let spellingLookups = 0;

  for (const row of result.report.unlocated) {
    const event = result.pending[row.index]!;
    const countries = event.props.place.countries;
    const key = `${countries.join(';')}|${row.place}`;
    const found = answers.get(key) ?? lookUpPlace(gazetteer, row.place, countries, context);
    answers.set(key, found);

    const placed = found.kind === 'matched' ? atTown(event, found) : atCountry(event, row.place, options);
    if (placed) {
      events.push(placed.event);
      located.push({ row: row.row, feature: row.feature, id: event.id, place: row.place, ...placed.row });
      if (row.setAside) {
        const match = placed.row.match;
        corrected.push({
          ...row.setAside,
          fix: t`Placed at ${match} by its place name instead; correct the coordinates to place it exactly`,
        });
      }
      continue;
    }
    let why = reasons.get(key);
    if (!why) {
      const spell =
        found.kind === 'not-found' && found.why === 'unknown' && spellingLookups++ < SPELLING_LOOKUPS;
      const countriesNear = countries.length > 0 ? countries : [...context];
      why = reason(
        row.place,
        found,
        gazetteer,
        spell ? nearestSpellings(gazetteer, firstPart(row.place), countriesNear) : [],
      );
      reasons.set(key, why);
    }
    if (row.setAside) {
      // Its point is not in its country and its name does not place it: refused, with both reasons.
      const candidates = why.candidates?.length ? why.candidates.join('; ') : null;
      rejected.push({
        ...row.setAside,
        problem: neitherPlaces(row.setAside.problem, why.problem, candidates),
        fix: correctOr(why.fix),
      });
      continue;
    }
    unlocated.push({ ...where(row), index: pending.length, ...why });
    pending.push(event);
  }

  return {
    ...result,
    events,
    pending,
    report: { ...result.report, loaded: events.length, rejected, corrected, unlocated, located },
  };
}

/**
 * The countries of the file's other rows, for names of several places: those
 * their country column or place name states, the countries named alone
 * ("Afghanistan"), and those of the towns the gazetteer places without doubt
 * (the only town of its name, or the only one in the country given).
 */
function fileCountries(result: ImportResult, gazetteer: Gazetteer): Set<string> {
  const found = new Set<string>();
  for (const e of [...result.events, ...result.pending]) {
    for (const code of statedCountries(e)?.codes ?? []) found.add(code);
  }
  const asked = new Set<string>();
  for (const row of result.report.unlocated) {
    const countries = result.pending[row.index]!.props.place.countries;
    const key = `${countries.join(';')}|${row.place}`;
    if (asked.has(key)) continue;
    asked.add(key);
    const named = countryCode(row.place.trim());
    if (named) found.add(named);
    const sure = lookUpPlace(gazetteer, row.place, countries);
    if (sure.kind === 'matched' && sure.chosen !== 'largest') found.add(sure.place.country);
  }
  return found;
}

function atTown(
  event: PendingEvent,
  found: Extract<Lookup, { kind: 'matched' }>,
): { event: MapEvent; row: Pick<LocatedRow, 'match' | 'caveat'> } | null {
  const match = describePlace(found.place);
  const { forReaders, forReport } = caveats(found);
  const placed = locateEvent(event, found.place.lon, found.place.lat, forReaders ?? undefined, {
    match,
    country: found.place.country,
  });
  return placed && { event: placed, row: { match, caveat: forReport } };
}

/**
 * A place name that is only a country ("Afghanistan"), placed at a point
 * inside the country, at country precision. Null for any other name, or
 * without country outlines.
 */
function atCountry(
  event: PendingEvent,
  place: string,
  options: LocateOptions,
): { event: MapEvent; row: Pick<LocatedRow, 'match' | 'caveat'> } | null {
  const code = countryCode(place.trim());
  const point = code && options.countryPoint?.(code);
  if (!code || !point) return null;
  const name = countryName(code);
  const note = t({
    comment: 'A note on an event’s place, shown with the event',
    message: `The place names only the country: drawn at a point inside ${name}, not where the event was.`,
  });
  const placed = locateEvent(event, point[0], point[1], note);
  if (!placed) return null;
  const given = placed.props.place;
  const countries = given.countries.length > 0 ? given.countries : [code];
  return {
    event: { ...placed, props: { ...placed.props, place: { ...given, precision: 'country', countries } } },
    row: {
      match: t({
        comment: 'What a place name was matched to: "Afghanistan (the country)"',
        message: `${name} (the country)`,
      }),
      caveat: t`Placed at a point inside the country, at country precision.`,
    },
  };
}

/** Words that name a kind of division, not a place: left out when looking for spellings. */
const DIVISION_WORDS =
  /\b(province|provincia|provinz|district|region|state|governorate|county|oblast|wilaya[ht]?|department|departement|prefecture|municipality)\b/giu;

/**
 * The first part of a place text, without words for a division ("Paktika
 * Province" is looked for as "Paktika"): the gazetteer holds towns, and a
 * town of the province's name is a candidate worth showing.
 */
function firstPart(place: string): string {
  const head = place.split(',')[0]!.trim();
  return head.replace(DIVISION_WORDS, ' ').replace(/\s+/g, ' ').trim() || head;
}

/**
 * The import with the same reason given for every row not located: when the gazetteer cannot be had.
 * `problem` says it of a row's place name, the name in the sentence: "“Quetta” could not be looked up: …".
 */
export function unlocatedBecause(
  result: ImportResult,
  problem: (place: string) => string,
  fix: string,
): ImportResult {
  if (!result.report.unlocated.some((row) => row.setAside)) {
    const unlocated = result.report.unlocated.map((row) => ({ ...row, problem: problem(row.place), fix }));
    return { ...result, report: { ...result.report, unlocated } };
  }
  // A row whose own point was set aside is refused, with both reasons: it cannot wait for a gazetteer.
  const pending: PendingEvent[] = [];
  const unlocated: UnlocatedRow[] = [];
  const rejected = [...result.report.rejected];
  for (const row of result.report.unlocated) {
    if (row.setAside) {
      rejected.push({
        ...row.setAside,
        problem: neitherPlaces(row.setAside.problem, problem(row.place), null),
        fix: correctOr(fix),
      });
      continue;
    }
    unlocated.push({ ...row, index: pending.length, problem: problem(row.place), fix });
    pending.push(result.pending[row.index]!);
  }
  return { ...result, pending, report: { ...result.report, rejected, unlocated } };
}

/**
 * Why a row whose point was set aside is refused: its point is not where the
 * row says, and its place name does not place it either.
 */
function neitherPlaces(pointProblem: string, problem: string, candidates: string | null): string {
  return candidates === null
    ? t({
        comment:
          '{pointProblem} is what is wrong with the row’s coordinates; {problem} is why its place name does not place it either, a whole clause: "“Ruritania” is not in the gazetteer"',
        message: `${pointProblem}; and ${problem}`,
      })
    : t({
        comment:
          '{pointProblem} is what is wrong with the row’s coordinates; {problem} is why its place name does not place it either, a whole clause: "“Ruritania” is not in the gazetteer"; {candidates} are places of that name',
        message: `${pointProblem}; and ${problem} (${candidates})`,
      });
}

/** What to do about a row refused for both its point and its place name. */
function correctOr(fix: string): string {
  return t({
    comment: '{fix} is what to do about the place name',
    message: `Correct the coordinates or the country. ${fix}`,
  });
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
  const name = found.name;
  if (found.skipped.length > 0) {
    const skipped = found.skipped.join(', ');
    notes.push(t`Placed at ${name}: the gazetteer has no “${skipped}”.`);
  }
  if (found.chosen === 'context') {
    notes.push(
      plural(found.others, {
        one: `# other place shares the name ${name}; this is the one in a country of the file's other events.`,
        other: `# other places share the name ${name}; this is the one in a country of the file's other events.`,
      }),
    );
  }
  if (found.chosen === 'largest') {
    notes.push(
      plural(found.others + 1, {
        one: `The largest of # place called ${name} in the gazetteer; give a country or coordinates to be sure.`,
        other: `The largest of # places called ${name} in the gazetteer; give a country or coordinates to be sure.`,
      }),
    );
  }
  const forReaders = notes.length > 0 ? notes.join(' ') : null;
  if (found.unchecked.length > 0) {
    const parts = found.unchecked.join('”, “');
    notes.push(t`“${parts}” not checked: the gazetteer knows countries and US states only.`);
  }
  return { forReaders, forReport: notes.length > 0 ? notes.join(' ') : null };
}

/** Why a place name did not place its row, said of the name, and what to do: each a whole sentence with {place} in it. */
function reason(
  place: string,
  found: Lookup,
  gazetteer: Gazetteer,
  spellings: ReturnType<typeof nearestSpellings>,
): Reason {
  switch (found.kind) {
    case 'ambiguous': {
      const n = found.candidates.length;
      return {
        problem: t({
          comment: '{place} is a place name from the reader’s file',
          message: plural(n, {
            one: `“${place}” is the name of # place in the gazetteer`,
            other: `“${place}” is the name of # places in the gazetteer`,
          }),
        }),
        fix: t`Add a country column, or the country (or US state) after the name, or add latitude and longitude`,
        candidates: found.candidates.slice(0, CANDIDATES_SHOWN).map(describePlace),
        candidatesAre: 'largest',
      };
    }
    case 'not-found':
      if (found.why === 'in-country') {
        const elsewhere = (found.elsewhere ?? []).slice(0, CANDIDATES_SHOWN).map(describePlace).join('; ');
        const { name } = found;
        const within = found.within;
        return {
          problem: t({
            comment:
              '{place} is a place name from the reader’s file, {name} the town it names; {within} is a country or US state',
            message: `“${place}” is not in the gazetteer: it has no ${name} in ${within}, only ${elsewhere}`,
          }),
          fix: t`Check the place and the country, or add latitude and longitude`,
        };
      }
      if (found.why === 'country') {
        return {
          problem: t({
            comment: '{place} is a place name from the reader’s file',
            message: `“${place}” names a country, and the gazetteer holds towns (the country outlines were not at hand)`,
          }),
          fix: t`Name a town, or add latitude and longitude`,
        };
      }
      return {
        problem: t({
          comment: '{place} is a place name from the reader’s file',
          message: `“${place}” is not in the gazetteer`,
        }),
        fix: plural(gazetteer.minPopulation, {
          one: 'It holds towns of # person or more under their GeoNames names, not provinces or districts: check the spelling, name a town, or add latitude and longitude',
          other:
            'It holds towns of # people or more under their GeoNames names, not provinces or districts: check the spelling, name a town, or add latitude and longitude',
        }),
        ...(spellings.length > 0
          ? { candidates: spellings.map(describePlace), candidatesAre: 'spelled-alike' as const }
          : {}),
      };
    case 'matched':
      // Only when the gazetteer's coordinates are off the globe, which a valid asset never has.
      return {
        problem: t({
          comment: '{place} is a place name from the reader’s file',
          message: `“${place}” has coordinates in the gazetteer that are not valid`,
        }),
        fix: t`Add latitude and longitude`,
      };
  }
}
