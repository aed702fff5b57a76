/**
 * Words of a bullet with their offsets and shapes. The splitter only ever cuts between two
 * words, at an offset into the original text, so titles and abstracts stay exact slices.
 */

export interface Token {
  /** The word as written, punctuation included. */
  raw: string;
  /** Offset of the word's first character in the bullet text. */
  start: number;
  /** The word without surrounding punctuation ("(PMR)," → "PMR"); empty for "-" or "|". */
  core: string;
  /** Lowercased core (the word itself if all punctuation): what the lexicon is keyed by. */
  key: string;
}

export interface TokenShape {
  /** First letter-or-digit is an uppercase letter ("The", "VM", "MirageOS"). */
  capitalized: boolean;
  /** Two or more letters, all uppercase: an acronym ("VM", "GTK+", "API"). */
  acronym: boolean;
  /** First letter-or-digit is a lowercase letter ("support", "iOS", "xl/libxl"). */
  lowercase: boolean;
  /** An uppercase letter after a lowercase one: a name or identifier ("iOS", "JavaScript"). */
  mixedCase: boolean;
  /** First letter-or-digit is a digit ("3.11"; "mp3" is not). */
  digit: boolean;
  /** Contains a digit anywhere ("mp3", "Python3"). */
  hasDigit: boolean;
  /** Punctuation inside the word: paths, versions, identifiers ("xl/libxl", "3.11", "co-author"). */
  codeLike: boolean;
  /** Opens with punctuation: a bracket or a quote. */
  opensWithPunctuation: boolean;
  /** Nothing but punctuation ("-", "--", "|", "&"). */
  punctuationOnly: boolean;
  /** The last character of the word as written. */
  last: string;
}

const WORD = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHES = /[’‘`]/g;

/** Splits bullet text into whitespace-separated words, each with its offset and lexicon key. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const core = coreOf(raw);
    tokens.push({ raw, start: match.index, core, key: keyFromCore(raw, core) });
  }
  return tokens;
}

/** The lexicon key of a word: lowercase, without surrounding punctuation, one kind of apostrophe. */
export function keyOf(word: string): string {
  return keyFromCore(word, coreOf(word));
}

function keyFromCore(raw: string, core: string): string {
  const key = (core || raw).toLowerCase();
  // Typographic apostrophes ("I’m") and plain ones ("I'm") are the same word.
  return key.includes('’') || key.includes('‘') || key.includes('`') ? key.replace(APOSTROPHES, "'") : key;
}

/** The word without the punctuation around it. */
function coreOf(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && !isLetterOrDigit(raw.charCodeAt(start), raw[start]!)) start++;
  while (end > start && !isLetterOrDigit(raw.charCodeAt(end - 1), raw[end - 1]!)) end--;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

function isLetterOrDigit(code: number, char: string): boolean {
  // ASCII first: the regular expression is only needed for the rare other characters.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(char);
}

/** What a word looks like: case, digits, inner punctuation, brackets and quotes around it. */
export function shapeOf(token: Token): TokenShape {
  const { raw, core } = token;
  let upper = 0;
  let lower = 0;
  let mixedCase = false;
  let hasDigit = false;
  let codeLike = false;
  for (let i = 0; i < core.length; i++) {
    const code = core.charCodeAt(i);
    // ASCII by its code (the common case, and a hot loop); anything else by its case mappings.
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        upper++;
        if (lower > 0) mixedCase = true;
      } else if (code >= 97 && code <= 122) lower++;
      else if (code >= 48 && code <= 57) hasDigit = true;
      else if (code !== 39) codeLike = true;
      continue;
    }
    const char = core[i]!;
    if (char !== char.toLowerCase()) {
      upper++;
      if (lower > 0) mixedCase = true;
    } else if (char !== char.toUpperCase()) lower++;
    else if (char >= '0' && char <= '9') hasDigit = true;
    // The core starts and ends with a letter or digit, so any other character is inside it.
    else if (char !== "'" && char !== '’' && !isLetterOrDigit(char.charCodeAt(0), char)) codeLike = true;
  }
  const first = core[0] ?? '';
  return {
    capitalized: first !== first.toLowerCase(),
    acronym: upper >= 2 && lower === 0,
    lowercase: first !== first.toUpperCase() && first === first.toLowerCase(),
    mixedCase,
    digit: first >= '0' && first <= '9',
    hasDigit,
    codeLike,
    opensWithPunctuation: core !== '' && raw[0] !== core[0],
    punctuationOnly: core === '',
    last: raw.at(-1) ?? '',
  };
}
