import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../../components/lazy-part';
import { appStore } from '../../store/app-store';
import { LazyDialog } from '../../components/LazyDialog';

const ImportForm = lazyPart(() => import('./ImportForm').then((m) => m.ImportForm));

/** Opens the dialog whenever something asks for it (see `requestImport`). */
function listenForRequests(open: () => void): () => void {
  return appStore.subscribe((state, previous) => {
    if (state.importRequests !== previous.importRequests) open();
  });
}

/**
 * "Your data": a dialog to show events from the reader's own file. It also
 * opens when a file waits for its columns to be chosen (one named by `?data=`,
 * or the reader's own, from its report's "Choose how the columns are read").
 */
export function ImportButton() {
  const { t } = useLingui();
  return (
    <LazyDialog
      button={t`Your data`}
      title={t`Show your own data`}
      id="import-title"
      className="about import-dialog"
      content={ImportForm}
      listen={listenForRequests}
    />
  );
}
