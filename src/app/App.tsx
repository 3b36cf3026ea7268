import { useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useState } from 'react';
import { lazyPart } from '../components/lazy-part';
import { useBundledWords } from '../hooks/use-bundled-words';
import { useRewordedImport } from '../features/data/use-reworded-import';
import { useLazyStart } from '../hooks/use-lazy-start';
import { DataNotice } from '../features/data/DataNotice';
import { HostQuestionSlot } from '../features/data/HostQuestionSlot';
import { loadDataset } from '../features/data/load-dataset';
import { DetailsSlot } from '../features/details/DetailsSlot';
import { ExplorePanel } from '../features/filters/ExplorePanel';
import { EventList } from '../features/list/EventList';
import { EventMap } from '../features/map/EventMap';
import { LinkNotice } from '../features/share/LinkNotice';
import { Timeline } from '../features/timeline/Timeline';
import { readEmbedOptions } from '../lib/embed';
import { appStore } from '../store/app-store';
import { FeatureBoundary } from './FeatureBoundary';
import { Header } from './Header';
import { SkipLinks } from './SkipLinks';
import { PhoneSwitch } from '../features/list/PhoneSwitch';
import './embed.css';
import { LESSON_FRAGMENT } from '../lib/lesson-fragment';

// Parts only an embed shows come in their own chunks.
const EmbedPanel = lazyPart(() => import('./EmbedPanel').then((m) => m.EmbedPanel));
const EmbedCaption = lazyPart(() => import('../features/share/EmbedCaption').then((m) => m.EmbedCaption));
/** A lesson's bar: its own chunk, fetched only when the address names a lesson. */
const LessonPlayer = lazyPart(() => import('../features/lesson/LessonPlayer').then((m) => m.LessonPlayer));
const LockedWindow = lazyPart(() => import('../features/timeline/LockedWindow').then((m) => m.LockedWindow));

/** The lesson an address names: `?lesson=<name or url>`, or `#` for one in the fragment (`#lesson=…`). */
function lessonInAddress(): string | null {
  const named = new URLSearchParams(window.location.search).get('lesson');
  return named ?? (window.location.hash.startsWith(LESSON_FRAGMENT) ? '#' : null);
}

/** In an iframe, tells the page around it the height the map would like (see public/embed.js). */
const startResizeMessages = () =>
  import('../features/share/embed-resize').then((m) => m.startResizeMessages());

function ResizeMessages() {
  useLazyStart(startResizeMessages);
  return null;
}

/** Keeps the address in step with the view: a lazy chunk, as the address matters once the data is in. */
const startUrlSync = () => import('../features/share/url-sync').then((m) => m.startUrlSync(appStore));

export function App() {
  // Every text below is drawn again when the reader picks another language.
  const { t, i18n } = useLingui();
  useBundledWords(i18n.locale);
  useRewordedImport(i18n.locale);
  // Read once: an embed's layout does not change while it is shown.
  const [embed] = useState(() => readEmbedOptions(window.location.search));
  const [lesson, setLesson] = useState(lessonInAddress);
  // Each lesson opened on this page is played afresh (see followLessonLinks).
  const [played, setPlayed] = useState(0);
  const load = useCallback(
    (signal?: AbortSignal) => loadDataset(appStore, window.location.search, signal),
    [],
  );

  useLazyStart(startUrlSync);

  useEffect(function followLessonLinks() {
    // A lesson link opened on this page (the Lesson panel's Play, a lesson file from "Your data") plays.
    const onHashChange = () => {
      if (!window.location.hash.startsWith(LESSON_FRAGMENT)) return;
      // The lesson in the fragment is the one played now: a lesson the query named, and its step, go.
      const query = new URLSearchParams(window.location.search);
      if (query.has('lesson') || query.has('step')) {
        query.delete('lesson');
        query.delete('step');
        const search = query.toString().replace(/%2C/gi, ',');
        const { pathname, hash } = window.location;
        window.history.replaceState(
          window.history.state,
          '',
          `${pathname}${search ? `?${search}` : ''}${hash}`,
        );
      }
      setLesson('#');
      setPlayed((n) => n + 1);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
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
      <FeatureBoundary part="filters">
        <ExplorePanel />
      </FeatureBoundary>
      <FeatureBoundary part="details">
        <DetailsSlot />
      </FeatureBoundary>
      <FeatureBoundary part="list">
        <EventList />
      </FeatureBoundary>
    </>
  );

  return (
    <div className={`app${embed.embed ? ' is-embed' : ''}${lesson !== null ? ' has-lesson' : ''}`}>
      {embed.embed && <ResizeMessages />}
      <SkipLinks />
      <HostQuestionSlot />
      <Header embed={embed.embed} />
      {embed.embed && <EmbedCaption pending={<p className="embed-caption" />} />}
      {lesson !== null && (
        <FeatureBoundary part="lesson">
          <LessonPlayer key={played} name={lesson} embedded={embed.embed} onClose={() => setLesson(null)} />
        </FeatureBoundary>
      )}
      <main className="layout">
        <FeatureBoundary part="map" className="in-map">
          <EventMap fixed={embed.fixedMap} linkNotice={<LinkNotice />} />
        </FeatureBoundary>
        {!embed.embed && <PhoneSwitch />}
        {embed.timeline && (
          <FeatureBoundary part="timeline" className="in-timeline">
            {embed.lockWindow ? <LockedWindow /> : <Timeline />}
          </FeatureBoundary>
        )}
        {!embed.embed ? (
          <aside className="sidebar" aria-label={t`Event list and details`}>
            {/* Where the Lesson panel opens (features/lesson/LessonButton). */}
            <div id="lesson-writer" />
            {side}
          </aside>
        ) : embed.list ? (
          <EmbedPanel inLesson={lesson !== null}>{side}</EmbedPanel>
        ) : (
          <div className="embed-notice">
            <DataNotice onRetry={() => void load()} />
          </div>
        )}
      </main>
    </div>
  );
}
