import { loadCatalogAsync } from '../content/build-catalog';
import { parseOptions, type CommandRun } from './command';
import { formatIssue } from './terminal-text';
import { resolveContentDir } from '../content/folder';

export const dump: CommandRun = async (args, output) => {
  const { values } = parseOptions(args, { content: { type: 'string' } });
  const catalog = await loadCatalogAsync(resolveContentDir(values.content));
  for (const issue of catalog.issues) output.err(formatIssue(issue));
  output.out(JSON.stringify({ organizationYears: catalog.organizationYears, projects: catalog.projects }, null, 2));
  return catalog.stats.errors > 0 ? 1 : 0;
};
