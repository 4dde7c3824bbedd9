// The explorer's layout: header with search and toolbar, side panel, canvas, details and evidence.
import { useEffect } from 'react';
import { useStore } from './state/create-store.ts';
import { graphStore, loadGraph } from './state/graph-store.ts';
import { viewStore } from './state/view-store.ts';
import { escape } from './state/actions.ts';
import { isLargeGraph } from './controllers/sigma-settings.ts';
import { useT } from './i18n/use-t.ts';
import { SearchBox } from './components/SearchBox.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { GraphView } from './components/GraphView.tsx';
import { StatusNotes } from './components/StatusNotes.tsx';
import { DetailsPanel } from './components/DetailsPanel.tsx';
import { EvidencePanel } from './components/EvidencePanel.tsx';

export function App() {
  const { t } = useT();
  const graph = useStore(graphStore, (s) => s.graph);
  const lang = useStore(viewStore, (s) => s.lang);

  useEffect(() => { void loadGraph(); }, []);
  useEffect(() => { document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'; document.title = t('appTitle'); }, [lang, t]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"]')) { target.blur(); return; }
      escape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const large = graph && isLargeGraph(graph.order, graph.size);
  return (
    <div className="app">
      <header>
        <h1>{t('appTitle')}</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <main>
        <SidePanel />
        <section className="canvas-wrap" data-testid="canvas-wrap">
          {graph && graph.order > 0 && <GraphView graph={graph} />}
          <StatusNotes />
          <footer className="canvas-foot">
            {graph && <span data-testid="graph-counts">{graph.order} {t('nodes')} · {graph.size} {t('edges')}</span>}
            {large && <span> · {t('largeGraphNote')}</span>}
            <span className="hint"> · {t('shortcuts')}</span>
          </footer>
        </section>
        <div className="right">
          <EvidencePanel />
          <DetailsPanel />
        </div>
      </main>
    </div>
  );
}
