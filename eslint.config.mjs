import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

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
    // The search page and its Worker run in the browser: they open a prebuilt index and must not
    // pull in the index builder or the Markdown renderer (see lib/search/client.ts for why).
    files: ['components/search/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/search', message: "Import '@/lib/search/client': the barrel brings the index builder." }],
          patterns: [{ group: ['@/lib/render', '@/lib/search/build', '**/render', '**/search/build'], message: 'Build-time code does not belong in the browser bundle.' }],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**']),
]);
