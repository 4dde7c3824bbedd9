// Messages over the canvas: loading, load errors (with a token prompt on 401), empty graph, nothing visible, path.
import { useState } from 'react';
import { useStore } from '../state/create-store.ts';
import { graphStore, loadGraph } from '../state/graph-store.ts';
import { selectionStore } from '../state/selection-store.ts';
import { resetFilters } from '../state/filter-store.ts';
import { showEverything } from '../state/exploration-store.ts';
import { useVisible } from '../state/derived.ts';
import { setToken } from '../api/client.ts';
import { useT } from '../i18n/use-t.ts';

function TokenPrompt() {
  const { t } = useT();
  const [value, setValue] = useState('');
  return (
    <form className="token" onSubmit={(e) => { e.preventDefault(); setToken(value.trim()); void loadGraph(); }}>
      <p>{t('tokenNeeded')}</p>
      <input type="password" value={value} onChange={(e) => setValue(e.target.value)} aria-label="token" autoComplete="off" />
      <button type="submit">{t('tokenSubmit')}</button>
    </form>
  );
}

export function StatusNotes() {
  const { t } = useT();
  const { status, error, graph } = useStore(graphStore, (s) => s);
  const path = useStore(selectionStore, (s) => s.path);
  const visible = useVisible();
  if (status === 'loading') return <div className="status" data-testid="status-loading"><span className="spinner" />{t('loading')}</div>;
  if (status === 'error') {
    return (
      <div className="status error" data-testid="status-error" role="alert">
        <strong>{t('loadFailed')}</strong>
        <p>{error?.message} <small>[{error?.code}]</small></p>
        {error?.code === 'UNAUTHORIZED' ? <TokenPrompt /> : <button type="button" onClick={() => void loadGraph()}>{t('retry')}</button>}
      </div>
    );
  }
  if (graph && graph.order === 0) return <div className="status" data-testid="status-empty">{t('emptyGraph')}</div>;
  return (
    <>
      {visible && visible.nodes.size === 0 && (
        <div className="status" data-testid="status-nothing-visible">
          {t('nothingVisible')} <button type="button" onClick={() => { resetFilters(); showEverything(); }}>{t('resetFilters')}</button>
        </div>
      )}
      {path && (
        <div className="note" data-testid="path-note">
          {path.nodes.length ? t('pathLength', { n: path.nodes.length - 1 }) : t('noPath')}
          <button type="button" className="mini" onClick={() => selectionStore.set({ path: null, pathFrom: null })}>{t('clearPath')}</button>
        </div>
      )}
    </>
  );
}
