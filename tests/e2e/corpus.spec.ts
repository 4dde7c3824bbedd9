// Acceptance of the explorer on the real corpus: build ../shared/corpus, serve it, use it as a person would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import type { GraphStore } from '../../graph/index.ts';
import { openServeStore, loadLibraryQueries } from '../../web/server/index.ts';
import { CHROMIUM, launchBrowser, startServer, collectPageErrors, saveScreenshot } from './browser.ts';
import { openViewer, searchAndSelect, expectNeighbour, openEvidence, cypherRows, exportFiles } from './scenario.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '../shared/corpus');
const skip = !existsSync(CHROMIUM) ? 'needs /usr/bin/chromium' : !existsSync(join(ROOT, 'web/dist/index.html')) ? 'needs npm run build:web' : !existsSync(CORPUS) ? 'needs ../shared/corpus' : false;

let out: string; let store: GraphStore; let app: FastifyInstance; let url: string;
let browser: Browser; let closeBrowser: () => Promise<void>; let page: Page; let errors: string[];

before(async () => {
  if (skip) return;
  out = mkdtempSync(join(tmpdir(), 'tupu-corpus-e2e-'));
  execFileSync(process.execPath, [join(ROOT, 'bin/tupu.mjs'), 'build', '--corpus', CORPUS, '--out', out], { stdio: 'pipe', timeout: 300_000 });
  store = await openServeStore({ outDir: out, target: 'kuzu' });
  ({ app, url } = await startServer({ outDir: out, store, queries: loadLibraryQueries('kuzu') }));
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  errors = collectPageErrors(page);
}, { timeout: 360_000 });

after(async () => {
  if (skip) return;
  await closeBrowser?.();
  await app?.close();
  await store?.close();
  rmSync(out, { recursive: true, force: true });
});

test('the canvas renders the corpus graph', { skip }, async () => {
  await openViewer(page, url);
});

test('search 百度 → details panel shows 百度 and a DEVELOPS neighbour; an edge click shows evidence', { skip }, async () => {
  await searchAndSelect(page, '百度');
  const edge = await expectNeighbour(page, url, 'Company:百度', 'DEVELOPS');
  const sentence = await openEvidence(page, edge);
  assert.match(sentence, /百度/);
});

test('Cypher: 5 rows for the DEVELOPS query; CREATE is refused', { skip }, async () => {
  assert.deepEqual(await cypherRows(page, 'MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name LIMIT 5'), { rows: 5, error: null });
  await saveScreenshot(page, '04-cypher');
  assert.deepEqual(await cypherRows(page, 'CREATE (n:X)'), { rows: 0, error: 'CYPHER_WRITE_REFUSED' });
});

test('export PNG (dimensions match the scale) and SVG (Chinese labels)', { skip }, async () => {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await searchAndSelect(page, '百度');
  await exportFiles(page, 2, ['百度']);
  await exportFiles(page, 4, ['百度']);
  await saveScreenshot(page, '05-export');
});

test('shortest path from 百度 to 通义千问 is highlighted', { skip }, async () => {
  await page.keyboard.press('Escape');
  await searchAndSelect(page, '百度');
  await page.click('[data-testid=details-panel] .actions button:has-text("设为路径起点")');
  await searchAndSelect(page, '通义千问');
  await page.click('[data-testid=details-panel] .actions button:has-text("到此的最短路径")');
  assert.match((await page.textContent('[data-testid=path-note]')) ?? '', /最短路径：\d+ 步|没有路径/);
  await page.click('[data-testid=fit-view]');
  await page.waitForTimeout(600);
  await saveScreenshot(page, '08-shortest-path');
  await page.click('[data-testid=path-note] button');
});

test('industry-chain layout and community colouring', { skip }, async () => {
  await page.keyboard.press('Escape');
  await page.click('[data-testid=layout-chain]');
  await page.click('[data-testid=colour-community]');
  await page.waitForTimeout(500);
  await saveScreenshot(page, '06-chain-layout');
  await page.click('[data-testid=layout-force]');
  await page.click('[data-testid=lang-switch]');
  await page.click('[data-testid=tab-filters]');
  await page.waitForTimeout(300);
  await saveScreenshot(page, '07-english-filters');
  await page.click('[data-testid=lang-switch]');
});

test('no page errors or CSP violations', { skip }, () => {
  assert.deepEqual(errors.filter((e) => !/Failed to load resource: .* status of 403/.test(e)), []);
});
