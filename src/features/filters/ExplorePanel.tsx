import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { isFiltering } from '../../lib/filter-state';
import { useAppStore } from '../../store/app-store';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';
import './filters.css';

const ActiveFilters = lazy(() => import('./ActiveFilters').then((m) => ({ default: m.ActiveFilters })));

/** Search and filters, above the event list; the filters in force once there are any. */
export function ExplorePanel() {
  const { t } = useLingui();
  const filtering = useAppStore((s) => isFiltering(s.filters));
  return (
    <section className="explore" aria-label={t`Search and filters`}>
      <SearchBox />
      {filtering && (
        <Suspense fallback={null}>
          <ActiveFilters />
        </Suspense>
      )}
      <FilterPanel />
    </section>
  );
}
