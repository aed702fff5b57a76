import { loadCatalog } from '../content/load';
import { contentDirFrom, parseOptions, type Command } from './command';
import { formatIssue } from './format';

export const dump: Command = {
  name: 'dump',
  usage: 'dump [--content DIR]',
  summary: 'print every record that loaded as one JSON document; problems go to stderr',
  run(args, output) {
    const { values } = parseOptions(args, { content: { type: 'string' } });
    const catalog = loadCatalog(contentDirFrom(values.content));
    for (const issue of catalog.issues) output.err(formatIssue(issue));
    output.out(JSON.stringify({ organizations: catalog.organizations, projects: catalog.projects }, null, 2));
    return catalog.stats.errors > 0 ? 1 : 0;
  },
};
