// Browser and server harness for the end-to-end tests: Debian's Chromium through playwright-core, an in-process server.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../web/server/index.ts';
import '../../web/app/test-handle.ts';

export const CHROMIUM = process.env.TUPU_CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium with a fresh throw-away profile (playwright makes one per launch); WebGL is software (SwiftShader). */
export async function launchBrowser(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  return { browser, close: () => browser.close() };
}

/** A listening server on a free loopback port. */
export async function startServer(options: ServerOptions): Promise<{ app: FastifyInstance; url: string }> {
  const app = await createServer(options);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/` };
}

/** Console errors and CSP violations a page reports; tests assert there are none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}

/** Waits until sigma has drawn at least one frame. */
export async function waitForGraph(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => (window.__tupu?.renderedFrames() ?? 0) > 0, undefined, { timeout });
}

/** Fraction of sampled pixels in a screenshot of `selector` that are not near-white: 0 means a blank canvas. */
export async function inkRatio(page: Page, selector: string): Promise<number> {
  const png = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    let ink = 0; let total = 0;
    for (let i = 0; i < data.length; i += 4 * 7) { total++; if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) ink++; }
    return ink / total;
  }, png.toString('base64'));
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Clicks an edge on the canvas the way a person would: at its midpoint, then further along it if that click misses. */
export async function clickEdge(page: Page, edge: string): Promise<void> {
  // Where a node covers the midpoint (or another edge takes the click), a person clicks further along the line.
  let clicked = false;
  const along = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
  const points = () => page.evaluate(([id, ts]) => ts.map((t) => window.__tupu?.edgePoint(id, t) ?? null), [edge, along] as const);
  // A camera still moving (towards a node just selected, slower on a loaded machine) moves the edge under the mouse.
  let settled = await points();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(100);
    const now = await points();
    if (JSON.stringify(now) === JSON.stringify(settled)) break;
    settled = now;
  }
  for (const at of settled) {
    if (!at) continue;
    clicked = true;
    await page.mouse.click(at.x, at.y);
    if (await page.locator('[data-testid=evidence]').isVisible()) return;
    await page.waitForTimeout(150);
    if (await page.locator('[data-testid=evidence]').isVisible()) return;
  }
  if (!clicked) throw new Error(`edge ${edge} is not on screen, or nodes cover it`);
}

/** Runs a query in the Cypher console (opening it first). */
export async function runCypher(page: Page, query: string): Promise<void> {
  await page.click('[data-testid=tab-cypher]');
  const input = page.locator('[data-testid=cypher-input]');
  await input.waitFor();
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await input.fill(query);
  const before = Number(await page.getAttribute('[data-testid=cypher-console]', 'data-runs'));
  await page.click('[data-testid=cypher-run]');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=cypher-console]')?.getAttribute('data-runs')) > n, before, { timeout: 30_000 });
}

/** Saves a screenshot under $TUPU_SCREENSHOTS (e.g. docs/screenshots) when set. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.TUPU_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png` });
}
