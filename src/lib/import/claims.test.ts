import { describe, expect, it } from 'vitest';
import { matchColumns } from './columns';
import { recordsToEvents } from './records';

const HEADERS = [
  'title',
  'date',
  'latitude',
  'longitude',
  'actor',
  'source',
  'claim_status',
  'claim_about',
  'claim_actor',
  'claim_by',
  'disputed_by',
  'claim_note',
  'claim_source',
];

function read(fields: Record<string, string>, headers = HEADERS) {
  const record = {
    title: 'Bomb hits a bus',
    date: '2025-04-15',
    latitude: '29.8',
    longitude: '66.84',
    ...fields,
  };
  const { events, report } = recordsToEvents([record], matchColumns(headers), { kind: 'row' });
  return {
    claims: events[0]!.props.claims,
    notes: report.corrected.map(({ field, column, problem }) => ({ field, column, problem })),
  };
}

const UNVERIFIED = {
  actor: 'IS-K',
  source: 'Arab News',
  claim_status: 'Unverified',
  claim_about: 'actor',
  claim_actor: 'IS-K',
  claim_by: 'IS-K',
  claim_note: 'Only the group says so.',
};

describe('reading flagged claims', () => {
  it('reads a claim from its columns', () => {
    expect(read(UNVERIFIED)).toEqual({
      claims: [
        {
          status: 'unverified',
          about: 'actor',
          actor: 'IS-K',
          by: 'IS-K',
          note: 'Only the group says so.',
          source: 'Arab News',
        },
      ],
      notes: [],
    });
  });

  it('reads one claim per line, empty lines keeping their places', () => {
    const { claims, notes } = read({
      source: 'Arab News',
      claim_status: 'disputed\nunverified',
      claim_about: 'killed\nactor',
      claim_actor: '\nIS-K',
      claim_by: 'Officials\nIS-K',
      disputed_by: 'A hospital\n',
      claim_note: 'The hospital counted fewer.\nOnly the group says so.',
      claim_source: 'Dawn\n',
    });
    expect(notes).toEqual([]);
    expect(claims).toEqual([
      {
        status: 'disputed',
        about: 'killed',
        by: 'Officials',
        disputedBy: 'A hospital',
        note: 'The hospital counted fewer.',
        source: 'Dawn',
      },
      {
        status: 'unverified',
        about: 'actor',
        actor: 'IS-K',
        by: 'IS-K',
        note: 'Only the group says so.',
        source: 'Arab News',
      },
    ]);
  });

  it('has no claims when no status is given', () => {
    expect(read({ claim_by: 'IS-K', claim_note: 'x' })).toEqual({ claims: undefined, notes: [] });
  });

  it('takes a "disputed" column, and an actor named without a subject as the subject', () => {
    const headers = [
      'title',
      'date',
      'latitude',
      'longitude',
      'source',
      'Disputed',
      'claim_actor',
      'claimant',
      'Disputed by',
      'claim_note',
    ];
    const { claims } = read(
      {
        source: 'Dawn',
        Disputed: 'DISPUTED',
        claim_actor: 'TTP',
        claimant: 'Police',
        'Disputed by': 'TTP',
        claim_note: 'TTP denies it.',
      },
      headers,
    );
    expect(claims).toEqual([
      {
        status: 'disputed',
        about: 'actor',
        actor: 'TTP',
        by: 'Police',
        disputedBy: 'TTP',
        note: 'TTP denies it.',
        source: 'Dawn',
      },
    ]);
  });

  it('leaves out a claim it cannot read, saying what to fill in', () => {
    expect(read({ ...UNVERIFIED, claim_status: 'yes' })).toEqual({
      claims: undefined,
      notes: [
        {
          field: 'claimStatus',
          column: 'claim_status',
          problem: '"yes" is not a claim status; the claim was left out',
        },
      ],
    });
    const noDisputer = read({ ...UNVERIFIED, claim_status: 'disputed' });
    expect(noDisputer.claims).toBeUndefined();
    expect(noDisputer.notes).toEqual([
      { field: 'disputedBy', column: 'disputed_by', problem: 'is empty; the disputed claim was left out' },
    ]);
    const bare = read({ claim_status: 'unverified' });
    expect(bare.claims).toBeUndefined();
    expect(bare.notes).toEqual([
      { field: 'claimBy', column: 'claim_by', problem: 'is empty; the unverified claim was left out' },
    ]);
  });

  it('numbers the line of a claim it leaves out when a row has several', () => {
    const { claims, notes } = read({ ...UNVERIFIED, claim_status: 'unverified\nmaybe' });
    expect(claims).toHaveLength(1);
    expect(notes).toEqual([
      {
        field: 'claimStatus',
        column: 'claim_status',
        problem: '"maybe" is not a claim status; the claim was left out (line 2)',
      },
    ]);
  });

  it('puts right what it can, with a note', () => {
    const unknownSubject = read({ ...UNVERIFIED, claim_about: 'motive', claim_actor: '' });
    expect(unknownSubject.claims?.[0]?.about).toBe('event');
    expect(unknownSubject.notes.map((n) => n.problem)).toEqual([
      '"motive" is not a part of an event; read as event',
    ]);
    const noActor = read({ ...UNVERIFIED, claim_actor: '' });
    expect(noActor.claims?.[0]).toMatchObject({ about: 'event' });
    expect(noActor.claims?.[0]).not.toHaveProperty('actor');
    const stray = read({ ...UNVERIFIED, claim_about: 'date', disputed_by: 'Someone' });
    expect(stray.claims?.[0]).toEqual({
      status: 'unverified',
      about: 'date',
      by: 'IS-K',
      note: 'Only the group says so.',
      source: 'Arab News',
    });
    expect(stray.notes.map((n) => n.field)).toEqual(['claimActor', 'disputedBy']);
    const long = read({ ...UNVERIFIED, claim_note: 'x'.repeat(400) });
    expect(long.claims?.[0]?.note).toHaveLength(300);
  });
});
