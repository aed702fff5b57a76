import { loadCatalogAsync } from '../content/build-catalog';
import { buildSearchIndex, createSearcher, SEARCH_DEFAULTS } from '../search';
import { UsageError, parseOptions, type CommandRun } from './command';
import { resolveContentDir } from '../content/folder';

export const search: CommandRun = async (args, output) => {
  const { values, positionals } = parseOptions(
    args,
    {
      content: { type: 'string' },
      limit: { type: 'string' },
      year: { type: 'string' },
      organization: { type: 'string' },
      technology: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length === 0) throw new UsageError('give a query, like: search "rust compiler"');
  const query = positionals.join(' ');
  const limit = positiveInteger(values.limit, '--limit') ?? SEARCH_DEFAULTS.limit;
  const year = positiveInteger(values.year, '--year');

  // Content problems are `check`'s business; search what loaded, quietly.
  const catalog = await loadCatalogAsync(resolveContentDir(values.content));
  const searcher = createSearcher(buildSearchIndex(catalog.projects));
  const hits = searcher.search(query, { limit, year, organization: values.organization, technology: values.technology });

  const results = await Promise.all(
    hits.map(async (hit) => {
      const snippet = await searcher.snippet(hit.path, query);
      return { ...hit, ...searcher.document(hit.path)!, snippet };
    }),
  );
  if (values.json) {
    output.out(JSON.stringify(results.map(({ snippet, ...result }) => ({ ...result, snippet: snippet?.parts })), null, 2));
    return 0;
  }
  if (results.length === 0) {
    output.out(`no projects match "${query}" (${catalog.projects.length.toLocaleString('en-US')} searched)`);
    return 0;
  }
  results.forEach((result, index) => {
    output.out(`${String(index + 1).padStart(2)}. ${result.title} — ${result.organization} ${result.year}  (${result.score})`);
    output.out(`    ${result.path}`);
    if (result.snippet && result.snippet.parts.length > 0) {
      const text = result.snippet.parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
      output.out(`    ${result.snippet.truncatedStart ? '…' : ''}${text}${result.snippet.truncatedEnd ? '…' : ''}`);
    }
  });
  return 0;
};

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} must be a positive whole number, not "${value}"`);
  return Number(value);
}
