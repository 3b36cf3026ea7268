import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBins } from './bins';
import { syntheticDataset } from './synthetic';
import { killedWeights, passingMask, totalInRange } from './histogram-data';

const dataset = syntheticDataset(400, 9);
const { events, index } = dataset;
const extent = index.extent!;

/** Some positions, ascending, as the filters give them. */
const somePositions = fc
  .uniqueArray(fc.integer({ min: 0, max: events.length - 1 }), { maxLength: 120 })
  .map((ps) => Int32Array.from(ps.sort((a, b) => a - b)));

describe('the histogram data', () => {
  it('marks exactly the passing positions, and nothing when nothing filters', () => {
    expect(passingMask(events.length, null)).toBeNull();
    fc.assert(
      fc.property(somePositions, (passing) => {
        const mask = passingMask(events.length, passing)!;
        const kept = new Set(passing);
        expect(mask).toHaveLength(events.length);
        mask.forEach((m, p) => expect(m).toBe(kept.has(p) ? 1 : 0));
      }),
    );
  });

  it("counts the range's events the mask keeps, by a plain scan", () => {
    fc.assert(
      fc.property(
        somePositions,
        fc.integer({ min: extent.start, max: extent.end }),
        fc.integer({ min: 0, max: 4000 }),
        (passing, from, length) => {
          const bins = makeBins(from, Math.min(extent.end, from + length));
          const first = bins.starts[0]!;
          const last = bins.end - 1;
          const kept = new Set(passing);
          const inRange = events.filter((e) => e.start <= last && e.end >= first);
          const positions = inRange.map((e) => events.indexOf(e));
          expect(totalInRange(index, bins, null)).toBe(inRange.length);
          expect(totalInRange(index, bins, passingMask(events.length, passing))).toBe(
            positions.filter((p) => kept.has(p)).length,
          );
        },
      ),
    );
  });

  it('weighs each kept event by its people killed, and the rest by nothing', () => {
    const passing = Int32Array.of(0, 5, 7);
    const weights = killedWeights(events, passingMask(events.length, passing));
    weights.forEach((w, p) =>
      expect(w).toBe(passing.includes(p) ? (events[p]!.props.casualties?.killed?.value ?? 0) : 0),
    );
    expect(killedWeights(events, null).reduce((a, b) => a + b, 0)).toBe(
      events.reduce((sum, e) => sum + (e.props.casualties?.killed?.value ?? 0), 0),
    );
  });
});
