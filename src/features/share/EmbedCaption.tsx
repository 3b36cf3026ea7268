import { useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { captionOf } from './view-caption';

/**
 * An embed says what it shows, so a view of a few years is not read as the
 * whole record: a line under its header, and the document's title.
 */
export function EmbedCaption() {
  const { t } = useLingui();
  const ready = useAppStore((s) => s.timeWindow !== null);
  const caption = useAppStore(captionOf);
  const title = useAppStore((s) => s.dataset?.metadata?.title);
  useEffect(
    function titleTheDocument() {
      if (!ready) return;
      const before = document.title;
      document.title = title
        ? t({
            comment: "The page's title in an embed: caption says what the map shows, title is the dataset's",
            message: `${caption} – ${title}`,
          })
        : caption;
      return function restoreTitle() {
        document.title = before;
      };
    },
    [ready, caption, title, t],
  );
  return (
    <section className="embed-caption" aria-label={t`What this map shows`}>
      {ready ? caption : '\u00a0'}
    </section>
  );
}
