// Browser and server harness for the end-to-end tests: Debian's Chromium through playwright-core, an in-process server.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { createServer, type ServerOptions } from '../../web/server/index.ts';

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

/** Fraction of sampled pixels of a PNG screenshot region that are not the background colour. */
export async function inkRatio(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (sel) => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)];
    const target = document.createElement('canvas');
    const first = canvases[0];
    if (!first) return 0;
    target.width = first.width; target.height = first.height;
    const ctx = target.getContext('2d')!;
    for (const c of canvases) ctx.drawImage(c, 0, 0);
    const data = ctx.getImageData(0, 0, target.width, target.height).data;
    let ink = 0; let total = 0;
    for (let i = 0; i < data.length; i += 4 * 37) {
      total++;
      if (data[i + 3] > 0 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) ink++;
    }
    return ink / total;
  }, selector);
}
