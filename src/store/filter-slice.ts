import type { StateCreator } from 'zustand';
import { NO_FILTERS, type Filters } from '../lib/filter-state';
import type { Category } from '../lib/vocabulary';
import type { AppState } from './app-store';

export interface FilterSlice {
  /** Category, actor, country and search filters, applied on top of the time window. */
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
  toggleCategory: (category: Category) => void;
  clearFilters: () => void;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setFilters: (change) => set({ filters: { ...get().filters, ...change } }),
  toggleCategory: (category) => {
    const { filters } = get();
    set({ filters: { ...filters, categories: toggled(filters.categories, category) } });
  },
  // The search is a filter too: clearing all clears it.
  clearFilters: () => set({ filters: NO_FILTERS }),
});
