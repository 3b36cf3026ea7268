import { lazy } from 'react';
import { LazyDialog } from '../components/LazyDialog';

const AboutContent = lazy(() => import('./AboutContent').then((m) => ({ default: m.AboutContent })));

/** What the map shows, where its events come from, and what the page does not do. */
export function AboutDialog() {
  return (
    <LazyDialog
      button="About"
      buttonLabel="About this map"
      title="About this map"
      id="about-title"
      content={AboutContent}
    />
  );
}
