// The report writers' export panel: PNG 1×/2×/4× or SVG of the visible view, and subgraph files.
import { useState } from 'react';
import { exportPng, exportSvg, exportSubgraph, type ExportChoices } from '../export/export-view.ts';
import { useT } from '../i18n/use-t.ts';

export function ExportPanel() {
  const { t } = useT();
  const [choices, setChoices] = useState<ExportChoices>({ title: '', legend: true, source: true });
  const [scale, setScale] = useState(2);
  const [error, setError] = useState<string | null>(null);
  const guard = (fn: () => unknown) => async () => {
    setError(null);
    try { await fn(); } catch (e) { setError((e as Error).message); }
  };
  return (
    <div className="export" data-testid="export-panel">
      <label>{t('exportTitle')} <input data-testid="export-title" value={choices.title} onChange={(e) => setChoices({ ...choices, title: e.target.value })} /></label>
      <label><input type="checkbox" checked={choices.legend} onChange={(e) => setChoices({ ...choices, legend: e.target.checked })} /> {t('exportLegend')}</label>
      <label><input type="checkbox" checked={choices.source} onChange={(e) => setChoices({ ...choices, source: e.target.checked })} /> {t('exportSource')}</label>
      <label>{t('exportScale')}
        <select data-testid="export-scale" value={scale} onChange={(e) => setScale(Number(e.target.value))}>
          {[1, 2, 4].map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </label>
      <div className="row">
        <button type="button" className="primary" data-testid="export-png" onClick={guard(() => exportPng(choices, scale))}>{t('exportPng')}</button>
        <button type="button" className="primary" data-testid="export-svg" onClick={guard(() => exportSvg(choices))}>{t('exportSvg')}</button>
      </div>
      <h3>{t('exportSubgraph')}</h3>
      <div className="row">
        <button type="button" data-testid="export-json" onClick={guard(() => exportSubgraph('json'))}>JSON</button>
        <button type="button" data-testid="export-gexf" onClick={guard(() => exportSubgraph('gexf'))}>GEXF</button>
        <button type="button" data-testid="export-csv" onClick={guard(() => exportSubgraph('csv'))}>CSV</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
