import { lazy, Suspense, useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import './timeline-base.css';

const loadChart = () => import('./TimelineChart');
const TimelineChart = lazy(loadChart);

/**
 * The time window under the map. Its chart and controls come in their own
 * chunk, fetched as soon as the page starts (while the events load), so the
 * first paint stays small; until then the timeline keeps its place.
 */
export function Timeline() {
  const dated = useAppStore((s) => Boolean(s.dataset?.index.extent && s.timeView && s.timeWindow));
  useEffect(function preloadChart() {
    void loadChart();
  }, []);
  if (!dated) {
    return (
      <section className="timeline" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="timeline-heading">
          Timeline
        </h2>
        <p className="muted">No dated events to show.</p>
      </section>
    );
  }
  return (
    <Suspense
      fallback={<section className="timeline timeline-pending" aria-label="Timeline" aria-busy="true" />}
    >
      <TimelineChart />
    </Suspense>
  );
}
