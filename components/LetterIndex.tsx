import type { ReactNode } from 'react';

/** Groups names by first letter (A–Z, then "#" for the rest), keeping the given order within a group. */
export function groupByLetter<T>(items: T[], nameOf: (item: T) => string): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = nameOf(item).normalize('NFKD').charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped })).sort((a, b) => (a.letter === '#' ? -1 : b.letter === '#' ? 1 : a.letter.localeCompare(b.letter)));
}

export const letterId = (letter: string) => (letter === '#' ? 'letter-0-9' : `letter-${letter.toLowerCase()}`);

/** Jump-to-letter links for a long A–Z list. */
export function LetterIndex({ letters, idPrefix = '' }: { letters: string[]; idPrefix?: string }) {
  return (
    <nav aria-label="Jump to letter">
      <ul className="letter-index">
        {letters.map((letter) => (
          <li key={letter}>
            {/* eslint-disable-next-line no-restricted-syntax -- a fragment on this page */}
            <a href={`#${idPrefix}${letterId(letter)}`} aria-label={letter === '#' ? 'Names starting with a digit or symbol' : `Names starting with ${letter}`}>
              {letter}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A long A–Z list: the jump-to-letter index, then one section per letter. `renderItem` gives
 * each entry's <li>.
 */
export function LetterGroups<T>({
  items,
  nameOf,
  renderItem,
  idPrefix = '',
  headingLevel = 2,
}: {
  items: T[];
  nameOf: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  idPrefix?: string;
  headingLevel?: 2 | 3;
}) {
  const groups = groupByLetter(items, nameOf);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {groups.length > 0 && <LetterIndex letters={groups.map((group) => group.letter)} idPrefix={idPrefix} />}
      {groups.map((group) => (
        <section key={group.letter} className="letter-group" aria-labelledby={`${idPrefix}${letterId(group.letter)}`}>
          <Heading id={`${idPrefix}${letterId(group.letter)}`}>{group.letter}</Heading>
          <ul className="plain-list org-list">{group.items.map(renderItem)}</ul>
        </section>
      ))}
    </>
  );
}
