/**
 * `npm run bench:identity -- [--content DIR]`: what organization identity and canonical tags do
 * to a content folder (docs/curating.md, "One organization across eras" and "Technologies and topics"):
 * organizations before and after merging, merges by evidence, candidates left for curators,
 * technologies and topics as pages wrote them and once canonical, how many canonical values still
 * fold to the same letters (must be 0), and how many projects name a technology of their own.
 */
import { loadCatalogAsync } from '../lib/content/build-catalog';
import { resolveContentDir } from '../lib/content/folder';
import type { Evidence } from '../lib/content/merge';
import type { OrganizationYear } from '../lib/content/schema';
import { runCommand } from './support/command-line';
import { count } from './support/figures';
import { markdownTable } from './support/markdown-table';

const COMMAND = {
  usage: 'npm run bench:identity --',
  summary: 'What organization identity and canonical tags do to a content folder: merges by evidence, tags as written and canonical.',
  flags: {
    content: { type: 'string', placeholder: 'DIR', description: 'the content folder (default: CONTENT_DIR, else content/)' },
  },
} as const;

/** Distinct values, and groups of distinct values that are the same letters and digits. */
function tagFigures(values: string[]): { distinct: number; foldDuplicateGroups: number; examples: string[] } {
  const distinct = new Set(values);
  const byLetters = new Map<string, Set<string>>();
  for (const value of distinct) {
    const letters = value.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
    byLetters.set(letters, (byLetters.get(letters) ?? new Set()).add(value));
  }
  const groups = [...byLetters.values()].filter((group) => group.size > 1);
  return { distinct: distinct.size, foldDuplicateGroups: groups.length, examples: groups.slice(0, 5).map((group) => [...group].join(' / ')) };
}

const percentOf = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;

await runCommand(COMMAND, async ({ values }) => {
  const contentDir = resolveContentDir(values.content);
  const started = performance.now();
  const catalog = await loadCatalogAsync(contentDir);
  const seconds = (performance.now() - started) / 1000;
  const { organizationYears, projects, merges, unmerged } = catalog;

  // Before merging, every slug a page had is an organization of its own.
  const slugsBefore = new Set(organizationYears.flatMap((organizationYear) => [organizationYear.slug, ...organizationYear.aliases]));
  const after = new Set(organizationYears.map((organizationYear) => organizationYear.slug));
  const byEvidence = new Map<Evidence, number>();
  const exampleOf = new Map<Evidence, string>();
  for (const link of merges.flatMap((merge) => merge.links)) {
    byEvidence.set(link.evidence, (byEvidence.get(link.evidence) ?? 0) + 1);
    if (!exampleOf.has(link.evidence)) exampleOf.set(link.evidence, `${link.names[1]} = ${link.names[0]}${link.shared ? ` (${link.shared})` : ''}`);
  }

  const written = (pick: (organizationYear: OrganizationYear) => string[]) => organizationYears.flatMap(pick);
  const rows: [string, ReturnType<typeof tagFigures>, ReturnType<typeof tagFigures>][] = [
    ['technologies', tagFigures(written((o) => o.technologiesAsWritten)), tagFigures(written((o) => o.technologies))],
    ['topics', tagFigures(written((o) => o.topicsAsWritten)), tagFigures(written((o) => o.topics))],
    ['categories', tagFigures(written((o) => (o.categoryAsWritten ? [o.categoryAsWritten] : []))), tagFigures(written((o) => (o.category ? [o.category] : [])))],
  ];

  const tagged = projects.filter((project) => project.organizationTechnologies.length > 0);
  const own = tagged.filter((project) => project.technologies.length > 0);

  console.log(`${contentDir}: ${count(organizationYears.length)} organization-years, ${count(projects.length)} projects, loaded in ${seconds.toFixed(1)} s\n`);
  console.log(`organizations: ${count(slugsBefore.size)} before merging, ${count(after.size)} after (${count(merges.length)} merges); joins by evidence: ${count([...byEvidence.values()].reduce((sum, n) => sum + n, 0))}\n`);
  if (byEvidence.size > 0) {
    console.log(
      markdownTable(
        ['evidence', 'joins', 'for example'],
        [...byEvidence].sort((a, b) => b[1] - a[1]).map(([evidence, n]) => [evidence, count(n), exampleOf.get(evidence) ?? '']),
      ),
    );
  }
  console.log(`\ncandidates left for curators (npm run catalog -- merges): ${count(unmerged.length)}\n`);
  console.log(
    markdownTable(
      ['tags', 'as written', 'canonical', 'fold-duplicate groups (written → canonical)'],
      rows.map(([name, before, canonical]) => [
        name,
        count(before.distinct),
        count(canonical.distinct),
        `${before.foldDuplicateGroups} → ${canonical.foldDuplicateGroups}${canonical.examples.length ? ` (${canonical.examples.join('; ')})` : ''}`,
      ]),
    ),
  );
  console.log(`\nprojects whose organization-year names technologies: ${count(tagged.length)}; naming one of them themselves: ${count(own.length)} (${percentOf(own.length, tagged.length)})`);
});
