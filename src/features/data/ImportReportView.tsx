import { csvText } from '../../lib/csv-cell';
import type { ImportIssue, ImportReport } from '../../lib/import/types';
import { downloadText } from '../share/download';

function where(issue: ImportIssue): string {
  if (issue.row !== null) return `Row ${issue.row}`;
  if (issue.feature !== null) return `Feature ${issue.feature}`;
  return 'The file';
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
  report.unlocated.forEach((u) =>
    lines.push([
      name,
      'not located',
      String(u.row ?? ''),
      String(u.feature ?? ''),
      '',
      'place',
      '',
      `no coordinates for “${u.place}”`,
      'Add latitude and longitude columns',
    ]),
  );
  return csvText(lines);
}

function download(name: string, report: ImportReport) {
  const file = `${name.replace(/\.[a-z0-9]+$/i, '')}-report.csv`;
  downloadText(file, 'text/csv;charset=utf-8', reportCsv(name, report));
}

/** What happened to every row of a reader's file: loaded, rejected (and why), corrected, not located. */
export function ImportReportView({ name, report }: { name: string; report: ImportReport }) {
  const rejectedRows = new Set(report.rejected.map((i) => `${i.row}|${i.feature}`)).size;
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
        {report.unlocated.length > 0 &&
          ` ${report.unlocated.length.toLocaleString('en-GB')} could not be placed: they have a place name but no coordinates.`}
      </p>
      {(report.rejected.length > 0 || report.corrected.length > 0 || report.unlocated.length > 0) && (
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
                {report.unlocated.slice(0, 500).map((u, k) => (
                  <li key={k}>
                    {u.row !== null ? `Row ${u.row}` : `Feature ${u.feature}`}: “{u.place}” has no
                    coordinates. Add latitude and longitude.
                  </li>
                ))}
              </ul>
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
