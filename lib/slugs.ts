/** Longest slug we emit; long project titles (40+ words) are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

// Letters that NFKD does not decompose into an ASCII base letter plus a combining mark.
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'ng',
  '&': ' and ', '+': ' plus ',
};
const TRANSLITERATION_PATTERN = new RegExp(`[${Object.keys(TRANSLITERATIONS).join('')}]`, 'g');

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A readable ASCII slug: "52°North Initiative für Geospatial" → "52-north-initiative-fur-geospatial".
 * Text with no Latin letters or digits at all (a title in Chinese, say) gets a short stable hash,
 * so that every title has a slug and the same title always has the same one.
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(TRANSLITERATION_PATTERN, (letter) => TRANSLITERATIONS[letter] ?? ' ')
    // "Xen's" reads better as "xens" than as "xen-s".
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!ascii) return `x${stableHash(text.normalize('NFC').trim())}`;
  return truncateSlug(ascii, MAX_SLUG_LENGTH);
}

function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, in base 36: stable across runs and platforms, short enough for a URL. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Slugs for a list of titles, unique within the list: the second "Foo" becomes "foo-2".
 * Only the list itself decides, so a project's slug never changes when other pages are added.
 */
export function uniqueSlugs(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title) => {
    const base = slugify(title);
    let slug = base;
    // The number is part of the slug's 80 characters: the title is cut shorter to make room.
    for (let n = 2; taken.has(slug); n++) slug = `${truncateSlug(base, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * The slug of a technology, topic or category: "C#" → "c-sharp", so that C# never lands on C's
 * page ("+" is already "plus").
 */
export function tagSlug(name: string): string {
  return slugify(name.replace(/#/g, ' sharp '));
}

/**
 * An organization's slug from its name: "C# Tools" → "c-sharp-tools", so that it never shares
 * C's address. Only a one-letter name before "#" (C#, F#, J#) is a language; "PKCS#11" stays
 * as slugify reads it. Project slugs are left as they were: they are unique within their page,
 * and their permalinks must not move.
 */
export function organizationSlug(name: string): string {
  return slugify(name.replace(/\b([a-z])#/gi, '$1 sharp '));
}

