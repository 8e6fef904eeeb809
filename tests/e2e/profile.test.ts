import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp } from './driver';
import { A4_AT_50_DPI, compact, POPPLER, printToPdf } from './printed_pdf';

/**
 * The profile of Arlon printed to PDF by Chromium (page.pdf, the print stylesheet), as a user
 * saves it from the print dialog, read back as images and text with poppler-utils (pdftoppm,
 * pdftotext): A4 pages, ink on each, the place and its sections there, and no section split
 * across two pages. In French and in German.
 */

const session = browserPerFile({ width: 1366, height: 768 });

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

async function printProfile(language: 'fr' | 'de') {
  const page = await openApp(session.context, `?sel=commune:81001&lang=${language}`);
  const open = language === 'fr' ? 'Profil à imprimer' : 'Profil zum Drucken';
  await page.getByRole('button', { name: open }).click();
  await page.getByRole('heading', { level: 1, name: 'Arlon' }).waitFor();
  // The link keeps the profile: it reopens on it.
  await page.waitForFunction(() => window.location.search.includes('profile=81001'));
  await page.screenshot({ path: shotPath(`profile-arlon-${language}`) });
  const { pages, texts } = await printToPdf(page, `profile-arlon-${language}`);
  return { pages, texts, sections: await sectionEnds(page) };
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
