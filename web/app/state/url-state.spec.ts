// A link must reopen exactly the view it was made from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeView, decodeView, type ViewSnapshot } from './url-state.ts';
import { NO_FILTERS, DEFAULT_FILTERS } from '../graph/visibility.ts';

const base: ViewSnapshot = { node: null, edge: null, lang: 'zh', layout: 'force', colourBy: 'label', filters: DEFAULT_FILTERS, hidden: [], focus: null, camera: null };

test('the default view encodes to an empty query', () => {
  assert.equal(encodeView(base), '');
  assert.deepEqual(decodeView(''), base);
});

test('a full view round-trips, Chinese ids and commas included', () => {
  const view: ViewSnapshot = {
    node: 'Company:百度', edge: 'DEVELOPS:Company:百度->Model:文心一言', lang: 'en', layout: 'chain', colourBy: 'community',
    filters: { ...NO_FILTERS, hiddenLabels: ['Document'], hiddenRelTypes: ['MENTIONED_IN'], tiers: ['L0'], layers: ['model'], regions: ['北京'], docs: ['a,b.txt'], minConfidence: 0.5, dateFrom: '2023-01', dateTo: '2024-12' },
    hidden: ['Tier:L0', 'x,y'], focus: { id: 'Company:百度', hops: 2 }, camera: { x: 0.5, y: 0.25, ratio: 0.8 },
  };
  assert.deepEqual(decodeView(encodeView(view)), view);
});

test('showing what the defaults hide is encoded too', () => {
  const all = { ...base, filters: NO_FILTERS };
  assert.equal(encodeView(all), '?hl=-');
  assert.deepEqual(decodeView(encodeView(all)), all);
});

test('garbage in the URL falls back to defaults', () => {
  const v = decodeView('?layout=3d&conf=7&cam=a,b&hops=99&focus=x');
  assert.equal(v.layout, 'force');
  assert.equal(v.filters.minConfidence, 0);
  assert.equal(v.camera, null);
  assert.deepEqual(v.focus, { id: 'x', hops: 1 });
});
