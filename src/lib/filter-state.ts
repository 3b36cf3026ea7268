/**
 * The filters a reader sets, without the machinery that applies them (in
 * `filters.ts`, a lazy chunk): the store and the controls need only this.
 */
import { searchTerms } from './search-text';
import type { ActorRole, Category } from './vocabulary';

export interface Filters {
  /** [] = all categories. */
  readonly categories: readonly Category[];
  /** [] = any actor; else the event has an actor with one of these names (in `role`, unless 'any'). */
  readonly actors: readonly string[];
  /** With `actors` [] and a role set, the event has some actor in that role. */
  readonly role: ActorRole | 'any';
  /** [] = all; else the event's place lies in one of these countries (ISO codes). */
  readonly countries: readonly string[];
  /** '' = none; else every search term occurs in the event's text, ignoring case and accents. */
  readonly search: string;
}

export const NO_FILTERS: Filters = Object.freeze({
  categories: Object.freeze([]) as readonly Category[],
  actors: Object.freeze([]) as readonly string[],
  role: 'any',
  countries: Object.freeze([]) as readonly string[],
  search: '',
});

/** Whether any filter is set or the search has a term. */
export function isFiltering(f: Filters): boolean {
  return (
    f.categories.length > 0 ||
    f.actors.length > 0 ||
    f.role !== 'any' ||
    f.countries.length > 0 ||
    (f.search.trim() !== '' && searchTerms(f.search).length > 0)
  );
}
