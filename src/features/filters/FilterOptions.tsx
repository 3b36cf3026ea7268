import { plural } from '@lingui/core/macro';
import { Plural, useLingui } from '@lingui/react/macro';
import { useMemo, useState } from 'react';
import type { Filters } from '../../lib/filter-state';
import { categoryColor } from '../../lib/marker-scales';
import { ACTOR_ROLES, CATEGORIES, type ActorRole } from '../../lib/vocabulary';
import { CATEGORY_LABELS } from '../../lib/categories';
import { countryName, ROLE_OPTION_LABELS } from '../../lib/filter-labels';
import { useFacets } from '../../hooks/use-facets';

/** Actors listed before "Show all actors". */
const FIRST_ACTORS = 12;

export interface OptionsProps {
  filters: Filters;
  actors: readonly string[];
  countries: readonly string[];
  onChange: (change: Partial<Filters>) => void;
  onToggleCategory: (category: (typeof CATEGORIES)[number]) => void;
}

export function FilterOptions({ filters, actors, countries, onChange, onToggleCategory }: OptionsProps) {
  const { t, i18n } = useLingui();
  const facets = useFacets();
  const [allActors, setAllActors] = useState(false);
  const [actorQuery, setActorQuery] = useState('');
  const byName = useMemo(
    // Country names in the reader's language, in its alphabetical order.
    () => [...countries].sort((a, b) => countryName(a).localeCompare(countryName(b), i18n.locale)),
    [countries, i18n.locale],
  );
  const toggle = (list: readonly string[], item: string) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  const query = actorQuery.trim().toLocaleLowerCase('en');
  const matching = query ? actors.filter((a) => a.toLocaleLowerCase('en').includes(query)) : actors;
  const actorCount = actors.length;
  const shownActors =
    allActors || query
      ? matching
      : [
          ...matching.slice(0, FIRST_ACTORS),
          ...filters.actors.filter((a) => !matching.slice(0, FIRST_ACTORS).includes(a)),
        ];

  return (
    <div className="filter-options">
      <fieldset>
        <legend>{t({ comment: 'Heading of the filter by the kind of event', message: 'Category' })}</legend>
        {CATEGORIES.map((c) => (
          <Option
            key={c}
            label={i18n._(CATEGORY_LABELS[c])}
            count={facets?.categories.get(c) ?? 0}
            checked={filters.categories.includes(c)}
            onChange={() => onToggleCategory(c)}
            swatch={categoryColor(c)}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>
          {t({
            comment:
              'Heading of the filter by the groups, forces or people involved in events (not a performer)',
            message: 'Actor',
          })}
        </legend>
        <div className="role-options" role="radiogroup" aria-label={t`Actor's role`}>
          {(['any', ...ACTOR_ROLES] as Array<ActorRole | 'any'>).map((r) => (
            <label key={r} className="option">
              <input
                type="radio"
                name="actor-role"
                checked={filters.role === r}
                onChange={() => onChange({ role: r })}
              />
              <span>{i18n._(ROLE_OPTION_LABELS[r])}</span>
              {r !== 'any' && <Count n={facets?.roles.get(r) ?? 0} />}
            </label>
          ))}
        </div>
        {actors.length > FIRST_ACTORS && (
          <label className="find-actor">
            <span>{t`Find an actor`}</span>
            <input type="search" value={actorQuery} onChange={(e) => setActorQuery(e.target.value)} />
          </label>
        )}
        {shownActors.map((a) => (
          <Option
            key={a}
            label={a}
            count={facets?.actors.get(a) ?? 0}
            checked={filters.actors.includes(a)}
            onChange={() => onChange({ actors: toggle(filters.actors, a) })}
          />
        ))}
        {!allActors && !query && actors.length > FIRST_ACTORS && (
          <button type="button" className="link-button" onClick={() => setAllActors(true)}>
            <Plural value={actorCount} one="Show all # actor" other="Show all # actors" />
          </button>
        )}
      </fieldset>
      <fieldset>
        <legend>{t({ comment: 'Heading of the filter by country', message: 'Country' })}</legend>
        {byName.map((c) => (
          <Option
            key={c}
            label={countryName(c)}
            count={facets?.countries.get(c) ?? 0}
            checked={filters.countries.includes(c)}
            onChange={() => onChange({ countries: toggle(filters.countries, c) })}
          />
        ))}
      </fieldset>
    </div>
  );
}

function Option(props: {
  label: string;
  count: number;
  checked: boolean;
  onChange: () => void;
  swatch?: string;
}) {
  return (
    <label className={props.count === 0 ? 'option is-empty' : 'option'}>
      <input type="checkbox" checked={props.checked} onChange={props.onChange} />
      {props.swatch && <span className="swatch" style={{ background: props.swatch }} aria-hidden="true" />}
      <span>{props.label}</span>
      <Count n={props.count} />
    </label>
  );
}

function Count({ n }: { n: number }) {
  const { t, i18n } = useLingui();
  return (
    <span className="option-count">
      {i18n.number(n)}
      <span className="visually-hidden">
        {' '}
        {t({
          comment:
            'Read by screen readers right after the number shown beside a filter option; the number itself is not part of this text',
          message: plural(n, { one: 'event in the time window', other: 'events in the time window' }),
        })}
      </span>
    </span>
  );
}
