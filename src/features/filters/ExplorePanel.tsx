import { useLingui } from '@lingui/react/macro';
import { lazyPart } from '../../components/lazy-part';
import { isFiltering } from '../../lib/filter-state';
import { useAppStore } from '../../store/app-store';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';
import './filters.css';

const ActiveFilters = lazyPart(() => import('./ActiveFilters').then((m) => m.ActiveFilters));

/** Search and filters, above the event list; the filters in force once there are any. */
export function ExplorePanel() {
  const { t } = useLingui();
  const filtering = useAppStore((s) => isFiltering(s.filters));
  return (
    <section className="explore" aria-label={t`Search and filters`}>
      <SearchBox />
      {filtering && <ActiveFilters />}
      <FilterPanel />
    </section>
  );
}
