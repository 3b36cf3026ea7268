import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayToIso } from '../../lib/dates';
import { syntheticDataset } from '../../lib/synthetic';
import { createAppStore } from '../../store/app-store';
import { startUrlSync } from './url-sync';

/**
 * Just enough of a browser window for the address sync: a location, a history
 * of entries with Back, popstate, and the (faked) timers.
 */
class FakeWindow {
  entries: Array<{ url: URL; state: unknown }>;
  at = 0;
  private listeners = new Set<() => void>();
  private leaving = new Set<() => void>();
  /** How the page was reached (a reload, a link), and its tab's session storage. */
  readonly performance: { getEntriesByType: (kind: string) => Array<{ type: string }> };
  readonly sessionStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

  constructor(address: string, how = 'navigate', tab = new Map<string, string>()) {
    this.entries = [{ url: new URL(address, 'https://map.example'), state: null }];
    this.performance = { getEntriesByType: (kind) => (kind === 'navigation' ? [{ type: how }] : []) };
    this.sessionStorage = {
      getItem: (key) => tab.get(key) ?? null,
      setItem: (key, value) => void tab.set(key, value),
      removeItem: (key) => void tab.delete(key),
    };
    Object.defineProperty(this.history, 'state', { get: () => this.entries[this.at]!.state });
  }
  get location() {
    const { url } = this.entries[this.at]!;
    return { pathname: url.pathname, search: url.search, hash: url.hash, origin: url.origin };
  }
  readonly history = {
    pushState: (state: unknown, _title: string, url: string) => {
      this.entries = this.entries.slice(0, this.at + 1);
      this.entries.push({ url: new URL(url, 'https://map.example'), state });
      this.at++;
    },
    replaceState: (state: unknown, _title: string, url: string) => {
      this.entries[this.at] = { url: new URL(url, 'https://map.example'), state };
    },
    /** The state of the entry shown: set in the constructor, as the entries are the window's. */
    state: null as unknown,
  };
  setTimeout = (f: () => void, ms: number) => setTimeout(f, ms) as unknown as number;
  clearTimeout = (id: number) => clearTimeout(id);
  addEventListener(type: string, f: () => void) {
    if (type === 'popstate') this.listeners.add(f);
    if (type === 'pagehide') this.leaving.add(f);
  }
  removeEventListener(_type: string, f: () => void) {
    this.listeners.delete(f);
    this.leaving.delete(f);
  }
  /** The reader leaves the page (a reload, another address). */
  leave() {
    for (const f of this.leaving) f();
  }
  /** The reader presses Back. */
  back() {
    this.at--;
    for (const f of this.listeners) f();
  }
  get address() {
    return this.entries[this.at]!.url.search;
  }
}

const dataset = syntheticDataset(60, 3);
const extent = dataset.index.extent!;

