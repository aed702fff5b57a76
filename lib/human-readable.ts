/**
 * "2,057": a count as the site writes it, as toLocaleString('en-US') would, without Intl. In the
 * browser the first Intl.NumberFormat loads the locale's data: ~200 ms of a phone's main thread
 * (Chromium, CPU slowed 4×, probed), the largest part of the organization finder's script at load.
 */
export function wholeNumber(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "1 project", "2,057 projects". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${wholeNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Text cut to `maxLength` characters at a word boundary when one is near the end (else mid-word),
 * without trailing punctuation, then "…": for excerpts, meta descriptions and the abstracts the
 * search index keeps for snippets.
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** [2009, 2010, 2011, 2014] → "2009–2011, 2014". */
export function yearRanges(years: number[]): string {
  const ranges: string[] = [];
  for (let index = 0; index < years.length; ) {
    let end = index;
    while (end + 1 < years.length && years[end + 1] === years[end]! + 1) end++;
    ranges.push(end === index ? `${years[index]}` : `${years[index]}–${years[end]}`);
    index = end + 1;
  }
  return ranges.join(', ');
}

/** 812 → "812 bytes", 34_567 → "34 KB", 9_876_543 → "9.4 MB" (1 KB = 1,024 bytes). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
