import type { MapEvent } from './dataset';
import type { Category } from './vocabulary';

/** What a test says of an event; the rest is filled in plainly. */
export interface TestEventFields {
  id: string;
  /** Its first and last day. */
  start: number;
  end?: number;
  category?: Category;
  /** Its place's country (ISO alpha-2). */
  country?: string;
  actor?: string;
  role?: 'claimed' | 'blamed';
  title?: string;
}

/**
 * An event for the tests of filters, selectors and views: at [0, 0], dated by its days, with one
 * place, actor and source, as the dataset's events have. One maker, so a field the schema adds is
 * added here once.
 */
export function testEvent({
  id,
  start,
  end = start,
  category = 'attack',
  country = 'AF',
  actor = 'IS-K',
  role = 'claimed',
  title = `Event ${id}`,
}: TestEventFields): MapEvent {
  return {
    id,
    lon: 0,
    lat: 0,
    start,
    end,
    props: {
      title,
      summary: 'Something happened.',
      category,
      date: { precision: 'day', value: '2020-01-01' },
      place: { name: 'Somewhere', label: 'Somewhere', precision: 'city', countries: [country] },
      actors: [{ name: actor, role }],
      sources: [{ outlet: 'Outlet', headline: 'Headline', published: '2020-01-02', quote: 'Quote.' }],
    },
  };
}
