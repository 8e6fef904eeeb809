import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';

/** Launch options that work with Debian's Chromium headless, WebGL through SwiftShader. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's. When it is missing
 * and this is Debian run as root, Debian's package is installed; otherwise the tests stop
 * with a message saying how, and never skip silently.
 */
export function ensureChromium(): string {
  const wanted = process.env.CHROMIUM_PATH ?? DEBIAN_PATH;
  if (existsSync(wanted)) return wanted;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!process.env.CHROMIUM_PATH && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(DEBIAN_PATH)) return DEBIAN_PATH;
  }
  throw new Error(
    `The browser tests need Chromium at ${wanted}. Install it (Debian: "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
  );
}
