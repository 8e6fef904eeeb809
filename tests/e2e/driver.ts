import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * One browser for a test file and a fresh context (empty profile) for each test:
 * registers the hooks and gives both to the tests.
 */
export function browserPerFile(viewport: { width: number; height: number }) {
  const session = {} as { browser: Browser; context: BrowserContext };
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  beforeEach(async () => {
    session.context = await session.browser.newContext({ viewport });
  });
  afterEach(async () => {
    await session.context.close();
  });
  return session;
}

export function appUrl(query = ''): string {
  return new URL(query, inject('baseUrl')).toString();
}

/** Opens the app and waits until the data is loaded and the map has drawn (idle). */
export async function openApp(context: BrowserContext, query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl(query));
  await waitForMap(page);
  if (errors.length > 0) throw new Error(`The page threw: ${errors.join('; ')}`);
  return page;
}

/** Waits for the map's test hook to report that it is loaded and idle. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = (window as unknown as { __atlasMap?: { isIdle(): boolean } }).__atlasMap;
      return hook?.isIdle() === true;
    },
    undefined,
    { timeout: 30_000 },
  );
}

/** The text of the "N of M sites" count, as numbers. */
export async function siteCount(page: Page): Promise<{ shown: number; total: number }> {
  const text = (await page.getByTestId('site-count').textContent()) ?? '';
  // Numbers are grouped as the language writes them: 1 234, 1.234, 1,234.
  const numbers = text.match(/\d{1,3}(?:[\s\u202f.,]\d{3})*/g) ?? [];
  const [shown = Number.NaN, total = Number.NaN] = numbers.map((digits) =>
    Number(digits.replace(/\D/g, '')),
  );
  return { shown, total };
}

/**
 * The serious and critical axe-core violations in the page, or in the part of it that
 * `selector` names, each as "rule (impact, N nodes)": an empty list is what passes.
 */
export async function seriousAxeViolations(page: Page, selector?: string): Promise<string[]> {
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (scope) => {
    const { axe } = window as unknown as {
      axe: {
        run(
          context: unknown,
        ): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
      };
    };
    const result = await axe.run(scope === null ? document : document.querySelector(scope));
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}, ${violation.nodes.length} nodes)`);
  }, selector ?? null);
}

/**
 * Saves a screenshot of the page as `<name>.png` in the folder $ATLAS_SCREENSHOTS names (to be
 * looked at by a person); does nothing when it is not set.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.ATLAS_SCREENSHOTS;
  if (!folder) return;
  await page.screenshot({ path: join(folder, `${name}.png`) });
}
