import { ActiveFilters } from './ActiveFilters';
import { FilterPanel } from './FilterPanel';
import { SearchBox } from './SearchBox';

/** Search and filters, above the event list. */
export function ExplorePanel() {
  return (
    <section className="explore" aria-label="Search and filters">
      <SearchBox />
      <ActiveFilters />
      <FilterPanel />
    </section>
  );
}
