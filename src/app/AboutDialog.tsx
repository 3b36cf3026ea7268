import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../components/lazy-part';
import { LazyDialog } from '../components/LazyDialog';

const AboutContent = lazyPart(() => import('./AboutContent').then((m) => m.AboutContent));

/** What the map shows, where its events come from, and what the page does not do. */
export function AboutDialog() {
  const { t } = useLingui();
  return (
    <LazyDialog
      button={t({ comment: 'Button in the header that opens the About dialog', message: 'About' })}
      buttonLabel={t`About this map`}
      title={t`About this map`}
      id="about-title"
      content={AboutContent}
    />
  );
}
