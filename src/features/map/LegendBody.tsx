import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { CATEGORY_LABELS } from '../../lib/categories';
import { CATEGORIES } from '../../lib/vocabulary';
import { categoryColor, makeRadiusScale } from '../../lib/marker-scales';
import { useAppStore } from '../../store/app-store';
import { useFacets } from '../../hooks/use-facets';
import { maxSingleEventKilled } from './marker-style';

/** The clusters' entry comes with the rest of clustering, a chunk fetched as the map starts. */
const ClusterLegend = lazyPart(() => import('./ClusterLegend').then((m) => m.ClusterLegend));

/** The legend opened: colours, sizes and the styling of imprecise events, side by side so none is cut off. */
export function LegendBody() {
  const { t, i18n } = useLingui();
  const dataset = useAppStore((s) => s.dataset);
  const categories = useAppStore((s) => s.filters.categories);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const facets = useFacets();
  const maxKilled = useMemo(() => maxSingleEventKilled(dataset?.events ?? []), [dataset]);
  const radius = makeRadiusScale(maxKilled);
  const sizeSteps = sizeExamples(maxKilled);

  return (
    <>
      <div>
        <h3 id="legend-categories">
          {t({ comment: 'Legend heading: the kinds of event, by colour', message: 'Category' })}
        </h3>
        <p className="legend-note">
          <Trans>Press categories to show only those.</Trans>
        </p>
        <ul className="legend-list legend-filter" aria-labelledby="legend-categories">
          {CATEGORIES.map((c) => {
            const count = facets?.categories.get(c) ?? 0;
            return (
              <li key={c}>
                <button
                  type="button"
                  className={count === 0 ? 'legend-toggle is-empty' : 'legend-toggle'}
                  aria-pressed={categories.includes(c)}
                  onClick={() => toggleCategory(c)}
                >
                  <Dot color={categoryColor(c)} r={6} />
                  <span>{i18n._(CATEGORY_LABELS[c])}</span>
                  <span className="option-count">
                    {i18n.number(count)}
                    <span className="visually-hidden">
                      {' '}
                      {t({
                        comment:
                          'Read by screen readers right after the number of events of a category shown in the legend; the number is not part of this text',
                        message: plural(count, { one: 'in the time window', other: 'in the time window' }),
                      })}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      <div>
        <h3 id="legend-sizes">
          <Trans>People killed</Trans>
        </h3>
        <ul className="legend-sizes" aria-labelledby="legend-sizes">
          {sizeSteps.map((n) => (
            <li key={n}>
              <Dot color="var(--legend-size)" r={radius(n)} />
              {t({
                comment:
                  'Legend: the size of a marker for this many people killed; 0 is events with none reported',
                message: plural(n, { 0: 'none reported', one: '# killed', other: '# killed' }),
              })}
            </li>
          ))}
        </ul>
        <p className="legend-note">
          <Trans>Tallies over many events are drawn at the largest size.</Trans>
        </p>
        <ClusterLegend />
      </div>
      <div>
        <h3 id="legend-precision">
          <Trans comment="Legend heading: how exactly an event's date and place are known">Precision</Trans>
        </h3>
        <ul className="legend-list" aria-labelledby="legend-precision">
          <li>
            <Dot color={NEUTRAL} r={6} />
            <Trans>Filled: date known to the day</Trans>
          </li>
          <li>
            <Dot color={NEUTRAL} r={6} hollow />
            <Trans>Hollow: known only to the month or year, or a period</Trans>
          </li>
          <li>
            <Dot color={NEUTRAL} r={6} dashed />
            <Trans>
              Dashed ring: place known only to the district, province or country, or located by its name
            </Trans>
          </li>
          <li>
            <Dot color={NEUTRAL} r={6} faded />
            <Trans>Faded: may fall in the time window (only part of its dates are in it)</Trans>
          </li>
        </ul>
      </div>
    </>
  );
}

/** Precision is shown in a grey of the colour scheme (a custom property of app.css). */
const NEUTRAL = 'var(--legend-neutral)';

function sizeExamples(max: number): number[] {
  if (max <= 0) return [0];
  const nice = [10, 50, 100, 500, 1000, 5000, 10000].filter((n) => n < max * 0.6);
  return [0, ...nice.slice(-1), max];
}

function Dot({
  color,
  r,
  hollow = false,
  dashed = false,
  faded = false,
}: {
  color: string;
  r: number;
  hollow?: boolean;
  dashed?: boolean;
  faded?: boolean;
}) {
  const size = Math.ceil(r * 2 + 6);
  return (
    <svg width={size} height={size} aria-hidden="true" className="legend-dot" opacity={faded ? 0.38 : 1}>
      {hollow && (
        <circle
          cx={size / 2}
          cy={size / 2}
          r={r}
          fill="none"
          strokeWidth={5}
          strokeDasharray={dashed ? '4 3' : undefined}
          style={{ stroke: 'var(--hollow-edge)' }}
        />
      )}
      <circle
        cx={size / 2}
        cy={size / 2}
        r={r}
        fillOpacity={hollow ? 1 : 0.85}
        // Colours as style, not attributes: custom properties (the scheme's outline) only work there.
        style={{
          fill: hollow ? 'var(--hollow-fill)' : color,
          stroke: hollow ? color : 'var(--marker-outline)',
        }}
        strokeWidth={hollow ? 3 : 1.25}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
    </svg>
  );
}
