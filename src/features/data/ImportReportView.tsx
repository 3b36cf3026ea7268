import { plural, t } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { csvText } from '../../lib/csv-cell';
import { FIELD_LABELS } from '../../lib/import/columns';
import { groupIssues, groupPlace, type IssueGroup } from '../../lib/import/group-issues';
import { encodingName } from '../../lib/import/decode';
import { translationReading } from '../../lib/import/translation-columns';
import type { ImportIssue, ImportReport, LocatedRow, UnlocatedRow } from '../../lib/import/types';
import { downloadText } from '../../lib/download';
import { labelText, listParts } from './words';
import './import-report.css';

/** How many lines each part of the report shows on the page; the download has every row. */
const SHOWN = 500;

/**
 * Why a row with a place name was not placed, and what to do: the gazetteer's answer, if it was
 * asked. Its problem names the place itself ("“Ruritania” is not in the gazetteer"): one message.
 */
function notPlaced(u: UnlocatedRow): { problem: string; fix: string } {
  const { place } = u;
  const fix = u.fix ?? t`Add latitude and longitude columns`;
  if (!u.problem) return { problem: t`no coordinates for “${place}”`, fix };
  const { problem } = u;
  if (!u.candidates?.length) return { problem, fix };
  const candidates = u.candidates.join('; ');
  return {
    problem:
      u.candidatesAre === 'spelled-alike'
        ? t({
            comment:
              '{problem} says why a place name was not placed (“Ruritania” is not in the gazetteer); {candidates} are places of the gazetteer',
            message: `${problem} (spelled nearly the same: ${candidates})`,
          })
        : t({
            comment:
              '{problem} says why a place name was not placed (“Springfield” is the name of 12 places in the gazetteer); {candidates} are the largest places of that name',
            message: `${problem} (the largest: ${candidates})`,
          }),
    fix,
  };
}

/** A row not placed: which row (or feature), why, and what to do. */
function notPlacedLine(u: UnlocatedRow): string {
  const { problem, fix } = notPlaced(u);
  if (u.row !== null) {
    const { row } = u;
    return t`Row ${row}: ${problem}. ${fix}.`;
  }
  const feature = String(u.feature);
  return t`Feature ${feature}: ${problem}. ${fix}.`;
}

/** A row placed by its place name: which row (or feature), the name, the gazetteer's town, what to check. */
function placedLine(l: LocatedRow): string {
  const { place, match, caveat } = l;
  if (l.row !== null) {
    const { row } = l;
    return caveat ? t`Row ${row}: “${place}” → ${match}. ${caveat}` : t`Row ${row}: “${place}” → ${match}.`;
  }
  const feature = String(l.feature);
  return caveat
    ? t`Feature ${feature}: “${place}” → ${match}. ${caveat}`
    : t`Feature ${feature}: “${place}” → ${match}.`;
}

/** One line for a problem shared by rows: where it is, in which field (and column), what is wrong, what to do. */
function issueLine(g: IssueGroup): string {
  const rows = groupPlace(g);
  const { field, column, problem, fix } = g.issue;
  if (!field) {
    return t({
      comment:
        '{rows} says where: "Row 5", "3 rows (rows 2, 5 and 9)", "The file". {problem} and {fix} come from the check of the file',
      message: `${rows}: ${problem}. ${fix}`,
    });
  }
  if (column && column !== field) {
    return t({
      comment:
        '{rows} says where: "Row 5", "3 rows (rows 2, 5 and 9)". {field} is the name of one of the app\'s fields (title, date…), {column} the file\'s column it was read from. {problem} and {fix} come from the check of the file',
      message: `${rows}, ${field} (column “${column}”): ${problem}. ${fix}`,
    });
  }
  return t({
    comment:
      '{rows} says where: "Row 5", "3 rows (rows 2, 5 and 9)". {field} is the name of one of the app\'s fields (title, date…). {problem} and {fix} come from the check of the file',
    message: `${rows}, ${field}: ${problem}. ${fix}`,
  });
}

