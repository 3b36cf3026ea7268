/**
 * Positions by event id, made on first use. Most sessions look no event up
 * by id (only a selection or a link to one does), and at 1,000,000 events
 * making the map costs seconds of the load: here it is paid when first needed.
 */
export class LazyIdMap implements ReadonlyMap<string, number> {
  private map: Map<string, number> | null = null;

  constructor(private readonly events: ReadonlyArray<{ readonly id: string }>) {}

  private built(): Map<string, number> {
    if (this.map) return this.map;
    const map = new Map<string, number>();
    for (let i = 0; i < this.events.length; i++) map.set(this.events[i]!.id, i);
    this.map = map;
    return map;
  }

  get size(): number {
    return this.built().size;
  }
  get(id: string): number | undefined {
    return this.built().get(id);
  }
  has(id: string): boolean {
    return this.built().has(id);
  }
  forEach(callback: (position: number, id: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [id, position] of this.built()) callback(position, id, this);
  }
  entries(): MapIterator<[string, number]> {
    return this.built().entries();
  }
  keys(): MapIterator<string> {
    return this.built().keys();
  }
  values(): MapIterator<number> {
    return this.built().values();
  }
  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.built().entries();
  }
}
