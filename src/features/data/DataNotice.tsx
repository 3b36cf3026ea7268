import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addressWithout } from '../../lib/address';
import { formatIssue, type DataIssue } from '../../lib/dataset';
import { appStore, useAppStore } from '../../store/app-store';
import type { Imported } from '../../store/data-slice';
import { useHostQuestion } from './HostQuestionSlot';

const ImportReportView = lazy(() =>
  import('./ImportReportView').then((m) => ({ default: m.ImportReportView })),
);

/** This page without `?data=`: the bundled events, with the rest of the view kept. */
function withoutDataParam(): string {
  return addressWithout(window.location.search, window.location.pathname, ['data']);
}

/** Opens "Your data" on the reader's file, at its mapping step. */
function reviewColumns(imported: Imported) {
  const { name, source, options } = imported;
  appStore.getState().requestImport({ name, source, options });
}

/**
 * Tells the reader when loading failed (with the full report of a file none
 * of whose rows could be shown), how a file of theirs was read, how many
 * events were left out and why, and why a file from their computer is gone
 * after a reload.
 */
export function DataNotice({ onRetry }: { onRetry: () => void }) {
  const { loadState, loadError, issues, featureCount, imported, failedImport, offerBundled, picked } =
    useAppStore(
      useShallow((s) => ({
        loadState: s.loadState,
        loadError: s.loadError,
        imported: s.imported,
        failedImport: s.failedImport,
        offerBundled: s.offerBundled,
        issues: s.dataIssues,
        featureCount: s.featureCount,
        picked: s.pickedBeforeReload,
      })),
    );

  const question = useHostQuestion();

  if (loadState === 'loading') {
    return (
      <p className="notice" role="status">
        {question ? `Waiting for your answer: load events from ${question.host}?` : 'Loading events…'}
      </p>
    );
  }
  if (loadState === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{loadError}</p>
        {failedImport && (
          <Suspense fallback={null}>
            <ImportReportView name={failedImport.name} report={failedImport.report} />
          </Suspense>
        )}
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>{' '}
        {offerBundled && (
          <a className="button" href={withoutDataParam()}>
            Show the bundled events instead
          </a>
        )}
      </div>
    );
  }
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
            The page was reloaded, and <bdi>{picked}</bdi>, a file from your computer, is not kept by the
            page, so the bundled events are shown again. Open it again with “Your data”.
          </p>
          <button type="button" className="button" onClick={() => appStore.getState().requestImport(null)}>
            Open a file
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
