import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  besideMark,
  candidatesBeside,
  centredOn,
  inside,
  LABEL_GAP,
  markBox,
  MarksAt,
  overlaps,
  placeGreedily,
  SIDES,
  TakenBoxes,
  type Box,
  type Mark,
} from './label-placement';

interface Request {
  mark: Mark;
  width: number;
  height: number;
}

/** Places a label beside each of `marks`, with every mark taken first, as the map does. */
function place(requests: readonly Request[], width: number, height: number) {
  const taken = new TakenBoxes();
  for (const r of requests) taken.add(markBox(r.mark));
  return placeGreedily(requests, (r) => candidatesBeside(r.mark, r.width, r.height), taken, width, height);
}

/** Whether a box sits against one side of a mark, `LABEL_GAP` from its edge. */
function adjacent(box: Box, { x, y, r }: Mark): boolean {
  const d = r + LABEL_GAP;
  const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const midX = (box.x0 + box.x1) / 2;
  const midY = (box.y0 + box.y1) / 2;
  return (
    (close(midY, y) && (close(box.x0, x + d) || close(box.x1, x - d))) ||
    (close(midX, x) && (close(box.y1, y - d) || close(box.y0, y + d)))
  );
}

describe('besideMark', () => {
  it('puts the label against each side of the mark, the gap away from its edge', () => {
    const mark = { x: 100, y: 50, r: 5 };
    expect(besideMark(mark, 40, 10, 'right', 3)).toEqual({ x0: 108, y0: 45, x1: 148, y1: 55 });
    expect(besideMark(mark, 40, 10, 'left', 3)).toEqual({ x0: 52, y0: 45, x1: 92, y1: 55 });
    expect(besideMark(mark, 40, 10, 'above', 3)).toEqual({ x0: 80, y0: 32, x1: 120, y1: 42 });
    expect(besideMark(mark, 40, 10, 'below', 3)).toEqual({ x0: 80, y0: 58, x1: 120, y1: 68 });
  });
});

describe('placeGreedily', () => {
  it('takes the right side first, and the left when the right runs off the view', () => {
    const mark = { x: 190, y: 50, r: 4 };
    const [placed] = place([{ mark, width: 30, height: 10 }], 200, 100);
    expect(placed!.box).toEqual(besideMark(mark, 30, 10, 'left'));
  });

  it('drops a label that fits on no side rather than moving it away from its mark', () => {
    // Marks all round the one to label: every side is taken.
    const mark = { x: 100, y: 50, r: 4 };
    const around = [
      { x: 130, y: 50, r: 20 },
      { x: 70, y: 50, r: 20 },
      { x: 100, y: 20, r: 20 },
      { x: 100, y: 80, r: 20 },
    ];
    const requests = [
      { mark, width: 20, height: 10 },
      ...around.map((m) => ({ mark: m, width: 0, height: 0 })),
    ];
    const placed = place(requests, 400, 400).filter((p) => p.item.mark === mark);
    expect(placed).toEqual([]);
  });

  it('lets an earlier label keep its place and moves a later one to its next side', () => {
    const a = { x: 100, y: 50, r: 4 };
    const b = { x: 100, y: 58, r: 4 };
    const placed = place(
      [
        { mark: a, width: 40, height: 12 },
        { mark: b, width: 40, height: 12 },
      ],
      400,
      200,
    );
    expect(placed.map((p) => p.box)).toEqual([besideMark(a, 40, 12, 'right'), besideMark(b, 40, 12, 'left')]);
  });

  it('places centred boxes (reference labels) only clear of what is taken', () => {
    const taken = new TakenBoxes();
    taken.add({ x0: 0, y0: 0, x1: 50, y1: 50 });
    const points = [
      { x: 30, y: 30 },
      { x: 150, y: 30 },
    ];
    const placed = placeGreedily(points, (p) => [centredOn(p.x, p.y, 40, 10)], taken, 300, 100);
    expect(placed.map((p) => p.item)).toEqual([points[1]]);
  });

  const mark = fc.record({
    x: fc.double({ min: -50, max: 450, noNaN: true }),
    y: fc.double({ min: -50, max: 350, noNaN: true }),
    r: fc.double({ min: 1, max: 20, noNaN: true }),
  });
  const request = fc.record({
    mark,
    width: fc.double({ min: 1, max: 150, noNaN: true }),
    height: fc.double({ min: 6, max: 20, noNaN: true }),
  });

  it('never overlaps two labels or a label and a mark, keeps each inside the view and beside its own mark', () => {
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), fc.integer({ min: 50, max: 400 }), (requests, w) => {
        const h = 300;
        const placed = place(requests, w, h);
        for (const [i, p] of placed.entries()) {
          expect(inside(p.box, w, h)).toBe(true);
          expect(adjacent(p.box, p.item.mark)).toBe(true);
          for (const r of requests) expect(overlaps(p.box, markBox(r.mark))).toBe(false);
          for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box)).toBe(false);
        }
      }),
    );
  });

  it('places a lone label whenever one of its sides is inside the view', () => {
    fc.assert(
      fc.property(request, (r) => {
        const fits = SIDES.some((side) => inside(besideMark(r.mark, r.width, r.height, side), 400, 300));
        expect(place([r], 400, 300)).toHaveLength(fits ? 1 : 0);
      }),
    );
  });
});

describe('TakenBoxes', () => {
  it('finds an overlap with any box added, across buckets and at negative coordinates', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.double({ min: -300, max: 300, noNaN: true }),
            fc.double({ min: -300, max: 300, noNaN: true }),
            fc.double({ min: 0.5, max: 200, noNaN: true }),
            fc.double({ min: 0.5, max: 200, noNaN: true }),
          ),
          { minLength: 2, maxLength: 30 },
        ),
        (tuples) => {
          const boxes = tuples.map(([x, y, w, h]) => ({ x0: x, y0: y, x1: x + w, y1: y + h }));
          const [probe, ...rest] = boxes;
          const taken = new TakenBoxes();
          for (const b of rest) taken.add(b);
          expect(taken.hits(probe!)).toBe(rest.some((b) => overlaps(b, probe!)));
        },
      ),
    );
  });
});

describe('MarksAt', () => {
  it('finds the first mark whose disc, grown by the reach, holds a point, as a look through them all does', () => {
    const mark = fc.record({
      x: fc.double({ min: -100, max: 300, noNaN: true }),
      y: fc.double({ min: -100, max: 300, noNaN: true }),
      r: fc.double({ min: 0, max: 40, noNaN: true }),
    });
    const coordinate = fc.double({ min: -150, max: 350, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(mark, { maxLength: 40 }),
        fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (marks, points, reach) => {
          const at = new MarksAt(marks, reach);
          for (const [x, y] of points) {
            const first = marks.find((m) => (m.x - x) ** 2 + (m.y - y) ** 2 <= (m.r + reach) ** 2);
            expect(at.under(x, y)).toBe(first);
          }
        },
      ),
    );
  });

  it('finds a mark at its edge plus the reach, and none beyond', () => {
    const at = new MarksAt([{ x: 63, y: 10, r: 4 }], 2.5);
    expect(at.under(69.5, 10)).toEqual({ x: 63, y: 10, r: 4 });
    expect(at.under(69.6, 10)).toBeUndefined();
  });
});
