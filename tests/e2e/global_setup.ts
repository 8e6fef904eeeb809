import { rmSync } from 'node:fs';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** Overridable so that two test runs on one machine do not build into the same folder. */
const OUT_DIR = process.env.ATLAS_E2E_OUT_DIR ?? 'dist-e2e';

/**
 * Builds the app as it ships (plus the test hooks), serves it with `vite preview` on
 * loopback and hands the browser tests its address and the Chromium to drive.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  process.env.VITE_TEST_HOOKS = '1';
  await build({ logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 4179, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
    rmSync(OUT_DIR, { recursive: true, force: true });
  };
}
