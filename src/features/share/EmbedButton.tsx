import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../../components/lazy-part';
import { LazyDialog } from '../../components/LazyDialog';

const EmbedContent = lazyPart(() => import('./EmbedContent').then((m) => m.EmbedContent));

/** "Embed": the iframe code for this view, for a lesson page. */
export function EmbedButton() {
  const { t } = useLingui();
  return (
    <LazyDialog
      button={t({ comment: 'Button that opens the code to put this map in another page', message: 'Embed' })}
      title={t`Embed this view in a page`}
      id="embed-title"
      className="about embed-dialog-box"
      content={EmbedContent}
    />
  );
}
