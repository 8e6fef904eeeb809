import { rmSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium';

/**
 * What every browser benchmark needs: the app built as it ships plus its test hooks (and
 * the bare comparison pages), served on loopback, and Chromium. `close` removes it all.
 */
export async function startBenchPage(
  outDir: string,
  port: number,
): Promise<{ base: string; browser: Browser; close(): Promise<void> }> {
  const executablePath = ensureChromium();
  process.env.VITE_TEST_HOOKS = '1';
  process.env.VITE_BENCH_PAGES = '1';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0] ?? '';
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits for its test hooks and its map's first drawing (idle). */
export async function openApp(page: Page, base: string): Promise<void> {
  await page.goto(base);
  await page.waitForFunction(
    'window.__atlasMap?.isIdle() === true && window.__atlas !== undefined',
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Opens the app and waits until it is ready for work: the change log loaded ("saved") and
 * the map drawn (idle). Work begun while the map still draws its first frames waits behind
 * them (each ~100 ms of compositor work with software WebGL here), which measures the page
 * load rather than the work. Likewise the work the page does in its first idle moments (the
 * filters' index, the network's workers starting): this returns once the page has been
 * idle for a quarter of a second.
 */
export async function openQuietApp(page: Page, base: string): Promise<void> {
  await openApp(page, base);
  await page.waitForFunction(
    'document.querySelector(\'.save-status[data-status="saved"]\') !== null && window.__atlasMap?.isIdle() === true',
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(async () => {
    const quietSince = { at: performance.now() };
    new PerformanceObserver(() => {
      quietSince.at = performance.now();
    }).observe({ type: 'longtask' });
    while (performance.now() - quietSince.at < 250) {
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}
