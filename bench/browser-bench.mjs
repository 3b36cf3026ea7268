// Drives the production build in headless Chromium and prints, per dataset
// size, load time, frame times while the timeline window is dragged across
// the whole extent with real mouse events, long tasks, input latency and heap,
// plus the build's gzipped sizes. Numbers are reported, never asserted.
// Usage: npm run bench  (builds first). BENCH_SIZES=10000,100000 to choose sizes.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const MARK = 'wherewhen:markers-drawn';
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizes = (process.env.BENCH_SIZES ?? 'bundled,10000,100000,300000').split(',');
const throttledSize = process.env.BENCH_THROTTLED ?? '100000';

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first (npm run bench does).');
  process.exit(1);
}

const server = await preview({ preview: { port: PORT, strictPort: true }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--enable-precise-memory-info',
  ],
});

const runs = [];
try {
  for (const size of sizes) runs.push(await measure(size, 1));
  if (throttledSize) runs.push(await measure(throttledSize, 4));
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}

const result = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium ${browser.version()}, no GPU`,
  date: new Date().toISOString(),
  runs,
  bundle: bundleSizes(),
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(result, null, 2));
console.log(JSON.stringify(result, null, 2));
console.table(
  runs.map((r) => ({
    events: r.events,
    cpu: `${r.cpuSlowdown}x`,
    loadMs: r.loadMs,
    scrubP50Ms: r.scrubP50Ms,
    scrubP95Ms: r.scrubP95Ms,
    framesOver20: `${r.framesOver20}/${r.frames}`,
    longestTaskMs: r.longestTaskMs,
    longestEventMs: r.longestEventMs,
    heapMB: r.heapMB,
  })),
);
console.table(result.bundle);

async function measure(size, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const bench = (window.__bench = { longTasks: [], events: [] });
    new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries())).observe({
      type: 'longtask',
      buffered: true,
    });
    new PerformanceObserver((list) => bench.events.push(...list.getEntries())).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: true,
    });
  });
  const query = size === 'bundled' ? '' : `?synthetic=${size}&seed=1`;
  await page.goto(`http://localhost:${PORT}/${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
    timeout: 120_000,
  });
  const loadMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  const events = await page.evaluate(() => Number(document.querySelector('.event-canvas')?.dataset.drawn));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  // A window of 10% of the extent at its start, set with the date fields.
  const start = await page.getByRole('slider', { name: 'Start of time window' });
  const min = Number(await start.getAttribute('aria-valuemin'));
  const max = Number(
    await page.getByRole('slider', { name: 'End of time window' }).getAttribute('aria-valuemax'),
  );
  const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  await page.getByRole('textbox', { name: 'To', exact: true }).fill(iso(min + Math.round((max - min) * 0.1)));
  await page.getByRole('textbox', { name: 'From', exact: true }).fill(iso(min));
  await page.waitForTimeout(300);

  const track = await page.getByTestId('timeline-track').boundingBox();
  const band = await page.getByTestId('timeline-band').boundingBox();
  const t0 = await page.evaluate(() => {
    const frames = (window.__frames = []);
    window.__recording = true;
    const tick = (t) => {
      frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return performance.now();
  });
  const profiling = process.env.BENCH_PROFILE === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const y = band.y + band.height / 2;
  let x = band.x + band.width / 2;
  const end = x + (track.x + track.width - (band.x + band.width));
  const steps = 120;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    x = band.x + band.width / 2 + ((end - (band.x + band.width / 2)) * i) / steps;
    await page.mouse.move(x, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(200);
  const timing = await page.evaluate((since) => {
    window.__recording = false;
    const frames = window.__frames;
    const deltas = frames.slice(1).map((t, i) => t - frames[i]);
    const longTasks = window.__bench.longTasks.filter((e) => e.startTime >= since);
    const inputs = window.__bench.events.filter((e) => e.startTime >= since);
    return {
      deltas,
      longestTaskMs: Math.max(0, ...longTasks.map((e) => e.duration)),
      longestEventMs: Math.max(0, ...inputs.map((e) => e.duration)),
    };
  }, t0);
  if (profiling) printProfile((await cdp.send('Profiler.stop')).profile, `${size} at ${cpuSlowdown}x`);
  const windowAfter = await page
    .getByRole('slider', { name: 'End of time window' })
    .getAttribute('aria-valuenow');
  await context.close();

  const sorted = [...timing.deltas].sort((a, b) => a - b);
  const pct = (p) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return {
    events,
    cpuSlowdown,
    loadMs: round(loadMs),
    scrubP50Ms: pct(0.5),
    scrubP95Ms: pct(0.95),
    framesOver20: timing.deltas.filter((d) => d > 20).length,
    frames: timing.deltas.length,
    longestTaskMs: round(timing.longestTaskMs),
    longestEventMs: round(timing.longestEventMs),
    heapMB: round(heap.usedSize / 2 ** 20),
    draggedToEnd: Number(windowAfter) === max,
  };
}

function bundleSizes() {
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]));
  const sums = { initialJs: 0, lazyJs: 0, initialCss: 0, lazyCss: 0 };
  for (const file of readdirSync('dist/assets')) {
    const kind = file.endsWith('.js') ? 'Js' : file.endsWith('.css') ? 'Css' : null;
    if (!kind) continue;
    const bytes = gzipSync(readFileSync(join('dist/assets', file))).length;
    sums[`${initial.has(`assets/${file}`) ? 'initial' : 'lazy'}${kind}`] += bytes;
  }
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [`${k}GzipBytes`, v]));
}

/** BENCH_PROFILE=1: the functions that took the most time during the drag. */
function printProfile(profile, label) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.error(`\nProfile of the drag, ${label}:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.error(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
}

function round(n) {
  return Math.round(n * 10) / 10;
}
