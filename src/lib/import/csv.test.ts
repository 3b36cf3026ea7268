import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';

const HEADER = 'title,date,place,latitude,longitude';

describe('readCsv', () => {
  it('reads quoted commas, a BOM and CRLF line ends', () => {
    const text = `\uFEFF${HEADER}\r\nBlast at the airport,2021-08-26,"Kabul, Afghanistan",34.56,69.21\r\n"Said ""no""",2022,Peshawar,34.01,71.58\r\n`;
    const { headers, match, result } = readCsv(text);
    expect(headers).toEqual(['title', 'date', 'place', 'latitude', 'longitude']);
    expect(match.missing).toEqual([]);
    expect(result.report).toEqual({
      total: 2,
      loaded: 2,
      rejected: [],
      corrected: [],
      unlocated: [],
      located: [],
      columns: headers.map((column) => ({ column, field: column })),
    });
    expect(result.events[0]!.props.place).toMatchObject({ name: 'Kabul, Afghanistan', label: 'Kabul' });
    expect(result.events[1]!.props.title).toBe('Said "no"');
  });

  it('reads a semicolon-separated file with decimal commas', () => {
    const text =
      'Title;Date;Lieu;Lat;Lon\nAttentat;22/3/2024;"Paris; France";48,85;2,35\nAttentat;2024-03-32;Paris;48,85;2,35\n';
    const { result } = readCsv(text);
    expect(result.report.loaded).toBe(1);
    expect(result.events[0]).toMatchObject({
      lat: 48.85,
      lon: 2.35,
      props: { date: { precision: 'day', value: '2024-03-22' } },
    });
    expect(result.report.rejected).toMatchObject([{ row: 3, field: 'date' }]);
  });

  it('reads a European export: day-first dates, with the order noted on the header row', () => {
    const text = `${HEADER}\nA,03/04/2024,Kabul,34.5,69.2\nB,25/12/2024,Kabul,34.5,69.2\n`;
    const { result, questions } = readCsv(text);
    expect(result.events.map((e) => e.props.date)).toEqual([
      { precision: 'day', value: '2024-04-03' },
      { precision: 'day', value: '2024-12-25' },
    ]);
    expect(result.report.corrected).toMatchObject([{ row: 1, field: 'date', column: 'date' }]);
    expect(questions.dateOrder).toBeUndefined();
  });

  it('returns the question of a date column that cannot tell its order, and reads it as answered', () => {
    const text = `${HEADER}\nA,03/04/2024,Kabul,34.5,69.2\n`;
    expect(readCsv(text).questions.dateOrder).toEqual({
      column: 'date',
      columns: ['date'],
      examples: ['03/04/2024'],
    });
    const answered = readCsv(text, { dateOrder: 'day-first' });
    expect(answered.questions.dateOrder).toBeUndefined();
    expect(answered.result.events[0]!.props.date).toEqual({ precision: 'day', value: '2024-04-03' });
  });

  it("honours Excel's sep= first line, and numbers rows as Excel shows them, that line being row 1", () => {
    for (const [sep, line] of [
      [';', 'sep=;'],
      [',', 'sep=,'],
      ['\t', 'sep=\t'],
      ['|', '"sep=|"'],
    ]) {
      const rows = [
        ['title', 'date', 'place', 'latitude', 'longitude'],
        ['Blast', '2024', '"Kabul, Afghanistan; centre"', '34.5', '69.2'],
        ['', '2024', 'Quetta', '30.2', '67'],
      ];
      const text = [line, ...rows.map((r) => r.join(sep))].join('\r\n');
      const { headers, result } = readCsv(`\uFEFF${text}`);
      expect(headers, line).toEqual(rows[0]);
      expect(result.events.map((e) => e.props.place.name)).toEqual(['Kabul, Afghanistan; centre']);
      expect(result.report.rejected.map((i) => [i.row, i.field])).toEqual([[4, 'title']]);
    }
  });

  it('reads a first line that only starts like sep= as the header', () => {
    const { headers } = readCsv('sep=;title,date\nA,2024\n');
    expect(headers).toEqual(['sep=;title', 'date']);
  });

  it('reads tab-separated files', () => {
    const { result } = readCsv('title\tdate\tlat\tlon\nA\t2024\t1\t2\n');
    expect(result.report.loaded).toBe(1);
  });

  it('names rows as a spreadsheet shows them, across blank rows and multi-line cells', () => {
    const text = [
      HEADER,
      'ok,2024,,1,1',
      '',
      ',,,,',
      ',2024,,1,1',
      '"two',
      'lines",2024,,1,1',
      'bad date,2024-02-30,,1,1',
    ].join('\n');
    const { result } = readCsv(text);
    expect(result.report.total).toBe(4);
    expect(result.report.rejected.map((i) => [i.row, i.field])).toEqual([
      [5, 'title'],
      [7, 'date'],
    ]);
    expect(result.events.map((e) => e.props.title)).toEqual(['ok', 'two lines']);
  });

  it('reads a row with too many values, and says so', () => {
    const { result } = readCsv(`${HEADER}\nBlast,2024,Kabul, Afghanistan,34.56,69.21\n`);
    expect(result.report.loaded).toBe(0);
    // "Afghanistan" moves into latitude, so the row is rejected for it; the note says why.
    expect(result.report.rejected).toMatchObject([{ row: 2, field: 'latitude' }]);
    expect(result.report.corrected).toMatchObject([
      { row: 2, field: '', problem: expect.stringMatching(/more values than there are column headings/) },
    ]);
    expect(result.report.corrected[0]!.fix).toMatch(/"Kabul, Afghanistan"/);
  });

  it('loads a row with too many values when the extra ones are at the end', () => {
    const { result } = readCsv(`${HEADER}\nBlast,2024,Kabul,34.56,69.21,extra\n`);
    expect(result.report.loaded).toBe(1);
    expect(result.report.corrected).toMatchObject([
      { row: 2, problem: expect.stringMatching(/more values/) },
    ]);
  });

  it('loads a row with too few values when what it needs is there', () => {
    const { result } = readCsv(`title,date,lat,lon,notes\nA,2024,1,2\n`);
    expect(result.report.loaded).toBe(1);
    expect(result.report.corrected).toMatchObject([
      { row: 2, problem: expect.stringMatching(/fewer values/) },
    ]);
  });

  it('reports a quote that is never closed, on the row where it opens', () => {
    const { result } = readCsv(`${HEADER}\nA,2024,x,1,1\nB,2024,"Kabul,1,1\nC,2024,x,1,1\n`);
    expect(result.report.loaded).toBe(1);
    expect(result.report.corrected).toMatchObject([
      { row: 3, field: '', problem: expect.stringMatching(/never closed/) },
    ]);
  });

  it('reports a broken quote in the header as row 1', () => {
    const { result } = readCsv('"title,date\n');
    expect(result.report.corrected).toMatchObject([
      { row: 1, problem: expect.stringMatching(/never closed/) },
    ]);
  });

  it('names repeated column names apart', () => {
    const { headers, match } = readCsv('title,title,date,lat,lon\nA,B,2024,1,2\n');
    expect(headers).toEqual(['title', 'title (2)', 'date', 'lat', 'lon']);
    expect(match.unmatched).toEqual(['title (2)']);
  });

  it('lets the reader choose the columns', () => {
    const text = 'Name,Notes,When,Where\nA,B,2024,Kabul\n';
    expect(readCsv(text).result.events).toEqual([]);
    const { match, result } = readCsv(text, { columns: { title: 'Notes', summary: 'Name', place: 'Where' } });
    expect(match.columns).toMatchObject({ title: 'Notes', summary: 'Name' });
    expect(result.pending[0]!.props).toMatchObject({ title: 'B', summary: 'A' });
  });

  it('reads an empty file as no rows', () => {
    expect(readCsv('').result.report.total).toBe(0);
    expect(readCsv(HEADER).result.report.total).toBe(0);
    expect(readCsv('').match.missing).toEqual(['title', 'date', 'location']);
  });
});
