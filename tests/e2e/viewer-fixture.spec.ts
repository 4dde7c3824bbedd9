// The viewer's mechanics on the small fixture graph with the real embedded store (kuzu), in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import { loadLibraryQueries } from '../../web/server/index.ts';
import { smallGraph, HOSTILE_NAME } from '../web-fixtures/small-graph.ts';
import { CHROMIUM, launchBrowser, startServer, collectPageErrors, saveScreenshot } from './browser.ts';
import { openViewer, searchAndSelect, expectNeighbour, openEvidence, cypherRows, exportFiles } from './scenario.ts';

const skip = !existsSync(CHROMIUM) || !existsSync(new URL('../../web/dist/index.html', import.meta.url)) ? 'needs chromium and npm run build:web' : false;
let app: FastifyInstance; let url: string; let browser: Browser; let closeBrowser: () => Promise<void>; let page: Page; let errors: string[];
let store: KuzuStore; let dir: string;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'tupu-e2e-'));
  const graph = smallGraph();
  store = new KuzuStore(join(dir, KUZU_FILE));
  await store.load(graph);
  ({ app, url } = await startServer({ graph, store, queries: loadLibraryQueries('kuzu') }));
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = collectPageErrors(page);
});
after(async () => {
  if (skip) return;
  await closeBrowser();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('opens on the whole graph, drawn', { skip }, async () => {
  await openViewer(page, url);
  assert.match((await page.textContent('[data-testid=graph-counts]')) ?? '', /10 .* 10/);
});

test('search by pinyin initials, details with a DEVELOPS neighbour, evidence on edge click', { skip }, async () => {
  await page.keyboard.press('/');
  await page.keyboard.type('bd');
  await page.waitForSelector('[data-testid=search-suggestion]');
  assert.equal((await page.locator('[data-testid=search-suggestion] .name').first().textContent()), '百度');
  await page.fill('[data-testid=search-input]', '');
  const text = await searchAndSelect(page, '百度');
  assert.match(text, /2024年中国大模型产业报告/);
  const edge = await expectNeighbour(page, url, 'Company:百度', 'DEVELOPS');
  assert.match(await openEvidence(page, edge), /百度发布了文心一言/);
  assert.match((await page.textContent('[data-testid=evidence]')) ?? '', /2024年中国大模型产业报告/);
});

test('hostile names are shown as text, never as markup', { skip }, async () => {
  assert.ok((await page.textContent('[data-testid=details-panel]'))?.includes(HOSTILE_NAME));
  assert.equal(await page.locator('[data-testid=details-panel] img').count(), 0);
});

test('the URL reopens the selection and layout', { skip }, async () => {
  await page.keyboard.press('Escape');
  await page.click('[data-testid=layout-chain]');
  await page.waitForTimeout(500);
  const link = page.url();
  assert.match(link, /sel=Company%3A%E7%99%BE%E5%BA%A6/);
  assert.match(link, /layout=chain/);
  const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await other.goto(link);
  await other.locator('[data-testid=details-panel] h2').waitFor();
  assert.equal((await other.textContent('[data-testid=details-panel] h2'))?.trim(), '百度');
  assert.equal(await other.getAttribute('[data-testid=layout-chain]', 'aria-pressed'), 'true');
  await other.close();
  await page.click('[data-testid=layout-force]');
});

test('shortest path between two selected nodes is highlighted', { skip }, async () => {
  await searchAndSelect(page, '百度');
  await page.click('[data-testid=details-panel] .actions button:has-text("设为路径起点")');
  await searchAndSelect(page, 'GLM-4');
  await page.click('[data-testid=details-panel] .actions button:has-text("到此的最短路径")');
  assert.match((await page.textContent('[data-testid=path-note]')) ?? '', /最短路径：3 步/);
  await page.waitForTimeout(300);
  assert.ok((await page.evaluate(() => window.__tupu!.visibleEdges())).length === 3, 'only the path edges are drawn');
  await saveScreenshot(page, '08-shortest-path');
  await page.click('[data-testid=path-note] button');
  await page.keyboard.press('Escape');
});

test('focus on one hop, then show all', { skip }, async () => {
  await searchAndSelect(page, '智谱AI');
  await page.click('[data-testid=details-panel] .actions button:has-text("聚焦")');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__tupu!.nodePosition('Company:百度')), null, '百度 is two hops away');
  assert.ok(await page.evaluate(() => window.__tupu!.nodePosition('Region:北京')));
  assert.match(page.url(), /focus=/);
  await page.click('[data-testid=show-all]');
  await page.waitForTimeout(300);
  assert.ok(await page.evaluate(() => window.__tupu!.nodePosition('Company:百度')));
  await page.keyboard.press('Escape');
});

