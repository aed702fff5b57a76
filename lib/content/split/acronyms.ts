/**
 * Where an acronym is spelled out: "Portable Map Renderer (PMR)", or "WebSocket Transport
 * Layer" after a title naming WSTL. An abstract often opens by expanding the project's
 * acronym, so a cut right before an expansion is likely and a cut inside one is not.
 */
import { FUNCTION_WORDS } from './english';
import type { Token } from './tokens';

export interface AcronymExpansions {
  /** Word indices where an expansion starts. */
  starts: Set<number>;
  /** Word indices strictly inside an expansion (a cut there would split it). */
  inside: Set<number>;
}

const PARENTHESIZED = /\(([\p{L}\p{N}-]{2,20})\)[,.;:]?$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u;
const ASCII_ACRONYM = /^[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$/;

/** Finds acronym expansions among the first `within` words of a bullet. */
export function findAcronymExpansions(tokens: readonly Token[], within: number): AcronymExpansions {
  const starts = new Set<number>();
  const inside = new Set<number>();
  const mark = (start: number, end: number) => {
    starts.add(start);
    for (let k = start + 1; k < end; k++) inside.add(k);
  };
  const acronyms = new Map<string, number>();
  const limit = Math.min(tokens.length, within);
  for (let index = 0; index < limit; index++) {
    const raw = tokens[index]!.raw;
    // "(PMR)" or "Graphics(SVG)": a parenthesized acronym closes the words before it.
    const parenthesized = raw.includes('(') ? PARENTHESIZED.exec(raw) : null;
    if (parenthesized) {
      const letters = lettersOf(parenthesized[1]!);
      const end = raw.startsWith('(') ? index : index + 1;
      const start = expansionStart(tokens, end, letters);
      // A lowercase word in brackets spelled by a single word's start is no acronym: "Foo (f)".
      if (start !== undefined && (TWO_CAPITALS.test(parenthesized[1]!) || end - start >= 2)) mark(start, end);
    }
    const { core } = tokens[index]!;
    if (core.length >= 2 && core.length <= 8 && core !== core.toLowerCase() && (ASCII_ACRONYM.test(core) || ACRONYM.test(core))) {
      const letters = lettersOf(core);
      if (!acronyms.has(letters)) acronyms.set(letters, index);
    }
  }
  // An acronym spelled out further on, its words starting right after a cut.
  for (const [letters, position] of acronyms) {
    for (let start = position + 1; start < limit; start++) {
      const end = expansionEnd(tokens, start, letters);
      if (end !== undefined && end - start >= 2) mark(start, end);
    }
  }
  return { starts, inside };
}

function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Start of the words ending just before `end` whose leading letters spell `letters`, if any. */
function expansionStart(tokens: readonly Token[], end: number, letters: string): number | undefined {
  for (let start = end - 1; start >= Math.max(0, end - letters.length - 3); start--) {
    if (expansionEnd(tokens, start, letters) === end) return start;
  }
  return undefined;
}

/**
 * Index after the words from `start` that spell `letters` by their leading letters (one or more
 * letters of each word or hyphenated part, or its capitals; function words optional), if they do.
 */
function expansionEnd(tokens: readonly Token[], start: number, letters: string): number | undefined {
  const first = tokens[start];
  if (!first || first.key[0] !== letters[0] || !/^[^\p{L}\p{N}]*\p{Lu}/u.test(first.raw)) return undefined;
  const parts: { text: string; capitals: string; word: number; optional: boolean }[] = [];
  for (let index = start; index < Math.min(tokens.length, start + letters.length + 3); index++) {
    const core = tokens[index]!.raw.replace(/\(.*$/, '');
    for (const part of core.split(/[-/]/)) {
      const text = lettersOf(part);
      // "WebSocket" stands for W and S, "JavaScript" for J and S: its capitals can spell its share.
      const capitals = (part.match(/\p{Lu}/gu) ?? []).join('').toLowerCase();
      if (text) parts.push({ text, capitals: capitals.length >= 2 ? capitals : '', word: index, optional: FUNCTION_WORDS.has(text) });
    }
  }
  // Depth-first over parts: each contributes a non-empty prefix (or its capitals), or, if
  // optional, nothing; the expansion must end at a word's end. Failed states are remembered.
  const failed = new Set<number>();
  const search = (part: number, at: number): number | undefined => {
    const state = part * 64 + at;
    if (failed.has(state)) return undefined;
    const end = searchFrom(part, at);
    if (end === undefined) failed.add(state);
    return end;
  };
  const searchFrom = (part: number, at: number): number | undefined => {
    if (at === letters.length) return part > 0 && parts[part - 1]!.word !== parts[part]?.word ? parts[part - 1]!.word + 1 : undefined;
    const current = parts[part];
    if (!current) return undefined;
    const shares = [current.capitals];
    for (let length = Math.min(current.text.length, letters.length - at); length >= 1; length--) shares.push(current.text.slice(0, length));
    for (const share of shares) {
      if (!share || letters.slice(at, at + share.length) !== share) continue;
      const end = search(part + 1, at + share.length);
      if (end !== undefined) return end;
    }
    return current.optional ? search(part + 1, at) : undefined;
  };
  return search(0, 0);
}
