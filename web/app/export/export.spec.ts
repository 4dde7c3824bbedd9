// Exporters are pure: a scene in, a document out; every text from the data is escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildScene } from './scene.ts';
import { renderSvg } from './svg.ts';
import { toCsv } from './csv.ts';
import { toGexf } from './subgraph.ts';
import { smallGraph, HOSTILE_NAME } from '../../../tests/web-fixtures/small-graph.ts';

const scene = buildScene({
  width: 400, height: 300,
  nodes: [{ x: 100, y: 100, r: 8, color: '#2f6fdb', label: '百度' }, { x: 200, y: 150, r: 5, color: '#d6336c', label: HOSTILE_NAME }, { x: 900, y: 900, r: 5, color: '#000', label: 'off screen' }],
  edges: [{ x1: 100, y1: 100, x2: 200, y2: 150, color: '#ccc', width: 2, targetR: 5 }],
}, { title: '图谱 <标题>', legend: [{ color: '#2f6fdb', text: '企业' }], source: '来源：报告' });

test('the scene keeps what is on screen', () => {
  assert.deepEqual(scene.nodes.map((n) => n.label), ['百度', HOSTILE_NAME]);
  assert.equal(scene.edges.length, 1);
});

test('SVG: CJK labels, Noto Sans CJK SC, escaped markup, arrow ends at the rim', () => {
  const svg = renderSvg(scene);
  assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="300"/);
  assert.match(svg, /font-family="'Noto Sans CJK SC'/);
  assert.ok(svg.includes('>百度</text>') && svg.includes('>企业</text>') && svg.includes('>来源：报告</text>'));
  assert.ok(svg.includes('图谱 &lt;标题&gt;'));
  assert.ok(!svg.includes('<img') && svg.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;&apos;&lt;/script&gt;'));
  const x2 = Number(/x2="([\d.]+)"/.exec(svg)![1]);
  assert.ok(x2 < 200 && x2 > 195);
});

test('CSV quotes, neutralises formulas and starts with a BOM', () => {
  const csv = toCsv(['a', 'b'], [{ a: '=cmd()', b: 'x,"y"' }, { a: { k: 1 }, b: null }]);
  assert.equal(csv, '\uFEFFa,b\r\n\'=cmd(),"x,""y"""\r\n"{""k"":1}",\r\n');
});

test('GEXF escapes names and keeps labels and positions', () => {
  const gexf = toGexf(smallGraph());
  assert.ok(gexf.includes('label="百度"'));
  assert.ok(!gexf.includes('<img'));
  assert.match(gexf, /<viz:position x="0" y="0" z="0"\/>/);
});
