import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { lazyPart } from '../../components/lazy-part';
import { useShallow } from 'zustand/react/shallow';
import { isFiltering, type Filters } from '../../lib/filter-state';
import { appStore, useAppStore } from '../../store/app-store';
import { selectEngine, selectFilterIndex } from '../../store/selectors';

/** The options load when the panel is first opened. */
const FilterOptions = lazyPart(() => import('./FilterOptions').then((m) => m.FilterOptions));

function activeCount(f: Filters): number {
  return f.categories.length + f.actors.length + (f.role === 'any' ? 0 : 1) + f.countries.length;
}

/**
 * Category, actor (and role) and country filters. Each option shows how many
 * events in the time window it would give; options with none stay, marked empty.
 */
export function FilterPanel() {
  const { t } = useLingui();
  const [open, setOpen] = useState(() => {
    const { filters } = appStore.getState();
    return isFiltering(filters) && filters.search === '';
  });
  const { filters, engine, index, setFilters, toggleCategory, clearFilters } = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      engine: selectEngine(s),
      // Built when the panel is first opened (or a filter needs it), not as the page opens.
      index: open ? selectFilterIndex(s) : null,
      setFilters: s.setFilters,
      toggleCategory: s.toggleCategory,
      clearFilters: s.clearFilters,
    })),
  );
  const active = activeCount(filters);
  return (
    <details className="filter-panel" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t({ comment: 'Heading of the panel of filters (category, actor, country)', message: 'Filters' })}
        {active > 0 && (
          <span className="filter-badge">
            {' '}
            {t({
              comment: 'After “Filters”: how many filters are in force',
              message: plural(active, { one: '(# active)', other: '(# active)' }),
            })}
          </span>
        )}
      </summary>
      {open && engine && index && (
        <FilterOptions
          pending={<p className="muted">{t`Loading the filters…`}</p>}
          filters={filters}
          actors={engine.actorNames(index)}
          countries={engine.countryCodes(index)}
          onChange={setFilters}
          onToggleCategory={toggleCategory}
        />
      )}
      <button type="button" className="button" onClick={clearFilters} disabled={!isFiltering(filters)}>
        <Trans>Clear all filters</Trans>
      </button>
    </details>
  );
}
