/**
 * Facts about organizations that no rule can see, kept by curators and reviewed in a diff.
 * `npm run catalog -- merges` lists what the rules merged and what they did not, each candidate
 * with the line to add here. Names are compared as lib/content/merge.ts compares them (case,
 * accents, punctuation, a leading "The" and bracketed parts do not matter), and match every page
 * that spells the organization so.
 */

/** Names that are one organization: renames, mostly. Each entry's names all merge. */
export const SAME_ORGANIZATION: readonly (readonly string[])[] = [
  // XBMC renamed itself Kodi in 2014.
  ['XBMC Foundation', 'Kodi Foundation', 'Kodi'],
  // MovingBlocks is the team behind Terasology, which became The Terasology Foundation.
  ['MovingBlocks', 'The Terasology Foundation'],
  // Catroid was the first app of the Catrobat project, under whose name it continued.
  ['Catroid Project', 'Catrobat', 'International Catrobat Association'],
  // radare2 is the rewrite of radare, by the same people at radare.org.
  ['radare', 'radare2'],
  // Grameen Foundation applied in 2010 for Mifos, its microfinance platform (mifos.org, as in 2009);
  // Mifos went on as the Mifos Initiative.
  ['Grameen Foundation', 'The Mifos Initiative'],
  // Systers, the Anita Borg Institute's open source community, applied as AnitaB.org Open Source
  // after the institute renamed itself AnitaB.org (its 2018 page was already anitab.org/systers).
  ['Systers Community', 'AnitaB.org Open Source'],
];

/** Names that are different organizations although a rule would merge them. */
export const DIFFERENT_ORGANIZATIONS: readonly (readonly [string, string])[] = [
  // Libav forked from FFmpeg in 2011: two projects, with years in which they shared a website.
  ['FFmpeg', 'Libav'],
];

/**
 * Websites that many unrelated organizations share: the same host and path there is not
 * evidence of one organization (code hosting, document and link services, umbrella wikis).
 * Hosts are compared without "www."; a subdomain is another host (kde.github.io is KDE's own).
 */
export const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'sourceforge.net',
  'launchpad.net',
  'savannah.gnu.org',
  'code.google.com',
  'docs.google.com',
  'sites.google.com',
  'groups.google.com',
  'google.com',
  'goo.gl',
  'bit.ly',
  'tinyurl.com',
  'wiki.debian.org',
  'freedesktop.org',
  'wiki.freedesktop.org',
  'wikipedia.org',
  'en.wikipedia.org',
  'medium.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'linkedin.com',
  'youtube.com',
  'opencollective.com',
  'summerofcode.withgoogle.com',
  'socghop.appspot.com',
]);
