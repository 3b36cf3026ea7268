import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../lib/synthetic';
import { makeSynthetic } from './make-synthetic';

describe('makeSynthetic', () => {
  it('makes the dataset on this thread where no worker can start', async () => {
    expect(typeof Worker).toBe('undefined');
    const made = await makeSynthetic({ count: 300, seed: 4 });
    const here = syntheticDataset(300, 4);
    expect(made.events).toEqual(here.events);
    expect(made.metadata).toEqual(here.metadata);
  });

  it('stops with an AbortError once aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(makeSynthetic({ count: 10, seed: 1 }, controller.signal)).rejects.toThrow('cancelled');
  });
});
