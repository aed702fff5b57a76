/** Similar organizations by weighted Jaccard over shared technologies and topics, on hand-made records. */
import { describe, expect, it } from 'vitest';
import { MIN_SIMILARITY, SimilarityIndex } from '../../lib/site/similar-organizations';
import { organization, organizationYear } from '../helpers/records';

const tagged = (slug: string, year: number, technologies: string[], topics: string[] = []) => organizationYear(slug, year, { technologies, topics });

const compilers = organization([tagged('compilers', 2024, ['rust', 'llvm', 'c++'], ['compilers'])]);
const twin = organization([tagged('twin', 2024, ['rust', 'llvm', 'c++'], ['compilers'])]);
const oldTwin = organization([tagged('old-twin', 2016, ['rust', 'llvm', 'c++'], ['compilers'])]);
const cousin = organization([tagged('cousin', 2024, ['rust', 'llvm', 'python', 'go', 'javascript'], ['web'])]);
const onePython = organization([tagged('one-python', 2024, ['python', 'rust'])]);
const untagged = organization([organizationYear('untagged', 2010)]);
// Organizations that only make the rare tags rare.
const others = ['a', 'b', 'c', 'd'].map((slug) => organization([tagged(slug, 2024, ['python', 'javascript'], ['web'])]));

const index = new SimilarityIndex([compilers, twin, oldTwin, cousin, onePython, untagged, ...others]);

describe('similar organizations', () => {
  it('finds an organization with the same profile at similarity 1, and puts the recent one first', () => {
    const similar = index.similarTo(compilers);
    expect(similar.map((found) => found.organization.slug).slice(0, 2)).toEqual(['twin', 'old-twin']);
    expect(similar[0]!.similarity).toBeCloseTo(1);
    expect(similar[1]!.similarity).toBeCloseTo(1);
    expect(similar[0]!.shared.sort()).toEqual(['c++', 'compilers', 'llvm', 'rust']);
  });

  it('never lists itself, an organization without tags, or one below the minimum', () => {
    const similar = index.similarTo(compilers);
    expect(similar.map((found) => found.organization.slug)).not.toContain('compilers');
    expect(similar.every((found) => found.similarity >= MIN_SIMILARITY)).toBe(true);
    expect(index.similarTo(untagged)).toEqual([]);
  });

  it('needs more than one shared tag: sharing only rust is no likeness', () => {
    expect(index.similarTo(onePython).map((found) => found.organization.slug)).not.toContain('compilers');
  });

  it('weighs a tag by the share of the organization’s years that gave it', () => {
    // Rust in one of four years: a weaker likeness than rust every year.
    const sometimes = organization([tagged('sometimes', 2024, ['rust', 'llvm']), tagged('sometimes', 2023, ['java']), tagged('sometimes', 2022, ['java']), tagged('sometimes', 2021, ['java'])]);
    const always = organization([tagged('always', 2024, ['rust', 'llvm'])]);
    const reference = organization([tagged('reference', 2024, ['rust', 'llvm'])]);
    const scores = new SimilarityIndex([sometimes, always, reference, ...others]).similarTo(reference);
    expect(scores[0]!.organization.slug).toBe('always');
    const weaker = scores.find((found) => found.organization.slug === 'sometimes');
    expect(weaker === undefined || weaker.similarity < scores[0]!.similarity / 2).toBe(true);
  });

  it('lists at most the limit asked for', () => {
    expect(index.similarTo(compilers, 1)).toHaveLength(1);
  });
});
