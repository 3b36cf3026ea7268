import type { ClusterOptions, ClusterPoints } from '../../lib/cluster-types';
import type { ClusterIndex } from '../../lib/clusters';
import { packClusters, type PackedClusters } from '../../lib/packed-clusters';
import type { FromClusterWorker, ToClusterWorker } from './cluster-protocol';
import { clusterZooms } from './cluster-zooms';
import { clustersChunk } from './clusters-chunk';

// What draws the clusters travels with what makes them.
export { ClusterMarks } from './cluster-marks';

/**
 * Up to this many visible events are clustered on the main thread, in the
 * frame that changed them: about 1 to 3 ms at the zooms that show the world,
 * up to 7 ms at the last ones (clusters-main-thread.bench.ts). Above it a
 * worker does it, and the map shows the last clusters until the next arrive.
 */
export const WORKER_THRESHOLD = 2000;

/** Supercluster and its wrapper: a lazy chunk, asked for as the page starts (warm-chunks.ts). */
const loadClusters = clustersChunk.load;

const WORLD = [-180, -90, 180, 90] as const;

/** What the map draws: clusters and lone events standing for a set of visible events. */
export interface ClusterView {
  /** The visible events it stands for, as given to `update`. */
  readonly positions: Int32Array;
  readonly singles: Int32Array;
  readonly clusters: PackedClusters;
  /** The time window of those events. */
  readonly from: number;
  readonly to: number;
  /** The zooms clustered: expansion zooms past `zooms.maxZoom` are not known. */
  readonly zooms: ClusterOptions;
  /** Where its cluster ids mean something: an index here, or one a worker built. */
  readonly source: ClusterIndex | WorkerIndex;
}

/** What questions about a view's clusters need: unclustered views have no source. */
type DrawnClusters = Pick<ClusterView, 'clusters'> & Partial<ClusterView>;

/** An index a worker built, named by the order it was built in. */
interface WorkerIndex {
  readonly worker: Worker;
  readonly version: number;
}

interface Request {
  readonly seq: number;
  readonly positions: Int32Array;
  readonly from: number;
  readonly to: number;
  readonly zoom: number;
  readonly options: ClusterOptions;
}

/**
 * Turns visible sets into cluster views, on the main thread when they are
 * small and in a worker when they are not. Only the newest request waits for
 * the worker, so scrubbing never queues work; views arrive in order.
 */
export class ClusterClient {
  private worker: Worker | null = null;
  private workerFailed = false;
  private seq = 0;
  private delivered = 0;
  private inFlight: Request | null = null;
  private pending: Request | null = null;
  private sentPositions: Int32Array | null = null;
  private syncRequest: Request | null = null;
  private syncIndex: { index: ClusterIndex; positions: Int32Array; key: string } | null = null;
  /** Questions to the worker about its clusters, by sequence number. */
  private readonly answers = new Map<number, (answer: unknown) => void>();

  constructor(
    private readonly points: ClusterPoints,
    private readonly mapMaxZoom: number,
    private readonly onView: (view: ClusterView) => void,
  ) {
    void loadClusters();
  }

  /** Clusters `positions` (events in the window [from, to]) for the map at `zoom`. */
  update(positions: Int32Array, from: number, to: number, zoom: number): void {
    const options = clusterZooms(zoom, this.mapMaxZoom);
    const request = { seq: ++this.seq, positions, from, to, zoom, options };
    if (positions.length <= WORKER_THRESHOLD || this.workerFailed) {
      this.pending = null;
      // Several changes in one task (two date fields, a store update) cluster once.
      if (!this.syncRequest) queueMicrotask(this.runSync);
      this.syncRequest = request;
    } else {
      this.syncRequest = null;
      this.pending = request;
      this.pump();
    }
  }

  /** Whether any view has come out yet. */
  hasDelivered(): boolean {
    return this.delivered > 0;
  }

  /** Every event of the i-th cluster of a view, in date order; null if it can no longer be told. */
  leaves(view: DrawnClusters, i: number): Promise<Int32Array | null> {
    const id = view.clusters.id[i]!;
    const source = view.source;
    if (!source) return Promise.resolve(null);
    if ('tree' in source) return loadClusters().then((e) => e.clusterLeaves(source, id));
    return this.ask(source, (seq) => ({ type: 'leaves', seq, version: source.version, id }));
  }

