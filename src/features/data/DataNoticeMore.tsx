import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatIssue, type DataIssue } from '../../lib/dataset';
import { appStore, useAppStore } from '../../store/app-store';
import type { Imported } from '../../store/data-slice';
import { withoutDataParam } from './bundled-address';

const ImportReportView = lazy(() =>
  import('./ImportReportView').then((m) => ({ default: m.ImportReportView })),
);

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
    return (
      <div className="notice notice-warning" role="status">
        {imported.report ? (
          <Suspense fallback={<p>Your data: {imported.name}</p>}>
            <ImportReportView
              name={imported.name}
              report={imported.report}
              review={() => reviewColumns(imported)}
            />
          </Suspense>
        ) : (
          <p>
            Showing {featureCount - rejectedCount(issues)} events from <bdi>{imported.name}</bdi>.
          </p>
        )}
        {!imported.report && <IssueList issues={issues} featureCount={featureCount} />}
        <a className="link-button" href={withoutDataParam()}>
          Back to the bundled events
        </a>
      </div>
    );
  }
  return (
    <>
      {picked !== null && (
        <div className="notice notice-warning" role="status">
          <p>
            The page was reloaded, and a file from your computer (<bdi>{picked}</bdi>) is not kept after a
            reload, so the bundled events are shown again.
          </p>
          <button type="button" className="button" onClick={() => appStore.getState().requestImport(null)}>
            Choose the file again
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
  if (issues.length === 0) return null;
  const rejected = rejectedCount(issues);
  return (
    <div className="notice notice-warning" role="status">
      <details>
        <summary>
          {rejected > 0
            ? `${rejected} of ${featureCount} events could not be shown because their data is invalid.`
            : 'The dataset has problems that do not affect its events.'}{' '}
          Show why
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
