// The evidence of the selected relationship: its sentences with both entity names highlighted, report named.
import { fetchEvidence } from '../api/client.ts';
import { useRemote } from '../api/use-remote.ts';
import { useStore } from '../state/create-store.ts';
import { selectionStore, selectEdge } from '../state/selection-store.ts';
import { graphStore } from '../state/graph-store.ts';
import { useT } from '../i18n/use-t.ts';
import { Highlighted } from './Highlighted.tsx';

export function EvidencePanel() {
  const { t, term } = useT();
  const edge = useStore(selectionStore, (s) => s.edge);
  const graph = useStore(graphStore, (s) => s.graph);
  const remote = useRemote(edge, fetchEvidence);
  if (!edge) return null;
  const names = (id: string) => (graph?.hasNode(id) ? [graph.getNodeAttribute(id, 'name'), ...graph.getNodeAttribute(id, 'aliases')] : []);
  return (
    <aside className="panel evidence" data-testid="evidence" aria-label={t('evidence')}>
      <button type="button" className="close" onClick={() => selectEdge(null)} aria-label={t('close')}>×</button>
      {remote.state === 'loading' && <p className="muted">{t('loading')}</p>}
      {remote.state === 'error' && <p className="error">{remote.message}</p>}
      {remote.state === 'ready' && (
        <>
          <h3>{t('evidence')}</h3>
          <p className="relation">
            <mark>{remote.data.source.name}</mark> <span className="rel">—{term(remote.data.type)}→</span> <mark>{remote.data.target.name}</mark>
          </p>
          <p className="muted">{t('confidence')} {remote.data.confidence.toFixed(2)} · {t('method')} {remote.data.method}</p>
          <ol className="sentences">
            {remote.data.evidence.map((e, i) => (
              <li key={i}>
                <blockquote><Highlighted text={e.sentence} terms={[...names(remote.data.source.id), ...names(remote.data.target.id)]} /></blockquote>
                <cite>{t('source')}：{e.title} <small>({e.doc} · {e.start}–{e.end})</small></cite>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
