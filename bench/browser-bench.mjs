// Drives the production build in headless Chromium and prints, per dataset
// size, load time, frame times while the timeline window is dragged across
// the whole extent with real mouse events, long tasks, input latency and heap,
// plus the build's gzipped sizes. Numbers are reported, never asserted.
// It also drags the start handle from the full extent (every event in the
// window) and steps the same window over two peers (bench/peers): a
// react-leaflet CircleMarker per event and Leaflet's canvas renderer.
// Usage: npm run bench  (builds first). BENCH_SIZES=10000,100000 to choose sizes (empty for none);
// BENCH_PEER_SIZE (100000; empty for none), BENCH_PORT (4180, and the next for the peers),
// BENCH_LOADS (5: cold loads per size, the median reported, after one to start the browser),
// BENCH_SCRUBS (3: drags of each kind per size, and steps over each peer, the median reported).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { launch, requireBuild, serve } from './browser.mjs';
import { bundleSizes as sizesOf } from '../scripts/bundle-sizes.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4180);
const MARK = 'wherewhen:markers-drawn';
const sizes = (process.env.BENCH_SIZES ?? 'bundled,10000,100000,300000').split(',').filter(Boolean);
const throttledSize = process.env.BENCH_THROTTLED ?? '100000';
/** Cold loads per size (each in a fresh context: nothing cached), of which the median is reported. */
const LOADS = Math.max(1, Number(process.env.BENCH_LOADS ?? 5));
/**
 * Drags of each kind per size, one after the other in the same page, of which the median is
 * reported with every run's p95: one drag's p95 on a shared machine is as much the machine's
 * moment as the app (33 ms in one run, 67 ms minutes later).
 */
const SCRUBS = Math.max(1, Number(process.env.BENCH_SCRUBS ?? 3));

requireBuild();
const server = await serve(PORT);
const browser = await launch();

const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const peerSize = process.env.BENCH_PEER_SIZE ?? '100000';
const peerServer = peerSize ? await serve(PORT + 1, 'bench/peers/vite.config.ts') : null;

const runs = [];
const peers = [];
try {
  // The browser's own first page (its renderer process, fonts, ICU) is not the app's cost: one
  // load, not reported, before any that are.
  await loadTime('bundled', 1);
  for (const size of sizes) runs.push(await measure(size, 1));
  if (throttledSize) runs.push(await measure(throttledSize, 4));
  if (peerSize) {
    if (!runs.some((r) => r.size === peerSize && r.cpuSlowdown === 1)) runs.push(await measure(peerSize, 1));
    const ours = runs.find((r) => r.size === peerSize && r.cpuSlowdown === 1);
    for (const name of ['react-leaflet', 'leaflet-canvas']) {
      const peer = await measurePeer(name, peerSize);
      peers.push({ ...peer, wherewhenP95Ms: ours.scrubP95Ms, ratio: round(peer.p95Ms / ours.scrubP95Ms) });
    }
  }
} finally {
  await browser.close();
  await server.close();
  await peerServer?.close();
}

const result = {
  machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, headless Chromium ${browser.version()}, no GPU`,
  date: new Date().toISOString(),
  runs,
  peers,
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
    loads: `${r.loadsMs[0]}–${r.loadsMs.at(-1)}`,
    scrubP50Ms: r.scrubP50Ms,
    scrubP95Ms: r.scrubP95Ms,
    scrubP95s: r.scrubP95sMs.join(' '),
    framesOver20: `${r.framesOver20}/${r.frames}`,
    longestTaskMs: r.longestTaskMs,
    longestEventMs: r.longestEventMs,
    startDragP95Ms: r.startDrag.p95Ms,
    startDragP95s: r.startDrag.p95sMs.join(' '),
    startDragOver20: `${r.startDrag.framesOver20}/${r.startDrag.frames}`,
    heapMB: r.heapMB,
  })),
);
if (peers.length > 0) {
  console.log(`Peers: the same scrub at ${peerSize} events, the same window and events in it.`);
  console.table(
    peers.map((p) => ({
      peer: p.peer,
      visible: p.visible,
      scrubP50Ms: p.p50Ms,
      scrubP95Ms: p.p95Ms,
      scrubP95s: p.p95sMs.join(' '),
      wherewhenP95Ms: p.wherewhenP95Ms,
      'peer / wherewhen': p.ratio,
    })),
  );
}
console.table(result.bundle);

/** The page of `size` events opened in a fresh context (nothing cached), with the CPU slowed `cpuSlowdown` times. */
async function open(size, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(observeTasksAndInputs);
  const query = size === 'bundled' ? '' : `?synthetic=${size}&seed=1`;
  await page.goto(`http://localhost:${PORT}/${query}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
    timeout: 120_000,
  });
  const loadMs = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, MARK);
  return { context, page, cdp, loadMs };
}

/** From navigation to the first markers drawn, in a fresh context. */
async function loadTime(size, cpuSlowdown) {
  const { context, loadMs } = await open(size, cpuSlowdown);
  await context.close();
  return loadMs;
}

