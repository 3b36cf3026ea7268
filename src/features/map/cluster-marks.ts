import type { WorldTransform } from '../../lib/canvas-transform';
import { projectX, projectY } from '../../lib/mercator';
import type { PackedClusters } from '../../lib/packed-clusters';
import { TextStyler } from './canvas-fonts';
import { clusterRadius, drawCluster, prepareClusterText } from './cluster-marker';

/** The clusters of a view, placed for drawing and hit testing in typed arrays. */
export class ClusterMarks {
  private clusters: PackedClusters | null = null;
  /** Places projected at zoom 0, and radii in pixels. */
  private x = new Float64Array(0);
  private y = new Float64Array(0);
  private r = new Float32Array(0);
  /** Largest first, so smaller clusters are drawn on top. */
  private order = new Int32Array(0);
  private readonly styler = new TextStyler();

  place(clusters: PackedClusters): void {
    const n = clusters.length;
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, clusters.count[i]!);
    this.clusters = clusters;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.r = new Float32Array(n);
    // Sorting packed numeric keys is far faster than a comparator when clusters are many.
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.x[i] = projectX(clusters.lon[i]!);
      this.y[i] = projectY(clusters.lat[i]!);
      this.r[i] = clusterRadius(clusters.count[i]!, largest);
      keys[i] = (largest - clusters.count[i]!) * 2 ** 22 + i;
    }
    keys.sort();
    this.order = Int32Array.from(keys, (key) => key % 2 ** 22);
  }

  radius(i: number): number {
    return this.r[i] ?? 0;
  }

  /** The cluster under a point of the container, the one drawn on top; -1 for none. */
  hitTest(px: number, py: number, { scale, dx, dy }: WorldTransform): number {
    for (let k = this.order.length - 1; k >= 0; k--) {
      const i = this.order[k]!;
      const r = this.r[i]! + 1;
      const ex = this.x[i]! * scale + dx - px;
      const ey = this.y[i]! * scale + dy - py;
      if (ex * ex + ey * ey <= r * r) return i;
    }
    return -1;
  }

  /** The clusters that reach into a container of `size`, with their centres in its pixels. */
  onScreen(
    { scale, dx, dy }: WorldTransform,
    size: { x: number; y: number },
  ): Array<{ index: number; x: number; y: number; r: number }> {
    const shown = [];
    for (let i = 0; i < this.r.length; i++) {
      const r = this.r[i]!;
      const x = this.x[i]! * scale + dx;
      const y = this.y[i]! * scale + dy;
      if (x >= -r && y >= -r && x <= size.x + r && y <= size.y + r) shown.push({ index: i, x, y, r });
    }
    return shown;
  }

  /** Draws the clusters that reach into a container of `size`. */
  draw(
    ctx: CanvasRenderingContext2D,
    { scale, dx, dy }: WorldTransform,
    size: { x: number; y: number },
  ): void {
    const clusters = this.clusters;
    if (!clusters || clusters.length === 0) return;
    prepareClusterText(ctx, this.styler);
    for (let k = 0; k < this.order.length; k++) {
      const i = this.order[k]!;
      const r = this.r[i]!;
      const x = this.x[i]! * scale + dx;
      const y = this.y[i]! * scale + dy;
      if (x < -r || y < -r || x > size.x + r || y > size.y + r) continue;
      drawCluster(ctx, x, y, r, clusters.count[i]!, clusters.categories, i, this.styler);
    }
  }
}
