/**
 * Postings (sorted doc ids) as short JSON-safe strings: gaps between ids, written as variable-length
 * numbers in a URL-safe base-64 alphabet, 5 bits a character. Gaps are small because documents
 * are ordered by permalink, so an organization's projects sit next to each other; the strings
 * need no JSON escaping and gzip well.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CONTINUE = 32;
const VALUE_OF = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) VALUE_OF[ALPHABET.charCodeAt(index)] = index;

/** Encodes strictly increasing non-negative integers. */
export function encodePostings(ids: ArrayLike<number>): string {
  let text = '';
  let previous = -1;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    if (id <= previous) throw new Error(`postings must be strictly increasing: ${id} after ${previous}`);
    let gap = id - previous;
    previous = id;
    // Least significant group first; every character but the last of a number has the CONTINUE bit.
    while (gap >= CONTINUE) {
      text += ALPHABET[CONTINUE | (gap & 31)];
      gap = Math.floor(gap / 32);
    }
    text += ALPHABET[gap];
  }
  return text;
}

/** Decodes what encodePostings wrote; throws on characters outside the alphabet. */
export function decodePostings(text: string): Uint32Array {
  const ids: number[] = [];
  let previous = -1;
  let gap = 0;
  let scale = 1;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const value = code < 128 ? VALUE_OF[code]! : -1;
    if (value < 0) throw new Error(`not a postings string: unexpected "${text[index]}" at ${index}`);
    gap += (value & 31) * scale;
    if (value & CONTINUE) {
      scale *= 32;
      continue;
    }
    previous += gap;
    ids.push(previous);
    gap = 0;
    scale = 1;
  }
  return Uint32Array.from(ids);
}

/** How many ids a postings string holds, without decoding it. */
export function countPostings(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128 && !(VALUE_OF[code]! & CONTINUE)) count++;
  }
  return count;
}
