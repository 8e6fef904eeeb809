// Generates MapLibre glyph PBFs (SDF, 24 px, buffer 3, radius 8, cutoff 0.25: the format
// fontnik makes) from a TTF, by drawing each glyph with @mapbox/tiny-sdf in headless Chromium.
// Usage: node scripts/build_glyphs.mjs <font.ttf> <fontstack name> <out dir> [ranges...]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const { chromium } = require('playwright-core');

const [fontPath, stackName, outDir, ...rangeArgs] = process.argv.slice(2);
const ranges = (rangeArgs.length ? rangeArgs : ['0', '256', '8192']).map(Number);

const tinySdf = readFileSync(join(root, 'node_modules/@mapbox/tiny-sdf/index.js'), 'utf8');
const font = readFileSync(fontPath).toString('base64');

/** Skipped: control and formatting characters, which draw nothing. */
const skip = (cp) =>
  cp < 32 ||
  (cp >= 127 && cp < 160) ||
  cp === 0xad ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2028 && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x206f);

// protobuf helpers
const varint = (n, out) => {
  let v = n >>> 0;
  while (v > 127) {
    out.push((v & 127) | 128);
    v >>>= 7;
  }
  out.push(v);
};
const zigzag = (n) => ((n << 1) ^ (n >> 31)) >>> 0;
const key = (field, wire, out) => varint((field << 3) | wire, out);
const bytesField = (field, bytes, out) => {
  key(field, 2, out);
  varint(bytes.length, out);
  for (const b of bytes) out.push(b);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const page = await browser.newPage();
await page.setContent(
  `<style>@font-face{font-family:AtlasGlyphSource;src:url(data:font/ttf;base64,${font})}</style><p style="font-family:AtlasGlyphSource">x</p>`,
);
await page.addScriptTag({
  type: 'module',
  content: `${tinySdf.replace('export default class', 'class')}\nwindow.TinySDF = TinySDF;`,
});
await page.waitForFunction(() => typeof window.TinySDF === 'function');
await page.evaluate(() => document.fonts.load('24px AtlasGlyphSource'));

mkdirSync(outDir, { recursive: true });
for (const start of ranges) {
  const end = start + 255;
  const codepoints = [];
  for (let cp = start; cp <= end; cp += 1) if (!skip(cp)) codepoints.push(cp);
  const glyphs = await page.evaluate((cps) => {
    const sdf = new window.TinySDF({
      fontSize: 24,
      buffer: 3,
      radius: 8,
      cutoff: 0.25,
      fontFamily: 'AtlasGlyphSource',
    });
    const covered = (cp) => document.fonts.check('24px AtlasGlyphSource', String.fromCodePoint(cp));
    return cps.filter(covered).map((cp) => {
      const g = sdf.draw(String.fromCodePoint(cp));
      return {
        id: cp,
        bitmap: Array.from(g.data),
        width: g.glyphWidth,
        height: g.glyphHeight,
        left: g.glyphLeft,
        top: g.glyphTop,
        advance: g.glyphAdvance,
      };
    });
  }, codepoints);
  const stack = [];
  bytesField(1, Buffer.from(stackName), stack);
  bytesField(2, Buffer.from(`${start}-${end}`), stack);
  for (const g of glyphs) {
    const out = [];
    key(1, 0, out);
    varint(g.id, out);
    if (g.width > 0 && g.height > 0) bytesField(2, g.bitmap, out);
    key(3, 0, out);
    varint(g.width > 0 && g.height > 0 ? g.width : 0, out);
    key(4, 0, out);
    varint(g.width > 0 && g.height > 0 ? g.height : 0, out);
    key(5, 0, out);
    varint(zigzag(g.left), out);
    // TinySDF's top is measured from the baseline; PBF glyphs from an origin above the em box.
    // MapLibre aligns its own TinySDF glyphs with PBF ones by subtracting 27.5 at 24 px.
    key(6, 0, out);
    varint(zigzag(Math.round(g.top - 27.5)), out);
    key(7, 0, out);
    varint(Math.round(g.advance), out);
    bytesField(3, out, stack);
  }
  const message = [];
  bytesField(1, stack, message);
  writeFileSync(join(outDir, `${start}-${end}.pbf`), Buffer.from(message));
  console.log(`${start}-${end}: ${glyphs.length} glyphs, ${message.length} bytes`);
}
await browser.close();