async function measure(size, cpuSlowdown) {
  // The load varies from one to the next by more than a change worth measuring: the median of several.
  const loads = [];
  for (let i = 1; i < LOADS; i++) loads.push(round(await loadTime(size, cpuSlowdown)));
  const { context, page, cdp, loadMs: lastLoad } = await open(size, cpuSlowdown);
  loads.push(round(lastLoad));
  loads.sort((a, b) => a - b);
  const loadMs = loads[Math.floor((loads.length - 1) / 2)];
  const events = await page.evaluate(() => Number(document.querySelector('.event-canvas')?.dataset.drawn));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');

  const start = page.getByRole('slider', { name: 'Start of time window' });
  const end = page.getByRole('slider', { name: 'End of time window' });
  const min = Number(await start.getAttribute('aria-valuemin'));
  const max = Number(await end.getAttribute('aria-valuemax'));
  const track = await page.getByTestId('timeline-track').boundingBox();

  const scrubs = [];
  let draggedToEnd = true;
  for (let i = 0; i < SCRUBS; i++) {
    // A window of 10% of the extent at its start, set with the date fields, and its band dragged
    // across the whole extent.
    await setWindow(page, min, min + Math.round((max - min) * 0.1));
    const band = await page.getByTestId('timeline-band').boundingBox();
    const from = band.x + band.width / 2;
    const to = from + (track.x + track.width - (band.x + band.width));
    const profile = i === 0 && process.env.BENCH_PROFILE === '1' && `${size} at ${cpuSlowdown}x`;
    scrubs.push(await drag(page, cdp, from, to, band.y + band.height / 2, profile));
    draggedToEnd &&= Number(await end.getAttribute('aria-valuenow')) === max;
  }

  // The hard case: every event in the window, then its start handle dragged to the last tenth.
  const startDrags = [];
  for (let i = 0; i < SCRUBS; i++) {
    await setWindow(page, min, max);
    const thumb = await start.boundingBox();
    const thumbX = thumb.x + thumb.width / 2;
    const to = thumbX + (track.x + track.width - thumbX) * 0.9;
    startDrags.push(await drag(page, cdp, thumbX, to, thumb.y + thumb.height / 2));
  }
  await context.close();
  const scrub = medianRun(scrubs);
  const startDrag = { ...medianRun(startDrags), p95sMs: startDrags.map((d) => d.p95Ms) };

  return {
    size,
    events,
    cpuSlowdown,
    loadMs,
    loadsMs: loads,
    scrubP50Ms: scrub.p50Ms,
    scrubP95Ms: scrub.p95Ms,
    scrubP95sMs: scrubs.map((d) => d.p95Ms),
    framesOver20: scrub.framesOver20,
    frames: scrub.frames,
    longestTaskMs: scrub.longestTaskMs,
    longestEventMs: scrub.longestEventMs,
    heapMB: round(heap.usedSize / 2 ** 20),
    draggedToEnd,
    startDrag,
  };
}

/** The same events drawn by a peer page (bench/peers), the same window stepped across the extent. */
async function measurePeer(name, size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(observeTasksAndInputs);
  await page.goto(`http://localhost:${PORT + 1}/${name}.html?n=${size}&seed=1`);
  await page.waitForFunction(() => window.__peer !== undefined, null, { timeout: 120_000 });
  // As many times as wherewhen's drags, of which the median too.
  const runs = [];
  for (let run = 0; run < SCRUBS; run++) {
    // Back at the start before the next run, outside the frames timed, as wherewhen's window is reset.
    if (run > 0) {
      await page.evaluate(() => window.__peer.step(0, 120));
      await page.waitForTimeout(300);
    }
    runs.push(
      await recordFrames(page, async (steps) => {
        for (let i = 1; i <= steps; i++) {
          await page.evaluate(([at, of]) => window.__peer.step(at, of), [i, steps]);
          await page.waitForTimeout(16);
        }
      }),
    );
  }
  const visible = await page.evaluate(() => window.__peer.visible);
  await context.close();
  return { peer: name, events: Number(size), visible, ...medianRun(runs), p95sMs: runs.map((r) => r.p95Ms) };
}

/** Of several drags, the one whose p95 is the median (the fewer frames over 20 ms among equals). */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.p95Ms - b.p95Ms || a.framesOver20 - b.framesOver20);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Sets the timeline's window with the date fields, as a reader can. */
async function setWindow(page, from, to) {
  await page.getByRole('textbox', { name: 'To', exact: true }).fill(iso(to));
  await page.getByRole('textbox', { name: 'From', exact: true }).fill(iso(from));
  await page.waitForTimeout(300);
}

/** Drags with real mouse events from x `from` to `to`, one move per frame, timing the frames. */
async function drag(page, cdp, from, to, y, profileLabel) {
  if (profileLabel) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const timing = await recordFrames(page, async (steps) => {
    await page.mouse.move(from, y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(from + ((to - from) * i) / steps, y);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  if (profileLabel) printProfile((await cdp.send('Profiler.stop')).profile, profileLabel);
  return timing;
}

/** Runs `act` over 120 steps while every animation frame's time is recorded; its percentiles and worst tasks. */
async function recordFrames(page, act) {
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
  await act(120);
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
  const sorted = [...timing.deltas].sort((a, b) => a - b);
  const pct = (p) => round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return {
    p50Ms: pct(0.5),
    p95Ms: pct(0.95),
    framesOver20: timing.deltas.filter((d) => d > 20).length,
    frames: timing.deltas.length,
    longestTaskMs: round(timing.longestTaskMs),
    longestEventMs: round(timing.longestEventMs),
  };
}

/** In the page, before its scripts: long tasks and slow input events are kept in window.__bench. */
function observeTasksAndInputs() {
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
}

function bundleSizes() {
  return Object.fromEntries(Object.entries(sizesOf('dist')).map(([k, v]) => [`${k}GzipBytes`, v]));
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
  // Where the time in the page's own functions came from: each sample's callers, to the root.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = nodes.get(at).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  console.error(`\nWith what they called, ${label}:`);
  for (const [key, ms] of [...total]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.BENCH_PROFILE_TOP ?? 40))) {
    console.error(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
}

function round(n) {
  return Math.round(n * 10) / 10;
}
