/**
 * Reads the archive JSON of later years (../shared/corpus/gsoc-api/YYYY.json), where every
 * project's title and description are separate: free examples of how titles look and how
 * abstracts begin. Descriptions of 2016–2021 are HTML; they are reduced to plain text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface TitledText {
  year: number;
  organization: string;
  title: string;
  /** The description as plain text on one line, as a text page's bullet would hold it. */
  description: string;
}

interface ApiYear {
  organizations?: { name?: unknown; projects?: { title?: unknown; description?: unknown; short_description?: unknown }[] }[];
}

/** Every project of every YYYY.json in `dir`, in file order; years sorted ascending. */
export function readApiCorpus(dir: string): TitledText[] {
  const files = readdirSync(dir)
    .filter((name) => /^\d{4}\.json$/.test(name))
    .sort();
  const projects: TitledText[] = [];
  for (const name of files) {
    const year = Number(name.slice(0, 4));
    const data = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ApiYear;
    for (const organization of data.organizations ?? []) {
      const name = typeof organization.name === 'string' ? flatten(organization.name) : '';
      for (const project of organization.projects ?? []) {
        const title = typeof project.title === 'string' ? flatten(project.title) : '';
        const source = typeof project.description === 'string' && project.description ? project.description : project.short_description;
        const description = typeof source === 'string' ? flatten(htmlToText(source)) : '';
        if (title && description) projects.push({ year, organization: name, title, description });
      }
    }
  }
  return projects;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Markup to text: tags become spaces (a paragraph break is a word break), entities are decoded. */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
