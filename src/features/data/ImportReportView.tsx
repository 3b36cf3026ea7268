import { csvText } from '../../lib/csv-cell';
import { encodingName } from '../../lib/import/decode';
import type { ImportIssue, ImportReport, LocatedRow, UnlocatedRow } from '../../lib/import/types';
import { downloadText } from '../share/download';

function where(issue: ImportIssue): string {
  if (issue.row !== null) return `Row ${issue.row}`;
  if (issue.feature !== null) return `Feature ${issue.feature}`;
  return 'The file';
}

function rowName(r: UnlocatedRow | LocatedRow): string {
  return r.row !== null ? `Row ${r.row}` : `Feature ${r.feature}`;
}

/** Why a row with a place name was not placed, and what to do: the gazetteer's answer, if it was asked. */
function notPlaced(u: UnlocatedRow): { problem: string; fix: string } {
  const candidates = u.candidates?.length ? ` (the largest: ${u.candidates.join('; ')})` : '';
  return {
    problem: u.problem ? `“${u.place}” ${u.problem}${candidates}` : `no coordinates for “${u.place}”`,
    fix: u.fix ?? 'Add latitude and longitude columns',
  };
}

function field(issue: ImportIssue): string {
  if (!issue.field) return '';
  return issue.column && issue.column !== issue.field
    ? `${issue.field} (column “${issue.column}”)`
    : issue.field;
}

/** The report as CSV, one line per problem, for the reader to fix their file with. */
export function reportCsv(name: string, report: ImportReport): string {
  const lines = [['file', 'outcome', 'row', 'feature', 'id', 'field', 'column', 'problem', 'what to do']];
  const read = readAs(report);
  if (read) lines.push([name, 'encoding', '', '', '', '', '', read, '']);
  const add = (outcome: string, i: ImportIssue) =>
    lines.push([
      name,
      outcome,
      String(i.row ?? ''),
      String(i.feature ?? ''),
      i.id ?? '',
      i.field,
      i.column ?? '',
      i.problem,
      i.fix,
    ]);
  report.rejected.forEach((i) => add('rejected', i));
  report.corrected.forEach((i) => add('corrected', i));
  report.unlocated.forEach((u) => {
    const { problem, fix } = notPlaced(u);
    lines.push([
      name,
      'not located',
      String(u.row ?? ''),
      String(u.feature ?? ''),
      '',
      'place',
      '',
      problem,
      fix,
    ]);
  });
  report.located.forEach((l) =>
    lines.push([
      name,
      'located by place name',
      String(l.row ?? ''),
      String(l.feature ?? ''),
      l.id,
      'place',
      '',
      [`“${l.place}” placed at ${l.match} (gazetteer match)`, l.caveat].filter(Boolean).join('. '),
      'Check the match; add latitude and longitude to place it exactly',
    ]),
  );
  return csvText(lines);
}

function download(name: string, report: ImportReport) {
  const file = `${name.replace(/\.[a-z0-9]+$/i, '')}-report.csv`;
  downloadText(file, 'text/csv;charset=utf-8', reportCsv(name, report));
}

/** "Read as Windows-1252", for any encoding but plain UTF-8. */
function readAs(report: ImportReport): string | null {
  return report.encoding && report.encoding !== 'utf-8' ? `Read as ${encodingName(report.encoding)}` : null;
}

/** What happened to every row of a reader's file: loaded, rejected (and why), corrected, not located. */
export function ImportReportView({ name, report }: { name: string; report: ImportReport }) {
  const rejectedRows = new Set(report.rejected.map((i) => `${i.row}|${i.feature}`)).size;
  const asked = report.unlocated.some((u) => u.problem);
  const sections: Array<[string, ImportIssue[]]> = [
    ['Rejected', report.rejected],
    ['Corrected', report.corrected],
  ];
  return (
    <div className="import-report">
      <p>
        Loaded {report.loaded.toLocaleString('en-GB')} of {report.total.toLocaleString('en-GB')}{' '}
        {report.total === 1 ? 'row' : 'rows'} from {name}.
        {rejectedRows > 0 && ` ${rejectedRows.toLocaleString('en-GB')} rejected.`}
        {report.corrected.length > 0 && ` ${report.corrected.length.toLocaleString('en-GB')} corrections.`}
        {report.located.length > 0 &&
          ` ${report.located.length.toLocaleString('en-GB')} located by place name.`}
        {report.unlocated.length > 0 &&
          ` ${report.unlocated.length.toLocaleString('en-GB')} could not be placed: they have a place name but no coordinates${asked ? ', and the gazetteer could not place them' : ''}.`}
        {readAs(report) && ` ${readAs(report)}.`}
      </p>
      {(report.rejected.length > 0 ||
        report.corrected.length > 0 ||
        report.unlocated.length > 0 ||
        report.located.length > 0) && (
        <details>
          <summary>Show the validation report</summary>
          {sections.map(
            ([title, issues]) =>
              issues.length > 0 && (
                <section key={title}>
                  <h3>{title}</h3>
                  <ul>
                    {issues.slice(0, 500).map((i, k) => (
                      <li key={k}>
                        {where(i)}
                        {field(i) && `, ${field(i)}`}: {i.problem}. {i.fix}
                      </li>
                    ))}
                  </ul>
                  {issues.length > 500 && <p>…and {issues.length - 500} more in the downloaded report.</p>}
                </section>
              ),
          )}
          {report.unlocated.length > 0 && (
            <section>
              <h3>Not located</h3>
              <ul>
                {report.unlocated.slice(0, 500).map((u, k) => {
                  const { problem, fix } = notPlaced(u);
                  return (
                    <li key={k}>
                      {rowName(u)}: {problem}. {fix}.
                    </li>
                  );
                })}
              </ul>
              {report.unlocated.length > 500 && (
                <p>…and {report.unlocated.length - 500} more in the downloaded report.</p>
              )}
            </section>
          )}
          {report.located.length > 0 && (
            <section>
              <h3>Located by place name</h3>
              <p>Placed at the town the offline gazetteer gives for the name: drawn as approximate.</p>
              <ul>
                {report.located.slice(0, 500).map((l, k) => (
                  <li key={k}>
                    {rowName(l)}: “{l.place}” → {l.match}.{l.caveat && ` ${l.caveat}`}
                  </li>
                ))}
              </ul>
              {report.located.length > 500 && (
                <p>…and {report.located.length - 500} more in the downloaded report.</p>
              )}
            </section>
          )}
          <button type="button" className="button" onClick={() => download(name, report)}>
            Download the report (CSV)
          </button>
        </details>
      )}
    </div>
  );
}
