// The end-to-end tests' two servers, started side by side (playwright.config.ts): Playwright starts
// the servers it is given one after the other, and the second is a build of its own.
//
//   node scripts/test-servers.mjs <port> <tiles-port>
//
// On <port>, the production build in dist/, previewed as readers get it, with none of the VITE_
// settings this process is given. On <tiles-port>, a second build in dist-tiles/, made with them
// (a tile server, data hosts), and previewed once it is made and the first server answers.
// Playwright waits for the first server only, so the first tests run while the second is built;
// the tests that use it wait until it answers (e2e/second-build.ts). Its source maps are left out:
// no test reads them, and they are an eighth of the build's time. Either server failing, or the
// second build, ends this process, with its status.
import { spawn } from 'node:child_process';

const [port, tilesPort] = process.argv.slice(2);
if (!port || !tilesPort) throw new Error('usage: node scripts/test-servers.mjs <port> <tiles-port>');

const children = new Set();

/** Runs `vite <args>` with `env`, ending this process if it fails (or a server stops). */
function vite(args, env, { server }) {
  const child = spawn('npx', ['vite', ...args], { stdio: 'inherit', env });
  children.add(child);
  return new Promise((done) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (server || code !== 0) stop(code || (signal ? 1 : 0));
      done();
    });
  });
}

function stop(status) {
  for (const child of children) child.kill();
  process.exit(status);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(1));

/** Resolves once the server at `url` answers. */
async function answered(url) {
  for (;;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

const plain = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITE_')));
void vite(['preview', '--port', port, '--strictPort'], plain, { server: true });
await vite(
  ['build', '--outDir', 'dist-tiles', '--emptyOutDir', '--sourcemap', 'false', '--logLevel', 'warn'],
  process.env,
  { server: false },
);
await answered(`http://localhost:${port}`);
void vite(['preview', '--outDir', 'dist-tiles', '--port', tilesPort, '--strictPort'], process.env, {
  server: true,
});
