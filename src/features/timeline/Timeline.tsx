import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { useAppStore } from '../../store/app-store';
import './timeline-base.css';

const TimelineChart = lazyPart(() => import('./TimelineChart').then((m) => m.default));

/**
 * The time window under the map. Its chart and controls come in their own
 * chunk, fetched as soon as the page starts (while the events load), so the
 * first paint stays small; until then the timeline keeps its place.
 */
export function Timeline() {
  const { t } = useLingui();
  const dated = useAppStore((s) => Boolean(s.dataset?.index.extent && s.timeView && s.timeWindow));
  useEffect(function preloadChart() {
    void TimelineChart.preload();
  }, []);
  if (!dated) {
    return (
      <section className="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="timeline-heading">
          <Trans>Timeline</Trans>
        </h2>
        <p className="muted">
          <Trans>No dated events to show.</Trans>
        </p>
      </section>
    );
  }
  return (
    <TimelineChart
      pending={<section className="timeline timeline-pending" aria-label={t`Timeline`} aria-busy="true" />}
    />
  );
}
