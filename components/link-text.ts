/**
 * Link text that says nothing on its own. A few tag names are also words that, as the whole text
 * of a link, read as a command or a filler ("go", "more", "start"): in a screen reader's list of
 * links, or to a search engine, such a link does not say where it goes. The list is the English
 * part of the one Lighthouse's link-text audit uses.
 */
const BARE_LINK_WORDS = new Set([
  'click here', 'click this', 'go', 'here', 'information', 'learn more', 'more', 'more info',
  'more information', 'right here', 'read more', 'see more', 'start', 'this',
]);

export function isBareLinkText(text: string): boolean {
  return BARE_LINK_WORDS.has(text.trim().toLowerCase());
}
