import { describe, expect, it } from 'vitest';
import { matchColumns } from './columns';
import { analyseDateColumns } from './date-columns';

const COLUMNS = matchColumns(['title', 'date', 'start', 'end', 'source_date', 'lat', 'lon']).columns;

/** Rows with these values in one column. */
function column(name: string, values: unknown[]): Array<Record<string, unknown>> {
  return values.map((value) => ({ [name]: value }));
}

function analyse(values: unknown[], answer?: 'day-first' | 'month-first') {
  return analyseDateColumns(column('date', values), COLUMNS, answer);
}

describe('analyseDateColumns: day and month', () => {
  it('reads a column day first when one of its dates can only be read so', () => {
    const { readings, question } = analyse(['03/04/2024', '25/12/2024', '2024-01-01', '']);
    expect(readings.date).toEqual({ order: 'day-first', orderBy: 'column' });
    expect(question).toBeNull();
  });

  it('counts dates written in Arabic-Indic digits', () => {
    expect(analyse(['03/04/2024', '٢٥/١٢/٢٠٢٤']).readings.date).toMatchObject({ order: 'day-first' });
  });

  it('reads a column month first when one of its dates can only be read so', () => {
    const { readings } = analyse(['03/04/2024', '12/25/2024 14:05']);
    expect(readings.date).toEqual({ order: 'month-first', orderBy: 'column' });
  });

  it('says once for the column which order it read, with what decided it', () => {
    const { notes } = analyse(['03/04/2024', '25/12/2024', '26/12/2024', '04/03/2024']);
    expect(notes).toEqual([
      {
        field: 'date',
        column: 'date',
        problem:
          'was read day first, as 2 dates such as "25/12/2024" can only be read that way; "03/04/2024" is 3 April 2024',
        fix: 'Check this is right; dates written as YYYY-MM-DD leave no doubt',
      },
    ]);
  });

  it('has nothing to say of a column whose dates each read only one way', () => {
    expect(analyse(['25/12/2024', '05/05/2024', '2024-01-01']).notes).toEqual([]);
  });

  it('goes by the majority in an inconsistent column, and says how many dates contradict it', () => {
    const { readings, notes } = analyse(['25/12/2024', '26/12/2024', '12/27/2024', '03/04/2024']);
    expect(readings.date).toMatchObject({ order: 'day-first', orderBy: 'column' });
    expect(notes[0]!.problem).toMatch(
      /; 1 date that can only be read month first \("12\/27\/2024"\) was not read$/,
    );
  });

  it('asks when every date could be read either way, with examples from the file', () => {
    const { readings, question, notes } = analyse([
      '03/04/2024',
      '03/04/2024',
      '05/06/2024',
      '1/2/2024',
      '7/8/2024',
    ]);
    expect(readings.date).toEqual({});
    expect(question).toEqual({
      column: 'date',
      columns: ['date'],
      examples: ['03/04/2024', '05/06/2024', '1/2/2024'],
    });
    expect(notes[0]!.problem).toBe(
      'has dates such as "03/04/2024" that could be read day first or month first, and none that tells which, so they were not read',
    );
  });

  it('does not ask about dates that read the same either way', () => {
    expect(analyse(['05/05/2024', '2024-03-22']).question).toBeNull();
  });

  it('suggests day first for dotted dates, as the countries that write them read them', () => {
    expect(analyse(['03.04.2024', '05.06.2024']).question?.suggested).toBe('day-first');
    expect(analyse(['03.04.2024', '05/06/2024']).question?.suggested).toBeUndefined();
  });

  it("suggests the order of the file's other date columns", () => {
    const rows = [
      { start: '03/04/2024', end: '04/05/2024' },
      { start: '03/04/2024', end: '12/25/2024' },
    ];
    const { readings, question } = analyseDateColumns(rows, COLUMNS);
    expect(readings.end).toMatchObject({ order: 'month-first' });
    expect(question).toEqual({
      column: 'start',
      columns: ['start'],
      examples: ['03/04/2024'],
      suggested: 'month-first',
    });
  });

  it("is settled by the reader's answer, which the note repeats", () => {
    const { readings, question, notes } = analyse(['03/04/2024'], 'month-first');
    expect(readings.date).toEqual({ order: 'month-first', orderBy: 'reader' });
    expect(question).toBeNull();
    expect(notes[0]!.problem).toBe('was read month first, as you chose; "03/04/2024" is 4 March 2024');
  });

  it("keeps a column's own order over the reader's answer", () => {
    expect(analyse(['03/04/2024', '25/12/2024'], 'month-first').readings.date).toMatchObject({
      order: 'day-first',
      orderBy: 'column',
    });
  });

  it('trusts neither order when as many dates can only be read each way, and asks', () => {
    const { readings, question, notes } = analyse(['25/12/2024', '12/25/2024']);
    expect(readings.date).toEqual({ split: true });
    expect(question).toMatchObject({ column: 'date', examples: ['25/12/2024', '12/25/2024'] });
    expect(notes[0]!.problem).toMatch(/^has as many dates that can only be read day first/);
    expect(analyse(['25/12/2024', '12/25/2024'], 'day-first').readings.date).toEqual({
      order: 'day-first',
      orderBy: 'reader',
    });
  });

  it('decides the source date column on its own', () => {
    const rows = [{ date: '25/12/2024', source_date: '12/25/2024' }];
    const { readings } = analyseDateColumns(rows, COLUMNS);
    expect(readings.date).toMatchObject({ order: 'day-first' });
    expect(readings.published).toMatchObject({ order: 'month-first' });
  });

  it('reads a column matched to two fields once, for both', () => {
    const columns = { ...COLUMNS, start: 'date' };
    const { readings, notes } = analyseDateColumns(column('date', ['03/04/2024', '25/12/2024']), columns);
    expect(readings.start).toBe(readings.date);
    expect(notes).toHaveLength(1);
  });
});

