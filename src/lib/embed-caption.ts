import type { Day } from './dates';
import type { Filters } from './filter-state';
import type { Category } from './vocabulary';

/** Categories as a caption names what it shows: "Attacks only". */
const CATEGORY_PLURALS: Record<Category, string> = {
  attack: 'Attacks',
  'arrest-operation': 'Arrests and operations',
  'legal-act': 'Legal and court acts',
  'political-act': 'Political and diplomatic acts',
  agreement: 'Agreements',
  report: 'Reports',
  aggregate: 'Aggregate figures',
  other: 'Other events',
};

/** What a view shows, for its caption: the filters, the time window against the record's, the counts. */
export interface CaptionView {
  readonly filters: Filters;
  readonly window: { readonly start: Day; readonly end: Day } | null;
  readonly extent: { readonly start: Day; readonly end: Day } | null;
  readonly shown: number;
  readonly total: number;
  /** "Pakistan" for "PK": the caller's names, as the browser knows them. */
  readonly countryName?: (code: string) => string;
}

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "January 2021" (days count from 1970-01-01, UTC). */
function monthYear(day: Day): string {
  return MONTH_YEAR.format(day * 86_400_000);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function what(view: CaptionView): string {
  const { filters } = view;
  const cats = filters.categories.map((c) => CATEGORY_PLURALS[c]);
  let text =
    cats.length === 0 ? 'All events' : cats.length <= 2 ? list(cats) : `${cats.length} categories of events`;
  const name = view.countryName ?? ((code: string) => code);
  if (filters.countries.length > 0) {
    text += ` in ${filters.countries.length <= 2 ? list(filters.countries.map(name)) : `${filters.countries.length} countries`}`;
  }
  if (filters.actors.length > 0) {
    text += ` involving ${filters.actors.length <= 2 ? list(filters.actors) : `${filters.actors.length} actors`}`;
  }
  const search = filters.search.trim();
  if (search) text += ` matching “${search}”`;
  return cats.length > 0 && text === list(cats) ? `${text} only` : text;
}

function when(view: CaptionView): string | null {
  const { window, extent } = view;
  if (!window) return null;
  const from = monthYear(window.start);
  const to = monthYear(window.end);
  const range = from === to ? from : `${from} to ${to}`;
  const whole = extent !== null && window.start <= extent.start && window.end >= extent.end;
  return whole ? `the whole record, ${range}` : range;
}

/**
 * One line saying what a view shows, for an embed's caption and its iframe's
 * title: "Attacks only · January 2021 to April 2025 · 12 of 19 events".
 */
export function embedCaption(view: CaptionView): string {
  const count =
    view.shown === view.total
      ? `${view.total.toLocaleString('en-GB')} ${view.total === 1 ? 'event' : 'events'}`
      : `${view.shown.toLocaleString('en-GB')} of ${view.total.toLocaleString('en-GB')} events`;
  const period = when(view);
  return [what(view), period, count].filter((part): part is string => part !== null).join(' · ');
}
