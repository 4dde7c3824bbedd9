// The legend, which is also a filter: click a label (or community) to hide or show it.
import { useMemo } from 'react';
import { useStore } from '../state/create-store.ts';
import { graphStore } from '../state/graph-store.ts';
import { filterStore, toggleFilterValue } from '../state/filter-store.ts';
import { viewStore } from '../state/view-store.ts';
import { LABEL_COLOURS, communityColour } from '../graph/appearance.ts';
import { useT } from '../i18n/use-t.ts';

export function Legend() {
  const { t, term } = useT();
  const graph = useStore(graphStore, (s) => s.graph);
  const hidden = useStore(filterStore, (s) => s.hiddenLabels);
  const colourBy = useStore(viewStore, (s) => s.colourBy);
  const counts = useMemo(() => {
    const byLabel = new Map<string, number>();
    // Each community is named after its member with the highest PageRank, so "#7" says what it is about.
    const byCommunity = new Map<number, { n: number; top: string; rank: number }>();
    graph?.forEachNode((_, a) => {
      byLabel.set(a.label, (byLabel.get(a.label) ?? 0) + 1);
      if (a.community === undefined) return;
      const c = byCommunity.get(a.community) ?? { n: 0, top: a.name, rank: -1 };
      c.n++;
      if ((a.pagerank ?? 0) > c.rank) { c.top = a.name; c.rank = a.pagerank ?? 0; }
      byCommunity.set(a.community, c);
    });
    return { byLabel: [...byLabel].sort((a, b) => b[1] - a[1]), byCommunity: [...byCommunity].sort((a, b) => b[1].n - a[1].n).slice(0, 12) };
  }, [graph]);
  return (
    <section className="legend" data-testid="legend">
      <h3>{t('legend')}</h3>
      <ul>
        {counts.byLabel.map(([label, n]) => (
          <li key={label}>
            <button type="button" data-testid="legend-item" data-label={label} className={hidden.includes(label) ? 'off' : ''} aria-pressed={!hidden.includes(label)} onClick={() => toggleFilterValue('hiddenLabels', label)}>
              <span className="dot" style={{ background: colourBy === 'label' ? LABEL_COLOURS[label] : '#9aa0a6' }} />{term(label)} <small>{n}</small>
            </button>
          </li>
        ))}
      </ul>
      {colourBy === 'community' && (
        <ul className="communities">
          {counts.byCommunity.map(([c, { n, top }]) => (
            <li key={c} title={top}><span className="dot" style={{ background: communityColour(c) }} />#{c}<span className="top">{top}</span><small>{n}</small></li>
          ))}
        </ul>
      )}
    </section>
  );
}
