// Headless: restores the view from the URL once, then keeps the URL in step with the stores and camera.
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import { viewStore } from '../state/view-store.ts';
import { filterStore } from '../state/filter-store.ts';
import { selectionStore, selectNode, selectEdge } from '../state/selection-store.ts';
import { explorationStore, focusOn } from '../state/exploration-store.ts';
import { decodeView, encodeView } from '../state/url-state.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

export function UrlController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    const graph = sigma.getGraph();
    const v = decodeView(window.location.search);
    viewStore.set({ lang: v.lang, layout: v.layout, colourBy: v.colourBy });
    // Only what the link changes: a new filters object or hidden set would redraw the whole graph for nothing.
    if (JSON.stringify(v.filters) !== JSON.stringify(filterStore.get())) filterStore.set(v.filters);
    if (v.hidden.length) explorationStore.set({ hidden: new Set(v.hidden.filter((id) => graph.hasNode(id))) });
    if (v.focus) focusOn(v.focus.id, v.focus.hops);
    if (v.node && graph.hasNode(v.node)) selectNode(v.node, !v.camera);
    if (v.edge && graph.hasEdge(v.edge)) selectEdge(v.edge);
    if (v.camera) sigma.getCamera().setState(v.camera);

    let timer: number | undefined;
    const write = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const { lang, layout, colourBy } = viewStore.get();
        const { node, edge } = selectionStore.get();
        const x = explorationStore.get();
        const { x: cx, y: cy, ratio } = sigma.getCamera().getState();
        const query = encodeView({ node, edge, lang, layout, colourBy, filters: filterStore.get(), hidden: [...x.hidden], focus: x.focus, camera: { x: cx, y: cy, ratio } });
        window.history.replaceState(null, '', `${window.location.pathname}${query}`);
      }, 300);
    };
    const offs = [viewStore.subscribe(write), filterStore.subscribe(write), selectionStore.subscribe(write), explorationStore.subscribe(write)];
    sigma.getCamera().on('updated', write);
    return () => {
      window.clearTimeout(timer);
      offs.forEach((off) => off());
      sigma.getCamera().off('updated', write);
    };
  }, [sigma]);

  return null;
}