/** The report as CSV, one line per row and problem, for the reader to fix their file with. */
export function reportCsv(name: string, report: ImportReport): string {
  const lines = [
    [
      t({ comment: 'Column heading in the downloaded report (CSV): the name of the file', message: 'file' }),
      t({
        comment: 'Column heading in the downloaded report (CSV): what happened to the row',
        message: 'outcome',
      }),
      t({ comment: 'Column heading in the downloaded report (CSV): the row of the file', message: 'row' }),
      t({
        comment: 'Column heading in the downloaded report (CSV): the feature of a GeoJSON file',
        message: 'feature',
      }),
      t({ comment: "Column heading in the downloaded report (CSV): the event's id", message: 'id' }),
      t({
        comment: 'Column heading in the downloaded report (CSV): the field with the problem',
        message: 'field',
      }),
      t({ comment: "Column heading in the downloaded report (CSV): the file's column", message: 'column' }),
      t({ comment: 'Column heading in the downloaded report (CSV): what is wrong', message: 'problem' }),
      t({
        comment: 'Column heading in the downloaded report (CSV): what the reader can do about it',
        message: 'what to do',
      }),
    ],
  ];
  const encoding = encodingOf(report);
  if (encoding) {
    lines.push([
      name,
      t({
        comment: 'Outcome in the downloaded report (CSV): a note on the encoding the file was read in',
        message: 'encoding',
      }),
      '',
      '',
      '',
      '',
      '',
      t`Read as ${encoding}`,
      '',
    ]);
  }
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
  const rejected = t({
    comment: 'Outcome in the downloaded report (CSV): the row was not loaded',
    message: 'rejected',
  });
  const corrected = t({
    comment: 'Outcome in the downloaded report (CSV): the row loaded, with something changed or noted',
    message: 'corrected',
  });
  report.rejected.forEach((i) => add(rejected, i));
  report.corrected.forEach((i) => add(corrected, i));
  const notLocated = t({
    comment: 'Outcome in the downloaded report (CSV): the row has a place name but could not be placed',
    message: 'not located',
  });
  report.unlocated.forEach((u) => {
    const { problem, fix } = notPlaced(u);
    lines.push([
      name,
      notLocated,
      String(u.row ?? ''),
      String(u.feature ?? ''),
      '',
      'place',
      '',
      problem,
      fix,
    ]);
  });
  const located = t({
    comment: 'Outcome in the downloaded report (CSV): the row was placed at a town of the same name',
    message: 'located by place name',
  });
  const check = t`Check the match; add latitude and longitude to place it exactly`;
  report.located.forEach((l) => {
    const { place, match, caveat } = l;
    lines.push([
      name,
      located,
      String(l.row ?? ''),
      String(l.feature ?? ''),
      l.id,
      'place',
      '',
      caveat
        ? t`“${place}” placed at ${match} (gazetteer match). ${caveat}`
        : t`“${place}” placed at ${match} (gazetteer match)`,
      check,
    ]);
  });
  return csvText(lines);
}

function download(name: string, report: ImportReport) {
  const file = `${name.replace(/\.[a-z0-9]+$/i, '')}-report.csv`;
  downloadText(file, 'text/csv;charset=utf-8', reportCsv(name, report));
}

/** "Windows-1252", for any encoding the file was read in but plain UTF-8. */
function encodingOf(report: ImportReport): string | null {
  return report.encoding && report.encoding !== 'utf-8' ? encodingName(report.encoding) : null;
}

/** Problems said once for all the rows that share them: "456 rows (rows 2-457), category: …". */
function IssueList({ title, issues }: { title: string; issues: readonly ImportIssue[] }) {
  const { t } = useLingui();
  if (issues.length === 0) return null;
  const groups = groupIssues(issues);
  const more = groups.length - SHOWN;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {groups.slice(0, SHOWN).map((g, k) => (
          <li key={k}>{issueLine(g)}</li>
        ))}
      </ul>
      {more > 0 && (
        <p>
          {t({
            message: plural(more, {
              one: '…and # more in the downloaded report.',
              other: '…and # more in the downloaded report.',
            }),
          })}
        </p>
      )}
    </section>
  );
}

/** Every column of the file and what it was read as. */
function ColumnList({ report }: { report: ImportReport }) {
  const { i18n } = useLingui();
  if (report.columns.length === 0) return null;
  // A column no field reads is a translation where its name says so (title_ur), else kept as an other field.
  const read = report.columns.map(({ column, field }) => ({
    column,
    label: field !== null ? labelText(i18n, FIELD_LABELS[field]) : translationReading(column),
  }));
  const others = read.filter((c) => c.label === null).map((c) => c.column);
  return (
    <section>
      <h3>
        <Trans comment="Heading: the columns of the reader's file">Columns</Trans>
      </h3>
      <ul className="import-columns">
        {read
          .filter((c) => c.label !== null)
          .map(({ column, label }) => (
            <li key={column}>
              <Trans comment="{column} is a column of the reader's file, {label} the field it is read as">
                <bdi>{column}</bdi>: {label}
              </Trans>
            </li>
          ))}
      </ul>
      {others.length > 0 && <OtherColumns others={others} />}
    </section>
  );
}

