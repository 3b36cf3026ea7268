import { chromium } from 'playwright';
import { writeFileSync, appendFileSync } from 'node:fs';
const BASE = 'http://localhost:4700';
const CORPUS = '/work/main/e2e/fixtures/corpus/';
const OUT = '/tmp/review/';
const only = process.argv[2] ? process.argv[2].split(',') : null;
const cfgs = [];
for (const s of ['light', 'dark']) for (const [w, h, n] of [[1280, 800, 'desk'], [375, 740, 'phone']]) cfgs.push({ w, h, n, s });
const log = (m) => { console.log(m); appendFileSync(OUT + 'metrics.txt', m + '\n'); };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

async function open(cfg, url = '/') {
  const ctx = await browser.newContext({ viewport: { width: cfg.w, height: cfg.h }, colorScheme: cfg.s });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log(`  PAGEERROR ${e.message}`));
  await page.goto(BASE + url);
  await page.waitForSelector('canvas.event-canvas[data-drawn]', { timeout: 60000 }).catch(() => {});
  await page.waitForTimeout(1000);
  return { ctx, page };
}

async function metrics(page, tag, rootSel) {
  const m = await page.evaluate((rootSel) => {
    const rgba = (css) => { const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number); return [r, g, b, a]; };
    const over = (t, b) => [0, 1, 2].map((i) => t[i] * t[3] + b[i] * (1 - t[3])).concat(1);
    const behind = (from) => { const L = []; for (let e = from; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) L.push(c); if (c[3] >= 1) break; } return L.reduceRight((b, l) => over(l, b), [255, 255, 255, 1]); };
    const lum = ([r, g, b]) => { const f = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4); return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const cr = (a, b) => { const [l, d] = [lum(a), lum(b)].sort((x, y) => y - x); return (l + 0.05) / (d + 0.05); };
    const out = { hscroll: document.scrollingElement.scrollWidth - window.innerWidth, docH: document.scrollingElement.scrollHeight, low: [], wide: [], dialog: null };
    const dlg = document.querySelector('dialog[open]');
    if (dlg) { const r = dlg.getBoundingClientRect(); out.dialog = { top: Math.round(r.top), h: Math.round(r.height), w: Math.round(r.width), scrollH: dlg.scrollHeight, clientH: dlg.clientHeight, overflowY: getComputedStyle(dlg).overflowY, scrollW: dlg.scrollWidth, clientW: dlg.clientWidth }; }
    const roots = rootSel ? [...document.querySelectorAll(rootSel)] : dlg ? [dlg] : [];
    for (const root of roots) for (const e of root.querySelectorAll('*')) {
      if (!e.checkVisibility()) continue;
      const r = e.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 || r.left < -1) out.wide.push(`${e.tagName}.${e.className} [${Math.round(r.left)}-${Math.round(r.right)}] "${(e.textContent || '').trim().slice(0, 40)}"`);
      if (e.scrollWidth > e.clientWidth + 1 && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX)) out.wide.push(`scrolls-x ${e.tagName}.${e.className} ${e.scrollWidth}>${e.clientWidth}`);
      const own = [...e.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : '')).join('');
      if (!own.trim() || e.closest(':disabled')) continue;
      const st = getComputedStyle(e); const size = parseFloat(st.fontSize); const large = size >= 24 || (size >= 18.66 && Number(st.fontWeight) >= 700);
      const g = behind(e); const c = cr(over(rgba(st.color), g), g);
      if (c < (large ? 3 : 4.5)) out.low.push(`${e.tagName}.${e.className} "${own.trim().slice(0, 40)}" ${c.toFixed(2)} color=${st.color} bg=${g.map(Math.round).slice(0,3)}`);
    }
    out.wide = [...new Set(out.wide)].slice(0, 12); out.low = [...new Set(out.low)].slice(0, 12);
    return out;
  }, rootSel);
  log(`${tag}: hscroll=${m.hscroll} docH=${m.docH} dialog=${JSON.stringify(m.dialog)}`);
  for (const w of m.wide) log(`  WIDE ${w}`);
  for (const l of m.low) log(`  LOWCONTRAST ${l}`);
}

