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
            <a href={`#${idPrefix}${letterId(letter)}`} aria-label={letter === '#' ? 'Names starting with a digit or symbol' : `Names starting with ${letter}`}>
              {letter}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
