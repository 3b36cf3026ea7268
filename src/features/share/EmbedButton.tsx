import { lazy } from 'react';
import { LazyDialog } from '../../components/LazyDialog';

const EmbedContent = lazy(() => import('./EmbedContent').then((m) => ({ default: m.EmbedContent })));

/** "Embed": the iframe code for this view, for a lesson page. */
export function EmbedButton() {
  return (
    <LazyDialog
      button="Embed"
      title="Embed this view in a page"
      id="embed-title"
      className="about embed-dialog-box"
      content={EmbedContent}
    />
  );
}
