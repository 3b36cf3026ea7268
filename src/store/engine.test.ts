import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { loadEngine, loadedEngine } from './engine';
import { selectEngine } from './selectors';

describe('the filter and link engine', () => {
  it('is fetched once for the page, and a store made after it arrived has it at once', async () => {
    const first = createAppStore();
    expect(loadedEngine()).toBeNull();
    expect(selectEngine(first.getState())).toBeNull();
    expect(loadEngine()).toBe(loadEngine());
    await Promise.all([first.getState().needEngine(), first.getState().needEngine()]);
    const engine = selectEngine(first.getState());
    expect(engine).not.toBeNull();
    expect(engine).toBe(loadedEngine());
    const second = createAppStore();
    expect(second.getState().engineReady).toBe(true);
    expect(selectEngine(second.getState())).toBe(engine);
  });
});
