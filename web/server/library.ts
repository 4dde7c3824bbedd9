// The query library as the API lists it: graph/queries/ entries in the dialect of the store being served.
import { loadQueryLibrary } from '../../graph/queries/index.ts';
import type { StoreTarget } from '../../graph/index.ts';
import type { LibraryQuery } from './query-library.ts';

/** The saved queries to offer for one store target. */
export function loadLibraryQueries(target: StoreTarget): LibraryQuery[] {
  return loadQueryLibrary().map((q) => ({
    name: q.id,
    title: q.title,
    description: q.purpose,
    cypher: q.cypher[target],
    params: q.parameters.map((p) => ({ name: p.name, type: p.type, default: p.default, description: p.description })),
  }));
}
