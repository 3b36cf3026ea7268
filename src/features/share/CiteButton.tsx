import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../../components/lazy-part';
import { LazyDialog } from '../../components/LazyDialog';

const CiteContent = lazyPart(() => import('./CiteContent').then((m) => m.CiteContent));

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
