// The viewer on a generated graph above the level-of-detail threshold (no precomputed layout: the viewer's
// fallback positions), and a Cypher result too large to draw: a message and the table, never a freeze.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import { generateGraph } from '../../bench/generate-graph.ts';
import { CHROMIUM, launchBrowser, startServer, collectPageErrors, waitForGraph, inkRatio } from './browser.ts';
import { cypherRows } from './scenario.ts';

const skip = !existsSync(CHROMIUM) || !existsSync(new URL('../../web/dist/index.html', import.meta.url)) ? 'needs chromium and npm run build:web' : false;
let app: FastifyInstance; let url: string; let browser: Browser; let closeBrowser: () => Promise<void>; let page: Page; let errors: string[];
let store: KuzuStore; let dir: string;
const graph = generateGraph({ nodes: 3500, edges: 8000, seed: 3 });

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'tupu-e2e-large-'));
  store = new KuzuStore(join(dir, KUZU_FILE));
  await store.load(graph);
  ({ app, url } = await startServer({ graph, store }));
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = collectPageErrors(page);
});
after(async () => {
  if (skip) return;
  await closeBrowser?.();
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a graph above the level-of-detail threshold draws and says so', { skip }, async () => {
  await page.goto(url);
  await waitForGraph(page, 120_000);
  await page.waitForTimeout(500);
  assert.ok(await inkRatio(page, '[data-testid=canvas-wrap]') > 0.002, 'blank canvas');
  assert.match((await page.textContent('.canvas-foot')) ?? '', /大图模式/);
});

test('a result with more nodes than can be drawn gives a message and the table', { skip }, async () => {
  const { rows, error } = await cypherRows(page, 'MATCH (n) RETURN n');
  assert.equal(error, null);
  assert.ok(rows > 0);
  assert.match((await page.textContent('[data-testid=cypher-too-large]')) ?? '', /无法在画布上绘制/);
  assert.equal(await page.locator('[data-testid=show-all]').count(), 0, 'the canvas was restricted to the result');
  assert.deepEqual(await cypherRows(page, 'MATCH (n:Tier) RETURN n'), { rows: 3, error: null });
  assert.match((await page.textContent('[data-testid=cypher-meta]')) ?? '', /3/);
  assert.ok(await page.locator('[data-testid=show-all]').count() > 0, 'a small result is drawn');
});

test('search still answers on the large graph', { skip }, async () => {
  const name = graph.nodes.find((n) => n.attributes.label === 'Company')!.attributes.name;
  await page.fill('[data-testid=search-input]', name);
  await page.waitForSelector('[data-testid=search-suggestion]');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=details-panel] h2').waitFor();
  assert.equal((await page.textContent('[data-testid=details-panel] h2'))?.trim(), name);
});

test('no page errors', { skip }, () => {
  assert.deepEqual(errors, []);
});
