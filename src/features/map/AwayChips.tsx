import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type FocusEvent } from 'react';
import { countryName } from '../../lib/country-names';
import type { MapEvent } from '../../lib/dataset';
import { shownIn } from '../../lib/event-language';
import { listIn } from '../../lib/i18n/intl';
import { namedIn, type GroupWords, type PlaceGroup } from '../../lib/place-groups';
import { useAppStore } from '../../store/app-store';
import { getAway, showGroup, subscribeAway } from './first-fit';
import './away-chips.css';

/**
 * Brings a chip reached by the keyboard all into the row's view. The browser scrolls a focused
 * element only when none of it shows, so a chip half past the row's end would keep its focus ring
 * under the row's fade.
 */
function revealFocused(e: FocusEvent<HTMLElement>) {
  if (e.target.matches(':focus-visible')) e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Where the events are, as buttons over the map: the region the map opened
 * on, then each place outside it, largest first. Each flies there.
 */
export function AwayChips() {
  const { t, i18n } = useLingui();
  const away = useSyncExternalStore(subscribeAway, getAway);
  const locale = i18n.locale;
  // The events as the store has them now: with the words of a language picked since the map framed them.
  const dataset = useAppStore((s) => s.dataset);
  // The groups are named again in the language shown: the events' translated labels, the browser's
  // names of countries, and the language's way of joining them.
  const words = useMemo<GroupWords>(
    () => ({
      label: (e) => {
        // The groups are made of the map's events.
        const event = e as MapEvent;
        const position = dataset?.byId.get(event.id);
        const now = position === undefined ? event : (dataset?.events[position] ?? event);
        return shownIn(now.props, 'placeLabel', locale).text;
      },
      country: (english, code) => countryName(english, code, locale),
      together: (first, second) =>
        t({ comment: 'Two places named together on a button over the map', message: `${first} & ${second}` }),
      more: (name, others) => {
        const count = i18n.number(others);
        return t({
          comment:
            'A button over the map: two places named, and how many more it holds ("Afghanistan & Pakistan +1")',
          message: `${name} +${count}`,
        });
      },
      list: (names) => listIn(names, 'conjunction'),
    }),
    [t, i18n, locale, dataset],
  );
  const ref = useRef<HTMLElement>(null);
  const [room, setRoom] = useState(true);

  useLayoutEffect(
    function watchRoom() {
      const nav = ref.current;
      const area = nav?.closest<HTMLElement>('.map-area');
      if (!nav || !area || !nav.parentElement) return;
      // On a short map a tall notice above leaves no room: the row waits until the notice is hidden.
      // Nor may it run into the legend in the corner below it.
      const check = () => {
        const row = nav.getBoundingClientRect();
        const legend = area.querySelector('.legend')?.getBoundingClientRect();
        const under = legend && legend.left < row.right && row.left < legend.right ? legend.top : Infinity;
        const floor = Math.min(under, area.getBoundingClientRect().bottom - 24);
        setRoom(row.bottom <= floor);
      };
      check();
      const observer = new ResizeObserver(check);
      observer.observe(nav.parentElement);
      observer.observe(area);
      return function unwatch() {
        observer.disconnect();
      };
    },
    [away],
  );

  if (!away) return null;
  const { map } = away;
  const chips = [away.home, ...away.groups].map((group) => ({ ...group, ...namedIn(group, words) }));
  /** The chip's name for screen readers: where, how many events, and what it does. */
  const describe = ({ name, places, count }: PlaceGroup) =>
    places
      ? t({
          comment: 'A button over the map; {name} names a few places, {places} lists them all',
          message: plural(count, {
            one: `${name} (${places}), # event: show on the map`,
            other: `${name} (${places}), # events: show on the map`,
          }),
        })
      : t({
          comment: 'A button over the map; {name} names a place or region',
          message: plural(count, {
            one: `${name}, # event: show on the map`,
            other: `${name}, # events: show on the map`,
          }),
        });
  return (
    <nav ref={ref} className="away-chips" aria-label={t`Where the events are`} hidden={!room}>
      <span className="away-chips-label" aria-hidden="true">
        <Trans comment="Before a row of buttons, each naming a place the map can fly to">Go to</Trans>
      </span>
      <ul onFocus={revealFocused}>
        {chips.map((group, k) => (
          <li key={`${k}:${group.name}`}>
            <button
              type="button"
              className="away-chip"
              aria-label={describe(group)}
              onClick={() => showGroup(map, group)}
            >
              {/* The count in the language's digits, as its name for screen readers says it. */}
              <bdi>{group.name}</bdi> <span className="away-chip-count">{i18n.number(group.count)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
