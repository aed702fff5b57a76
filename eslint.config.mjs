import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Dependencies point one way: app → components → lib. lib/ is what the product runs (content,
// search, the site's data): it never reaches for a view or a route. Development tooling
// (scripts/: benchmarks, the static server, split training) is never imported by what ships.
const upward = (...layers) => layers.flatMap((layer) => [`@/${layer}`, `@/${layer}/*`, `**/${layer}/**`, `../${layer}`]);
const layering = {
  lib: { group: upward('components', 'app', 'scripts'), message: 'lib/ is the bottom layer: it imports no component, route or script.' },
  components: { group: upward('app', 'scripts'), message: 'components/ imports lib/, never a route or a script.' },
  app: { group: upward('scripts'), message: 'Routes never import development tooling (scripts/).' },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // Internal links are plain <a>: every page is a complete static file, so a click loads it
      // as any static site would, and the export can drop Next's client-navigation payloads.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  { files: ['lib/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.lib] }] } },
  { files: ['components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.components] }] } },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.app] }] } },
  {
    // The search page and its Worker run in the browser: they open a prebuilt index and must not
    // pull in the index builder or the Markdown renderer (see lib/search/client.ts for why).
    // (This replaces the components/ rule above for these files, so it repeats the layering.)
    files: ['components/search/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/search', message: "Import '@/lib/search/client': the barrel brings the index builder." }],
          patterns: [
            layering.components,
            { group: ['@/lib/render', '@/lib/search/build', '**/render', '**/search/build'], message: 'Build-time code does not belong in the browser bundle.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'public/search-page/**', 'build/**', 'next-env.d.ts', 'test-results/**']),
]);
