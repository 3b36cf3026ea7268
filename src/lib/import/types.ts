import type { MapEvent } from '../dataset';
import type { Field } from './columns';

/** Something wrong with one row of a CSV file or one feature of a GeoJSON file. */
export interface ImportIssue {
  /** The row as a spreadsheet shows it: the header is row 1, so the first data row is 2. Null for GeoJSON. */
  readonly row: number | null;
  /** Position of the feature in the GeoJSON file. Null for CSV. */
  readonly feature: number | null;
  /** The event's id, where it has one. */
  readonly id: string | null;
  /** Our field ("title", "date", "latitude"...), "location" for a missing place, "" for the whole row. */
  readonly field: string;
  /** The file's column the field was read from, where there is one. */
  readonly column: string | null;
  /** What is wrong, in plain words, said of the field (or the row), in the language shown: "is empty". */
  readonly problem: string;
  /** What the reader can do about it, or what we did, in the language shown: "Give each event a title". */
  readonly fix: string;
}

/** A row with a place name but no coordinates, waiting for the gazetteer or not placed by it. */
export interface UnlocatedRow {
  readonly row: number | null;
  readonly feature: number | null;
  readonly place: string;
  /** Position of the event in `ImportResult.pending`. */
  readonly index: number;
  /** Why the gazetteer did not place it, naming the place ("“Ruritania” is not in the gazetteer"); absent before it was asked. */
  readonly problem?: string;
  /** What the reader can do about it. */
  readonly fix?: string;
  /** For a name of several places: some of them, largest first ("Springfield, MO, US"). */
  readonly candidates?: readonly string[];
  /** What the candidates are: the largest places of the name, or places spelled nearly the same. */
  readonly candidatesAre?: 'largest' | 'spelled-alike';
  /**
   * The file's own point, set aside because it is not in the row's country
   * (see check-countries.ts): the row is placed by its name, or rejected with this.
   */
  readonly setAside?: ImportIssue;
}

/** A row placed by its place name, at a town of the gazetteer. */
export interface LocatedRow {
  readonly row: number | null;
  readonly feature: number | null;
  readonly id: string;
  readonly place: string;
  /** The gazetteer's town: "Quetta, PK". */
  readonly match: string;
  /** What to check about the match: the largest of several towns of that name, parts not checked. */
  readonly caveat: string | null;
}

/** One column of the file and the field it was read as; null: kept as one of the event's other fields. */
export interface ColumnUse {
  readonly column: string;
  readonly field: Field | null;
}

export interface ImportReport {
  /** Rows or features in the file. */
  readonly total: number;
  /** Events placed on the map now, located ones included. total = loaded + rows rejected + unlocated. */
  readonly loaded: number;
  /** Every problem of every rejected row (a row may have several). */
  readonly rejected: ImportIssue[];
  /** What was changed or left out in rows that loaded (and notes on the file). */
  readonly corrected: ImportIssue[];
  readonly unlocated: UnlocatedRow[];
  /** Rows that had only a place name, placed by the gazetteer (counted in `loaded`). */
  readonly located: LocatedRow[];
  /** Every column of the file, in its order, and what it was read as (empty for our own schema). */
  readonly columns: readonly ColumnUse[];
  /** The encoding the file's bytes were read in (see decodeBytes): 'utf-8', 'windows-1252'...; absent for text given as text. */
  readonly encoding?: string;
}

/** An event complete but for its coordinates: give them with `locateEvent`. */
export type PendingEvent = Omit<MapEvent, 'lon' | 'lat'>;

export interface ImportResult {
  readonly events: MapEvent[];
  /** Events with a place name and no coordinates, in the order of `report.unlocated`. */
  readonly pending: PendingEvent[];
  readonly report: ImportReport;
  /**
   * The events placed by the file's own coordinates, by id: where each came
   * from, for the checks that run after reading (check-countries.ts).
   */
  readonly points?: ReadonlyMap<string, PointSource>;
  /** Records that only make sense with latitude and longitude exchanged (see swapQuestion). */
  readonly swapEvidence?: SwapEvidence;
}

/** Where an event's point came from in the file. */
export interface PointSource {
  readonly row: number | null;
  readonly feature: number | null;
  /** "latitude" (the latitude and longitude columns), "coordinates" (one column) or "geometry". */
  readonly field: 'latitude' | 'coordinates' | 'geometry';
  readonly column: string | null;
  /** The file's point, when off the globe and the event's point is it read the other way round (to be checked). */
  readonly offGlobe?: { readonly lat: number; readonly lon: number };
}

/** How many records only make sense swapped, of those with coordinates, and one of them as an example. */
export interface SwapEvidence {
  readonly rows: number;
  readonly of: number;
  readonly example: string | null;
}

/** A problem before we know where it is: the reader fills in row, feature and id. */
export type Note = Omit<ImportIssue, 'row' | 'feature' | 'id'>;
