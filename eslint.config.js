import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layers import downwards only: app -> features -> store -> lib. */
const layerRules = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: forbidden.map((layer) => ({
        group: [`**/${layer}/**`, `**/${layer}`],
        message: `This layer may not import from src/${layer} (imports go app -> features -> store -> lib).`,
      })),
    },
  ],
});

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
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data never becomes HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Data never becomes HTML.',
        },
      ],
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
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
          patterns: ['features', 'store', 'app'].map((layer) => ({
            group: [`**/${layer}/**`],
            message: `src/lib may not import from src/${layer}.`,
          })),
        },
      ],
    },
  },
  { files: ['src/store/**'], rules: layerRules(['features', 'app']) },
  { files: ['src/features/**'], rules: layerRules(['app']) },
);
