import { csvText } from '../../lib/csv-cell';
import { FIELD_LABELS } from '../../lib/import/columns';
import { groupIssues, groupPlace } from '../../lib/import/group-issues';
import { encodingName } from '../../lib/import/decode';
import type { ImportIssue, ImportReport, LocatedRow, UnlocatedRow } from '../../lib/import/types';
import { downloadText } from '../../lib/download';
import './import-report.css';

/** How many lines each part of the report shows on the page; the download has every row. */
const SHOWN = 500;

function rowName(r: UnlocatedRow | LocatedRow): string {
  return r.row !== null ? `Row ${r.row}` : `Feature ${r.feature}`;
}

/** Why a row with a place name was not placed, and what to do: the gazetteer's answer, if it was asked. */
function notPlaced(u: UnlocatedRow): { problem: string; fix: string } {
  const are = u.candidatesAre === 'spelled-alike' ? 'spelled nearly the same' : 'the largest';
  const candidates = u.candidates?.length ? ` (${are}: ${u.candidates.join('; ')})` : '';
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

/** The report as CSV, one line per row and problem, for the reader to fix their file with. */
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

/** Problems said once for all the rows that share them: "456 rows (rows 2-457), category: …". */
function IssueList({ title, issues }: { title: string; issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return null;
  const groups = groupIssues(issues);
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {groups.slice(0, SHOWN).map((g, k) => (
          <li key={k}>
            {groupPlace(g)}
            {field(g.issue) && `, ${field(g.issue)}`}: {g.issue.problem}. {g.issue.fix}
          </li>
        ))}
      </ul>
      {groups.length > SHOWN && (
        <p>…and {(groups.length - SHOWN).toLocaleString('en-GB')} more in the downloaded report.</p>
      )}
    </section>
  );
}

/** Every column of the file and what it was read as. */
function ColumnList({ report }: { report: ImportReport }) {
  if (report.columns.length === 0) return null;
  const others = report.columns.filter((c) => c.field === null).map((c) => c.column);
  return (
    <section>
      <h3>Columns</h3>
      <ul className="import-columns">
        {report.columns
          .filter((c) => c.field !== null)
          .map(({ column, field }) => (
            <li key={column}>
              <bdi>{column}</bdi>: {FIELD_LABELS[field!]}
            </li>
          ))}
      </ul>
      {others.length > 0 && (
        <p>
          Kept with each event as other fields (shown in its details and in downloads):{' '}
          {others.map((c, i) => (
            <span key={c}>
              {i > 0 && ', '}
              <bdi>{c}</bdi>
            </span>
          ))}
          .
        </p>
      )}
    </section>
  );
}

/**
 * What happened to every row of a reader's file: loaded, rejected (and why),
 * corrected, not located, how each column was read. `review` offers to choose
 * the columns again.
 */
export function ImportReportView({
  name,
  report,
  review,
}: {
  name: string;
  report: ImportReport;
  review?: () => void;
}) {
  const rejectedRows = new Set(report.rejected.map((i) => `${i.row}|${i.feature}`)).size;
  const asked = report.unlocated.some((u) => u.problem);
  const hasDetails =
    report.rejected.length > 0 ||
    report.corrected.length > 0 ||
    report.unlocated.length > 0 ||
    report.located.length > 0 ||
    report.columns.length > 0;
  return (
    <div className="import-report">
      <p>
        Loaded {report.loaded.toLocaleString('en-GB')} of {report.total.toLocaleString('en-GB')}{' '}
        {report.total === 1 ? 'row' : 'rows'} from <bdi>{name}</bdi>.
        {rejectedRows > 0 && ` ${rejectedRows.toLocaleString('en-GB')} rejected.`}
        {report.corrected.length > 0 &&
          ` ${report.corrected.length.toLocaleString('en-GB')} ${report.corrected.length === 1 ? 'note' : 'notes'} on what was read or put right.`}
        {report.located.length > 0 &&
          ` ${report.located.length.toLocaleString('en-GB')} located by place name.`}
        {report.unlocated.length > 0 &&
          ` ${report.unlocated.length.toLocaleString('en-GB')} could not be placed: they have a place name but no coordinates${asked ? ', and the gazetteer could not place them' : ''}.`}
        {readAs(report) && ` ${readAs(report)}.`}
      </p>
      {hasDetails && (
        <details open={report.loaded === 0}>
          <summary>Show the validation report</summary>
          <IssueList title="Rejected" issues={report.rejected} />
          <IssueList title="Corrected" issues={report.corrected} />
          {report.unlocated.length > 0 && (
            <section>
              <h3>Not located</h3>
              <ul>
                {report.unlocated.slice(0, SHOWN).map((u, k) => {
                  const { problem, fix } = notPlaced(u);
                  return (
                    <li key={k}>
                      {rowName(u)}: {problem}. {fix}.
                    </li>
                  );
                })}
              </ul>
              {report.unlocated.length > SHOWN && (
                <p>…and {report.unlocated.length - SHOWN} more in the downloaded report.</p>
              )}
            </section>
          )}
          {report.located.length > 0 && (
            <section>
              <h3>Located by place name</h3>
              <p>Placed at the town the offline gazetteer gives for the name: drawn as approximate.</p>
              <ul>
                {report.located.slice(0, SHOWN).map((l, k) => (
                  <li key={k}>
                    {rowName(l)}: “{l.place}” → {l.match}.{l.caveat && ` ${l.caveat}`}
                  </li>
                ))}
              </ul>
              {report.located.length > SHOWN && (
                <p>…and {report.located.length - SHOWN} more in the downloaded report.</p>
              )}
            </section>
          )}
          <ColumnList report={report} />
          <div className="import-actions">
            <button type="button" className="button" onClick={() => download(name, report)}>
              Download the report (CSV)
            </button>
            {review && report.columns.length > 0 && (
              <button type="button" className="button" onClick={review}>
                Choose how the columns are read
              </button>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
