import { useCallback, useEffect } from 'react';
import { DataNotice } from '../features/data/DataNotice';
import { loadDataset } from '../features/data/load-dataset';
import { DetailsSlot } from '../features/details/DetailsSlot';
import { ExplorePanel } from '../features/filters/ExplorePanel';
import { EventList } from '../features/list/EventList';
import { EventMap } from '../features/map/EventMap';
import { startUrlSync } from '../features/share/url-sync';
import { Timeline } from '../features/timeline/Timeline';
import { appStore } from '../store/app-store';
import { FeatureBoundary } from './FeatureBoundary';
import { Header } from './Header';

export function App() {
  const load = useCallback(
    (signal?: AbortSignal) => loadDataset(appStore, window.location.search, signal),
    [],
  );

  useEffect(function syncAddress() {
    return startUrlSync(appStore);
  }, []);

  useEffect(
    function loadData() {
      const controller = new AbortController();
      void load(controller.signal);
      return function cancelLoad() {
        controller.abort();
      };
    },
    [load],
  );

  return (
    <div className="app">
      <Header />
      <main className="layout">
        <FeatureBoundary name="the map" className="in-map">
          <EventMap />
        </FeatureBoundary>
        <FeatureBoundary name="the timeline" className="in-timeline">
          <Timeline />
        </FeatureBoundary>
        <aside className="sidebar" aria-label="Event list and details">
          <DataNotice onRetry={() => void load()} />
          <FeatureBoundary name="the search and filters">
            <ExplorePanel />
          </FeatureBoundary>
          <FeatureBoundary name="the details">
            <DetailsSlot />
          </FeatureBoundary>
          <FeatureBoundary name="the event list">
            <EventList />
          </FeatureBoundary>
        </aside>
      </main>
    </div>
  );
}
