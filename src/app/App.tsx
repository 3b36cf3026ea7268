import { useCallback, useEffect, useState } from 'react';
import { DataNotice } from '../features/data/DataNotice';
import { loadDataset } from '../features/data/load-dataset';
import { DetailsSlot } from '../features/details/DetailsSlot';
import { ExplorePanel } from '../features/filters/ExplorePanel';
import { EventList } from '../features/list/EventList';
import { EventMap } from '../features/map/EventMap';
import { startUrlSync } from '../features/share/url-sync';
import { LockedWindow } from '../features/timeline/LockedWindow';
import { Timeline } from '../features/timeline/Timeline';
import { readEmbedOptions } from '../lib/embed';
import { appStore } from '../store/app-store';
import { FeatureBoundary } from './FeatureBoundary';
import { EmbedPanel } from './EmbedPanel';
import { Header } from './Header';

export function App() {
  // Read once: an embed's layout does not change while it is shown.
  const [embed] = useState(() => readEmbedOptions(window.location.search));
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

  const side = (
    <>
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
    </>
  );

  return (
    <div className={embed.embed ? 'app is-embed' : 'app'}>
      <Header embed={embed.embed} />
      <main className="layout">
        <FeatureBoundary name="the map" className="in-map">
          <EventMap fixed={embed.fixedMap} />
        </FeatureBoundary>
        {embed.timeline && (
          <FeatureBoundary name="the timeline" className="in-timeline">
            {embed.lockWindow ? <LockedWindow /> : <Timeline />}
          </FeatureBoundary>
        )}
        {!embed.embed ? (
          <aside className="sidebar" aria-label="Event list and details">
            {side}
          </aside>
        ) : embed.list ? (
          <EmbedPanel>{side}</EmbedPanel>
        ) : (
          <div className="embed-notice">
            <DataNotice onRetry={() => void load()} />
          </div>
        )}
      </main>
    </div>
  );
}