  /**
   * Where the i-th cluster of a view splits, when it is past the zooms the view
   * clustered: its events clustered on their own up to the map's last zoom.
   */
  splitZoom(view: DrawnClusters, i: number): Promise<number | null> {
    const id = view.clusters.id[i]!;
    const source = view.source;
    if (!source || !view.zooms) return Promise.resolve(null);
    const options = { ...view.zooms, maxZoom: this.mapMaxZoom };
    if ('tree' in source) {
      return loadClusters().then((e) => e.splitZoom(this.points, e.clusterLeaves(source, id), options));
    }
    return this.ask(source, (seq) => ({ type: 'split', seq, version: source.version, id, options }));
  }

  private ask<T>(source: WorkerIndex, message: (seq: number) => ToClusterWorker): Promise<T | null> {
    const worker = this.worker;
    if (source.worker !== worker || !worker) return Promise.resolve(null);
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.answers.set(seq, resolve as (answer: unknown) => void);
      this.post(worker, message(seq), []);
    });
  }

  /** Stops the worker; the client starts another if it is used again. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.inFlight = null;
    this.pending = null;
    this.sentPositions = null;
    this.syncRequest = null;
    for (const resolve of this.answers.values()) resolve(null);
    this.answers.clear();
  }

  private readonly runSync = () => {
    const request = this.syncRequest;
    if (!request) return;
    const engine = clustersChunk.loaded();
    if (!engine) {
      // The first clusters wait for the chunk; the newest request then runs.
      void loadClusters().then(this.runSync);
      return;
    }
    this.syncRequest = null;
    const { buildClusterIndex, queryClusters } = engine;
    const key = `${request.options.minZoom}:${request.options.maxZoom}`;
    let cached = this.syncIndex;
    if (!cached || cached.positions !== request.positions || cached.key !== key) {
      const index = buildClusterIndex(this.points, request.positions, request.options);
      cached = this.syncIndex = { index, positions: request.positions, key };
    }
    const { clusters, singles } = queryClusters(cached.index, WORLD, request.zoom);
    this.deliver(request, singles, packClusters(clusters), cached.index);
  };

  private deliver(
    request: Request,
    singles: Int32Array,
    clusters: PackedClusters,
    source: ClusterView['source'],
  ) {
    // A view older than one already shown (a worker answer overtaken by a small set) is dropped.
    if (request.seq <= this.delivered) return;
    this.delivered = request.seq;
    const { positions, from, to, options } = request;
    this.onView({ positions, singles, clusters, from, to, zooms: options, source });
  }

  private pump(): void {
    if (this.inFlight || !this.pending) return;
    const worker = this.startWorker();
    const request = this.pending;
    this.pending = null;
    if (!worker) {
      this.syncRequest = request;
      this.runSync();
      return;
    }
    // The selector's array is shared with the rest of the page: send a copy, and only when it changed.
    const positions = request.positions === this.sentPositions ? null : request.positions.slice();
    this.sentPositions = request.positions;
    this.inFlight = request;
    const { seq, options, zoom } = request;
    this.post(
      worker,
      { type: 'cluster', seq, positions, options, zoom },
      positions ? [positions.buffer] : [],
    );
  }

  private post(worker: Worker, message: ToClusterWorker, transfer: Transferable[]) {
    worker.postMessage(message, transfer);
  }

  private startWorker(): Worker | null {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(new URL('./cluster-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<FromClusterWorker>) => this.receive(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        this.fail();
      };
      this.post(worker, { type: 'points', points: this.points }, []);
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private receive(message: FromClusterWorker): void {
    if (message.type !== 'clusters') {
      this.answers.get(message.seq)?.(message.type === 'leaves' ? message.positions : message.zoom);
      this.answers.delete(message.seq);
      return;
    }
    const request = this.inFlight;
    this.inFlight = null;
    if (request?.seq === message.seq && this.worker) {
      this.deliver(request, message.singles, message.clusters, {
        worker: this.worker,
        version: message.version,
      });
    }
    this.pump();
  }

  /** Without a worker (blocked, or it broke) the main thread clusters everything. */
  private fail(): void {
    const request = this.pending ?? this.inFlight;
    this.dispose();
    this.workerFailed = true;
    if (request) this.update(request.positions, request.from, request.to, request.zoom);
  }
}
