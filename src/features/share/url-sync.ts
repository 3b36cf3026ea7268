import { t } from '@lingui/core/macro';
import { dayToIso } from '../../lib/dates';
import { localeInfo } from '../../lib/i18n/locales';
import { readAutoplay } from '../../lib/lesson-autoplay';
import { startingLocale } from '../../lib/i18n/startup';
import type { Dataset } from '../../lib/dataset';
import type { DroppedParam, ViewState } from '../../lib/url-state';
import type { AppState, AppStore } from '../../store/app-store';
import { selectEngine } from '../../store/selectors';
import { applyView, overlaps, viewOf } from '../../store/view';
import { keepPickedOnLeave, markedFile, pickedFileBeforeReload, type HistoryMark } from './history-mark';

/**
 * What of a view does not fit the dataset (an unknown event, dates outside
 * it), and why, in the language shown now.
 */
export function unusableParts(view: ViewState, dataset: Dataset): DroppedParam[] {
  const extent = dataset.index.extent;
  if (!extent) return [];
  const dropped: DroppedParam[] = [];
  const w = view.window ?? extent;
  if (!overlaps(w, extent)) {
    const from = dayToIso(w.start);
    const to = dayToIso(w.end);
    const first = dayToIso(extent.start);
    const last = dayToIso(extent.end);
    dropped.push({
      param: 'from, to',
      message: t({
        comment:
          'Why the dates of a link were not used, in a list of parts of the link that were ignored. Dates are written as 2024-03-01',
        message: `${from} to ${to} is outside the dates of the events (${first} to ${last})`,
      }),
    });
  }
  if (view.selected !== null && !dataset.byId.has(view.selected)) {
    const id = view.selected;
    dropped.push({
      param: 'event',
      message: t({
        comment:
          'Why the event a link names was not selected, in a list of parts of the link that were ignored',
        // '' is how ICU writes one apostrophe: the reader sees 'the-id'.
        message: `no event with id ''${id}''`,
      }),
    });
  }
  return dropped;
}

/** A `?lang=` the interface has no language for: the page opened in another (see startLocale), and says so. */
function languageDropped(): DroppedParam[] {
  const { unknown, locale } = startingLocale();
  if (unknown === null) return [];
  const asked = unknown.slice(0, 40);
  const shown = localeInfo(locale).name;
  return [
    {
      param: 'lang',
      message: t({
        comment:
          '{asked} is what the link gave; {shown} is the name of the language the page is shown in, in itself',
        message: `the map has no interface in “${asked}”, so it is shown in ${shown}`,
      }),
    },
  ];
}

/** Parameters that name the data: a file picked on the reader's computer replaces what they named. */
const DATA_PARAMS = ['data', 'synthetic', 'seed'];

/** Within this long of the last change of the same kind, a change replaces the history entry. */
const BURST_MS = 1000;
/**
 * While something moves (a drag, playback, typing, the map), the address is rewritten once it has
 * rested this long: each rewrite costs the browser a few milliseconds, a dropped frame mid-drag.
 */
const REST_MS = 250;
/** The longest the address lags behind a view that keeps moving. */
const REPLACE_EVERY_MS = 1500;

