// The left panel: filters and legend, the Cypher console, export — one at a time.
import { lazy, Suspense } from 'react';
import { useStore } from '../state/create-store.ts';
import { viewStore, type ViewState } from '../state/view-store.ts';
import { useT } from '../i18n/use-t.ts';
import { FiltersPanel } from './FiltersPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import type { MessageKey } from '../i18n/dictionary.ts';

/** The console pulls in the Cypher language support (large); load it only when opened. */
const CypherConsole = lazy(() => import('./CypherConsole.tsx').then((m) => ({ default: m.CypherConsole })));

const TABS: { id: ViewState['panel']; label: MessageKey }[] = [
  { id: 'filters', label: 'filters' }, { id: 'cypher', label: 'cypher' }, { id: 'export', label: 'export' },
];

export function SidePanel() {
  const { t } = useT();
  const panel = useStore(viewStore, (s) => s.panel);
  return (
    <nav className="side">
      <div className="tabs" role="tablist">
        {TABS.map((tab) => (
          <button key={tab.id} type="button" role="tab" data-testid={`tab-${tab.id}`} aria-selected={panel === tab.id} onClick={() => viewStore.set({ panel: tab.id })}>{t(tab.label)}</button>
        ))}
      </div>
      <div className="tab-body">
        {panel === 'filters' && <FiltersPanel />}
        {panel === 'cypher' && <Suspense fallback={<p className="muted">{t('loading')}</p>}><CypherConsole /></Suspense>}
        {panel === 'export' && <ExportPanel />}
      </div>
    </nav>
  );
}
