/**
 * Organizations by name: "kde" finds KDE Community, "xbmc" finds Kodi by its former name. Runs
 * (tables.ts) carry each organization-year's name, so an organization's names over the years are
 * all in the core: nothing more to download.
 *
 * An organization matches when every word of the query is a word of one of its names (the last
 * word, still being typed, may be the start of one). Names that the query covers more of come
 * first ("kde" → "KDE" before "KDE Connect Tools"), then organizations with more projects.
 */
import { organizationPath } from '../paths';
import type { SearchConfig } from './config';
import { parseQuery } from './query';
import type { OrganizationYearRun } from './tables';
import { stem, words } from './text';

export interface OrganizationHit {
  slug: string;
  /** Its most recent name. */
  name: string;
  path: string;
  /** Other names it had, most recent first. */
  formerNames: string[];
  years: number[];
  projectCount: number;
}

interface OrganizationNames {
  hit: OrganizationHit;
  /** Each name's words, folded as search folds them, and as index terms (stemmed). */
  names: { name: string; words: string[]; terms: string[] }[];
}

export class OrganizationNameIndex {
  private readonly organizations: OrganizationNames[];

  constructor(runs: readonly OrganizationYearRun[]) {
    const bySlug = new Map<string, OrganizationYearRun[]>();
    for (const run of runs) {
      const list = bySlug.get(run.organizationSlug);
      if (list) list.push(run);
      else bySlug.set(run.organizationSlug, [run]);
    }
    this.organizations = [...bySlug].map(([slug, organizationRuns]) => {
      const newestFirst = [...organizationRuns].sort((a, b) => b.year - a.year);
      const names = [...new Set(newestFirst.map((run) => run.name))];
      return {
        hit: {
          slug,
          name: names[0]!,
          path: organizationPath(slug),
          formerNames: names.slice(1),
          years: [...new Set(organizationRuns.map((run) => run.year))].sort((a, b) => a - b),
          projectCount: organizationRuns.reduce((sum, run) => sum + run.end - run.start, 0),
        },
        names: names.map((name) => {
          const nameWords = words(name);
          return { name, words: nameWords, terms: nameWords.map(stem) };
        }),
      };
    });
  }

  /** The organizations whose names hold every word of `query`, best first. */
  find(query: string, limit: number, config: SearchConfig): OrganizationHit[] {
    const queryWords = parseQuery(query, config);
    if (queryWords.length === 0 || limit <= 0) return [];
    const scored: { hit: OrganizationHit; coverage: number }[] = [];
    for (const organization of this.organizations) {
      let best = 0;
      for (const { words: nameWords, terms: nameTerms } of organization.names) {
        const covered = queryWords.every((word) => nameTerms.includes(word.term) || (word.prefix && nameWords.some((nameWord) => nameWord.startsWith(word.typed))));
        if (covered) best = Math.max(best, queryWords.length / nameWords.length);
      }
      if (best > 0) scored.push({ hit: organization.hit, coverage: best });
    }
    scored.sort((a, b) => b.coverage - a.coverage || b.hit.projectCount - a.hit.projectCount || a.hit.name.localeCompare(b.hit.name));
    return scored.slice(0, limit).map((entry) => entry.hit);
  }
}
