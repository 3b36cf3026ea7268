import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MapEvent } from './dataset';
import type { EventDate } from './event-schema';
import { parseDataset } from './parse-dataset';

/**
 * The bundled events hold no more than their own words allow: a note that
 * says the day or the place is not given comes with a precision that claims
 * neither, and every figure is either the words of a cited quote or marked
 * as a reading of them.
 */

const events = parseDataset(
  JSON.parse(readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8')),
).dataset.events;

/** Lower case, one space between words, straight quote marks. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Notes that say no source gives the day (whatever else they give). */
const NO_DAY = [
  /\bon or before\b/,
  /\bon or after\b/,
  /\bdoes not give the day\b/,
  /\bdo not give the day\b/,
  /\bno (?:article|source) gives the day\b/,
  /\bthe day (?:is|was) not (?:given|reported)\b/,
  /\bwithout a day\b/,
];

/** Notes that say no source names the place (beyond the country). */
const NO_PLACE = [
  /\bnames? no place\b/,
  /\bno place is named\b/,
  /\bno (?:article|source) (?:says|names) where\b/,
  /\bdo(?:es)? not say where\b/,
  /\bdo(?:es)? not name the place\b/,
  /\bplace (?:of [a-z ]+ )?is not (?:given|reported|named)\b/,
  /\bnot (?:given|reported|named) where\b/,
];

/** A single-source note such as "gives only the month" binds the date when there is only that source. */
const ONLY = { month: /\bgives? only the month\b/, year: /\bgives? only the year\b/ } as const;

/** The day is claimed when the date, or either end of a span, is one day. */
function claimsDay(date: EventDate): boolean {
  return date.precision === 'day';
}

function claimsMonth(date: EventDate): boolean {
  if (date.precision === 'day' || date.precision === 'month') return true;
  return false;
}

function allQuotes(e: MapEvent): string[] {
  return e.props.sources.map((s) => plain(s.quote));
}

describe('the bundled events claim no more than their sources', () => {
  it('has the events to check', () => {
    expect(events.length).toBeGreaterThanOrEqual(17);
  });

  it('dates no event to the day when its note says the day is not given', () => {
    const overclaimed = events
      .filter((e) => NO_DAY.some((re) => re.test(plain(e.props.dateNote ?? ''))) && claimsDay(e.props.date))
      .map((e) => e.id);
    expect(overclaimed).toEqual([]);
  });

  it('dates no single-source event more finely than "only the month" or "only the year" allows', () => {
    const overclaimed = events
      .filter((e) => e.props.sources.length === 1)
      .filter((e) => {
        const note = plain(e.props.dateNote ?? '');
        return (
          (ONLY.month.test(note) && claimsDay(e.props.date)) ||
          (ONLY.year.test(note) && claimsMonth(e.props.date))
        );
      })
      .map((e) => e.id);
    expect(overclaimed).toEqual([]);
  });

  it('places an event only at country level when its note says no place is named', () => {
    const overclaimed = events
      .filter((e) => NO_PLACE.some((re) => re.test(plain(e.props.place.note ?? ''))))
      .filter((e) => e.props.place.precision !== 'country')
      .map((e) => `${e.id} (${e.props.place.precision})`);
    expect(overclaimed).toEqual([]);
  });

  it('names the country as the place of every country-level event', () => {
    const named = events
      .filter((e) => e.props.place.precision === 'country')
      .filter((e) =>
        /\b(?:marker|point) is at\b|\bdoha\b|\bnew york\b|\bmoscow\b/.test(plain(e.props.place.name)),
      )
      .map((e) => e.id);
    expect(named).toEqual([]);
  });

  it('gives every figure in the words of a cited quote, or marks it as a reading', () => {
    const unquoted: string[] = [];
    for (const e of events) {
      for (const kind of ['killed', 'wounded'] as const) {
        const figure = e.props.casualties?.[kind];
        if (!figure || figure.reading) continue;
        if (!allQuotes(e).some((q) => q.includes(plain(figure.text)))) {
          unquoted.push(`${e.id} ${kind}: "${figure.text}"`);
        }
      }
    }
    expect(unquoted).toEqual([]);
  });

  it('marks as a reading only a figure whose words are not all in a quote, and says what the source says', () => {
    for (const e of events) {
      for (const kind of ['killed', 'wounded'] as const) {
        const figure = e.props.casualties?.[kind];
        if (!figure?.reading) continue;
        // The reading quotes the source's own words, which are in one of the event's quotes.
        const quoted = /["“]([^"”]+)["”]/.exec(figure.reading)?.[1];
        expect(quoted, `${e.id} ${kind}: the reading quotes the source`).toBeTruthy();
      }
    }
  });

  it('lists the year of the IANS story as outside knowledge on every event that cites it', () => {
    const missing = events
      .filter((e) => e.props.sources.some((s) => s.outlet === 'IANS'))
      .filter((e) => !(e.props.notInSources ?? []).some((n) => /dec(?:ember)? 17/i.test(n) && /2021/.test(n)))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });
});
