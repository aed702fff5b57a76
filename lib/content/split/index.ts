/**
 * Where a text page's bullet splits into title and abstract. In the archive's text pages the two
 * run together on one line with nothing marking the boundary, so this is a guess; the loader
 * calls only `splitBullet`, and a curator overrides a wrong guess by putting the abstract on the
 * next, indented line.
 */

export interface BulletSplit {
  title: string;
  abstract: string;
  /** True when the method is unsure: `check` then warns so a curator can look. */
  uncertain: boolean;
}

export interface BulletContext {
  /** The organization the page is about; its name often starts titles and abstracts. */
  organization?: string;
}

const SENTENCE_STARTERS = new Set(['I', 'This', 'The', 'We', 'My', 'In', 'A', 'An', 'Currently', 'It', 'Our']);

/** Splits "Title Abstract…" into its parts. Placeholder until the trained splitter lands. */
export function splitBullet(text: string, context: BulletContext = {}): BulletSplit {
  void context;
  const words = text.trim().split(/\s+/);
  const at = words.findIndex((word, index) => index > 0 && SENTENCE_STARTERS.has(word));
  const cut = at > 0 ? at : Math.min(5, words.length);
  return { title: words.slice(0, cut).join(' '), abstract: words.slice(cut).join(' '), uncertain: at <= 0 };
}
