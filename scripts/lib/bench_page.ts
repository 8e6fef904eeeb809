import { rmSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
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
