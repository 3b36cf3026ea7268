import { lazy } from 'react';
import { LazyDialog } from '../../components/LazyDialog';

const CiteContent = lazy(() => import('./CiteContent').then((m) => ({ default: m.CiteContent })));

/** "Cite": citations of this view and its events to download. */
export function CiteButton() {
  return (
    <LazyDialog
      button="Cite"
      title="Cite or download this view"
      id="cite-title"
      className="about cite-dialog"
      content={CiteContent}
    />
  );
}
