/**
 * Which kinds of mark each small cell of a view already holds in the frame
 * being drawn: a second marker of the same kind in a cell adds nothing to see
 * and is skipped. Each frame gets a new stamp, so starting one costs nothing;
 * the buffer is allocated again only when the view's shape changes.
 */
export class CellGrid {
  private cells = new Uint32Array(0);
  private columns = 0;
  private rows = 0;
  private stamp = 0;
  /** How many times the buffer has been allocated: for tests and the benchmark. */
  allocations = 0;

  /**
   * @param cell the side of a cell, in pixels
   * @param margin how far beyond the view's edges marks are still counted
   * @param kinds how many kinds of mark a cell tells apart
   */
  constructor(
    private readonly cell: number,
    private readonly margin: number,
    private readonly kinds: number,
  ) {}

  /** Starts a frame over a `width` x `height` view: every cell empty again. */
  startFrame(width: number, height: number): void {
    const columns = Math.ceil((width + 2 * this.margin) / this.cell);
    const rows = Math.ceil((height + 2 * this.margin) / this.cell);
    if (columns !== this.columns || rows !== this.rows) {
      this.columns = columns;
      this.rows = rows;
      this.cells = new Uint32Array(columns * rows * this.kinds);
      this.allocations++;
      this.stamp = 0;
    }
    // After 4 billion frames the stamps wrap round: clear once, rather than mistake an old frame for this one.
    if (this.stamp === 0xffffffff) {
      this.cells.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /**
   * Marks a mark of `kind` at (x, y) in this frame. True if the cell held
   * none of that kind yet; false if it did, or the point lies beyond the margin.
   */
  mark(x: number, y: number, kind: number): boolean {
    const column = Math.floor((x + this.margin) / this.cell);
    const row = Math.floor((y + this.margin) / this.cell);
    if (column < 0 || row < 0 || column >= this.columns || row >= this.rows || kind < 0 || kind >= this.kinds)
      return false;
    const at = (row * this.columns + column) * this.kinds + kind;
    if (this.cells[at] === this.stamp) return false;
    this.cells[at] = this.stamp;
    return true;
  }
}
