import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addressWithout } from '../../lib/address';
import { formatIssue } from '../../lib/dataset';
import { useAppStore } from '../../store/app-store';
import { useHostQuestion } from './HostQuestionSlot';

const ImportReportView = lazy(() =>
  import('./ImportReportView').then((m) => ({ default: m.ImportReportView })),
);

/** This page without `?data=`: the bundled events, with the rest of the view kept. */
function withoutDataParam(): string {
  return addressWithout(window.location.search, window.location.pathname, ['data']);
}

/** Tells the reader when loading failed, or how many events were left out and why. */
export function DataNotice({ onRetry }: { onRetry: () => void }) {
  const { loadState, loadError, issues, featureCount, imported, offerBundled } = useAppStore(
    useShallow((s) => ({
      loadState: s.loadState,
      loadError: s.loadError,
      imported: s.imported,
      offerBundled: s.offerBundled,
      issues: s.dataIssues,
      featureCount: s.featureCount,
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
        <Suspense fallback={<p>Your data: {imported.name}</p>}>
          <ImportReportView name={imported.name} report={imported.report} />
        </Suspense>
        <a className="link-button" href={withoutDataParam()}>
          Back to the bundled events
        </a>
      </div>
    );
  }
  if (issues.length === 0) return null;
  const rejected = new Set(issues.filter((i) => i.feature !== null).map((i) => i.feature)).size;
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
