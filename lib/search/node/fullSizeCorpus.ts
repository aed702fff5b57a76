/**
 * Node-only: the full-size record set the search benchmark and the corpus tests run on.
 *
 * Until the archive-JSON importer lands, the 2016–2025 archive (../shared/corpus/gsoc-api) is mapped
 * into Project-shaped records here, in memory, and joined with the Melange-era text pages loaded
 * through the real content loader. Nothing is written anywhere: the archive stays in ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../../content/load';
import type { Project } from '../../content/schema';
import { projectPath } from '../../paths';
import { slugify, uniqueSlugs } from '../../slugs';

/** Where the shared archive lives, seen from the repository root (a worktree's sibling). */
export const SHARED_CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus');

interface ArchiveProject {
  title: string;
  description?: string;
  short_description?: string;
  student_name?: string;
  code_url?: string;
  project_url?: string;
}

interface ArchiveOrganization {
  name: string;
  technologies?: string[];
  projects: ArchiveProject[];
}

interface ArchiveYear {
  year: number;
  organizations: ArchiveOrganization[];
}

// The archive wrote descriptions as HTML up to 2021 and as plain text afterwards; plain-text years
// may contain things like "<songName>" that are words, not tags.
const LAST_HTML_YEAR = 2021;

/** True when both halves of the full-size set are present beside the repository. */
export function hasFullSizeCorpus(corpusDir = SHARED_CORPUS_DIR): boolean {
  return existsSync(path.join(corpusDir, 'melange')) && existsSync(path.join(corpusDir, 'gsoc-api'));
}

/** Melange text pages (through loadCatalog) plus every archive JSON year, as Project records. */
export function loadFullSizeProjects(corpusDir = SHARED_CORPUS_DIR): Project[] {
  const melange = loadCatalog(path.join(corpusDir, 'melange')).projects;
  return [...melange, ...loadArchiveJson(path.join(corpusDir, 'gsoc-api'))];
}

/** Maps every YYYY.json of the archive into Project records (title, plain-text abstract, org, technologies). */
export function loadArchiveJson(archiveDir: string): Project[] {
  const files = readdirSync(archiveDir).filter((name) => /^\d{4}\.json$/.test(name)).sort();
  return files.flatMap((file) => {
    const archive = JSON.parse(readFileSync(path.join(archiveDir, file), 'utf8')) as ArchiveYear;
    return archive.organizations.flatMap((organization) => toProjects(organization, archive.year, `gsoc-api/${file}`));
  });
}

function toProjects(organization: ArchiveOrganization, year: number, file: string): Project[] {
  const organizationSlug = slugify(organization.name);
  const slugs = uniqueSlugs(organization.projects.map((project) => project.title));
  return organization.projects.map((project, index) => {
    const description = project.description || project.short_description || '';
    const slug = slugs[index]!;
    return {
      title: project.title.trim() || '(untitled)',
      abstract: year <= LAST_HTML_YEAR ? htmlToText(description) : description.trim(),
      markup: 'text',
      organization: organization.name,
      organizationSlug,
      program: 'Google Summer of Code',
      programId: 'gsoc',
      year,
      technologies: organization.technologies ?? [],
      slug,
      path: projectPath(organizationSlug, { programId: 'gsoc', year }, slug),
      contributor: project.student_name || undefined,
      codeUrl: project.code_url || undefined,
      projectUrl: project.project_url || undefined,
      source: { file, line: 1 },
    } satisfies Project;
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an archive description: tags dropped, block ends kept as spaces, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/?(?:p|br|li|ul|ol|h\d|pre|div|tr|td|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
