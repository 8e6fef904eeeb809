/**
 * Explorer benchmark in real Chromium (the shipped build plus its test hooks):
 * - first map idle with the curated dataset, against a bare MapLibre page drawing the same
 *   boundaries (tests/bench/bare_map.html), median of the runs, each in a fresh profile;
 * - time from a filter change to the updated count and map source with 100,000 generated
 *   sites (p95 over many changes);
 * - JavaScript loaded before first paint, gzip.
 *
 *   npm run bench:ui [-- --runs 5]
 *
 * The last line is one JSON object: {first_idle_ms, bare_maplibre_idle_ms, first_idle_ratio,
 * filter_ms_p95, initial_js_gzip_kb}.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openApp, startBenchPage } from './lib/bench_page';
import { median, percentile } from './lib/timings';

const OUT_DIR = 'dist-bench';

/** Time from navigation start to the first moment `ready` holds in the page. */
async function timeToReady(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** The scripts index.html loads before first paint (entry and modulepreloads), gzip. */
function initialJsGzipKb(): number {
  const html = readFileSync(join(OUT_DIR, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const bytes = paths.reduce(
    (sum, path) => sum + gzipSync(readFileSync(join(OUT_DIR, path))).length,
    0,
  );
  return Math.round(bytes / 1024);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
  const runs = Number(values.runs);
  const { base, browser, close } = await startBenchPage(OUT_DIR, 4189);
  try {
    const app: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      for (const [list, url, ready] of [
        [app, base, 'window.__atlasMap?.isIdle() === true'],
        [bare, `${base}tests/bench/bare_map.html`, 'window.__bareIdle === true'],
      ] as const) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        list.push(await timeToReady(page, url, ready));
        await context.close();
      }
      console.log(
        `run ${run + 1}: app idle ${app.at(-1)?.toFixed(0)} ms, bare MapLibre idle ${bare.at(-1)?.toFixed(0)} ms`,
      );
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, base);
    const filterTimes = await page.evaluate(async () => {
      type Hooks = {
        store: {
          getState(): {
            setFilters(patch: object): void;
            visible: unknown[];
            gazetteer: { communes: { nis_code: string }[] };
          };
        };
        loadGenerated(n: number): void;
      };
      const hooks = (window as unknown as { __atlas: Hooks }).__atlas;
      const map = (
        window as unknown as { __atlasMap: { sourceUpdates(): number; whenIdle(): Promise<void> } }
      ).__atlasMap;
      hooks.loadGenerated(100_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await map.whenIdle();
      const communes = hooks.store.getState().gazetteer.communes;
      const categories = ['housing', 'language', 'social_aid', 'employment'];
      const times: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        const before = map.sourceUpdates();
        // Alternately one commune, one category over all Wallonia, and no filter.
        const patch =
          i % 3 === 0
            ? { communes: [communes[(i * 13) % communes.length]?.nis_code ?? ''], categories: [] }
            : i % 3 === 1
              ? { communes: [], categories: [categories[i % categories.length]] }
              : { communes: [], categories: [] };
        const start = performance.now();
        hooks.store.getState().setFilters(patch);
        // The store has the new count at once; React renders it, and the map source is given
        // its data, in the microtasks that follow: the time runs until both are done.
        while (map.sourceUpdates() === before) await Promise.resolve();
        const count = document.querySelector('[data-testid="site-count"]')?.textContent ?? '';
        // The first number of "25 000 sur 100 000 sites", grouped as the language writes it.
        const shown = Number(count.match(/^[\d\s\u202f.,]+/)?.[0].replace(/\D/g, ''));
        if (shown !== hooks.store.getState().visible.length) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        times.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return times;
    });
    await context.close();

    const firstIdle = Math.round(median(app));
    const bareIdle = Math.round(median(bare));
    const result = {
      first_idle_ms: firstIdle,
      bare_maplibre_idle_ms: bareIdle,
      first_idle_ratio: Math.round((firstIdle / bareIdle) * 100) / 100,
      filter_ms_p95: Math.round(percentile(filterTimes, 0.95) * 10) / 10,
      initial_js_gzip_kb: initialJsGzipKb(),
    };
    const kinds = ['one commune', 'one category', 'no filter'];
    const slowest = filterTimes
      .map((time, at) => ({ time, at }))
      .sort((a, b) => b.time - a.time)
      .slice(0, 6);
    console.log(
      `filter changes: p50 ${median(filterTimes).toFixed(1)} ms, p95 ${result.filter_ms_p95} ms over ${filterTimes.length} (the slowest: ${slowest.map(({ time, at }) => `${time.toFixed(1)} ms, change ${at + 1}, ${kinds[at % 3]}`).join('; ')})`,
    );
    console.log(`targets: first_idle_ratio ≤ 1.3, filter_ms_p95 ≤ 16, initial_js_gzip_kb ≤ 450`);
    console.log(JSON.stringify(result));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:ui: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
