// Steps a person takes in the viewer, shared by the corpus and fixture end-to-end specs.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { clickEdge, inkRatio, pngSize, runCypher, saveScreenshot, waitForGraph } from './browser.ts';

/** Opens the viewer and checks the canvas is drawn (not blank). */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForGraph(page);
  await page.waitForTimeout(400);
  const ink = await inkRatio(page, '[data-testid=canvas-wrap]');
  assert.ok(ink > 0.002, `canvas looks blank (ink ${ink})`);
  await saveScreenshot(page, '01-overview');
}

/** Types a name, picks the top suggestion with Enter, and returns the selected node's details text. */
export async function searchAndSelect(page: Page, name: string): Promise<string> {
  await page.keyboard.press('/');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid=search-suggestion] .name')].some((e) => e.textContent === n), name);
  await page.keyboard.press('Enter');
  const panel = page.locator('[data-testid=details-panel]');
  await panel.locator('h2').waitFor();
  assert.equal((await panel.locator('h2').textContent())?.trim(), name);
  await page.waitForTimeout(600);
  await saveScreenshot(page, '02-search-details');
  return (await panel.textContent()) ?? '';
}

/** The node's details panel lists at least one neighbour of a type; returns that edge id from the API. */
export async function expectNeighbour(page: Page, baseUrl: string, nodeId: string, type: string): Promise<string> {
  const group = page.locator(`[data-testid=details-panel] [data-testid=neighbour-group][data-type=${type}] li`);
  assert.ok(await group.count() > 0, `no ${type} neighbour listed`);
  const details = await (await fetch(`${baseUrl}api/nodes/${encodeURIComponent(nodeId)}`)).json() as { neighbours: { edge: string; type: string }[] };
  const edge = details.neighbours.find((n) => n.type === type)?.edge;
  assert.ok(edge, `API lists no ${type} edge`);
  return edge;
}

/** Clicks the edge on the canvas; the evidence panel shows a sentence and the report. */
export async function openEvidence(page: Page, edge: string): Promise<string> {
  await clickEdge(page, edge);
  const evidence = page.locator('[data-testid=evidence]');
  await evidence.locator('blockquote').first().waitFor({ timeout: 10_000 });
  const sentence = (await evidence.locator('blockquote').first().textContent()) ?? '';
  assert.ok(sentence.length > 0, 'empty evidence sentence');
  assert.ok(await evidence.locator('blockquote mark').count() > 0, 'entity names not highlighted');
  await saveScreenshot(page, '03-evidence');
  return sentence;
}

/** Runs a query and returns the number of table rows, or the error code shown. */
export async function cypherRows(page: Page, query: string): Promise<{ rows: number; error: string | null }> {
  await runCypher(page, query);
  const error = page.locator('[data-testid=cypher-error] strong');
  if (await error.count()) return { rows: 0, error: (await error.textContent()) ?? '' };
  return { rows: await page.locator('[data-testid=cypher-results] tbody tr').count(), error: null };
}

/** Exports PNG at `scale` and SVG; checks the PNG size and that the SVG is well-formed and holds `labels`. */
export async function exportFiles(page: Page, scale: number, labels: string[]): Promise<void> {
  await page.click('[data-testid=fit-view]');
  await page.waitForTimeout(500);
  await page.click('[data-testid=tab-export]');
  await page.fill('[data-testid=export-title]', '大模型产业图谱');
  await page.selectOption('[data-testid=export-scale]', String(scale));
  const dims = await page.evaluate(() => {
    const el = document.querySelector('.canvas-wrap .sigma-mouse') ?? document.querySelector('.canvas-wrap canvas');
    const r = el!.getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-png]')]);
  const size = pngSize(await readFile((await png.path())!));
  assert.deepEqual(size, { width: dims.width * scale, height: dims.height * scale });
  const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-svg]')]);
  const svg = await readFile((await svgDl.path())!, 'utf8');
  assert.match(svg, /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svg, /Noto Sans CJK SC/);
  for (const label of labels) assert.ok(svg.includes(`>${label}</text>`), `SVG lacks the label ${label}`);
  const wellFormed = await page.evaluate((text) => !new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror'), svg);
  assert.ok(wellFormed, 'SVG is not well-formed XML');
}