async function shot(page, name, rootSel) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}${name}.png` });
  await metrics(page, name, rootSel);
}
/** Screenshot a dialog at the top and, if it scrolls, at the bottom. */
async function dialogShots(page, name) {
  await page.evaluate(() => { const d = document.querySelector('dialog[open]'); if (d) d.scrollTop = 0; });
  await shot(page, name);
  const scrolls = await page.evaluate(() => { const d = document.querySelector('dialog[open]'); return d && d.scrollHeight > d.clientHeight + 2; });
  if (scrolls) { await page.evaluate(() => { const d = document.querySelector('dialog[open]'); d.scrollTop = d.scrollHeight; }); await page.waitForTimeout(300); await page.screenshot({ path: `${OUT}${name}-bottom.png` }); }
}
async function pick(page, file) {
  await page.getByRole('button', { name: 'Your data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Show your own data' });
  await dialog.getByLabel('Choose a file, or drop it here').setInputFiles(CORPUS + file);
  await page.waitForFunction(() => { const d = document.querySelector('dialog[open]'); return !d || d.querySelector('select, [role=alert]'); }, null, { timeout: 40000 }).catch(() => {});
  await page.waitForTimeout(1000);
  return dialog;
}
async function expandReport(page) {
  const s = page.getByText('Show the validation report').first();
  await s.click(); await page.waitForTimeout(500);
  await s.scrollIntoViewIfNeeded();
}
const stem = (f) => f.replace(/\.[a-z]+$/, '');

const scenarios = {
  async map1(cfg, p) {
    for (const f of ['swapped-columns.csv', 'ambiguous-dates.csv']) {
      const { ctx, page } = await open(cfg);
      await pick(page, f);
      await dialogShots(page, `1-${stem(f)}-${p}`);
      if (f === 'ambiguous-dates.csv') {
        // submit without answering, to see the error; then focus ring via keyboard
        await page.getByRole('button', { name: 'Show these events' }).click().catch(() => {});
        await page.waitForTimeout(400);
        await page.evaluate(() => { const d = document.querySelector('dialog[open]'); if (d) d.scrollTop = d.scrollHeight; });
        await shot(page, `1-${stem(f)}-submitted-${p}`);
      } else {
        await page.evaluate(() => { const d = document.querySelector('dialog[open]'); if (d) d.scrollTop = 0; });
        await page.getByRole('checkbox').first().focus();
        await page.keyboard.press('Shift+Tab'); await page.keyboard.press('Tab');
        await shot(page, `1-${stem(f)}-focus-${p}`);
      }
      await ctx.close();
    }
  },
  async acled(cfg, p) {
    const { ctx, page } = await open(cfg);
    await pick(page, 'acled-like.csv');
    await shot(page, `2-acled-like-collapsed-${p}`, '.notice');
    await expandReport(page);
    await shot(page, `2-acled-like-${p}`, '.notice');
    if (cfg.n === 'phone') await page.screenshot({ path: `${OUT}2-acled-like-${p}-full.png`, fullPage: true });
    await page.getByRole('button', { name: 'Choose how the columns are read' }).click();
    await page.waitForTimeout(2500);
    await dialogShots(page, `1-acled-like-mapping-${p}`);
    await ctx.close();
  },
  async reports(cfg, p) {
    for (const f of ['usgs-feed.geojson', 'windows-1252.csv', 'kabul-latitude-out-of-range.csv', 'place-names.csv']) {
      const { ctx, page } = await open(cfg);
      await pick(page, f);
      const stillOpen = await page.locator('dialog[open]').count();
      if (stillOpen) { log(`  ${f}: dialog still open`); await dialogShots(page, `2-${stem(f)}-dialog-${p}`); }
      await expandReport(page).catch((e) => log(`  no report for ${f}: ${e.message.split('\n')[0]}`));
      await shot(page, `2-${stem(f)}-${p}`, '.notice');
      if (cfg.n === 'phone') await page.screenshot({ path: `${OUT}2-${stem(f)}-${p}-full.png`, fullPage: true });
      else { // scroll sidebar to see rest of notice
        await page.evaluate(() => { const n = document.querySelector('.notice'); const sb = n?.closest('.sidebar'); if (sb) sb.scrollTop = 600; });
        await page.screenshot({ path: `${OUT}2-${stem(f)}-${p}-scrolled.png` });
      }
      await ctx.close();
    }
  },
  async rejected(cfg, p) {
    const { ctx, page } = await open(cfg);
    await pick(page, 'all-rejected.csv');
    await dialogShots(page, `3-all-rejected-${p}`);
    await ctx.close();
  },
  async details(cfg, p) {
    const { ctx, page } = await open(cfg);
    await pick(page, 'usgs-feed.geojson');
    await page.waitForTimeout(1000);
    const item = page.getByRole('list', { name: /Events in the time window/ }).getByRole('button').first();
    await item.scrollIntoViewIfNeeded(); await item.click();
    await page.waitForTimeout(1500);
    const other = page.getByText('Other fields in the file').first();
    if (await other.count()) { await other.click().catch(() => {}); await page.waitForTimeout(400); await other.scrollIntoViewIfNeeded(); }
    await shot(page, `4-details-usgs-${p}`, '.details');
    await page.evaluate(() => { const d = document.querySelector('.details'); const sb = d?.closest('.sidebar'); if (sb) sb.scrollTop += 500; else window.scrollBy(0, 500); });
    await page.screenshot({ path: `${OUT}4-details-usgs-${p}-more.png` });
    if (cfg.n === 'phone') await page.screenshot({ path: `${OUT}4-details-usgs-${p}-full.png`, fullPage: true });
    await ctx.close();
  },
  async share(cfg, p) {
    const { ctx, page } = await open(cfg);
    await pick(page, 'place-names.csv');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForTimeout(600);
    await shot(page, `5-copylink-${p}`, '.manual-link');
    await page.keyboard.press('Tab');
    await shot(page, `5-copylink-focus-${p}`, '.manual-link');
    const close = page.locator('.manual-link').getByRole('button', { name: 'Close' });
    if (await close.count()) await close.click();
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await page.waitForTimeout(1500);
    await dialogShots(page, `5-embed-${p}`);
    await ctx.close();
  },
  async reload(cfg, p) {
    const { ctx, page } = await open(cfg);
    await pick(page, 'place-names.csv');
    await page.reload();
    await page.waitForSelector('canvas.event-canvas[data-drawn]', { timeout: 60000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await shot(page, `6-reload-${p}`, '.notice');
    await page.getByRole('button', { name: 'Open a file' }).focus();
    await page.keyboard.press('Shift+Tab'); await page.keyboard.press('Tab');
    await shot(page, `6-reload-focus-${p}`, '.notice');
    await ctx.close();
  },
  async host(cfg, p, url = '/?data=https://127.0.0.1:9/x.csv', pre = '7') {
    const { ctx, page } = await open(cfg, url);
    await page.waitForSelector('dialog[open]', { timeout: 20000 }).catch(() => log('  no question dialog'));
    await page.waitForTimeout(800);
    await dialogShots(page, `${pre}-host-question-${p}`);
    await page.getByRole('button', { name: 'Load', exact: true }).click().catch((e) => log('  no Load ' + e.message));
    await page.waitForTimeout(5000);
    await shot(page, `${pre}-host-failed-${p}`, '.notice');
    if (cfg.n === 'phone') await page.screenshot({ path: `${OUT}${pre}-host-failed-${p}-full.png`, fullPage: true });
    await ctx.close();
  },
};

const embedCfgs = ['light', 'dark'].map((s) => ({ w: 480, h: 360, n: 'embed', s }));
async function embedRun(cfg) {
  const p = `embed-${cfg.s}`;
  const { ctx, page } = await open(cfg, '/?embed=1&data=./sample-events.csv');
  await page.waitForTimeout(1500);
  await shot(page, `8-embed-${p}`);
  const t = page.locator('.embed-toggle');
  if (await t.count()) {
    await t.click(); await page.waitForTimeout(800);
    await shot(page, `8-embed-panel-${p}`, '#embed-panel');
    const s = page.getByText('Show the validation report').first();
    if (await s.count()) { await s.click(); await page.waitForTimeout(500); await shot(page, `8-embed-panel-report-${p}`, '#embed-panel'); }
    await page.keyboard.press('Tab');
    await shot(page, `8-embed-panel-focus-${p}`, '#embed-panel');
  }
  await ctx.close();
  await scenarios.host(cfg, p, '/?embed=1&data=https://127.0.0.1:9/x.csv', '8');
}

for (const cfg of cfgs) {
  const p = `${cfg.n}-${cfg.s}`;
  for (const [k, fn] of Object.entries(scenarios)) {
    if (only && !only.includes(k)) continue;
    try { await fn(cfg, p); } catch (e) { log(`ERROR ${k} ${p}: ${e.message.split('\n')[0]}`); }
  }
}
if (!only || only.includes('embed')) for (const cfg of embedCfgs) { try { await embedRun(cfg); } catch (e) { log(`ERROR embed ${cfg.s}: ${e.message.split('\n')[0]}`); } }
await browser.close();
