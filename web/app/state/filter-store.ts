// The filter panel's state.
import { createStore } from './create-store.ts';
import { DEFAULT_FILTERS, type Filters } from '../graph/visibility.ts';

export const filterStore = createStore<Filters>({ ...DEFAULT_FILTERS });

/** Adds or removes one value of a list-valued filter. */
export function toggleFilterValue(key: 'hiddenLabels' | 'hiddenRelTypes' | 'tiers' | 'layers' | 'regions' | 'docs', value: string): void {
  filterStore.set((f) => ({ [key]: f[key].includes(value) ? f[key].filter((v) => v !== value) : [...f[key], value] }));
}

export const resetFilters = (): void => filterStore.set({ ...DEFAULT_FILTERS });
