import { writeFileSync } from 'node:fs';
import { loadContent } from '../content/catalog';
import type { Merge } from '../content/merge';
import { plural, yearRanges } from '../format';
import { parseOptions, type CommandRun } from './command';
import { resolveContentDir } from '../content/folder';

/** The first year of the archive's modern era (the JSON archive); earlier years are the Melange era's text pages. */
const MODERN_ERA = 2016;

export const merges: CommandRun = async (args, output) => {
  const { values } = parseOptions(args, { content: { type: 'string' }, out: { type: 'string' } });
  const contentDir = resolveContentDir(values.content);
  const catalog = await loadContent(contentDir);
  const report = formatMerges(catalog.merges, contentDir);
  if (values.out) {
    writeFileSync(values.out, `${report}\n`);
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

/** A Markdown list a person can read through: each merged organization, its names and their years. */
export function formatMerges(list: Merge[], contentDir: string): string {
  const acrossEras = list.filter(isAcrossEras).length;
  const lines = [
    `# Organization merges in ${contentDir}`,
    '',
    `${plural(list.length, 'organization')} merged from ${plural(list.reduce((sum, merge) => sum + merge.mergedSlugs.length + 1, 0), 'slug')}; ${acrossEras} of them across eras (before ${MODERN_ERA} and since).`,
    'A wrong merge is undone by giving the pages different `slug:` values; a missed one is made by giving them the same.',
    '',
  ];
  for (const merge of list) {
    lines.push(`- **${merge.slug}** ← ${merge.mergedSlugs.join(', ')} (${merge.rule}${isAcrossEras(merge) ? ', across eras' : ''})`);
    for (const name of merge.names) lines.push(`  - ${name.name}: ${yearRanges(name.years)}`);
  }
  return lines.join('\n');
}
