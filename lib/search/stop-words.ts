/**
 * English words that carry no meaning for finding a project. A short list on purpose: words like
 * "project", "open" or "data" are common in the archive but people do search for them, and field
 * weights plus idf already push common words down.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could do does for from had has have he her his how i if in into is it its ' +
    'me my not of on or our she so such than that the their them then there these they this those to was we were what ' +
    'when where which who will with would you your also should may'
  ).split(' '),
);
