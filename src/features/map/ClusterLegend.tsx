import { Trans } from '@lingui/react/macro';
import { categoryColor } from '../../lib/marker-scales';
import type { Category } from '../../lib/vocabulary';

/** A cluster as the map draws it: 7 attacks, 3 arrests or operations and 2 reports. */
const SAMPLE: ReadonlyArray<readonly [Category, number]> = [
  ['attack', 7],
  ['arrest-operation', 3],
  ['report', 2],
];

/** The legend's entry for clusters, kept apart from the category and size entries. */
export function ClusterLegend() {
  return (
    <>
      <h3>
        <Trans comment="Legend heading: groups of events drawn as one circle on the map">Clusters</Trans>
      </h3>
      <p className="legend-cluster">
        <ClusterDot />
        <span>
          <Trans>
            Events too close together to tell apart at this zoom, with their number; the ring shows their
            categories. Select one to zoom in, or to list its events.
          </Trans>
        </span>
      </p>
    </>
  );
}

const R = 14;
const RING_R = R - 2.5;
const AROUND = 2 * Math.PI * RING_R;
const TOTAL = SAMPLE.reduce((sum, [, n]) => sum + n, 0);
/** Each category's arc of the ring: its length and where it starts, clockwise from the top. */
const ARCS = SAMPLE.map(([category, n], i) => ({
  category,
  length: (n / TOTAL) * AROUND,
  start: (SAMPLE.slice(0, i).reduce((sum, [, m]) => sum + m, 0) / TOTAL) * AROUND,
}));

function ClusterDot() {
  return (
    <svg width={R * 2 + 4} height={R * 2 + 4} viewBox="-2 -2 32 32" aria-hidden="true" className="legend-dot">
      {/* The outline follows the colour scheme, as on the map: a custom property, so set as style. */}
      <circle cx={R} cy={R} r={R + 1} style={{ fill: 'var(--marker-outline)' }} />
      <g transform={`rotate(-90 ${R} ${R})`}>
        {ARCS.map(({ category, length, start }) => (
          <circle
            key={category}
            cx={R}
            cy={R}
            r={RING_R}
            fill="none"
            stroke={categoryColor(category)}
            strokeWidth={5}
            strokeDasharray={`${length} ${AROUND - length}`}
            strokeDashoffset={-start}
          />
        ))}
      </g>
      <circle cx={R} cy={R} r={R - 5} fill="#fff" />
      <text
        x={R}
        y={R}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize="11"
        fontWeight="700"
        fill="#1b1b1b"
      >
        {TOTAL}
      </text>
    </svg>
  );
}
