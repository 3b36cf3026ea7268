import { Trans, useLingui } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { lazyPart } from '../../components/lazy-part';
import { useAppStore } from '../../store/app-store';
import { withoutDataParam } from './bundled-address';
import { useHostQuestion } from './HostQuestionSlot';

const ImportReportView = lazyPart(() => import('./ImportReportView').then((m) => m.ImportReportView));
// What is said once events are in (a reader's file, a reload after one, a dataset's problems): not on the first paint.
const DataNoticeMore = lazyPart(() => import('./DataNoticeMore').then((m) => m.DataNoticeMore));

/**
 * Tells the reader when loading failed (with the full report of a file none
 * of whose rows could be shown), how a file of theirs was read, how many
 * events were left out and why, and why a file from their computer is gone
 * after a reload.
 */
export function DataNotice({ onRetry }: { onRetry: () => void }) {
  const { t } = useLingui();
  const { loadState, loadError, issues, imported, failedImport, offerBundled, picked } = useAppStore(
    useShallow((s) => ({
      loadState: s.loadState,
      loadError: s.loadError,
      imported: s.imported,
      failedImport: s.failedImport,
      offerBundled: s.offerBundled,
      issues: s.dataIssues,
      picked: s.pickedBeforeReload,
    })),
  );

  const question = useHostQuestion();

  if (loadState === 'loading') {
    const host = question?.host;
    return (
      <p className="notice" role="status">
        {host !== undefined ? t`Waiting for your answer: load events from ${host}?` : t`Loading events…`}
      </p>
    );
  }
  if (loadState === 'failed') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{loadError?.()}</p>
        {failedImport && <ImportReportView name={failedImport.name} report={failedImport.report} />}
        <button type="button" className="button" onClick={onRetry}>
          <Trans>Try again</Trans>
        </button>{' '}
        {offerBundled && (
          <a className="button" href={withoutDataParam()}>
            <Trans>Show the bundled events instead</Trans>
          </a>
        )}
      </div>
    );
  }
  if (!imported && picked === null && issues.length === 0) return null;
  return <DataNoticeMore />;
}
