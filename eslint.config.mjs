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
  {
    // A site path ("/orgs/…", from lib/paths.ts or a record's .path) is not yet an href: under
    // BASE_PATH the site is served at /gsoc-archive/orgs/…. Every href, src and form action a
    // component writes goes through publicPath() or assetUrl() (lib/site/publishing.ts, lib/site/assets.ts);
    // a value that is already an address (a fragment, a content URL, an absolute URL) says so
    // with a disable comment. components/search/ is left out: its links are rendered in the
    // browser, which reads the base path from <html data-base-path>.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['components/search/**', 'components/trends/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/^(href|src|action)$/] > JSXExpressionContainer > :not(CallExpression[callee.name=/^(publicPath|assetUrl)$/])',
          message: 'Write the href of a site path as publicPath(path) (lib/site/publishing.ts), or assetUrl(file) for a file in public/: under BASE_PATH the site is served below a path.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(href|src|action)$/] > Literal[value=/^\\//]',
          message: 'Write the href of a site path as publicPath(path) (lib/site/publishing.ts), or assetUrl(file) for a file in public/: under BASE_PATH the site is served below a path.',
        },
      ],
    },
  },
  { files: ['lib/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.lib] }] } },
  { files: ['components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.components] }] } },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', { patterns: [layering.app] }] } },
  {
    // The search page and its Worker, and the organization finder, run in the browser: they must
    // not pull in the index builder or the Markdown renderer (see lib/search/client.ts for why).
    // (This replaces the components/ rule above for these files, so it repeats the layering.)
    files: ['components/search/**', 'components/finder/**', 'components/site/**'],
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
  {
    // /trends/'s compare script runs in the browser: only the browser-safe halves of the trends
    // (lib/site/trend-compare.ts, lib/site/line-chart.ts), never the catalog or the Markdown renderer.
    files: ['components/trends/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layering.components,
            { group: ['@/lib/render', '@/lib/site/catalog', '@/lib/site/catalog-trends', '**/render', '**/site/catalog'], message: 'Build-time code does not belong in the browser bundle.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'public/search-page/**', 'public/trends-page/**', 'public/finder/**', 'public/site.js', 'build/**', 'next-env.d.ts', 'test-results/**']),
]);
