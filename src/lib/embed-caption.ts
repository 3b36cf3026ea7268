import { i18n, type MessageDescriptor } from '@lingui/core';
import { msg, plural, t } from '@lingui/core/macro';
import type { Day } from './dates';
import type { Filters } from './filter-state';
import { dateFormat, listIn } from './i18n/intl';
import type { Category } from './vocabulary';

/** Categories as a caption names what it shows: "Attacks only". */
const CATEGORY_PLURALS: Record<Category, MessageDescriptor> = {
  attack: msg({
    comment: 'Events of one category, as a caption names them: "Attacks only"',
    message: 'Attacks',
  }),
  'arrest-operation': msg({
    comment: 'Events of one category, as a caption names them: "Arrests and operations only"',
    message: 'Arrests and operations',
  }),
  'legal-act': msg({
    comment: 'Events of one category, as a caption names them',
    message: 'Legal and court acts',
  }),
  'political-act': msg({
    comment: 'Events of one category, as a caption names them',
    message: 'Political and diplomatic acts',
  }),
  agreement: msg({ comment: 'Events of one category, as a caption names them', message: 'Agreements' }),
  report: msg({
    comment: 'Events of one category (published reports), as a caption names them',
    message: 'Reports',
  }),
  aggregate: msg({
    comment: 'Events of one category, as a caption names them',
    message: 'Aggregate figures',
  }),
  other: msg({
    comment: 'Events of the category "Other", as a caption names them',
    message: 'Other events',
  }),
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

/** "January 2021", in the language shown (days count from 1970-01-01, UTC). */
function monthYear(day: Day): string {
  return dateFormat({ month: 'long', year: 'numeric' }).format(day * 86_400_000);
}

/** "A and B", "A, B and C", as the language shown joins a list. */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : listIn(items, 'conjunction');
}

function what(view: CaptionView): string {
  const { filters } = view;
  const cats = filters.categories.map((c) => i18n._(CATEGORY_PLURALS[c]));
  const count = cats.length;
  let events =
    count === 0
      ? t({ comment: 'A caption: the view shows events of every kind', message: 'All events' })
      : count <= 2
        ? list(cats)
        : t({ message: plural(count, { one: '# category of events', other: '# categories of events' }) });
  let narrowed = false;
  const name = view.countryName ?? ((code: string) => code);
  if (filters.countries.length > 0) {
    const countryCount = filters.countries.length;
    const places =
      countryCount <= 2
        ? list(filters.countries.map(name))
        : t({ message: plural(countryCount, { one: '# country', other: '# countries' }) });
    events = t({
      comment: 'A caption: the events a view shows ("All events", "Attacks"), then the countries they are in',
      message: `${events} in ${places}`,
    });
    narrowed = true;
  }
  if (filters.actors.length > 0) {
    const actorCount = filters.actors.length;
    const actors =
      actorCount <= 2
        ? list(filters.actors)
        : t({ message: plural(actorCount, { one: '# actor', other: '# actors' }) });
    events = t({
      comment: 'A caption: the events a view shows, then the actors (groups, governments) they involve',
      message: `${events} involving ${actors}`,
    });
    narrowed = true;
  }
  const search = filters.search.trim();
  if (search) {
    events = t({
      comment: 'A caption: the events a view shows, then the words searched for',
      message: `${events} matching “${search}”`,
    });
    narrowed = true;
  }
  return count > 0 && count <= 2 && !narrowed
    ? t({
        comment: 'A caption: the view shows only events of these categories ("Attacks only")',
        message: `${events} only`,
      })
    : events;
}

function when(view: CaptionView): string | null {
  const { window, extent } = view;
  if (!window) return null;
  const from = monthYear(window.start);
  const to = monthYear(window.end);
  const range =
    from === to
      ? from
      : t({ comment: 'A period of months: "January 2021 to April 2025"', message: `${from} to ${to}` });
  const whole = extent !== null && window.start <= extent.start && window.end >= extent.end;
  return whole
    ? t({
        comment: 'A caption: the view shows every date of the data ({range}: "March 2003 to April 2025")',
        message: `the whole record, ${range}`,
      })
    : range;
}

/** "19 events", "12 of 19 events". */
function counts(view: CaptionView): string {
  const { total } = view;
  if (view.shown === total) return t({ message: plural(total, { one: '# event', other: '# events' }) });
  const shown = i18n.number(view.shown);
  return t({
    comment: 'A caption: how many events the view shows, of how many',
    message: plural(total, { other: `${shown} of # events` }),
  });
}

/**
 * One line saying what a view shows, for an embed's caption and its iframe's
 * title: "Attacks only · January 2021 to April 2025 · 12 of 19 events".
 */
export function embedCaption(view: CaptionView): string {
  const period = when(view);
  return [what(view), period, counts(view)].filter((part): part is string => part !== null).join(' · ');
}
