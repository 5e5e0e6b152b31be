// Draws the app icons (PNG) from the same mark as public/favicon.svg, using Debian's Chromium.
// Run once after changing the mark: node packages/web/src/pwa/icons/generate-icons.mjs
// The PNGs are committed; install prompts need raster icons at 192 and 512 px.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../../public/icons');

/** The mark: a rounded square with a gentle S-curve, the spine. `inset` leaves the maskable safe zone. */
function markSvg(size, { inset }) {
  const pad = inset ? size * 0.1 : 0;
  const radius = inset ? 0 : size * 0.22;
  const scale = (size - pad * 2) / 32;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <rect width="${size}" height="${size}" rx="${radius}" fill="#1f5f8b"/>
  <g transform="translate(${pad} ${pad}) scale(${scale})">
    <path d="M16 5c-2 4 2 6 0 10s2 6 0 12" stroke="#fff" stroke-width="3" fill="none" stroke-linecap="round"/>
  </g>
</svg>`;
}

const browser = await chromium.launch({
  executablePath: process.env.BACKPLAN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const [name, size, inset] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${markSvg(size, { inset })}</body>`);
  writeFileSync(path.join(out, name), await page.locator('svg').screenshot({ omitBackground: true }));
}
await browser.close();
