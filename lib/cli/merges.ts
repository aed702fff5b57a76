import { writeFileSync } from 'node:fs';
import { loadCatalogAsync } from '../content/build-catalog';
import type { Evidence, Merge, MergeCandidateReport } from '../content/merge';
import { plural, yearRanges } from '../human-readable';
import { parseOptions, type CommandRun } from './command';
import { resolveContentDir } from '../content/folder';

/** The first year of the archive's modern era (the JSON archive); earlier years are the Melange era's text pages. */
const MODERN_ERA = 2016;

export const merges: CommandRun = async (args, output) => {
  const { values } = parseOptions(args, { content: { type: 'string' }, out: { type: 'string' } });
  const contentDir = resolveContentDir(values.content);
  const catalog = await loadCatalogAsync(contentDir);
  const report = formatMerges(catalog.merges, catalog.unmerged, contentDir);
  if (values.out) {
    try {
      writeFileSync(values.out, `${report}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EISDIR' ? 'it is a folder' : code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
      output.err(`cannot write the report to ${values.out}: ${why}; give a file path with --out`);
      return 2;
    }
    output.out(`${report.split('\n')[2]}\nwritten to ${values.out}`);
  } else {
    output.out(report);
  }
  return 0;
};

export function isAcrossEras(merge: Merge): boolean {
  const years = merge.names.flatMap((name) => name.years);
  return years.some((year) => year < MODERN_ERA) && years.some((year) => year >= MODERN_ERA);
}

const CURATED_TABLE = 'lib/content/curated/organization-identity.ts';

/** A Markdown report a curator reads through: what merged and on what evidence, then what did not and how to decide it. */
export function formatMerges(list: Merge[], unmerged: MergeCandidateReport[], contentDir: string): string {
  const acrossEras = list.filter(isAcrossEras).length;
  const byEvidence = new Map<Evidence, number>();
  for (const link of list.flatMap((merge) => merge.links)) byEvidence.set(link.evidence, (byEvidence.get(link.evidence) ?? 0) + 1);
  const lines = [
    `# Organization merges in ${contentDir}`,
    '',
    `${plural(list.length, 'organization')} merged from ${plural(list.reduce((sum, merge) => sum + merge.mergedSlugs.length + 1, 0), 'slug')}; ${acrossEras} of them across eras (before ${MODERN_ERA} and since); ${plural(unmerged.length, 'candidate')} not merged.`,
    `Joins by evidence: ${[...byEvidence].map(([evidence, count]) => `${evidence} ${count}`).join(', ') || 'none'}.`,
    `A wrong merge is undone by a line in DIFFERENT_ORGANIZATIONS of ${CURATED_TABLE}; a missed one is made by a line in SAME_ORGANIZATION there (or by giving the pages the same \`slug:\`).`,
    '',
    '## Merged',
    '',
  ];
  for (const merge of list) {
    const from = merge.mergedSlugs.length > 0 ? ` ← ${merge.mergedSlugs.join(', ')}` : ' (names that made one slug)';
    lines.push(`- **${merge.slug}**${from}${isAcrossEras(merge) ? ' (across eras)' : ''}`);
    for (const name of merge.names) lines.push(`  - ${name.name}: ${yearRanges(name.years)}`);
    for (const link of merge.links) lines.push(`  - ${link.evidence}${link.shared ? ` (${link.shared})` : ''}: ${link.names[0]} = ${link.names[1]}`);
  }
  lines.push('', '## Not merged', '');
  if (unmerged.length === 0) lines.push('Nothing: no evidence was left unused.');
  for (const candidate of unmerged) {
    const entry = `[${candidate.names.map((name) => JSON.stringify(name)).join(', ')}],`;
    lines.push(`- ${candidate.names.join(' / ')}: ${candidate.reason}; ${candidate.stoppedBy}`);
    lines.push(`  - one organization: \`${entry}\` in SAME_ORGANIZATION; two: the same in DIFFERENT_ORGANIZATIONS`);
  }
  return lines.join('\n');
}