test('the legend is a filter (reports start hidden)', { skip }, async () => {
  const documentShown = () => page.evaluate(() => window.__tupu!.nodePosition('Document:001_report.txt') !== null);
  assert.equal(await documentShown(), false);
  await page.click('[data-testid=tab-filters]');
  await page.click('[data-testid=legend-item][data-label=Document]');
  await page.waitForTimeout(300);
  assert.equal(await documentShown(), true);
  assert.match(page.url(), /hl=-/);
  await page.click('[data-testid=legend-item][data-label=Document]');
  await page.waitForTimeout(300);
  assert.equal(await documentShown(), false);
});

test('Cypher console: rows, refusal, syntax error, library', { skip }, async () => {
  assert.deepEqual(await cypherRows(page, 'UNWIND range(1, 5) AS i RETURN i'), { rows: 5, error: null });
  assert.deepEqual(await cypherRows(page, 'MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name LIMIT 5'), { rows: 2, error: null });
  assert.deepEqual(await cypherRows(page, 'CREATE (n:X)'), { rows: 0, error: 'CYPHER_WRITE_REFUSED' });
  assert.deepEqual(await cypherRows(page, 'MATC (n) RETURN n'), { rows: 0, error: 'CYPHER_SYNTAX' });
  const drawn = await cypherRows(page, 'MATCH (c:Company)-[r:DEVELOPS]->(m:Model) RETURN c, r, m');
  assert.equal(drawn.rows, 2);
  assert.match((await page.textContent('[data-testid=cypher-meta]')) ?? '', /4/);
  await saveScreenshot(page, '04-cypher');
  assert.equal(await page.evaluate(() => window.__tupu!.nodePosition('Region:北京')), null, 'result not drawn on its own');
  await page.click('[data-testid=show-all]');
});

test('export PNG at 2× and SVG with Chinese labels', { skip }, async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(400);
  await exportFiles(page, 2, ['百度', '文心一言']);
  await exportFiles(page, 1, ['百度']);
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
  const sub = JSON.parse(await readFile((await json.path())!, 'utf8')) as { nodes: unknown[]; edges: unknown[] };
  assert.equal(sub.nodes.length, 9, 'the visible subgraph: everything but the hidden report node');
  const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-gexf]')]);
  const gexfText = await readFile((await gexf.path())!, 'utf8');
  assert.match(gexfText, /<gexf xmlns="http:\/\/gexf.net\/1.3"/);
  assert.ok(gexfText.includes('label="百度"') && !gexfText.includes('<img'));
  const csv = page.waitForEvent('download');
  await page.click('[data-testid=export-csv]');
  assert.match((await csv).suggestedFilename(), /^tupu-nodes-.*\.csv$/);
});

test('English switch', { skip }, async () => {
  await page.click('[data-testid=lang-switch]');
  assert.match((await page.textContent('header h1')) ?? '', /industry knowledge graph/);
  await page.click('[data-testid=lang-switch]');
});

test('a token-protected server asks for the token, then loads', { skip }, async () => {
  const token = 'e2e-token-0123456789';
  const secured = await startServer({ graph: smallGraph(), store, token });
  const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await other.goto(secured.url);
  await other.locator('[data-testid=status-error]').waitFor();
  assert.match((await other.textContent('[data-testid=status-error]')) ?? '', /UNAUTHORIZED/);
  await other.fill('[data-testid=status-error] input[type=password]', token);
  await other.click('[data-testid=status-error] button[type=submit]');
  await other.waitForFunction(() => (window.__tupu?.renderedFrames() ?? 0) > 0);
  await other.close();
  await secured.app.close();
});

test('no page errors or CSP violations', { skip }, () => {
  // The refused CREATE (403) and the malformed query (400) above are expected failed requests.
  assert.deepEqual(errors.filter((e) => !/Failed to load resource: .* status of 40[03]/.test(e)), []);
});
