import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * A page printed to PDF by Chromium (page.pdf, the print stylesheet), as a user saves it from
 * the print dialog, read back as images and text with poppler-utils (pdftoppm, pdftotext).
 */

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether poppler-utils are there to read a PDF back (the tests that need them are skipped without). */
export const POPPLER = hasTool('pdftoppm') && hasTool('pdftotext');
if (!POPPLER) {
  console.warn(
    'Skipping the printed profile tests: pdftoppm and pdftotext are missing (Debian: apt-get install poppler-utils).',
  );
}

/** A4 at 50 dots per inch, as pdftoppm renders it. */
export const A4_AT_50_DPI = {
  width: Math.round((210 / 25.4) * 50),
  height: Math.round((297 / 25.4) * 50),
};

/** A greyscale page rendered by pdftoppm (binary PGM): its size and its share of dark pixels. */
export interface PrintedPage {
  width: number;
  height: number;
  ink: number;
}

function readPgm(file: string): PrintedPage {
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, 64).toString('latin1');
  const match = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!match) throw new Error(`${file} is not a binary PGM`);
  const [whole, width, height] = match;
  const pixels = bytes.subarray(whole.length);
  let dark = 0;
  for (const value of pixels) if (value < 128) dark += 1;
  return { width: Number(width), height: Number(height), ink: dark / pixels.length };
}

/** Each page's text, as pdftotext reads it, without white space (lines wrap where they will). */
function pageTexts(pdf: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, at) =>
    execFileSync('pdftotext', ['-f', String(at + 1), '-l', String(at + 1), pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ''),
  );
}

/** Text without white space, as `printToPdf` gives each page's. */
export const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * The page printed to A4 PDF, read back: each page as an image and as text. With
 * $ATLAS_SHOTS set, the pages are also saved there as PNG (`atlas-<name>-page-N.png`).
 */
export async function printToPdf(
  page: Page,
  name: string,
): Promise<{ pages: PrintedPage[]; texts: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-print-'));
  const pdf = join(folder, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '50', '-gray', pdf, join(folder, 'page')]);
  const pages = readdirSync(folder)
    .filter((file) => file.endsWith('.pgm'))
    .sort()
    .map((file) => readPgm(join(folder, file)));
  if (process.env.ATLAS_SHOTS) {
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      pdf,
      join(process.env.ATLAS_SHOTS, `atlas-${name}-page`),
    ]);
  }
  const texts = pageTexts(pdf, pages.length);
  rmSync(folder, { recursive: true, force: true });
  return { pages, texts };
}
