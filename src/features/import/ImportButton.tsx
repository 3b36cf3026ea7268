import { lazy } from 'react';
import { LazyDialog } from '../common/LazyDialog';

const ImportForm = lazy(() => import('./ImportForm').then((m) => ({ default: m.ImportForm })));

/** "Your data": a dialog to show events from the reader's own file. */
export function ImportButton() {
  return (
    <LazyDialog
      button="Your data"
      title="Show your own data"
      id="import-title"
      className="about import-dialog"
      content={ImportForm}
    />
  );
}
