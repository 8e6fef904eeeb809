import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp } from './driver';

/**
 * The profile of Arlon printed to PDF by Chromium (page.pdf, the print stylesheet), as a user
 * saves it from the print dialog, read back as images and text with poppler-utils (pdftoppm,
 * pdftotext): A4 pages, ink on each, the place and its sections there, and no section split
 * across two pages. In French and in German.
 */

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const POPPLER = hasTool('pdftoppm') && hasTool('pdftotext');
if (!POPPLER) {
  console.warn(
    'Skipping the printed profile test: pdftoppm and pdftotext are missing (Debian: apt-get install poppler-utils).',
  );
}

const session = browserPerFile({ width: 1366, height: 768 });

/** A4 at 50 dots per inch, as pdftoppm renders it. */
const A4_AT_50_DPI = {
  width: Math.round((210 / 25.4) * 50),
  height: Math.round((297 / 25.4) * 50),
};

/** A greyscale page rendered by pdftoppm (binary PGM): its size and its share of dark pixels. */
function readPgm(file: string): { width: number; height: number; ink: number } {
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

/** Each section of the profile: its heading and the text of its last line, as the DOM has them. */
async function sectionEnds(page: Page): Promise<{ heading: string; last: string }[]> {
  return page.$$eval('.profile-section', (sections) =>
    sections.map((section) => {
      const heading = section.querySelector('h2')?.textContent ?? '';
      const items = section.querySelectorAll('p, li, tr, dd');
      const item = items[items.length - 1];
      // A row's first cell: the text extraction may read a table's columns in another order.
      const cell = item?.tagName === 'TR' ? item.firstElementChild : item;
      return { heading, last: (cell?.textContent ?? '').slice(0, 40) };
    }),
  );
}

const compact = (text: string) => text.replace(/\s+/g, '');

async function printProfile(language: 'fr' | 'de') {
  const page = await openApp(session.context, `?sel=commune:81001&lang=${language}`);
  const open = language === 'fr' ? 'Profil à imprimer' : 'Profil zum Drucken';
  await page.getByRole('button', { name: open }).click();
  await page.getByRole('heading', { level: 1, name: 'Arlon' }).waitFor();
  // The link keeps the profile: it reopens on it.
  await page.waitForFunction(() => window.location.search.includes('profile=81001'));
  await page.screenshot({ path: shotPath(`profile-arlon-${language}`) });
  const folder = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
  const pdf = join(folder, `arlon-${language}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  execFileSync('pdftoppm', ['-r', '50', '-gray', pdf, join(folder, 'page')]);
  const pages = readdirSync(folder)
    .filter((name) => name.endsWith('.pgm'))
    .sort()
    .map((name) => readPgm(join(folder, name)));
  if (process.env.ATLAS_SHOTS) {
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      pdf,
      join(process.env.ATLAS_SHOTS, `atlas-profile-arlon-${language}-page`),
    ]);
  }
  const texts = pageTexts(pdf, pages.length);
  const sections = await sectionEnds(page);
  rmSync(folder, { recursive: true, force: true });
  return { pages, texts, sections };
}

function shotPath(name: string): string {
  return join(process.env.ATLAS_SHOTS ?? tmpdir(), `atlas-${name}.png`);
}

describe.skipIf(!POPPLER)('the profile of Arlon printed to PDF', () => {
  for (const language of ['fr', 'de'] as const) {
    it(`fits A4 pages with nothing cut across them (${language})`, async () => {
      const { pages, texts, sections } = await printProfile(language);
      // Two pages for a commune, at most three: a handout for a meeting.
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(3);
      for (const sheet of pages) {
        expect(Math.abs(sheet.width - A4_AT_50_DPI.width)).toBeLessThanOrEqual(2);
        expect(Math.abs(sheet.height - A4_AT_50_DPI.height)).toBeLessThanOrEqual(2);
        // Printed, in black on white: some ink, far from a dark page.
        expect(sheet.ink).toBeGreaterThan(0.005);
        expect(sheet.ink).toBeLessThan(0.3);
      }
      // The page is the profile alone: the place on the first page, not the atlas's header.
      expect(texts[0]).toContain('Arlon');
      expect(texts.join('')).not.toContain(
        compact(
          language === 'fr' ? 'Imprimer ou enregistrer en PDF' : 'Drucken oder als PDF speichern',
        ),
      );
      expect(sections.length).toBe(6);
      for (const { heading, last } of sections) {
        const start = texts.findIndex((text) => text.includes(compact(heading)));
        const end = texts.findIndex((text, at) => at >= start && text.includes(compact(last)));
        expect(start, heading).toBeGreaterThanOrEqual(0);
        // The section's last line is on the page its heading is on.
        expect(end, `${heading}: ${last}`).toBe(start);
      }
    });
  }
});
