// The view as a URL query: selection, filters, layout, colouring, language, focus and camera.
import { DEFAULT_FILTERS, type Filters } from '../graph/visibility.ts';
import type { Lang } from '../i18n/dictionary.ts';
import type { LayoutMode } from './view-store.ts';
import type { ColourMode } from '../graph/appearance.ts';

/** Everything a shared link restores. */
export interface ViewSnapshot {
  node: string | null;
  edge: string | null;
  lang: Lang;
  layout: LayoutMode;
  colourBy: ColourMode;
  filters: Filters;
  hidden: string[];
  focus: { id: string; hops: number } | null;
  camera: { x: number; y: number; ratio: number } | null;
}

const LISTS = { hiddenLabels: 'hl', hiddenRelTypes: 'ht', tiers: 'tier', layers: 'layer', regions: 'region', docs: 'doc' } as const;
/** Marks a list filter that is empty where the default is not. */
const EMPTY = '-';
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function encodeView(v: ViewSnapshot): string {
  const p = new URLSearchParams();
  if (v.node) p.set('sel', v.node);
  if (v.edge) p.set('edge', v.edge);
  if (v.lang !== 'zh') p.set('lang', v.lang);
  if (v.layout !== 'force') p.set('layout', v.layout);
  if (v.colourBy !== 'label') p.set('colour', v.colourBy);
  for (const [key, param] of Object.entries(LISTS)) {
    const values = v.filters[key as keyof typeof LISTS];
    if (sameList(values, DEFAULT_FILTERS[key as keyof typeof LISTS])) continue;
    if (values.length === 0) p.set(param, EMPTY);
    for (const value of values) p.append(param, value);
  }
  if (v.filters.minConfidence > 0) p.set('conf', String(v.filters.minConfidence));
  if (v.filters.dateFrom) p.set('from', v.filters.dateFrom);
  if (v.filters.dateTo) p.set('to', v.filters.dateTo);
  for (const id of v.hidden) p.append('hide', id);
  if (v.focus) { p.set('focus', v.focus.id); p.set('hops', String(v.focus.hops)); }
  if (v.camera) p.set('cam', [v.camera.x, v.camera.y, v.camera.ratio].map(round).join(','));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function decodeView(search: string): ViewSnapshot {
  const p = new URLSearchParams(search);
  const filters: Filters = { ...DEFAULT_FILTERS };
  for (const [key, param] of Object.entries(LISTS)) {
    const values = p.getAll(param);
    if (values.length) filters[key as keyof typeof LISTS] = values.filter((x) => x !== EMPTY);
  }
  const conf = Number(p.get('conf'));
  if (conf > 0 && conf <= 1) filters.minConfidence = conf;
  filters.dateFrom = p.get('from') ?? '';
  filters.dateTo = p.get('to') ?? '';
  const cam = (p.get('cam') ?? '').split(',').map(Number);
  const hops = Number(p.get('hops') ?? 1);
  return {
    node: p.get('sel'),
    edge: p.get('edge'),
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
    layout: p.get('layout') === 'chain' ? 'chain' : 'force',
    colourBy: p.get('colour') === 'community' ? 'community' : 'label',
    filters,
    hidden: p.getAll('hide'),
    focus: p.get('focus') ? { id: p.get('focus')!, hops: Number.isInteger(hops) && hops >= 0 && hops <= 5 ? hops : 1 } : null,
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? { x: cam[0], y: cam[1], ratio: cam[2] } : null,
  };
}
