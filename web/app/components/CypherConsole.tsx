// The analysts' console: a CodeMirror Cypher editor, run, results as table and on the canvas, CSV, history.
import { useMemo } from 'react';
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { EditorView } from '@codemirror/view';
import { useStore } from '../state/create-store.ts';
import { cypherStore, runConsoleQuery, clearResultOverlay, MAX_DRAWN_RESULT_NODES } from '../state/cypher-store.ts';
import { toCsv } from '../export/csv.ts';
import { downloadText } from '../export/download.ts';
import { useT } from '../i18n/use-t.ts';
import { ResultsTable } from './ResultsTable.tsx';
import { QueryLibrary } from './QueryLibrary.tsx';

export function CypherConsole() {
  const { t } = useT();
  const { query, running, result, error, history, drawn, runs } = useStore(cypherStore, (s) => s);
  const extensions = useMemo(() => [EditorView.lineWrapping, EditorView.contentAttributes.of({ 'data-testid': 'cypher-input', 'aria-label': 'Cypher' })], []);
  return (
    <div className="cypher" data-testid="cypher-console" data-runs={runs}>
      <div className="editor" onKeyDownCapture={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void runConsoleQuery(); } }}>
        <CypherEditor value={query} onValueChanged={(v: string) => cypherStore.set({ query: v })} preExtensions={extensions} lineNumbers={false} autocomplete={false} lint={false} theme="light" />
      </div>
      <div className="row">
        <button type="button" className="primary" data-testid="cypher-run" disabled={running || !query.trim()} onClick={() => void runConsoleQuery()}>{running ? t('running') : t('run')}</button>
        {history.length > 0 && (
          <select aria-label={t('history')} value="" onChange={(e) => e.target.value && cypherStore.set({ query: e.target.value })} data-testid="cypher-history">
            <option value="">{t('history')} ({history.length})</option>
            {history.map((h) => <option key={h} value={h}>{h.length > 70 ? `${h.slice(0, 70)}…` : h}</option>)}
          </select>
        )}
        {result && result.rows.length > 0 && (
          <button type="button" data-testid="cypher-csv" onClick={() => downloadText(toCsv(result.columns, result.rows), 'tupu-query.csv', 'text/csv;charset=utf-8')}>{t('downloadCsv')}</button>
        )}
      </div>
      {error && <p className="error" data-testid="cypher-error" role="alert"><strong>{error.code}</strong> {error.message}</p>}
      {result && (
        <div className="result-meta" data-testid="cypher-meta">
          {t('rows', { n: result.rows.length })} · {result.ms} ms
          {result.truncated && <p className="warn" data-testid="cypher-truncated">{t('truncated', { n: result.rowLimit })}</p>}
          {drawn && 'tooLarge' in drawn && <p className="warn" data-testid="cypher-too-large">{t('tooLargeToDraw', { n: drawn.tooLarge, max: MAX_DRAWN_RESULT_NODES })}</p>}
          {drawn && 'nodes' in drawn && <p>{t('drawnOnCanvas', { n: drawn.nodes })} <button type="button" className="mini" onClick={clearResultOverlay}>{t('clearResult')}</button></p>}
        </div>
      )}
      {result && (result.rows.length ? <ResultsTable result={result} /> : <p className="muted" data-testid="cypher-results">{t('noRows')}</p>)}
      <QueryLibrary />
    </div>
  );
}
