/**
 * What the engines comparison measures on an engine beyond its recall: how long a query takes, and
 * how many single-word results hold the word.
 */
import type { Project } from '../../lib/content/schema';
import { editDistanceWithin } from '../../lib/search/edit-distance';
import { stem, words } from '../../lib/search/text';
import type { Engine } from './engines';
import { SINGLE_WORDS } from './queries';

/** Milliseconds `run` takes, once. */
export function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/**
 * Share of the single-word queries' top-10 results that hold the word: loose, the word or a
 * one-edit variant in title, abstract, organization or technologies; strict, the word or its stem.
 */
export function keywordPrecision(engine: Engine, byPath: Map<string, Project>): { loose: number; strict: number } {
  let results = 0;
  let loose = 0;
  let strict = 0;
  for (const word of SINGLE_WORDS) {
    for (const path of engine.search(word)) {
      const project = byPath.get(path)!;
      const tokens = new Set(words([project.title, project.abstract, project.organization, ...project.organizationTechnologies].join(' ')));
      results++;
      if (tokens.has(word) || [...tokens].some((token) => stem(token) === stem(word))) strict++;
      if ([...tokens].some((token) => editDistanceWithin(token, word, 1) <= 1)) loose++;
    }
  }
  return { loose: results ? loose / results : 0, strict: results ? strict / results : 0 };
}