async function syncedStore(address: string) {
  const store = createAppStore();
  await store.getState().needEngine();
  const win = new FakeWindow(address);
  const stop = startUrlSync(store, win as unknown as Window);
  store.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length });
  return { store, win, stop };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the address sync', () => {
  it("shows a link's view once the data is in, and writes back only what it could use, in place", async () => {
    const from = extent.start + 100;
    const { store, win, stop } = await syncedStore(
      `/?from=${dayToIso(from)}&to=${dayToIso(extent.end)}&cat=attack&cat=nonsense&event=no-such-event`,
    );
    expect(store.getState().timeWindow).toMatchObject({ start: from, end: extent.end });
    expect(store.getState().filters.categories).toEqual(['attack']);
    expect(store.getState().selectedId).toBeNull();
    expect(
      store
        .getState()
        .linkDropped()
        .map((d) => d.param),
    ).toEqual(expect.arrayContaining(['cat', 'event']));
    // Replaced, not pushed: Back leaves the page rather than going to the garbage.
    expect(win.entries).toHaveLength(1);
    expect(win.address).toContain('cat=attack');
    expect(win.address).not.toContain('nonsense');
    expect(win.address).not.toContain('event=');
    stop();
  });

  it('pushes a discrete change, which Back undoes', async () => {
    const { store, win, stop } = await syncedStore('/');
    store.getState().toggleCategory('attack');
    expect(win.entries).toHaveLength(2);
    expect(win.address).toContain('cat=attack');
    win.back();
    expect(store.getState().filters.categories).toEqual([]);
    stop();
  });

  it('pushes the first change of a drag, and replaces the rest once the drag rests, or every 1.5 s while it goes on', async () => {
    const { store, win, stop } = await syncedStore('/');
    store.getState().setTimeWindow(extent.start + 10, extent.end);
    expect(win.entries).toHaveLength(2);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 10)}`);
    const replace = vi.spyOn(win.history, 'replaceState');
    for (let i = 11; i <= 20; i++) {
      vi.advanceTimersByTime(30);
      store.getState().setTimeWindow(extent.start + i, extent.end);
    }
    // Not written while the drag goes on: each rewrite would cost the drag a frame.
    expect(replace).not.toHaveBeenCalled();
    expect(win.address).toContain(`from=${dayToIso(extent.start + 10)}`);
    vi.advanceTimersByTime(249);
    expect(replace).not.toHaveBeenCalled();
    // Written once it has rested, in place.
    vi.advanceTimersByTime(1);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(win.entries).toHaveLength(2);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 20)}`);
    // A drag that never rests is in the address at least every 1.5 s.
    for (let i = 21; i <= 100; i++) {
      vi.advanceTimersByTime(50);
      store.getState().setTimeWindow(extent.start + i, extent.end);
    }
    // 4 s of moving: rewritten at 1.5 s and 3 s.
    expect(replace).toHaveBeenCalledTimes(3);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 80)}`);
    vi.advanceTimersByTime(250);
    expect(replace).toHaveBeenCalledTimes(4);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 100)}`);
    expect(win.entries).toHaveLength(2);
    // A change after a pause is a new step in the history.
    vi.advanceTimersByTime(1500);
    store.getState().setTimeWindow(extent.start + 30, extent.end);
    expect(win.entries).toHaveLength(3);
    stop();
  });

  it('a discrete change before a drag has rested leaves the drag where it ended for Back to return to', async () => {
    const { store, win, stop } = await syncedStore('/');
    store.getState().setTimeWindow(extent.start + 10, extent.end);
    for (let i = 11; i <= 20; i++) {
      vi.advanceTimersByTime(30);
      store.getState().setTimeWindow(extent.start + i, extent.end);
    }
    // A filter chosen within the drag's rest: its entry is new, and the drag's holds where it ended.
    vi.advanceTimersByTime(100);
    store.getState().toggleCategory('attack');
    expect(win.entries).toHaveLength(3);
    expect(win.entries[1]!.url.search).toContain(`from=${dayToIso(extent.start + 20)}`);
    win.back();
    expect(store.getState().filters.categories).toEqual([]);
    expect(store.getState().timeWindow).toMatchObject({ start: extent.start + 20, end: extent.end });
    // Nothing is left to be written over the filter's entry later.
    win.entries[2]!.url.search = '?unchanged';
    vi.advanceTimersByTime(2000);
    expect(win.entries[2]!.url.search).toBe('?unchanged');
    stop();
  });

  it('replaces while playback moves the window', async () => {
    const { store, win, stop } = await syncedStore('/');
    store.getState().setPlaying(true);
    vi.advanceTimersByTime(2000);
    for (let i = 1; i <= 5; i++) {
      store.getState().setTimeWindow(extent.start + i * 30, extent.start + i * 30 + 100, 'playback');
      vi.advanceTimersByTime(300);
    }
    expect(win.entries).toHaveLength(1);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 150)}`);
    stop();
  });

  it('leaves the address alone while a lesson eases the window to its step, and brings it up to date, in place, once it lands', async () => {
    const { store, win, stop } = await syncedStore('/');
    vi.advanceTimersByTime(2000);
    store.getState().setWindowMoving(true);
    for (let i = 1; i <= 5; i++) {
      store.getState().setTimeWindow(extent.start + i * 30, extent.end);
      vi.advanceTimersByTime(300);
    }
    expect(win.entries).toHaveLength(1);
    expect(win.address).not.toContain('from=');
    store.getState().setWindowMoving(false);
    vi.advanceTimersByTime(300);
    expect(win.entries).toHaveLength(1);
    expect(win.address).toContain(`from=${dayToIso(extent.start + 150)}`);
    stop();
  });

  it('reports an autoplay interval a lesson link cannot use with the link’s other unusable parts', async () => {
    const { store, stop } = await syncedStore('/?lesson=example&autoplay=soon');
    const dropped = store.getState().linkDropped();
    expect(dropped.map((d) => d.param)).toEqual(['autoplay']);
    stop();
  });

  it('writes nothing once stopped', async () => {
    const { store, win, stop } = await syncedStore('/');
    stop();
    store.getState().toggleCategory('attack');
    vi.advanceTimersByTime(1000);
    expect(win.entries).toHaveLength(1);
    expect(win.address).not.toContain('cat=');
  });

  it('keeps the view when the same events gain another language (the bundled translations)', async () => {
    const store = createAppStore();
    await store.getState().needEngine();
    const win = new FakeWindow('/?cat=attack');
    const stop = startUrlSync(store, win as unknown as Window);
    store.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length }, undefined, []);
    store.getState().setTimeWindow(extent.start + 10, extent.end - 10);
    vi.advanceTimersByTime(1000);
    store.getState().mapRequestDone();
    const before = { entries: win.entries.length, address: win.address, state: store.getState() };
    const events = dataset.events.map((e) => ({
      ...e,
      props: { ...e.props, translations: { ur: { title: `عنوان ${e.id}` } } },
    }));
    store.getState().bundledTranslated('ur', events);
    vi.advanceTimersByTime(1000);
    const after = store.getState();
    expect(after.dataset?.events[0]?.props.translations?.ur?.title).toBe(`عنوان ${events[0]!.id}`);
    expect(after.bundledLanguages).toEqual(['ur']);
    expect(after.timeWindow).toBe(before.state.timeWindow);
    expect(after.filters).toBe(before.state.filters);
    expect(after.mapRequest).toBeNull();
    expect(win.entries).toHaveLength(before.entries);
    expect(win.address).toBe(before.address);
    stop();
  });

  describe('a reload after a file from the reader’s computer', () => {
    /** The reader opens a file, selects one of its events, then reloads: what the next page finds. */
    async function reloadAfterFile(keepMark: boolean) {
      const tab = new Map<string, string>();
      const store = createAppStore();
      await store.getState().needEngine();
      const win = new FakeWindow('/', 'navigate', tab);
      const stop = startUrlSync(store, win as unknown as Window);
      store.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length });
      const file = new Blob(['title,date']);
      const imported = {
        name: 'three.csv',
        report: null,
        source: { kind: 'file' as const, input: file },
        options: {},
      };
      store
        .getState()
        .datasetLoaded({ dataset, issues: [], total: dataset.events.length }, { ...imported, locale: 'en' });
      const id = dataset.events[3]!.id;
      store.getState().selectEvent(id, 'list');
      expect(win.address).toContain(`event=${id}`);
      expect(win.history.state).toEqual({ wherewhenPicked: 'three.csv' });
      win.leave();
      stop();
      // The browser reloads the entry, with its mark or (a reload racing a rewrite) without it.
      const again = new FakeWindow(`/${win.address}`, 'reload', tab);
      if (keepMark) again.entries[0]!.state = win.history.state;
      const next = createAppStore();
      await next.getState().needEngine();
      const stopNext = startUrlSync(next, again as unknown as Window);
      next.getState().datasetLoaded({ dataset, issues: [], total: dataset.events.length });
      return { next, again, stopNext, tab };
    }

    for (const keepMark of [true, false]) {
      it(`says which file is gone, and does not apply its view to the events shown (${keepMark ? 'marked entry' : 'mark lost'})`, async () => {
        const { next, again, stopNext } = await reloadAfterFile(keepMark);
        expect(next.getState().pickedBeforeReload).toBe('three.csv');
        expect(next.getState().selectedId).toBeNull();
        expect(next.getState().linkDropped()).toEqual([]);
        expect(again.address).not.toContain('event=');
        stopNext();
      });
    }

    it('says nothing on the reload after that one', async () => {
      const { again, stopNext, tab } = await reloadAfterFile(false);
      again.leave();
      stopNext();
      const third = new FakeWindow(`/${again.address}`, 'reload', tab);
      const store = createAppStore();
      await store.getState().needEngine();
      const stop = startUrlSync(store, third as unknown as Window);
      expect(store.getState().pickedBeforeReload).toBeNull();
      stop();
    });
  });
});
