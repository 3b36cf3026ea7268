import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clusterPoints } from '../../lib/cluster-types';
import { packClusters } from '../../lib/packed-clusters';
import { syntheticDataset } from '../../lib/synthetic';
import type { FromClusterWorker, ToClusterWorker } from './cluster-protocol';
import { ClusterClient, WORKER_THRESHOLD, type ClusterView } from './cluster-client';

const events = syntheticDataset(WORKER_THRESHOLD * 3, 2).events;
const points = clusterPoints(events);
const all = Int32Array.from(events.keys());
const small = all.subarray(0, 500);

/** A stand-in for the cluster worker: it keeps what it is sent, and the test answers for it. */
class FakeWorker {
  static made: FakeWorker[] = [];
  static refuse = false;
  sent: ToClusterWorker[] = [];
  onmessage: ((e: { data: FromClusterWorker }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  constructor() {
    if (FakeWorker.refuse) throw new Error('workers are not allowed here');
    FakeWorker.made.push(this);
  }
  postMessage(message: ToClusterWorker) {
    this.sent.push(message);
  }
  terminate() {}
  /** Answers a cluster request with one lone event and no clusters. */
  answer(seq: number) {
    this.onmessage?.({
      data: { type: 'clusters', seq, version: seq, singles: Int32Array.of(0), clusters: packClusters([]) },
    });
  }
  clusterRequests() {
    return this.sent.filter((m) => m.type === 'cluster') as Array<
      Extract<ToClusterWorker, { type: 'cluster' }>
    >;
  }
}

/** Lets queued microtasks and the clusters chunk's promise settle. */
const settle = () => new Promise((done) => setTimeout(done, 0));

function client() {
  const views: ClusterView[] = [];
  return { views, client: new ClusterClient(points, 18, (v) => views.push(v)) };
}

beforeAll(async () => {
  vi.stubGlobal('Worker', FakeWorker);
  // The clusters chunk, in before the tests so they need not wait on it.
  const { client: warm } = client();
  warm.update(small, 0, 1, 3);
  await vi.waitFor(() => expect(warm.hasDelivered()).toBe(true));
});

afterEach(() => {
  FakeWorker.made = [];
  FakeWorker.refuse = false;
});

describe('ClusterClient', () => {
  it('clusters a small set on the page, once for several changes in one task, the newest', async () => {
    const { views, client: c } = client();
    c.update(all.subarray(0, 100), 0, 10, 3);
    c.update(small, 0, 20, 3);
    await settle();
    expect(views).toHaveLength(1);
    expect(views[0]!.positions).toBe(small);
    expect(views[0]!.to).toBe(20);
    expect(views[0]!.singles.length + views[0]!.clusters.count.reduce((a, b) => a + b, 0)).toBe(500);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('sends a large set to a worker, where only the newest request waits', async () => {
    const { views, client: c } = client();
    c.update(all, 0, 1, 3);
    c.update(all.subarray(0, WORKER_THRESHOLD + 10), 0, 2, 3);
    c.update(all.subarray(0, WORKER_THRESHOLD + 20), 0, 3, 3);
    const worker = FakeWorker.made[0]!;
    expect(worker.sent[0]!.type).toBe('points');
    const first = worker.clusterRequests();
    expect(first).toHaveLength(1);
    worker.answer(first[0]!.seq);
    expect(views.map((v) => v.to)).toEqual([1]);
    // The middle request was overtaken while the first was out: only the newest went next.
    const next = worker.clusterRequests();
    expect(next).toHaveLength(2);
    expect(next[1]!.positions).toHaveLength(WORKER_THRESHOLD + 20);
    worker.answer(next[1]!.seq);
    expect(views.map((v) => v.to)).toEqual([1, 3]);
    await settle();
  });

  it('drops a worker answer overtaken by a small set shown since', async () => {
    const { views, client: c } = client();
    c.update(all, 0, 1, 3);
    c.update(small, 0, 2, 3);
    await settle();
    expect(views.map((v) => v.to)).toEqual([2]);
    const worker = FakeWorker.made[0]!;
    worker.answer(worker.clusterRequests()[0]!.seq);
    expect(views.map((v) => v.to)).toEqual([2]);
  });

  it('clusters on the page where no worker can start', async () => {
    FakeWorker.refuse = true;
    const { views, client: c } = client();
    c.update(all, 0, 1, 3);
    await settle();
    expect(views).toHaveLength(1);
    expect(views[0]!.positions).toBe(all);
    expect('tree' in views[0]!.source).toBe(true);
  });

  it('clusters the waiting request on the page when the worker breaks, and from then on', async () => {
    const { views, client: c } = client();
    c.update(all, 0, 1, 3);
    FakeWorker.made[0]!.onerror?.({ preventDefault() {} });
    await settle();
    expect(views.map((v) => v.to)).toEqual([1]);
    c.update(all.subarray(0, WORKER_THRESHOLD + 5), 0, 2, 3);
    await settle();
    expect(views.map((v) => v.to)).toEqual([1, 2]);
    expect(FakeWorker.made).toHaveLength(1);
  });
});
