import { plural } from '@lingui/core/macro';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { lazyPart } from '../../components/lazy-part';
import { formatIssue, type DataIssue } from '../../lib/dataset';
import { appStore, useAppStore } from '../../store/app-store';
import type { Imported } from '../../store/data-slice';
import { withoutDataParam } from './bundled-address';

const ImportReportView = lazyPart(() => import('./ImportReportView').then((m) => m.ImportReportView));

/** Opens "Your data" on the reader's file, at its mapping step. */
function reviewColumns(imported: Imported) {
  const { name, source, options } = imported;
  appStore.getState().requestImport({ name, source, options });
}

/**
 * What is said once events are in: how a reader's file was read (with its
 * report), why a file from their computer is gone after a reload, and the
 * events of a dataset that could not be shown, and why.
 */
export function DataNoticeMore() {
  const { issues, featureCount, imported, picked } = useAppStore(
    useShallow((s) => ({
      imported: s.imported,
      issues: s.dataIssues,
      featureCount: s.featureCount,
      picked: s.pickedBeforeReload,
    })),
  );
  if (imported) {
    const { name } = imported;
    const shown = featureCount - rejectedCount(issues);
    return (
      <div className="notice notice-warning" role="status">
        {imported.report ? (
          <ImportReportView
            pending={
              <p>
                <Trans>
                  Your data: <bdi>{name}</bdi>
                </Trans>
              </p>
            }
            name={imported.name}
            report={imported.report}
            review={() => reviewColumns(imported)}
          />
        ) : (
          <p>
            <Plural
              value={shown}
              one={
                <Trans>
                  Showing # event from <bdi>{name}</bdi>.
                </Trans>
              }
              other={
                <Trans>
                  Showing # events from <bdi>{name}</bdi>.
                </Trans>
              }
            />
          </p>
        )}
        {!imported.report && <IssueList issues={issues} featureCount={featureCount} />}
        <a className="link-button" href={withoutDataParam()}>
          <Trans>Back to the bundled events</Trans>
        </a>
      </div>
    );
  }
  const file = picked;
  return (
    <>
      {file !== null && (
        <div className="notice notice-warning" role="status">
          <p>
            <Trans>
              The page was reloaded, and a file from your computer (<bdi>{file}</bdi>) is not kept after a
              reload, so the bundled events are shown again.
            </Trans>
          </p>
          <button type="button" className="button" onClick={() => appStore.getState().requestImport(null)}>
            <Trans>Choose the file again</Trans>
          </button>
        </div>
      )}
      <IssueList issues={issues} featureCount={featureCount} />
    </>
  );
}

function rejectedCount(issues: readonly DataIssue[]): number {
  return new Set(issues.filter((i) => i.feature !== null).map((i) => i.feature)).size;
}

/** The events of a file in our own schema that could not be shown, and why. */
function IssueList({ issues, featureCount }: { issues: readonly DataIssue[]; featureCount: number }) {
  const { t, i18n } = useLingui();
  if (issues.length === 0) return null;
  const rejected = rejectedCount(issues);
  const invalid = i18n.number(rejected);
  return (
    <div className="notice notice-warning" role="status">
      <details>
        <summary>
          {rejected > 0
            ? t({
                message: plural(featureCount, {
                  one: `${invalid} of # event could not be shown because their data is invalid.`,
                  other: `${invalid} of # events could not be shown because their data is invalid.`,
                }),
              })
            : t`The dataset has problems that do not affect its events.`}{' '}
          {t({ comment: 'Opens the list of the problems just named', message: 'Show why' })}
        </summary>
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>{formatIssue(issue)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