/**
 * Keeps the address in step with the view: opening a link restores its view
 * once the data is in; later changes are written back. Discrete changes
 * (a filter, a selection, the playback mode, the first change of a burst)
 * push a history entry so Back undoes them; dragging, playback, typing and
 * map moves replace it. Back and Forward restore the view they land on.
 */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  // A file from the reader's computer cannot come back with a reload: the address is not applied to
  // other events, and the reader is told why.
  store.getState().setPickedBeforeReload(pickedFileBeforeReload(win));
  let applying = false;
  let ready = false;
  let lastWindowChange = -Infinity;
  let lastSearchChange = -Infinity;
  /** When the oldest change not yet in the address was made. */
  let pendingSince = 0;
  let timer = 0;

  const currentQuery = () => win.location.search.replace(/^\?/, '');
  const picked = (state: AppState) => (state.imported?.source.kind === 'file' ? state.imported.name : null);
  const queryFor = (state: AppState) => {
    const keep = new URLSearchParams(win.location.search);
    // The address cannot carry a file from the reader's computer: it must not name other data instead.
    if (picked(state) !== null) for (const name of DATA_PARAMS) keep.delete(name);
    return selectEngine(state)?.encodeView(viewOf(state), keep).toString() ?? currentQuery();
  };
  const markOf = (state: AppState): HistoryMark | null => {
    const name = picked(state);
    return name === null ? null : { wherewhenPicked: name };
  };
  const write = (push: boolean, state: AppState = store.getState()) => {
    win.clearTimeout(timer);
    timer = 0;
    const query = queryFor(state);
    const mark = markOf(state);
    if (query === currentQuery() && markedFile(win) === (mark?.wherewhenPicked ?? null)) return;
    const url = `${win.location.pathname}${query ? `?${query}` : ''}${win.location.hash}`;
    if (push) win.history.pushState(mark, '', url);
    else win.history.replaceState(mark, '', url);
  };
  const scheduleReplace = () => {
    const now = performance.now();
    if (timer) win.clearTimeout(timer);
    else pendingSince = now;
    const wait = Math.min(REST_MS, Math.max(0, pendingSince + REPLACE_EVERY_MS - now));
    timer = win.setTimeout(() => write(false), wait);
  };

  /** Shows the view in the address; the first time, the reader hears what of the link could not be used. */
  const restore = () => {
    applying = true;
    try {
      const engine = selectEngine(store.getState());
      if (!engine) return;
      const query = win.location.search;
      const { view } = engine.readView(query);
      const dataset = store.getState().dataset;
      applyView(store, view);
      // Later restores read addresses the app wrote, or follow a change of data, not a link. The
      // notice is worded when shown: read again, in the language of that moment.
      if (!ready && dataset) {
        const dropped = () => [
          ...engine.readView(query).dropped,
          ...unusableParts(view, dataset),
          ...languageDropped(),
          ...readAutoplay(query).dropped,
        ];
        // A clean link keeps nothing (not the dataset) for a notice it will never show.
        store.getState().setLinkDropped(dropped().length > 0 ? dropped : () => []);
      }
    } finally {
      applying = false;
    }
  };

  /**
   * A dataset arrived. The address's view is shown on the data the address
   * names, once; any later dataset (a file the reader opened) opens as
   * `datasetLoaded` leaves it, unfiltered on its whole extent, framed on the map.
   */
  const arrived = (state: AppState) => {
    // A reload after a file from the reader's computer: the address's view was that file's, not this data's.
    if (!ready && picked(state) === null && state.pickedBeforeReload === null) restore();
    else store.getState().requestMapView(null);
    ready = true;
    // Garbage in the address is dropped; what is kept is what is shown.
    write(false);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // New events, not the same events with another language's words (bundledTranslated).
    if (state.dataset && state.dataset.index !== previous.dataset?.index) {
      arrived(state);
      return;
    }
    if (!ready || applying) return;
    // A lesson easing the window to its step's: the address holds the step already; once it lands,
    // or the reader stops it on the way, the address is brought up to date.
    if (state.windowMoving) return;
    if (previous.windowMoving) {
      scheduleReplace();
      return;
    }
    const now = performance.now();
    const f = state.filters;
    const g = previous.filters;
    const discrete =
      f.categories !== g.categories ||
      f.actors !== g.actors ||
      f.role !== g.role ||
      f.countries !== g.countries ||
      state.selectedId !== previous.selectedId ||
      state.playbackMode !== previous.playbackMode;
    let push = discrete;
    if (f.search !== g.search) {
      push ||= now - lastSearchChange > BURST_MS;
      lastSearchChange = now;
    }
    if (state.timeWindow !== previous.timeWindow) {
      push ||= !state.playing && now - lastWindowChange > BURST_MS;
      lastWindowChange = now;
    }
    const moved = push || f.search !== g.search || state.timeWindow !== previous.timeWindow;
    if (push) {
      // A move not yet written (a drag, typing, the map, still to rest): its entry is left as it
      // ended, so Back returns to what the reader saw before this change, not to an older view.
      if (timer) write(false, previous);
      write(true);
    } else if (moved || state.mapView !== previous.mapView) scheduleReplace();
  });

  const onPopState = () => {
    win.clearTimeout(timer);
    timer = 0;
    if (ready) restore();
  };
  // The history entry's mark can be lost to a reload that races a rewrite of the address: kept aside too.
  const onPageHide = () => keepPickedOnLeave(picked(store.getState()), win);
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', onPageHide);
  if (store.getState().dataset) arrived(store.getState());
  return function stop() {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
    win.clearTimeout(timer);
  };
}
