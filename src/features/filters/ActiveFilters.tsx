import { useShallow } from 'zustand/react/shallow';
import { isFiltering } from '../../lib/filter-state';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_LABELS } from '../../lib/categories';
import { countryName, ROLE_OPTION_LABELS } from '../../lib/filter-labels';

/** The filters in force, each removable with one press, and "Clear all filters". */
export function ActiveFilters() {
  const { filters, setFilters, clearFilters, toggleCategory } = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      setFilters: s.setFilters,
      clearFilters: s.clearFilters,
      toggleCategory: s.toggleCategory,
    })),
  );
  if (!isFiltering(filters)) return null;
  const chips: Array<{ key: string; label: string; remove: () => void }> = [
    ...filters.categories.map((c) => ({
      key: `c:${c}`,
      label: CATEGORY_LABELS[c],
      remove: () => toggleCategory(c),
    })),
    ...filters.actors.map((a) => ({
      key: `a:${a}`,
      label: a,
      remove: () => setFilters({ actors: filters.actors.filter((x) => x !== a) }),
    })),
    ...(filters.role === 'any'
      ? []
      : [{ key: 'r', label: ROLE_OPTION_LABELS[filters.role], remove: () => setFilters({ role: 'any' }) }]),
    ...filters.countries.map((c) => ({
      key: `n:${c}`,
      label: countryName(c),
      remove: () => setFilters({ countries: filters.countries.filter((x) => x !== c) }),
    })),
    ...(filters.search.trim() === ''
      ? []
      : [{ key: 'q', label: `“${filters.search.trim()}”`, remove: () => setFilters({ search: '' }) }]),
  ];
  return (
    <div className="active-filters" role="group" aria-label="Filters in force">
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              onClick={chip.remove}
              aria-label={`Remove filter: ${chip.label}`}
            >
              <span className="chip-text">{chip.label}</span> <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters}>
        Clear all filters
      </button>
    </div>
  );
}
