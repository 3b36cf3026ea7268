import { describe, expect, it } from 'vitest';
import { lazyModule } from './lazy-module';

describe('lazyModule', () => {
  it('fetches once for every caller, and gives the module once it has arrived', async () => {
    let fetches = 0;
    const lazy = lazyModule(() => Promise.resolve({ n: ++fetches }));
    expect(lazy.loaded()).toBeNull();
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).toBe(b);
    expect(lazy.loaded()).toBe(a);
    await lazy.load();
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let fetches = 0;
    const lazy = lazyModule(() =>
      ++fetches === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('in'),
    );
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.loaded()).toBeNull();
    await expect(lazy.load()).resolves.toBe('in');
    expect(fetches).toBe(2);
  });
});
