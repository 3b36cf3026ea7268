import type { FeatureCollection } from 'geojson';
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import type { MapEvent } from '../../lib/dataset';
import { listIn } from '../../lib/i18n/intl';
import { landPath, sketchDots, sketchFrame } from '../../lib/sketch-map';
import type { MapView } from '../../lib/url-state';

/**
 * A step's small map on paper: the country outlines as SVG (no tiles, nothing fetched to print),
 * framed on the step's map view or around its events, each event a dot numbered as in the printed
 * list. Its text alternative names the dots' places.
 */
export function WorksheetMap({
  view,
  events,
  land,
}: {
  view: MapView | null;
  events: readonly MapEvent[];
  land: FeatureCollection | null;
}) {
  const { t, i18n } = useLingui();
  const frame = useMemo(() => sketchFrame(view, events), [view, events]);
  const path = useMemo(() => (land ? landPath(land, frame) : ''), [land, frame]);
  const { dots, outside } = useMemo(() => sketchDots(frame, events), [frame, events]);

  const count = dots.reduce((n, d) => n + d.numbers.length, 0);
  const places = listIn(
    dots.flatMap((d) =>
      d.numbers.map((n) => {
        const number = i18n.number(n);
        const place = events[n - 1]!.props.place.name.trim() || events[n - 1]!.props.place.label;
        return t({
          comment: 'In the description of a small printed map: a dot’s number and the place of its event',
          message: `${number}, ${place}`,
        });
      }),
    ),
    'conjunction',
  );
  const shown =
    count === 0
      ? t`Map of this step’s view, with no events on it.`
      : t({
          comment:
            'Description of a small printed map: # is how many events it shows as numbered dots, {places} their numbers and places',
          message: plural(count, {
            one: `Map of this step’s view, with # event, numbered as in the list: ${places}.`,
            other: `Map of this step’s view, with # events, numbered as in the list: ${places}.`,
          }),
        });
  const beyond =
    outside === 0
      ? ''
      : ` ${t({
          comment: 'After the description of a small printed map: # events of the list lie beyond its edges',
          message: plural(outside, {
            one: '# event of the list lies outside it.',
            other: '# events of the list lie outside it.',
          }),
        })}`;

  return (
    <svg
      className="worksheet-map"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={shown + beyond}
      data-land={land ? 'drawn' : 'none'}
    >
      <rect className="worksheet-sea" width={frame.width} height={frame.height} />
      {path && <path className="worksheet-land" d={path} />}
      {dots.map((dot) => {
        const label = dot.numbers.map((n) => i18n.number(n)).join(',');
        return (
          <g key={label} className="worksheet-dot">
            <circle cx={dot.x} cy={dot.y} r={4 + 3 * label.length} />
            <text x={dot.x} y={dot.y} dy="0.35em" textAnchor="middle">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
