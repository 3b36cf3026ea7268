import { describe, expect, it } from 'vitest';
import { keepPickedOnLeave, pickedFileBeforeReload, type MarkWindow } from './history-mark';

/** A page of a tab: its history entry's state, how it was reached, and the tab's session storage. */
function page(state: unknown, type: string, storage: Map<string, string>, refuse = false): MarkWindow {
  const refused = () => {
    if (refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    history: { state } as History,
    performance: {
      getEntriesByType: (kind: string) => (kind === 'navigation' ? [{ type }] : []),
    } as unknown as Performance,
    sessionStorage: {
      getItem: (key: string) => (refused(), storage.get(key) ?? null),
      setItem: (key: string, value: string) => (refused(), void storage.set(key, value)),
      removeItem: (key: string) => (refused(), void storage.delete(key)),
    } as Storage,
  };
}

describe('the file on screen before a reload', () => {
  it('is read from the history entry', () => {
    expect(pickedFileBeforeReload(page({ wherewhenPicked: 'a.csv' }, 'reload', new Map()))).toBe('a.csv');
    expect(pickedFileBeforeReload(page({ wherewhenPicked: 'a.csv' }, 'back_forward', new Map()))).toBe(
      'a.csv',
    );
    expect(pickedFileBeforeReload(page(null, 'reload', new Map()))).toBeNull();
    expect(pickedFileBeforeReload(page({ wherewhenPicked: 3 }, 'reload', new Map()))).toBeNull();
  });

  it('is what the page kept as it was left, on a reload whose entry lost its mark', () => {
    const tab = new Map<string, string>();
    keepPickedOnLeave('three.csv', page({ wherewhenPicked: 'three.csv' }, 'navigate', tab));
    const next = page(null, 'reload', tab);
    expect(pickedFileBeforeReload(next)).toBe('three.csv');
    // Asked again by the same page (React's development mode runs effects twice): the same answer.
    expect(pickedFileBeforeReload(next)).toBe('three.csv');
    // Said once: the page after it does not hear it again.
    expect(pickedFileBeforeReload(page(null, 'reload', tab))).toBeNull();
  });

  it('is not what an earlier page kept when this one was opened some other way', () => {
    const tab = new Map<string, string>();
    keepPickedOnLeave('three.csv', page(null, 'navigate', tab));
    expect(pickedFileBeforeReload(page(null, 'navigate', tab))).toBeNull();
    // ...and that page took it away: a reload after it finds nothing.
    expect(pickedFileBeforeReload(page(null, 'reload', tab))).toBeNull();
  });

  it('is none when the page was left with no file on screen', () => {
    const tab = new Map<string, string>();
    keepPickedOnLeave('three.csv', page(null, 'navigate', tab));
    keepPickedOnLeave(null, page(null, 'navigate', tab));
    expect(pickedFileBeforeReload(page(null, 'reload', tab))).toBeNull();
  });

  it('falls back to the history entry alone where storage is refused', () => {
    const tab = new Map<string, string>();
    expect(() => keepPickedOnLeave('three.csv', page(null, 'navigate', tab, true))).not.toThrow();
    expect(tab.size).toBe(0);
    expect(pickedFileBeforeReload(page(null, 'reload', tab, true))).toBeNull();
    expect(pickedFileBeforeReload(page({ wherewhenPicked: 'b.csv' }, 'reload', tab, true))).toBe('b.csv');
  });
});