/** The columns kept as other fields, each set apart (they are the file's names). */
function OtherColumns({ others }: { others: readonly string[] }) {
  const { i18n } = useLingui();
  // Each name, with what comes before it in the list ("a", ", b", ", c").
  const items: { before: string; column: string }[] = [];
  let before = '';
  for (const part of listParts(i18n, others, 'items')) {
    if (part.type === 'element') {
      items.push({ before, column: part.value });
      before = '';
    } else before += part.value;
  }
  const list = (
    <>
      {items.map(({ before, column }, i) => (
        <span key={i}>
          {before}
          <bdi>{column}</bdi>
        </span>
      ))}
      {before}
    </>
  );
  return (
    <p>
      <Trans comment="{list} is the names of the file's other columns">
        Kept with each event as other fields (shown in its details and in downloads): {list}.
      </Trans>
    </p>
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
  const { t, i18n } = useLingui();
  const rejectedRows = new Set(report.rejected.map((i) => `${i.row}|${i.feature}`)).size;
  const asked = report.unlocated.some((u) => u.problem);
  const hasDetails =
    report.rejected.length > 0 ||
    report.corrected.length > 0 ||
    report.unlocated.length > 0 ||
    report.located.length > 0 ||
    report.columns.length > 0;
  const { total } = report;
  const loaded = i18n.number(report.loaded);
  const notes = report.corrected.length;
  const placed = report.located.length;
  const unplaced = report.unlocated.length;
  const encoding = encodingOf(report);
  const moreUnplaced = unplaced - SHOWN;
  const morePlaced = placed - SHOWN;
  return (
    <div className="import-report">
      <p>
        <Plural
          value={total}
          one={
            <Trans>
              Loaded {loaded} of # row from <bdi>{name}</bdi>.
            </Trans>
          }
          other={
            <Trans>
              Loaded {loaded} of # rows from <bdi>{name}</bdi>.
            </Trans>
          }
        />
        {rejectedRows > 0 &&
          ` ${t({ comment: 'Rows of the file', message: plural(rejectedRows, { one: '# rejected.', other: '# rejected.' }) })}`}
        {notes > 0 &&
          ` ${t({
            message: plural(notes, {
              one: '# note on what was read or put right.',
              other: '# notes on what was read or put right.',
            }),
          })}`}
        {placed > 0 &&
          ` ${t({
            comment: 'Rows of the file',
            message: plural(placed, { one: '# located by place name.', other: '# located by place name.' }),
          })}`}
        {unplaced > 0 &&
          ` ${
            asked
              ? t({
                  comment: 'Rows of the file',
                  message: plural(unplaced, {
                    one: '# could not be placed: they have a place name but no coordinates, and the gazetteer could not place them.',
                    other:
                      '# could not be placed: they have a place name but no coordinates, and the gazetteer could not place them.',
                  }),
                })
              : t({
                  comment: 'Rows of the file',
                  message: plural(unplaced, {
                    one: '# could not be placed: they have a place name but no coordinates.',
                    other: '# could not be placed: they have a place name but no coordinates.',
                  }),
                })
          }`}
        {encoding && ` ${t`Read as ${encoding}.`}`}
      </p>
      {hasDetails && (
        <details open={report.loaded === 0}>
          <summary>
            <Trans>Show the validation report</Trans>
          </summary>
          <IssueList
            title={t({
              comment: 'Heading in the validation report: rows that were not loaded',
              message: 'Rejected',
            })}
            issues={report.rejected}
          />
          <IssueList
            title={t({
              comment: 'Heading in the validation report: what was changed or noted in rows that loaded',
              message: 'Corrected',
            })}
            issues={report.corrected}
          />
          {unplaced > 0 && (
            <section>
              <h3>
                <Trans comment="Heading in the validation report: rows with a place name that could not be placed">
                  Not located
                </Trans>
              </h3>
              <ul>
                {report.unlocated.slice(0, SHOWN).map((u, k) => (
                  <li key={k}>{notPlacedLine(u)}</li>
                ))}
              </ul>
              {moreUnplaced > 0 && (
                <p>
                  {t({
                    message: plural(moreUnplaced, {
                      one: '…and # more in the downloaded report.',
                      other: '…and # more in the downloaded report.',
                    }),
                  })}
                </p>
              )}
            </section>
          )}
          {placed > 0 && (
            <section>
              <h3>
                <Trans comment="Heading in the validation report: rows placed at a town of the same name">
                  Located by place name
                </Trans>
              </h3>
              <p>
                <Trans>
                  Placed at the town the offline gazetteer gives for the name: drawn as approximate.
                </Trans>
              </p>
              <ul>
                {report.located.slice(0, SHOWN).map((l, k) => (
                  <li key={k}>{placedLine(l)}</li>
                ))}
              </ul>
              {morePlaced > 0 && (
                <p>
                  {t({
                    message: plural(morePlaced, {
                      one: '…and # more in the downloaded report.',
                      other: '…and # more in the downloaded report.',
                    }),
                  })}
                </p>
              )}
            </section>
          )}
          <ColumnList report={report} />
          <div className="import-actions">
            <button type="button" className="button" onClick={() => download(name, report)}>
              <Trans>Download the report (CSV)</Trans>
            </button>
            {review && report.columns.length > 0 && (
              <button type="button" className="button" onClick={review}>
                <Trans>Choose how the columns are read</Trans>
              </button>
            )}
          </div>
        </details>
      )}
    </div>
  );
}
