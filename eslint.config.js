import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (the README's "Who may import what"). Each may import only the
 * layers named in its `uses`, and itself; every other folder under src/ is a feature (wizard/,
 * result/, team/, embed/, compare/, and any new one from the day it is made), which may import the
 * shared layers and itself, never another feature; app/ composes them all.
 */
const SHARED_LAYERS = {
  domain: { uses: [], why: 'The domain imports nothing of ours but itself.' },
  ui: { uses: ['domain', 'paths.ts'], why: 'ui/ builds on the domain and paths.ts only.' },
  comparison: {
    uses: ['domain', 'ui', 'paths.ts'],
    why: 'comparison/ builds on the domain, ui/ and paths.ts only.',
  },
};
const FEATURE_USES = ['domain', 'ui', 'comparison', 'paths.ts'];
const COMPOSER = 'app';

/** The repository's root, wherever ESLint is started from. */
const ROOT = fileURLToPath(new URL('.', import.meta.url));

const FOLDERS = readdirSync(new URL('src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const FEATURES = FOLDERS.filter((name) => !(name in SHARED_LAYERS) && name !== COMPOSER);

/** A zone that forbids everything under src/ to `folder` but itself and `uses`. */
function allowOnly(folder, uses, message) {
  return {
    target: `./src/${folder}`,
    from: './src',
    except: [`./${folder}`, ...uses.map((name) => `./${name}`)],
    message,
  };
}

const LAYER_ZONES = [
  ...Object.entries(SHARED_LAYERS).map(([folder, { uses, why }]) => allowOnly(folder, uses, why)),
  ...FEATURES.map((folder) =>
    allowOnly(
      folder,
      FEATURE_USES,
      'A feature folder uses domain/, ui/, comparison/ and paths.ts, never another feature: compose features in app/ (pass a component or an action down as a prop).',
    ),
  ),
  allowOnly(
    COMPOSER,
    [...FOLDERS.filter((name) => name !== COMPOSER), 'paths.ts'],
    'app/ composes the folders of src/; the entries at its root (main.tsx, prerender.tsx, …) compose app/.',
  ),
  {
    target: './src/paths.ts',
    from: './src',
    except: ['./domain'],
    message: 'paths.ts builds links from domain types alone.',
  },
];

/**
 * The one gateway to zustand (excalidraw's "one gateway" ban): only the wizard's answers store
 * creates a store. Naming zustand's types elsewhere (the draft storage does) creates none.
 */
const ZUSTAND_GATEWAY = {
  group: ['zustand', 'zustand/*'],
  message: 'Only src/wizard/answers-store.ts creates stores: use its hooks and actions.',
  allowTypeImports: true,
};

/** `@typescript-eslint/no-restricted-imports` with the zustand gateway and `more` patterns. */
function restrictedImports(...more) {
  return ['error', { patterns: [ZUSTAND_GATEWAY, ...more] }];
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      // The benchmark kit's virtualenvs (installed packages, not ours).
      'bench/.cache',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': restrictedImports(),
    },
  },
  {
    // Tests, scripts, configs and the edge worker's glue run in Node, a browser or both.
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/wizard/answers-store.ts', '__mocks__/zustand.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // Say one thing: pages read links through the one façade and render the one result report;
    // they never decode a link, score answers or build a sentence about a result themselves.
    files: ['src/**/*.{ts,tsx}', 'edge/**/*.ts'],
    ignores: ['src/domain/**', 'src/wizard/answers-store.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports(
        {
          group: ['**/domain/links/share-link', '**/domain/links/team-link'],
          importNames: ['decodeShareQuery', 'decodeTeamQuery'],
          message: 'Read links through domain/links/resolve.ts.',
        },
        {
          group: [
            '**/domain/scoring',
            '**/domain/explain',
            '**/domain/what-if',
            '**/domain/what-if-text',
          ],
          allowTypeImports: true,
          message:
            'Render the result report (domain/result-report.ts): it holds every score, reason and sentence about a result.',
        },
      ),
    },
  },
  {
    // The layers: an allow-list per folder, and no import cycles, within a folder or across.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript preset's parsers and extensions, so that no-cycle follows .ts and .tsx
      // imports; Node's resolution with those extensions is all our relative imports need.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The app runs in browsers (and renders on servers through the same DOM-free code paths).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/paths.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictedImports({
        group: ['./domain/*'],
        message: 'paths.ts builds links from domain types alone.',
        allowTypeImports: true,
      }),
    },
  },
  {
    // The domain runs in the browser, in Node (prerender, scripts) and at the edge: it uses the
    // language and the URL classes all three share, nothing of any one host. TypeScript's DOM
    // types are on for src/ as a whole, so the check is the linter's.
    files: ['src/domain/**/*.ts'],
    languageOptions: {
      globals: { URL: 'readonly', URLSearchParams: 'readonly' },
      parserOptions: { lib: ['es2023'] },
    },
    rules: {
      'no-undef': 'error',
      '@typescript-eslint/no-restricted-imports': restrictedImports(
        { group: ['react', 'react-*', 'react/*'], message: 'The domain is framework-free.' },
        { group: ['zustand', 'zustand/*'], message: 'The domain holds no state.' },
      ),
    },
  },
  {
    // Build, benchmark and test-support scripts, and this file, run in Node.
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The page loader runs inline on every page before anything else: nothing but its folder.
    files: ['src/boot/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\./)', message: 'The inline loader imports only src/boot/ itself.' },
          ],
        },
      ],
    },
  },
  {
    // The host-page script runs on other people's pages: the domain's message protocol and the
    // browser, nothing of the app.
    files: ['src/embed-host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.\\./domain/)',
              message: 'embed.js carries no dependencies and no app code: only the domain.',
            },
          ],
        },
      ],
    },
  },
);
