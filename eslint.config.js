import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import lingui from 'eslint-plugin-lingui';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers import downwards only: app -> features -> components and hooks -> store -> lib.
 * Each entry: a layer, and the layers it may not import.
 */
const LAYERS = {
  lib: ['store', 'hooks', 'components', 'features', 'app'],
  store: ['hooks', 'components', 'features', 'app'],
  hooks: ['components', 'features', 'app'],
  components: ['features', 'app'],
  features: ['app'],
};
const ORDER = 'imports go app -> features -> components/hooks -> store -> lib';

/** Features are side by side: what two of them share goes down a layer, or the app composes them. */
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  ...Object.entries(LAYERS).flatMap(([layer, forbidden]) =>
    forbidden.map((above) => ({
      target: `./src/${layer}`,
      from: `./src/${above}`,
      message: `src/${layer} may not import from src/${above} (${ORDER}).`,
    })),
  ),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `A feature may not import another: move what they share to src/components, src/hooks, the store or src/lib, or compose them in src/app.`,
  })),
];

const NO_HTML = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Data never becomes HTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Data never becomes HTML.',
  },
];
/**
 * Interface text goes through the catalogues (Lingui: `t`, `<Trans>`, `msg`; see the README's
 * "Languages"). In components every string with a letter is text unless it is an attribute or a call
 * that is not (class names, ids, selectors, media queries, styles); in other modules, sentence-like
 * strings (a capital, then two more words) are. `npm run messages:check` then finds any message of the
 * code missing from a catalogue or left untranslated.
 */
const UNTRANSLATED_IN_COMPONENTS = {
  ignore: [
    // Selectors, media queries, CSS values and transforms, keys: not words for a reader.
    '^[^ ]*$',
    '^[.#\\[:(a-z-]+[^ ]*( [^ ]+)*[)\\]]$',
    '^(?:[.#][\\w-]+|\\[[^\\]]+\\]|[a-z]+)(?:,? ?(?:[.#][\\w-]+|\\[[^\\]]+\\]|[a-z]+|[>+~]))*$',
    'px|var\\(--',
  ],
  ignoreNames: [
    {
      regex: {
        pattern:
          '^(className|id|key|type|role|name|rel|target|href|src|htmlFor|lang|dir|inputMode|autoComplete|accept|part|viewBox|d|fill|stroke|color|rootMargin|.*Id|data-.*|aria-(controls|describedby|labelledby|live|hidden|current|haspopup|expanded|pressed|keyshortcuts|relevant|orientation))$',
      },
    },
  ],
  ignoreFunctions: [
    'console.*',
    'Error',
    '*.closest',
    '*.matchMedia',
    '*.querySelector',
    '*.querySelectorAll',
    '*.getPane',
    'downloadText',
    '*.includes',
  ],
};
const UNTRANSLATED_ELSEWHERE = {
  ignore: ["^(?![A-Z][a-z’']*(?: +[^ ]+){2,}$)"],
  ignoreFunctions: ['console.*', 'Error', 'DOMException'],
};

const NO_REEXPORT_ALL = {
  selector: 'ExportAllDeclaration',
  message: 'No barrels: import from the module that declares it.',
};
const NO_REEXPORT = {
  selector: 'ExportNamedDeclaration[source]',
  message: 'No re-exports: import from the module that declares it.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-peers',
      'dist-tiles',
      'reports',
      'test-results',
      'playwright-report',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Typed rules, with each file's own tsconfig (app, worker or node) found by the project service.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...NO_HTML, NO_REEXPORT_ALL, NO_REEXPORT],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The entry modules of lazy chunks: what a chunk offers is re-exported from where it is declared.
    files: ['src/lib/engine.ts', 'src/features/map/cluster-client.ts', 'src/features/map/reference-rows.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML, NO_REEXPORT_ALL] },
  },
  {
    files: ['src/**/index.{ts,tsx,js}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: 'No index files: name a module for what it does, and import it by that name.',
        },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.bench.ts', 'src/**/*.fixture.ts', 'src/test-setup.ts'],
    plugins: { lingui },
    rules: {
      'lingui/t-call-in-function': 'error',
      'lingui/no-trans-inside-trans': 'error',
      'lingui/no-single-variables-to-translate': 'error',
      'lingui/no-unlocalized-strings': ['error', UNTRANSLATED_ELSEWHERE],
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: { 'lingui/no-unlocalized-strings': ['error', UNTRANSLATED_IN_COMPONENTS] },
  },
  // The synthetic generator's titles and summaries are made-up data, not the interface.
  { files: ['src/lib/synthetic.ts'], rules: { 'lingui/no-unlocalized-strings': 'off' } },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'leaflet', 'react-leaflet', 'zustand'].map((name) => ({
            name,
            message: 'src/lib is pure logic: no React, Leaflet or store.',
          })),
        },
      ],
    },
  },
);
