import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from './dataset';
import { parseDataset } from './parse-dataset';
import { dayFromParts } from './dates';

function goodFeature(id = 'mastung-2025', date: object = { precision: 'day', value: '2025-04-15' }) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [66.84, 29.8] },
    properties: {
      title: 'Bomb hits a police bus',
      summary: 'A bomb on a parked motorcycle hit a bus carrying police.',
      category: 'attack',
      date,
      place: { name: 'Mastung, Pakistan', label: 'Mastung', precision: 'district', countries: ['PK'] },
      actors: [{ name: 'IS-K', role: 'claimed' }],
      casualties: { killed: { value: 3, text: 'three', approximate: false } },
      sources: [{ outlet: 'Arab News', headline: 'A headline', published: '2025-04-16', quote: 'A quote.' }],
    },
  };
}

function collection(features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function messagesFor(feature: unknown): string[] {
  return parseDataset(collection([feature])).issues.map(formatIssue);
}

describe('parseDataset', () => {
  it('accepts a good event and gives it its day range', () => {
    const { dataset, issues } = parseDataset(collection([goodFeature()]));
    expect(issues).toEqual([]);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({
      id: 'mastung-2025',
      lon: 66.84,
      lat: 29.8,
      start: dayFromParts(2025, 4, 15),
      end: dayFromParts(2025, 4, 15),
    });
  });

  it('names the feature and the field of a bad date', () => {
    const bad = goodFeature('bad-date', { precision: 'day', value: '2025-02-30' });
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("bad-date"), field "properties.date.value": is not a real calendar day',
    ]);
  });

  it('names a missing field', () => {
    const bad = goodFeature();
    delete (bad.properties as Partial<typeof bad.properties>).title;
    expect(messagesFor(bad)).toEqual(['Feature 0 ("mastung-2025"), field "properties.title": is missing']);
  });

  it('names a category that does not exist and lists the allowed ones', () => {
    const bad = goodFeature();
    bad.properties.category = 'riot';
    expect(messagesFor(bad)[0]).toMatch(
      /^Feature 0 \("mastung-2025"\), field "properties.category": must be one of "attack", /,
    );
  });

  it('names coordinates out of range', () => {
    const bad = goodFeature();
    bad.geometry.coordinates = [29.8, 166.84];
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "geometry.coordinates.1": latitude above 90',
    ]);
  });

  it('names unknown fields, so a typo does not pass silently', () => {
    const bad = goodFeature();
    (bad.properties as Record<string, unknown>).titel = 'x';
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties": has unknown field "titel"',
    ]);
  });

  it('refuses an event with no source', () => {
    const bad = goodFeature();
    bad.properties.sources = [];
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties.sources": needs at least one source',
    ]);
  });

  it('refuses a span that ends before it starts', () => {
    const bad = goodFeature('span', { precision: 'span', start: '2020-09', end: '2020-01' });
    expect(messagesFor(bad)).toEqual(['Feature 0 ("span"), field "properties.date.end": start is after end']);
  });

  it('refuses source links that are not http or https', () => {
    const bad = goodFeature();
    (bad.properties.sources[0] as Record<string, unknown>).url = 'javascript:alert(1)';
    expect(messagesFor(bad)).toEqual([
      'Feature 0 ("mastung-2025"), field "properties.sources.0.url": must start with http:// or https://',
    ]);
  });

  describe('flagged claims', () => {
    /** A copy of a claim without one of its fields. */
    function without(claim: Record<string, string>, field: string) {
      return Object.fromEntries(Object.entries(claim).filter(([key]) => key !== field));
    }
    function withClaims(claims: unknown[]) {
      const feature = goodFeature();
      (feature.properties as Record<string, unknown>).claims = claims;
      return feature;
    }
    const unverified = {
      status: 'unverified',
      about: 'actor',
      actor: 'IS-K',
      by: 'IS-K',
      note: 'Only the group says so.',
      source: 'Arab News',
    };
    const disputed = {
      status: 'disputed',
      about: 'killed',
      by: 'Provincial officials',
      disputedBy: 'A hospital',
      note: 'The hospital counted fewer dead.',
      source: 'Arab News',
    };

    it('accepts a disputed claim about a figure and an unverified one about an actor', () => {
      const { dataset, issues } = parseDataset(collection([withClaims([unverified, disputed])]));
      expect(issues).toEqual([]);
      expect(dataset.events[0]!.props.claims).toEqual([unverified, disputed]);
    });

    it('leaves the field out, not empty, when nothing is flagged', () => {
      expect(messagesFor(withClaims([]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims": leave it out when there are no claims to flag',
      ]);
    });

    it('needs who disputes a disputed claim, and only a disputed one', () => {
      expect(messagesFor(withClaims([without(disputed, 'disputedBy')]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.disputedBy": is needed for a disputed claim',
      ]);
      expect(messagesFor(withClaims([{ ...unverified, disputedBy: 'Someone' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.disputedBy": is only for disputed claims',
      ]);
    });

    it("needs the actor of a claim about an actor to be one of the event's actors", () => {
      expect(messagesFor(withClaims([without(unverified, 'actor')]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.actor": is needed when the claim is about an actor',
      ]);
      expect(messagesFor(withClaims([{ ...disputed, actor: 'IS-K' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.actor": is only for claims about an actor',
      ]);
      expect(messagesFor(withClaims([{ ...unverified, actor: 'Isis-K' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.actor": is not one of the event\'s actors',
      ]);
    });

    it('needs the source to be one the event cites', () => {
      expect(messagesFor(withClaims([unverified, { ...disputed, source: 'Dawn' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.1.source": is not the outlet of one of the event\'s sources',
      ]);
    });

    it('refuses unknown statuses and subjects, missing fields and notes of several lines', () => {
      expect(messagesFor(withClaims([{ ...unverified, status: 'false' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.status": must be one of "disputed", "unverified"',
      ]);
      expect(messagesFor(withClaims([{ ...disputed, about: 'summary' }]))[0]).toMatch(
        /field "properties.claims.0.about": must be one of "event", "actor"/,
      );
      expect(messagesFor(withClaims([without(unverified, 'by')]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.by": is missing',
      ]);
      expect(messagesFor(withClaims([{ ...unverified, note: 'One line.\nAnother.' }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0.note": must be a single line',
      ]);
      expect(messagesFor(withClaims([{ ...unverified, note: 'x'.repeat(301) }]))[0]).toMatch(
        /300 characters/,
      );
      expect(messagesFor(withClaims([{ ...unverified, verified: false }]))).toEqual([
        'Feature 0 ("mastung-2025"), field "properties.claims.0": has unknown field "verified"',
      ]);
    });

    it('reports a malformed claims field without failing on it', () => {
      const notAList = messagesFor(withClaims('disputed' as unknown as unknown[]));
      expect(notAList).toHaveLength(1);
      expect(notAList[0]).toMatch(/^Feature 0 \("mastung-2025"\), field "properties.claims": /);
      const feature = withClaims([unverified]);
      (feature.properties as Record<string, unknown>).actors = 'IS-K';
      // Only the broken field is named: the claim's cross-checks wait for the actors to be a list.
      const brokenActors = messagesFor(feature);
      expect(brokenActors).toHaveLength(1);
      expect(brokenActors[0]).toMatch(/field "properties.actors": /);
    });
  });

  it('keeps every valid event when others are bad, and counts the rejected ones', () => {
    const result = parseDataset(
      collection([goodFeature('a'), { type: 'Feature' }, goodFeature('b'), 'nonsense', goodFeature('a')]),
    );
    expect(result.dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(result.total).toBe(5);
    expect(new Set(result.issues.map((i) => i.feature))).toEqual(new Set([1, 3, 4]));
    expect(result.issues.find((i) => i.feature === 4)?.message).toBe('repeats the id of an earlier feature');
  });

  it('sorts events by start, then end, then file order', () => {
    const { dataset } = parseDataset(
      collection([
        goodFeature('second-same-day'),
        goodFeature('year', { precision: 'year', value: '2025' }),
        goodFeature('first-same-day'),
        goodFeature('month', { precision: 'month', value: '2025-04' }),
      ]),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(['year', 'month', 'second-same-day', 'first-same-day']);
  });

  it('sorts events by date whatever the order in the file', () => {
    const { dataset } = parseDataset(
      collection([
        goodFeature('late', { precision: 'year', value: '2025' }),
        goodFeature('early', { precision: 'month', value: '2003-02' }),
      ]),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(dataset.byId.get('late')).toBe(1);
  });

  it('explains a file that is not a FeatureCollection', () => {
    const result = parseDataset({ type: 'Feature' });
    expect(result.dataset.events).toEqual([]);
    expect(result.issues.map(formatIssue)).toEqual([
      'The file, field "type": the file is not a GeoJSON FeatureCollection with a "features" array',
    ]);
  });
});

describe('the bundled dataset (data/events.geojson)', () => {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../../data/events.geojson', import.meta.url), 'utf8'),
  );
  const result = parseDataset(json);

  it('has no invalid event or metadata', () => {
    // Printed in full so a bad edit names the event and the field in CI's log.
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it('holds at least the 17 events the seed articles report, with their metadata', () => {
    expect(result.dataset.events.length).toBeGreaterThanOrEqual(17);
    expect(result.dataset.metadata?.title).toBeTruthy();
    expect(result.dataset.metadata?.contentNote).toBeTruthy();
  });

  it('spans 2003 to 2025', () => {
    const extent = result.dataset.index.extent!;
    expect(extent.start).toBe(dayFromParts(2003, 1, 1));
    expect(new Date(extent.end * 86_400_000).getUTCFullYear()).toBe(2025);
  });

  it('flags the claims the articles report without confirming them', () => {
    const flagged = result.dataset.events.filter((e) => e.props.claims);
    expect(flagged.map((e) => e.id).sort()).toEqual([
      'kabul-airport-abbey-gate-bombing-2021',
      'mastung-police-bus-bombing-2025',
      'moscow-concert-hall-attack-2024',
      'political-gathering-suicide-bombing-2023',
    ]);
    // Who claimed the Moscow attack and whom US officials blamed are two claims, kept apart.
    const moscow = result.dataset.events.find((e) => e.id === 'moscow-concert-hall-attack-2024')!;
    expect(moscow.props.claims!.map((c) => [c.status, c.actor, c.by])).toEqual([
      ['unverified', 'Islamic State (IS)', 'Islamic State (IS)'],
      ['unverified', 'Islamic State Khorasan Province (IS-K)', 'US officials'],
    ]);
  });

  it('cites every source with a quote of one sentence at most', () => {
    for (const event of result.dataset.events) {
      for (const source of event.props.sources) {
        const sentences = source.quote.split(/[.!?]["”’]?\s+[A-Z]/).length;
        expect(sentences, `${event.id}: ${source.quote}`).toBe(1);
      }
    }
  });
});
