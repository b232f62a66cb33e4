import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a module may import its own layer and
 * those below, never one above (docs/architecture.md). Entry files (src/*.tsx)
 * sit on top.
 */
const LAYERS = ['state', 'data', 'i18n', 'charts', 'ui', 'features', 'app'];
/** Code loading every layer uses (chunk reload on a new release): below everything, though it lives in app/. */
const PLATFORM = ['./loadChunk.ts', './lazyView.tsx'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const upwardZones = LAYERS.flatMap((layer, index) =>
  LAYERS.slice(index + 1).map((above) => ({
    target: `./src/${layer}`,
    from: `./src/${above}`,
    ...(above === 'app' ? { except: PLATFORM } : {}),
    message: `${layer} is below ${above}: it may not import it (docs/architecture.md, « Layers »).`,
  })),
);
const crossFeatureZones = FEATURES.flatMap((feature) =>
  FEATURES.filter((other) => other !== feature).map((other) => ({
    target: `./src/features/${feature}`,
    from: `./src/features/${other}`,
    except: ['./index.ts'],
    message: `Features meet only through their index.ts: import '../${other}', not one of its files.`,
  })),
);

const ADDRESS_MESSAGE = 'The address bar is read and written in src/state/address.ts only (readAddress, writeAddress, queryParam, editQuery…).';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'bench-results', 'public/sw.js'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Data text must never be injected as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data text is never injected as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use textContent; data text is never injected as HTML.' },
      ],
    },
  },
  {
    // Layers, feature boundaries and cycles. Tests are harnesses across layers: they may import upward.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**', 'src/**/testFixtures.ts', 'src/**/*.fixtures.ts', 'src/**/fixtures.test-data.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...upwardZones, ...crossFeatureZones] }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One module reads and writes the address bar (docs/architecture.md, « View state »): every other one goes through it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/address.ts', 'src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'no-restricted-globals': ['error', ...['location', 'history', 'URLSearchParams'].map((name) => ({ name, message: ADDRESS_MESSAGE }))],
      'no-restricted-properties': [
        'error',
        ...['window', 'document', 'globalThis', 'self'].flatMap((object) =>
          ['location', 'history'].map((property) => ({ object, property, message: ADDRESS_MESSAGE })),
        ),
        { property: 'searchParams', message: ADDRESS_MESSAGE },
      ],
    },
  },
  {
    files: ['scripts/**/*.{ts,mjs,js}', 'tests/**/*.{ts,tsx,mjs,js}', 'vite.config.ts', 'eslint.config.js', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{mjs,js}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
