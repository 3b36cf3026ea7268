import { useLingui } from '@lingui/react/macro';
import { lazy } from 'react';
import { LazyDialog } from '../../components/LazyDialog';

const CiteContent = lazy(() => import('./CiteContent').then((m) => ({ default: m.CiteContent })));

/** "Cite": citations of this view and its events to download. */
export function CiteButton() {
  const { t } = useLingui();
  return (
    <LazyDialog
      button={t({ comment: 'Verb: button that opens the citations of this view', message: 'Cite' })}
      title={t`Cite or download this view`}
      id="cite-title"
      className="about cite-dialog"
      content={CiteContent}
    />
  );
}
