import { loadCatalogAsync } from '../content/build-catalog';
import { parseOptions, type CommandRun } from './command';
import { formatIssue, formatSummary } from './terminal-text';
import { resolveContentDir } from '../content/folder';

export const check: CommandRun = async (args, output) => {
  const { values } = parseOptions(args, { content: { type: 'string' } });
  const catalog = await loadCatalogAsync(resolveContentDir(values.content));
  for (const issue of catalog.issues) output.out(formatIssue(issue));
  output.out(formatSummary(catalog));
  return catalog.stats.errors > 0 ? 1 : 0;
};
