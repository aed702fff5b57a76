/**
 * The seeded samples the engines are judged on: known items (a piece of a title with a typo) and
 * people (a contributor's name as given, with a typo, reversed). The same seed draws the same
 * sample, so two engines, or two commits, are judged on the same queries.
 */
import type { Project } from '../../lib/content/schema';
import { isStopWord, words } from '../../lib/search/text';

export interface KnownItem {
  query: string;
  path: string;
}

/** 2–3 consecutive title words, one of them (4+ letters) with one random edit, from a seeded sample. */
export function sampleKnownItems(projects: Project[], count: number, seed: number): KnownItem[] {
  const random = mulberry32(seed);
  const items: KnownItem[] = [];
  for (let attempt = 0; items.length < count && attempt < count * 20; attempt++) {
    const project = projects[Math.floor(random() * projects.length)]!;
    const titleWords = (project.title.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !isStopWord(word.toLowerCase()));
    if (titleWords.length < 2) continue;
    const length = Math.min(titleWords.length, 2 + Math.floor(random() * 2));
    const start = Math.floor(random() * (titleWords.length - length + 1));
    const piece = titleWords.slice(start, start + length);
    const typoAt = piece.map((word, index) => (word.length >= 4 ? index : -1)).filter((index) => index >= 0);
    if (typoAt.length === 0) continue;
    const at = typoAt[Math.floor(random() * typoAt.length)]!;
    piece[at] = typo(piece[at]!, random);
    items.push({ query: piece.join(' '), path: project.path });
  }
  return items;
}

export interface PersonItem {
  exact: string;
  typo: string;
  reversed: string;
  path: string;
}

/**
 * `count` projects with a contributor, drawn at random (seeded), each with three queries: the
 * name as the archive gives it, with one typo (as the known items') in its family name (its last
 * word: a one-word handle is its own family name), and its words in reverse order.
 */
export function samplePeople(projects: Project[], count: number, seed: number): PersonItem[] {
  const random = mulberry32(seed ^ 0x5eed);
  const named = projects.filter((project) => project.contributor && words(project.contributor).length > 0);
  const items: PersonItem[] = [];
  const drawn = new Set<number>();
  while (items.length < Math.min(count, named.length)) {
    const at = Math.floor(random() * named.length);
    if (drawn.has(at)) continue;
    drawn.add(at);
    const project = named[at]!;
    const nameWords = project.contributor!.split(/\s+/).filter(Boolean);
    const family = nameWords.length - 1;
    const typoed = nameWords.map((word, index) => (index === family && word.length > 1 ? typo(word, random) : word));
    items.push({ exact: project.contributor!, typo: typoed.join(' '), reversed: [...nameWords].reverse().join(' '), path: project.path });
  }
  return items;
}

/** One substitution, deletion, insertion or swap of neighbours, not on the first letter. */
function typo(word: string, random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = letters[Math.floor(random() * letters.length)]!;
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + (word[at] === letter ? 'x' : letter) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + letter + word.slice(at);
    default:
      return at < word.length - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word.slice(0, at);
  }
}

/** A seeded pseudo-random generator (mulberry32): the same seed, the same sample on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
