// The saved query library: one click to run, with a small form for each query's parameters.
import { useEffect, useState } from 'react';
import { fetchQueries } from '../api/client.ts';
import { runSavedQuery } from '../state/cypher-store.ts';
import type { LibraryQueryInfo } from '../../../schema/index.ts';
import { useT } from '../i18n/use-t.ts';

function SavedQuery({ q }: { q: LibraryQueryInfo }) {
  const { t } = useT();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(q.params.map((p) => [p.name, p.default === undefined ? '' : String(p.default)])));
  return (
    <li className="saved-query" data-testid="library-query" data-name={q.name}>
      <form onSubmit={(e) => { e.preventDefault(); void runSavedQuery(q.name, q.cypher, values); }}>
        <button type="submit" className="link" title={q.description}>{q.title}</button>
        {q.params.map((p) => (
          <label key={p.name} title={p.description}>
            {p.name}
            <input value={values[p.name] ?? ''} type={p.type === 'string' ? 'text' : 'number'} onChange={(e) => setValues({ ...values, [p.name]: e.target.value })} aria-label={`${t('params')} ${p.name}`} />
          </label>
        ))}
      </form>
    </li>
  );
}

export function QueryLibrary() {
  const { t } = useT();
  const [queries, setQueries] = useState<LibraryQueryInfo[]>([]);
  useEffect(() => { fetchQueries().then((r) => setQueries(r.queries)).catch(() => setQueries([])); }, []);
  if (queries.length === 0) return null;
  return (
    <details className="library" open>
      <summary>{t('library')} <small>{queries.length}</small></summary>
      <ul>{queries.map((q) => <SavedQuery key={q.name} q={q} />)}</ul>
    </details>
  );
}
