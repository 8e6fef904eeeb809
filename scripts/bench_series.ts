/**
 * Series benchmark in real Chromium (the shipped build plus its test hooks), with 261
 * communes × 48 months × 10 generated indicators (and their provinces' and Wallonia's sums):
 * - slider step: the time from choosing another month of the choropleth to the map
 *   repainted (the store's update, the values of that month in the classes of the whole
 *   series, the paint property and MapLibre's synchronous redraw), p95;
 * - the same step with the provinces coloured (the generated provinces' sums), p95;
 * - chart: the time from choosing another commune in the series view to its trend chart
 *   (beside its province and Wallonia) drawn in the page, p95.
 *
 *   npm run bench:series
 *
 * The last line is one JSON object: {series, points, slider_step_ms_p95,
 * province_slider_step_ms_p95, chart_ms_p95}.
 */
import { openApp, startBenchPage } from './lib/bench_page';
import { median, percentile } from './lib/timings';

const OUT_DIR = 'dist-bench-series';
const MONTHS = 48;
const INDICATORS = 10;

async function main(): Promise<void> {
  const { base, browser, close } = await startBenchPage(OUT_DIR, 4197);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await openApp(page, base);
    const figures = await page.evaluate(
      async ({ months, indicators }) => {
        type State = {
          setAnalysis(patch: object): void;
          setSeries(patch: object): void;
          setPanel(panel: string): void;
          gazetteer: { communes: { nis_code: string }[] };
        };
        type Hooks = {
          store: { getState(): State };
          loadGeneratedSeries(
            months: number,
            indicators: number,
          ): { series: number; points: number };
        };
        const hooks = (window as unknown as { __atlas: Hooks }).__atlas;
        const live = (
          window as unknown as {
            __atlasMap: { map: { redraw(): void }; whenIdle(): Promise<void> };
          }
        ).__atlasMap;
        const store = hooks.store;
        const made = hooks.loadGeneratedSeries(months, indicators);
        store.getState().setAnalysis({ choropleth: true, measure: 'indicator:generated_1' });
        await live.whenIdle();

        // Each month twice, at one level then the other (no function named in here: see below).
        const steps: { commune: number[]; province: number[] } = { commune: [], province: [] };
        for (const level of ['commune', 'province'] as const) {
          store.getState().setAnalysis({ level, month: '' });
          await live.whenIdle();
          for (let i = 0; i < 2 * months; i += 1) {
            const m = i % months;
            const month = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
            const start = performance.now();
            store.getState().setAnalysis({ month });
            live.map.redraw();
            steps[level].push(performance.now() - start);
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
        }

        // The series view beside the map, a commune after another.
        store.getState().setPanel('series');
        const communes = store.getState().gazetteer.communes;
        // (No function is named in here: the bundler would wrap it in a helper the page does not have.)
        const selector = '[data-testid="series-chart"] svg[role="img"]';
        let previous: Element | null = null;
        let drawn: (() => void) | null = null;
        new MutationObserver(() => {
          const now = document.querySelector(selector);
          if (drawn && now && now !== previous) {
            const resolve = drawn;
            drawn = null;
            resolve();
          }
        }).observe(document.body, { childList: true, subtree: true });
        const first = new Promise<void>((resolve) => {
          drawn = resolve;
        });
        store
          .getState()
          .setSeries({ indicator: 'generated_2', place: communes[0]?.nis_code, chart: 'trend' });
        await first;
        const chart: number[] = [];
        for (let i = 1; i <= 40; i += 1) {
          const place = communes[(i * 37) % communes.length]?.nis_code;
          previous = document.querySelector(selector);
          const done = new Promise<void>((resolve) => {
            drawn = resolve;
          });
          const start = performance.now();
          store.getState().setSeries({ indicator: `generated_${1 + (i % indicators)}`, place });
          await done;
          chart.push(performance.now() - start);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        return { ...made, slider: steps.commune, provinceSlider: steps.province, chart };
      },
      { months: MONTHS, indicators: INDICATORS },
    );
    await context.close();

    const result = {
      series: figures.series,
      points: figures.points,
      slider_step_ms_p95: Math.round(percentile(figures.slider, 0.95) * 10) / 10,
      province_slider_step_ms_p95: Math.round(percentile(figures.provinceSlider, 0.95) * 10) / 10,
      chart_ms_p95: Math.round(percentile(figures.chart, 0.95) * 10) / 10,
    };
    console.log(
      `${result.series} series, ${result.points} figures (261 communes, their provinces and Wallonia × ${MONTHS} months × ${INDICATORS} indicators)`,
    );
    console.log(
      `slider step (month → choropleth repainted): p50 ${median(figures.slider).toFixed(1)} ms, p95 ${result.slider_step_ms_p95} ms over ${figures.slider.length}`,
    );
    console.log(
      `slider step, provinces coloured: p50 ${median(figures.provinceSlider).toFixed(1)} ms, p95 ${result.province_slider_step_ms_p95} ms over ${figures.provinceSlider.length}`,
    );
    console.log(
      `trend chart (commune chosen → chart drawn): p50 ${median(figures.chart).toFixed(1)} ms, p95 ${result.chart_ms_p95} ms over ${figures.chart.length}`,
    );
    console.log('targets: slider_step_ms_p95 ≤ 16 (the provinces too), chart_ms_p95 ≤ 100');
    console.log(
      `slider steps, slowest: ${[...figures.slider]
        .sort((a, b) => b - a)
        .slice(0, 8)
        .map((v) => v.toFixed(1))
        .join(', ')}`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:series: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
