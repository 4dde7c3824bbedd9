// Filters: relationship types, tier, chain layer, region, report, minimum confidence, release-date range.
import { useStore } from '../state/create-store.ts';
import { graphStore } from '../state/graph-store.ts';
import { filterStore, toggleFilterValue, resetFilters } from '../state/filter-store.ts';
import { DEFAULT_FILTERS } from '../graph/visibility.ts';
import { CHAIN_LAYERS, TIERS, type TierCode } from '../../../schema/index.ts';
import { useT } from '../i18n/use-t.ts';
import { Legend } from './Legend.tsx';

type ListKey = 'hiddenRelTypes' | 'tiers' | 'layers' | 'regions' | 'docs';

function CheckList({ title, keyName, values, name, inverted = false }: { title: string; keyName: ListKey; values: string[]; name: (v: string) => string; inverted?: boolean }) {
  const selected = useStore(filterStore, (s) => s[keyName]);
  if (values.length === 0) return null;
  return (
    <details className="checklist" open={selected.length > 0 || inverted}>
      <summary>{title} {selected.length > 0 && <small>({selected.length})</small>}</summary>
      <ul>
        {values.map((v) => (
          <li key={v}>
            <label>
              <input type="checkbox" checked={inverted ? !selected.includes(v) : selected.includes(v)} onChange={() => toggleFilterValue(keyName, v)} />
              {name(v)}
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function FiltersPanel() {
  const { t, term, lang } = useT();
  const facets = useStore(graphStore, (s) => s.facets);
  const graph = useStore(graphStore, (s) => s.graph);
  const filters = useStore(filterStore, (s) => s);
  if (!facets) return null;
  const layerName = (code: string) => {
    const l = CHAIN_LAYERS.find((x) => x.code === code);
    return l ? (lang === 'zh' ? l.name : l.nameEn) : code;
  };
  const tierName = (code: string) => (code in TIERS ? `${code} ${lang === 'zh' ? TIERS[code as TierCode].name : TIERS[code as TierCode].nameEn}` : code);
  const docName = (doc: string) => (graph?.hasNode(`Document:${doc}`) ? graph.getNodeAttribute(`Document:${doc}`, 'title') ?? doc : doc);
  return (
    <div className="filters" data-testid="filters">
      <Legend />
      <h3>{t('filters')} {JSON.stringify(filters) !== JSON.stringify(DEFAULT_FILTERS) && <button type="button" className="mini" onClick={resetFilters}>{t('resetFilters')}</button>}</h3>
      <CheckList title={t('relTypes')} keyName="hiddenRelTypes" values={facets.values.relTypes} name={(v) => (term(v) === v ? v : `${term(v)} · ${v}`)} inverted />
      <CheckList title={t('tier')} keyName="tiers" values={facets.values.tiers} name={tierName} />
      <CheckList title={t('layer')} keyName="layers" values={facets.values.layers} name={layerName} />
      <CheckList title={t('region')} keyName="regions" values={facets.values.regions} name={(v) => v} />
      <CheckList title={t('reports')} keyName="docs" values={facets.values.docs} name={docName} />
      <label className="range">
        {t('minConfidence')} <output>{filters.minConfidence.toFixed(2)}</output>
        <input type="range" min={0} max={1} step={0.05} value={filters.minConfidence} data-testid="min-confidence" onChange={(e) => filterStore.set({ minConfidence: Number(e.target.value) })} />
      </label>
      {facets.dateRange && (
        <fieldset className="dates">
          <legend>{t('releaseDate')} <small>{facets.dateRange[0]} – {facets.dateRange[1]}</small></legend>
          <label>{t('from')} <input type="month" value={filters.dateFrom} onChange={(e) => filterStore.set({ dateFrom: e.target.value })} /></label>
          <label>{t('to')} <input type="month" value={filters.dateTo} onChange={(e) => filterStore.set({ dateTo: e.target.value })} /></label>
        </fieldset>
      )}
    </div>
  );
}
