// The details of the selected node: properties, placement, reports, neighbours by relationship type, actions.
import { useMemo, useState } from 'react';
import { fetchNode } from '../api/client.ts';
import { useRemote } from '../api/use-remote.ts';
import { useStore } from '../state/create-store.ts';
import { selectionStore, selectEdge, clearSelection } from '../state/selection-store.ts';
import { graphStore } from '../state/graph-store.ts';
import { expandNode, collapseNode, hideNode, focusOn, explorationStore } from '../state/exploration-store.ts';
import { revealNode } from '../state/actions.ts';
import { showPathTo } from '../controllers/EventsController.tsx';
import { useT } from '../i18n/use-t.ts';
import { LABEL_COLOURS } from '../graph/appearance.ts';
import type { NodeDetails, Neighbour } from '../../../schema/index.ts';

/** Attributes worth showing as properties (identity and derived analytics are shown elsewhere or not at all). */
const HIDDEN_PROPS = new Set(['label', 'name', 'aliases', 'docs', 'x', 'y', 'chainX', 'chainY', 'community', 'component', 'weightedDegree', 'betweenness']);

function Properties({ d }: { d: NodeDetails }) {
  const { t, term } = useT();
  const rows = Object.entries(d.attributes).filter(([k, v]) => !HIDDEN_PROPS.has(k) && v !== undefined && v !== '');
  return (
    <table className="props">
      <tbody>
        {d.attributes.aliases.length > 0 && <tr><th>{term('aliases')}</th><td>{d.attributes.aliases.join('、')}</td></tr>}
        {d.tiers.length > 0 && <tr><th>{t('tier')}</th><td>{d.tiers.map((x) => x.name).join('、')}</td></tr>}
        {d.layers.length > 0 && <tr><th>{t('layer')}</th><td>{d.layers.map((x) => x.name).join('、')}</td></tr>}
        {d.regions.length > 0 && <tr><th>{t('region')}</th><td>{d.regions.map((x) => x.name).join('、')}</td></tr>}
        {rows.map(([k, v]) => <tr key={k}><th>{term(k)}</th><td>{typeof v === 'number' ? Number(v.toPrecision(4)) : String(v)}</td></tr>)}
        <tr><th>{t('reports')}</th><td>{d.reports.length}</td></tr>
      </tbody>
    </table>
  );
}

function NeighbourGroups({ neighbours }: { neighbours: Neighbour[] }) {
  const { term } = useT();
  const groups = useMemo(() => {
    const m = new Map<string, Neighbour[]>();
    for (const n of neighbours) m.set(`${n.type}|${n.direction}`, [...(m.get(`${n.type}|${n.direction}`) ?? []), n]);
    return [...m.entries()].sort((a, b) => b[1].length - a[1].length);
  }, [neighbours]);
  return (
    <div className="neighbours">
      {groups.map(([key, list]) => {
        const [type, dir] = key.split('|');
        return (
          <section key={key} data-testid="neighbour-group" data-type={type}>
            <h4>{dir === 'out' ? '→' : '←'} {term(type)} <small>{term(type) !== type && `${type} · `}{list.length}</small></h4>
            <ul>
              {list.map((n) => (
                <li key={n.edge}>
                  <span className="dot" style={{ background: LABEL_COLOURS[n.node.label] }} />
                  <button type="button" className="link" onClick={() => revealNode(n.node.id)}>{n.node.name}</button>
                  <button type="button" className="mini" title="evidence" onClick={() => selectEdge(n.edge)}>¶</button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function Actions({ id }: { id: string }) {
  const { t } = useT();
  const [hops, setHops] = useState(1);
  const scoped = useStore(explorationStore, (s) => s.scope !== null);
  const pathFrom = useStore(selectionStore, (s) => s.pathFrom);
  const graph = useStore(graphStore, (s) => s.graph);
  return (
    <div className="actions">
      <span className="group">
        <button type="button" onClick={() => focusOn(id, hops)}>{t('focus')}</button>
        <select value={hops} onChange={(e) => setHops(Number(e.target.value))} aria-label={t('hops')}>
          {[1, 2, 3].map((n) => <option key={n} value={n}>{n} {t('hops')}</option>)}
        </select>
      </span>
      <button type="button" disabled={!scoped} onClick={() => expandNode(id)}>{t('expand')}</button>
      <button type="button" onClick={() => collapseNode(id)}>{t('collapse')}</button>
      <button type="button" onClick={() => { hideNode(id); clearSelection(); }}>{t('hide')}</button>
      <button type="button" onClick={() => selectionStore.set({ pathFrom: id, path: null })}>{t('pathFrom')}</button>
      {pathFrom && pathFrom !== id && graph && <button type="button" onClick={() => showPathTo(graph, id)}>{t('pathTo')}</button>}
    </div>
  );
}

export function DetailsPanel() {
  const { t, term } = useT();
  const node = useStore(selectionStore, (s) => s.node);
  const remote = useRemote(node, fetchNode);
  if (!node) return null;
  return (
    <aside className="panel details" data-testid="details-panel" aria-label={t('details')}>
      <button type="button" className="close" onClick={clearSelection} aria-label={t('close')}>×</button>
      {remote.state === 'loading' && <p className="muted">{t('loading')}</p>}
      {remote.state === 'error' && <p className="error">{remote.message}</p>}
      {remote.state === 'ready' && (
        <>
          <h2><span className="dot" style={{ background: LABEL_COLOURS[remote.data.attributes.label] }} />{remote.data.attributes.name}</h2>
          <p className="badge">{term(remote.data.attributes.label)}</p>
          <Actions id={node} />
          <h3>{t('properties')}</h3>
          <Properties d={remote.data} />
          {remote.data.reports.length > 0 && (
            <>
              <h3>{t('mentionedIn')}</h3>
              <ul className="reports">{remote.data.reports.map((r) => <li key={r.doc} title={r.doc}>{r.title}{r.date ? ` (${r.date})` : ''}</li>)}</ul>
            </>
          )}
          <h3>{t('neighbours')} <small>{remote.data.neighbours.length}</small></h3>
          <NeighbourGroups neighbours={remote.data.neighbours} />
        </>
      )}
    </aside>
  );
}
