import { Trans, useLingui } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { isFiltering } from '../../lib/filter-state';
import { useAppStore } from '../../store/app-store';
import { CATEGORY_LABELS } from '../../lib/categories';
import { countryName, ROLE_OPTION_LABELS } from '../../lib/filter-labels';

/** The filters in force, each removable with one press, and "Clear all filters". */
export function ActiveFilters() {
  const { t, i18n } = useLingui();
  const { filters, setFilters, clearFilters, toggleCategory } = useAppStore(
    useShallow((s) => ({
      filters: s.filters,
      setFilters: s.setFilters,
      clearFilters: s.clearFilters,
      toggleCategory: s.toggleCategory,
    })),
  );
  if (!isFiltering(filters)) return null;
  const query = filters.search.trim();
  const chips: Array<{ key: string; label: string; remove: () => void }> = [
    ...filters.categories.map((c) => ({
      key: `c:${c}`,
      label: i18n._(CATEGORY_LABELS[c]),
      remove: () => toggleCategory(c),
    })),
    ...filters.actors.map((a) => ({
      key: `a:${a}`,
      label: a,
      remove: () => setFilters({ actors: filters.actors.filter((x) => x !== a) }),
    })),
    ...(filters.role === 'any'
      ? []
      : [
          {
            key: 'r',
            label: i18n._(ROLE_OPTION_LABELS[filters.role]),
            remove: () => setFilters({ role: 'any' }),
          },
        ]),
    ...filters.countries.map((c) => ({
      key: `n:${c}`,
      label: countryName(c),
      remove: () => setFilters({ countries: filters.countries.filter((x) => x !== c) }),
    })),
    ...(query === ''
      ? []
      : [
          {
            key: 'q',
            label: t({
              comment: 'Chip for the search text in force; the quotation marks of the language',
              message: `“${query}”`,
            }),
            remove: () => setFilters({ search: '' }),
          },
        ]),
  ];
  return (
    <div
      className="active-filters"
      role="group"
      aria-label={t`Filters in force`}
      data-print-label={t({ comment: 'Printed before the list of filters in force', message: 'Filters:' })}
    >
      <ul>
        {chips.map(({ key, label, remove }) => (
          <li key={key}>
            <button type="button" className="chip" onClick={remove} aria-label={t`Remove filter: ${label}`}>
              <span className="chip-text">{label}</span> <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearFilters}>
        <Trans>Clear all filters</Trans>
      </button>
    </div>
  );
}