describe('analyseDateColumns: two-digit years', () => {
  it('says how two-digit years are read', () => {
    for (const value of ['25/12/24', '22-Mar-24']) {
      expect(analyse([value]).notes).toContainEqual({
        field: 'date',
        column: 'date',
        problem: `has two-digit years such as "${value}": two-digit years 00-29 are read as 2000-2029 and 30-99 as 1930-1999`,
        fix: 'Write four-digit years where that is wrong',
      });
    }
    expect(analyse(['25/12/2024', '22 Mar 2024']).notes).toEqual([]);
  });
});

describe('analyseDateColumns: Unix times', () => {
  const seconds = String(Date.UTC(2024, 2, 22) / 1000);
  const ms = String(Date.UTC(2024, 2, 22));

  it('reads a column of numbers that can be seconds as seconds, and says so', () => {
    const { readings, notes } = analyse([seconds, Number(seconds) + 86400]);
    expect(readings.date).toEqual({ epoch: 'seconds' });
    expect(notes).toEqual([
      {
        field: 'date',
        column: 'date',
        problem: `holds Unix times in seconds, read as days in UTC: ${seconds} is 22 March 2024`,
        fix: 'Write dates as YYYY-MM-DD to give the day where the event happened',
      },
    ]);
  });

  it('reads a column of numbers too large for seconds as milliseconds', () => {
    expect(analyse([ms, '2024-01-01']).readings.date).toEqual({ epoch: 'milliseconds' });
  });

  it('goes by the larger part of a column of both, and says how many numbers were not read', () => {
    const { readings, notes } = analyse([ms, ms, seconds]);
    expect(readings.date).toEqual({ epoch: 'milliseconds' });
    expect(notes[0]!.problem).toMatch(/; 1 number in seconds \(such as \d+\) was not read$/);
    expect(analyse([ms, seconds, seconds]).readings.date).toEqual({ epoch: 'seconds' });
  });

  it('takes milliseconds on a tie: those numbers can be nothing else', () => {
    expect(analyse([ms, seconds]).readings.date).toEqual({ epoch: 'milliseconds' });
  });
});

describe('analyseDateColumns: files without date columns', () => {
  it('decides nothing', () => {
    const columns = matchColumns(['title', 'lat', 'lon']).columns;
    expect(analyseDateColumns([{ title: 'A' }], columns)).toEqual({
      readings: {},
      notes: [],
      question: null,
    });
  });

  it('passes over records that are not objects and cells that are not text', () => {
    const { readings } = analyseDateColumns(
      [null, 'x', { date: { nested: 1 } }, { date: '25/12/2024' }],
      COLUMNS,
    );
    expect(readings.date).toMatchObject({ order: 'day-first' });
  });
});
