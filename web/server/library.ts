// The query library as the server lists it, adapted from graph/queries/ once that lands.
import type { LibraryQuery } from './query-library.ts';

/** The saved queries to offer; empty until graph/queries/ provides its registry. */
export async function loadLibraryQueries(): Promise<LibraryQuery[]> {
  return [];
}
