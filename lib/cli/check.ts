import { loadCatalog } from '../content/load';
import { contentDirFrom, parseOptions, type Command } from './command';
import { formatIssue, formatSummary } from './format';

export const check: Command = {
  name: 'check',
  usage: 'check [--content DIR]',
  summary: 'report every problem in the content folder as path:line: message; exit 1 on any error',
  run(args, output) {
    const { values } = parseOptions(args, { content: { type: 'string' } });
    const catalog = loadCatalog(contentDirFrom(values.content));
    for (const issue of catalog.issues) output.out(formatIssue(issue));
    output.out(formatSummary(catalog));
    return catalog.stats.errors > 0 ? 1 : 0;
  },
};
