/**
 * One organization across eras and renames. Pages name organizations as the archive did in each
 * year ("KDE" until 2017, "KDE Community" since), so their slugs differ; this pass joins the
 * organization-years that are one organization, on evidence, strongest first:
 *
 * 1. curated: lib/content/curated/organization-identity.ts says so (renames no rule can see);
 * 2. same name: equal up to case, punctuation, accents, a leading "The" and bracketed parts
 *    ("GNU Compiler Collection (GCC)" = "GNU Compiler Collection");
 * 3. same name but for a suffix: a trailing "Project", "Foundation", "Community", "Team",
 *    "Association" or a legal form ("Inc", "LLC", "e.V.", "GmbH", "VZW"…) dropped ("Xen.org" =
 *    "Xen Project", "Drupal Association" = "Drupal");
 * 4. acronym: a name that is an acronym, and a name that spells it out or gives it in brackets
 *    ("CNCF" = "Cloud Native Computing Foundation (CNCF)", "INCF" = "International
 *    Neuroinformatics Coordinating Facility");
 *    A leading acronym and the words it stands for, the rest equal ("OSU Open Source Lab");
 * 5. same name before a descriptive tail: a short name, then ":", " - ", "," or " at " and a
 *    description ("mlpack: a scalable C++ machine learning library" = "mlpack");
 * 6. same name without spaces: a joined or split word ("OpenAstronomy" = "Open Astronomy");
 * 7. bracketed name: a bracketed part that is the other's name ("… (City of Boston)");
 * 8. same website: the same host and path, ignoring scheme, "www.", case and a trailing slash,
 *    on a host that is not shared by unrelated organizations (github.com and the like);
 * 9. same host (other paths) and same site name (other hosts, one own label: foo.im, foo.chat),
 *    with a name word no other organization has, or the name written in the host;
 * 10. distinctive head: a name that starts the other ("Mixxx" / "Mixxx Digital DJ"), or the first
 *    part of "X and Y", "X/Y", "X, Y" where a page names an organization X.
 *
 * Guards hold whatever the evidence: organization-years of the same program and year are never
 * one organization; names the curated table keeps apart stay apart; a head or bracketed name that
 * several organizations carry is an umbrella's or a generic word's, and the heads GNU, Apache,
 * Open, API, Python, University of … are generic whatever the data shows; a name that joins
 * another organization's name is a joint application. A rule joins a set of organizations only as
 * a whole: if any two of them met in one program-year, the rule is not evidence there, and the set
 * is reported as a candidate for a curator instead.
 *
 * A curator also merges anything by giving pages the same `slug:`. The merged organization takes
 * the slug of its most recent name; each organization-year keeps the slug it had as an alias, so
 * its old permalinks redirect instead of breaking.
 */
import { DIFFERENT_ORGANIZATIONS, SAME_ORGANIZATION, SHARED_HOSTS } from './curated/organization-identity';
import { groupBy } from '../group-by';
import type { ProgramId } from '../programs';

/** What merging needs to know of an organization-year. */
export interface MergeCandidate {
  name: string;
  slug: string;
  programId: ProgramId;
  year: number;
  /** The curator set this slug in front matter: it is kept, and wins within its group. */
  explicitSlug: boolean;
  /** The organization-year's web page as its page gave it (any text: only URLs count). */
  webPage?: string;
}

export type Evidence =
  | 'curated'
  | 'same name'
  | 'same name but for a suffix'
  | 'acronym'
  | 'same name before a descriptive tail'
  | 'same name without spaces'
  | 'bracketed name'
  | 'same website'
  | 'same host'
  | 'same site name'
  | 'distinctive head'
  /** Different names whose slugs came out the same ("C++ Tools", "C Plus Plus Tools"): listed, so that no join goes unseen. */
  | 'same slug';

/** Why two names were joined: the evidence, and what they shared when that says more (a website). */
export interface MergeLink {
  evidence: Evidence;
  names: [string, string];
  shared?: string;
}

export interface Merge {
  /** The slug the merged organization has now. */
  slug: string;
  /** Slugs that pointed to parts of it before merging, and now redirect. */
  mergedSlugs: string[];
  /** Every name it had, oldest first, with the years of each. */
  names: { name: string; years: number[] }[];
  /** The evidence behind the merge: one link per join. */
  links: MergeLink[];
}

/** Organizations a rule or a shared website ties together but that were not merged: for review. */
export interface MergeCandidateReport {
  /** The names, one per organization it would join (the most recent of each). */
  names: string[];
  /** What ties them, in a few words. */
  reason: string;
  /** Why they were not merged. */
  stoppedBy: string;
}

export interface MergeResult {
  /** The final slug of each candidate, in the order given. */
  slugs: string[];
  merges: Merge[];
  unmerged: MergeCandidateReport[];
}

// Trailing words that name what kind of body an organization is, not which one. Longest first.
const DROPPABLE_SUFFIXES: readonly string[][] = [
  ['open', 'source', 'project'],
  ['project', 'team'],
  ['e', 'v'],
  ...['project', 'foundation', 'initiative', 'org', 'community', 'team', 'association', 'inc', 'llc', 'ltd', 'gmbh', 'ev', 'vzw'].map((word) => [word]),
];

const HOSTING_SERVICE_MIN = 5;

// Where a descriptive tail starts: "mlpack: a scalable…", "MBDyn - Multibody…", "Systers, an…", "X at the University…".
const TAIL_START = /\s*(?::|\s[-–—]\s|,|\sat\s)\s*/;
// Words an acronym skips when it spells out a name ("International Neuroinformatics Coordinating Facility" → INCF).
const ACRONYM_SKIPS = new Set(['of', 'the', 'for', 'and', 'in', 'at', 'on', 'a', 'an', 'to']);

/**
 * First words that never make a head, whatever the data holds: umbrellas whose members apply
 * alone ("GNU Octave", "Apache OpenOffice") in years the archive may not show side by side, and
 * words that begin unrelated names ("Open …", "API …", "Python …", "University of …"). Beyond
 * these, a head that starts the names of several organizations is generic by the data itself.
 */
const GENERIC_HEAD_WORDS = new Set(['gnu', 'apache', 'open', 'api', 'python', 'university', 'google', 'free', 'linux', 'international', 'national', 'center', 'centre', 'institute', 'department', 'school', 'faculty', 'project', 'software', 'source', 'digital', 'web', 'data', 'the']);
// Where a name of several parts splits: "Pidgin, Finch and libpurple", "Tcl/Tk", "Fedora & JBoss".
const PART_SEPARATOR = /\s*(?:\/|,|\s&\s|\sand\s|\+)\s*/i;
// A head shorter than this is a letter or two ("R", "D", "AR") that starts unrelated names.
const HEAD_MIN_LETTERS = 3;
// Second-level labels under a country's domain ("foo.co.uk", "foo.ac.jp") and hosting services
// whose subdomains are their users' own sites ("foo.github.io"): the site's own label is left of them.
const COUNTRY_SECOND_LEVEL = new Set(['co', 'ac', 'or', 'ne', 'go', 'org', 'com', 'net', 'edu', 'gov']);
const HOSTED_SITE_SUFFIXES = new Set(['github.io', 'gitlab.io', 'readthedocs.io', 'readthedocs.org', 'sourceforge.net', 'sf.net', 'blogspot.com', 'wordpress.com', 'appspot.com', 'herokuapp.com', 'netlify.app', 'vercel.app']);

/** The name with case, accents, punctuation, "The" and bracketed parts gone: "the xen project" → "xen project". */
export function strictNameKey(name: string): string {
  return foldName(name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/** The strict key without trailing words that say what kind of body it is ("project", "foundation", "inc"…). */
export function looseNameKey(name: string): string {
  const words = strictNameKey(name).split(' ');
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const suffix of DROPPABLE_SUFFIXES) {
      if (words.length > suffix.length && suffix.every((word, index) => words[words.length - suffix.length + index] === word)) {
        words.length -= suffix.length;
        dropped = true;
        break;
      }
    }
  }
  return words.join(' ');
}

/** The short name before a descriptive tail, as a loose key; undefined when there is no tail or the head is not a short name. */
export function headNameKey(name: string): string | undefined {
  const match = TAIL_START.exec(name);
  if (!match || match.index === 0) return undefined;
  const head = looseNameKey(name.slice(0, match.index));
  // One or two words: a name ("mlpack", "FrameNet Brasil"). Longer heads are descriptions of
  // their own ("Department of Biomedical Informatics, …") and would join unrelated departments.
  const words = head.split(' ');
  return words.length <= 2 && head.replace(/ /g, '').length >= 3 ? head : undefined;
}

/** An acronym the name declares: the name itself ("CNCF", "OSGeo") or a bracketed one ("… (CNCF)"). */
export function declaredAcronyms(name: string): string[] {
  const acronyms: string[] = [];
  const bare = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim().replace(/^the\s+/i, '');
  if (/^[\p{L}\p{N}]{2,10}$/u.test(bare) && (bare.match(/\p{Lu}/gu)?.length ?? 0) >= 2) acronyms.push(bare.toLowerCase());
  for (const [, inside] of name.matchAll(/\(([^)]*)\)/g)) {
    const word = inside!.trim();
    if (/^[\p{L}\p{N}]{2,10}$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2) acronyms.push(word.toLowerCase());
  }
  return acronyms;
}

/** The initials of a name of three words or more, skipping "of", "the"…: "International Neuroinformatics Coordinating Facility" → "incf". */
export function spelledOutAcronym(name: string): string | undefined {
  const words = strictNameKey(name)
    .split(' ')
    .filter((word) => word && !ACRONYM_SKIPS.has(word));
  return words.length >= 3 ? words.map((word) => word[0]).join('') : undefined;
}

/** A name that opens with an acronym, as the acronym and the rest: "OSU Open Source Lab" → "osu open source lab". */
export function leadingAcronymKey(name: string): string | undefined {
  const [first, ...rest] = name.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').trim().replace(/^the\s+/i, '').split(/\s+/);
  return rest.length > 0 && /^\p{Lu}{2,6}$/u.test(first!) ? `${first!.toLowerCase()} ${looseNameKey(rest.join(' '))}` : undefined;
}

/** The same name with each run of two to six leading words given as initials: "Oregon State University Open Source Lab" → …, "osu open source lab", …. */
export function leadingInitialsKeys(name: string): string[] {
  const words = looseNameKey(name).split(' ');
  const keys: string[] = [];
  for (let count = 2; count <= Math.min(6, words.length - 1); count++) {
    const initials = words.slice(0, count).filter((word) => !ACRONYM_SKIPS.has(word)).map((word) => word[0]).join('');
    if (initials.length >= 2) keys.push(`${initials} ${words.slice(count).join(' ')}`);
  }
  return keys;
}

/** A web page as host + path ("kde.org", "gcc.gnu.org/wiki/summerofcode"); undefined for a value that is not a URL. */
export function websiteKey(value: string | undefined): string | undefined {
  const match = /^(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?(\/[^\s?#]*)?(?:[?#]\S*)?$/i.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const host = match[1]!.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const path = (match[2] ?? '')
    .toLowerCase()
    .replace(/\/(index\.(html?|php))?$/, '')
    .replace(/\/+$/, '');
  return `${host}${path}`;
}

/** The name with spaces gone as well, for names that join or split a word: "Open Foo Project" → "openfoo". */
export function unspacedNameKey(name: string): string {
  return looseNameKey(name).replace(/ /g, '');
}

/** The names a page gives in brackets, as loose keys: "Mayor's Office … (City of Boston)" → ["city of boston"]. */
export function bracketedNameKeys(name: string): string[] {
  return [...name.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((match) => looseNameKey(match[1] ?? match[2]!)).filter((key) => key.replace(/ /g, '').length >= HEAD_MIN_LETTERS);
}

/** The parts of a name that joins several ("Pidgin, Finch and libpurple" → pidgin, finch, libpurple), as loose keys; one part for a plain name. */
export function namePartKeys(name: string): string[] {
  return name
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .split(PART_SEPARATOR)
    .map((part) => looseNameKey(part))
    .filter(Boolean);
}

/**
 * The heads a name offers, as loose keys: the whole name, the short name before a descriptive
 * tail and the first part of a name of several parts ("The Tor Project and EFF" → "tor").
 */
export function nameHeads(name: string): string[] {
  const heads = [looseNameKey(name), headNameKey(name), namePartKeys(name)[0]];
  return [...new Set(heads.filter((head): head is string => head !== undefined && head.length > 0))];
}

/** Whether a head may join on its own: long enough, and not a word that starts unrelated names. */
export function isGenericHead(head: string): boolean {
  const [first, second] = head.split(' ');
  // "GNU", "University of …", "Python Software …" are generic; "GNU Image Manipulation Program" is a name.
  return head.replace(/ /g, '').length < HEAD_MIN_LETTERS || (GENERIC_HEAD_WORDS.has(first!) && (second === undefined || GENERIC_HEAD_WORDS.has(second) || ACRONYM_SKIPS.has(second)));
}

/** The word-by-word starts of a name, shortest first, without the whole: "tcl tk community" → ["tcl", "tcl tk"]. */
function namePrefixes(key: string): string[] {
  const words = key.split(' ');
  return words.slice(1).map((_, index) => words.slice(0, index + 1).join(' '));
}

/** The label a site is named by, left of its public suffix: "wiki.sugarlabs.org" → "sugarlabs", "foo.github.io" → "foo". */
export function ownLabel(host: string): string | undefined {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const suffixLength = labels.length >= 3 && (HOSTED_SITE_SUFFIXES.has(lastTwo) || (labels.at(-1)!.length === 2 && COUNTRY_SECOND_LEVEL.has(labels.at(-2)!))) ? 2 : 1;
  const label = labels[labels.length - suffixLength - 1];
  return label && label.length >= HEAD_MIN_LETTERS && !/^\d+$/.test(label) ? label : undefined;
}

function hostOf(website: string): string {
  return website.split('/')[0]!;
}

/**
 * What a rule's check says of a set of organizations that share a key: join them (naming what
 * they share, when that says more than the evidence), refuse them with a reason a curator reads,
 * or pass silently (the key is no evidence for this set, and nothing is worth reviewing).
 */
type Verdict = { join: true; shared?: string } | { join: false; refused?: string };

/** Joins the organization-years that are one organization; see the top of this file. */
export function mergeOrganizations(candidates: readonly MergeCandidate[]): MergeResult {
  const groups = new Groups(candidates);
  // Near-misses, named once the rules are done: a later rule may still join what an earlier one refused.
  const nearMisses: { members: MergeCandidate[]; reason: string; stoppedBy: string }[] = [];

  const apply = (evidence: Evidence, keysOf: (candidate: MergeCandidate) => (string | undefined)[], check?: (members: MergeCandidate[], key: string) => Verdict) => {
    const byKey = new Map<string, MergeCandidate[]>();
    for (const candidate of candidates) {
      for (const key of new Set(keysOf(candidate))) {
        if (!key) continue;
        const members = byKey.get(key);
        if (members) members.push(candidate);
        else byKey.set(key, [candidate]);
      }
    }
    for (const [key, members] of byKey) {
      if (groups.rootsOf(members).length < 2) continue;
      const verdict: Verdict = check ? check(members, key) : { join: true, ...(evidence === 'same website' && { shared: key }) };
      if (!verdict.join) {
        if (verdict.refused) nearMisses.push({ members, reason: describe(evidence, key), stoppedBy: verdict.refused });
        continue;
      }
      const refusal = groups.refusal(members);
      if (refusal) {
        nearMisses.push({ members, reason: describe(evidence, key), stoppedBy: refusal });
        continue;
      }
      groups.join(members, evidence, verdict.shared);
    }
  };
  const accept = (test: (members: MergeCandidate[]) => boolean) => (members: MergeCandidate[]): Verdict => ({ join: test(members) });

  apply('curated', (candidate) => SAME_ORGANIZATION.map((names, index) => (names.some((name) => strictNameKey(name) === strictNameKey(candidate.name)) ? `curated ${index}` : undefined)));
  apply('same name', (candidate) => [strictNameKey(candidate.name) || undefined]);
  apply('same name but for a suffix', (candidate) => [looseNameKey(candidate.name) || undefined]);
  apply('same name without spaces', (candidate) => [unspacedNameKey(candidate.name).length > HEAD_MIN_LETTERS ? unspacedNameKey(candidate.name) : undefined]);
  apply(
    'acronym',
    (candidate) => [...declaredAcronyms(candidate.name), spelledOutAcronym(candidate.name)],
    // Two names that only spell out the same letters ("Open Source Medical", "Open Street Map")
    // are not evidence: one of them must be the acronym, or give it in brackets.
    accept((members) => members.some((member) => declaredAcronyms(member.name).length > 0)),
  );
  // "OSU Open Source Lab" = "Oregon State University Open Source Lab": the rest of the name
  // says which; a bare acronym that a name only starts with is not evidence.
  apply(
    'acronym',
    (candidate) => [leadingAcronymKey(candidate.name), ...leadingInitialsKeys(candidate.name)],
    accept((members) => members.some((member) => leadingAcronymKey(member.name) !== undefined) && members.some((member) => leadingAcronymKey(member.name) === undefined)),
  );
  apply(
    'same name before a descriptive tail',
    (candidate) => [headNameKey(candidate.name), looseNameKey(candidate.name).split(' ').length <= 2 ? looseNameKey(candidate.name) : undefined],
    accept((members) => members.some((member) => headNameKey(member.name) !== undefined)),
  );

  // A name that joins another organization's name ("Fedora & JBoss", "Boston University / XIA"
  // where XIA applied alone) is a joint application or an umbrella's member: no head or bracket of it is evidence.
  const looseKeys = new Set(candidates.map((candidate) => looseNameKey(candidate.name)));
  const isJoint = (candidate: MergeCandidate) => namePartKeys(candidate.name).slice(1).some((part) => part !== looseNameKey(candidate.name) && looseKeys.has(part));
  apply(
    'bracketed name',
    (candidate) => (isJoint(candidate) ? [] : [looseNameKey(candidate.name), ...bracketedNameKeys(candidate.name)]),
    (members, key) => (isGenericHead(key) ? { join: false } : groups.nameNamesOne(members, key, (member) => looseNameKey(member.name) === key, 'in brackets')),
  );

  const sharedHosts = hostsOfManyOrganizations(candidates);
  const hostOfCandidate = (candidate: MergeCandidate) => {
    const website = websiteKey(candidate.webPage);
    return website && !sharedHosts.has(hostOf(website)) ? hostOf(website) : undefined;
  };
  const names = new NameWords(candidates, groups);
  apply('same website', (candidate) => {
    const website = websiteKey(candidate.webPage);
    return [website && !sharedHosts.has(hostOf(website)) ? website : undefined];
  });
  // The same host with other paths ("wiki.foo.org/GSoC2010", "wiki.foo.org/GSoC2011"), and other
  // hosts of one site name ("foo.im", "foo.chat"), tie organizations only with a name word in
  // common that no other organization has, or the name written in the host: an umbrella's
  // members live on its host too (gnu.org/software/octave, openoffice.apache.org).
  apply('same host', (candidate) => [hostOfCandidate(candidate)], (members, host) => names.tieOnSite(members, host, ownLabel(host)));
  const sharedLabels = labelsOfManyOrganizations(candidates, sharedHosts);
  apply(
    'same site name',
    (candidate) => {
      const host = hostOfCandidate(candidate);
      const label = host && ownLabel(host);
      return [label && !sharedLabels.has(label) ? label : undefined];
    },
    (members, label) => names.tieOnSite(members, `*.${label}.*`, label),
  );
  // Last, so that the names a head starts are counted as the organizations the other rules made.
  apply(
    'distinctive head',
    (candidate) => {
      if (isJoint(candidate)) return [];
      const strict = strictNameKey(candidate.name);
      return [...nameHeads(candidate.name), ...namePrefixes(strict), ...namePrefixes(looseNameKey(candidate.name))];
    },
    (members, head) => {
      const holders = members.filter((member) => nameHeads(member.name).includes(head));
      // The first part of "X and Y" is a head only where a page names an organization so:
      // "Science and Technology …" does not make "science" a name.
      if (!holders.some((member) => looseNameKey(member.name) === head || headNameKey(member.name) === head)) return { join: false };
      if (isGenericHead(head)) {
        // A pair is worth a look (an umbrella and its member); a generic word with many names is not.
        return groups.rootsOf(members).length === 2 ? { join: false, refused: 'a generic head (an umbrella, or a word that starts unrelated names) is no evidence' } : { join: false };
      }
      return groups.nameNamesOne(members, head, (member) => holders.includes(member), 'at the start');
    },
  );

  // What a curator should look at: the same page on a shared host, between organizations still apart.
  for (const [website, members] of groupBy(candidates.filter((candidate) => websiteKey(candidate.webPage)), (candidate) => websiteKey(candidate.webPage)!)) {
    if (sharedHosts.has(hostOf(website)) && groups.rootsOf(members).length > 1 && website.includes('/')) {
      nearMisses.push({ members, reason: `same page on a shared host (${website})`, stoppedBy: 'a shared host is not evidence on its own' });
    }
  }

  const unmerged = nearMisses.filter(({ members }) => groups.rootsOf(members).length > 1).map(({ members, reason, stoppedBy }) => ({ names: groups.latestNames(members), reason, stoppedBy }));
  return { ...groups.result(), unmerged: dedupeReports(unmerged) };
}

/**
 * The words of each organization's names, to tell a word that names one organization ("tcl",
 * "pidgin") from one that many names use ("community", "boston"), as organizations stand now.
 */
class NameWords {
  private readonly byWord = new Map<string, MergeCandidate[]>();

  constructor(
    candidates: readonly MergeCandidate[],
    private readonly groups: Groups,
  ) {
    for (const candidate of candidates) {
      for (const word of new Set(strictNameKey(candidate.name).split(' '))) {
        if (word.length < HEAD_MIN_LETTERS || GENERIC_HEAD_WORDS.has(word) || ACRONYM_SKIPS.has(word)) continue;
        const having = this.byWord.get(word);
        if (having) having.push(candidate);
        else this.byWord.set(word, [candidate]);
      }
    }
  }

  /** Whether organizations on one site are one: a distinctive name word they all have, or one's name written in the site's own label. */
  tieOnSite(members: MergeCandidate[], site: string, label: string | undefined): Verdict {
    const roots = new Set(this.groups.rootsOf(members));
    const wordsOf = (root: string) => new Set([...this.groups.nameKeysOf(root)].flatMap((key) => key.split(' ')));
    const [first, ...rest] = [...roots].map(wordsOf);
    const common = [...first!].filter((word) => rest.every((words) => words.has(word)));
    const distinctive = common.find((word) => this.byWord.has(word) && this.groups.rootsOf(this.byWord.get(word)!).every((root) => roots.has(root)));
    if (distinctive) return { join: true, shared: `${site}, "${distinctive}"` };
    if (label && this.nameInLabel(roots, label)) return { join: true, shared: `${site}, the name in "${label}"` };
    return { join: false, refused: 'no name word in common that only they have, and no name written in the host' };
  }

  // "Sugar Labs" at sugarlabs.org, and every other name starting so ("Sugar Labs educational platform").
  private nameInLabel(roots: Set<string>, label: string): boolean {
    const unspaced = (root: string) => [...this.groups.nameKeysOf(root)].map((key) => key.replace(/ /g, ''));
    const written = [...roots].some((root) => [...this.groups.nameKeysOf(root)].some((key) => key.replace(/ /g, '') === label && !isGenericHead(key)));
    return written && [...roots].every((root) => unspaced(root).some((key) => key.startsWith(label)));
  }
}

function describe(evidence: Evidence, key: string): string {
  if (evidence === 'acronym') return `acronym (${key.split(' ')[0]!.toUpperCase()})`;
  if (evidence === 'same site name') return `same site name (*.${key}.*)`;
  return ['same website', 'same host', 'distinctive head', 'bracketed name'].includes(evidence) ? `${evidence} (${key})` : evidence;
}

/** Site names ("mit" of media.mit.edu and appinventor.mit.edu) that five or more names use: a university or a company, not one organization. */
function labelsOfManyOrganizations(candidates: readonly MergeCandidate[], sharedHosts: Set<string>): Set<string> {
  const namesByLabel = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    const website = websiteKey(candidate.webPage);
    const label = website && !sharedHosts.has(hostOf(website)) ? ownLabel(hostOf(website)) : undefined;
    if (label) namesByLabel.set(label, (namesByLabel.get(label) ?? new Set()).add(looseNameKey(candidate.name)));
  }
  return new Set([...namesByLabel].filter(([, names]) => names.size >= HOSTING_SERVICE_MIN).map(([label]) => label));
}

/**
 * Hosts that serve many organizations, beyond the curated list: one seen with five or more
 * paths under five or more names is a hosting service, whatever its name. (Three is too few: one
 * organization that renamed itself twice and moved its ideas page would count.)
 */
function hostsOfManyOrganizations(candidates: readonly MergeCandidate[]): Set<string> {
  const shared = new Set(SHARED_HOSTS);
  const pathsByHost = new Map<string, Map<string, Set<string>>>();
  for (const candidate of candidates) {
    const website = websiteKey(candidate.webPage);
    if (!website) continue;
    const host = hostOf(website);
    const paths = pathsByHost.get(host) ?? new Map<string, Set<string>>();
    const names = paths.get(website) ?? new Set<string>();
    names.add(looseNameKey(candidate.name));
    paths.set(website, names);
    pathsByHost.set(host, paths);
  }
  for (const [host, paths] of pathsByHost) {
    const names = new Set([...paths.values()].flatMap((set) => [...set]));
    if (paths.size >= HOSTING_SERVICE_MIN && names.size >= HOSTING_SERVICE_MIN) shared.add(host);
  }
  return shared;
}

function dedupeReports(reports: MergeCandidateReport[]): MergeCandidateReport[] {
  const seen = new Set<string>();
  return reports.filter((report) => {
    const key = [...report.names].sort().join('\n');
    if (report.names.length < 2 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The merge groups: which slugs are one organization, with what each group holds for the guards. */
class Groups {
  private readonly parent = new Map<string, string>();
  private readonly editions = new Map<string, Set<string>>();
  private readonly nameKeys = new Map<string, Set<string>>();
  private readonly links = new Map<string, MergeLink[]>();
  private readonly apart = DIFFERENT_ORGANIZATIONS.map(([a, b]) => [strictNameKey(a), strictNameKey(b)] as const);

  constructor(private readonly candidates: readonly MergeCandidate[]) {
    for (const candidate of candidates) {
      const slug = candidate.slug;
      if (!this.parent.has(slug)) {
        this.parent.set(slug, slug);
        this.editions.set(slug, new Set());
        this.nameKeys.set(slug, new Set());
        this.links.set(slug, []);
      }
      this.editions.get(slug)!.add(`${candidate.programId} ${candidate.year}`);
      this.nameKeys.get(slug)!.add(strictNameKey(candidate.name));
    }
    // Pages that share a slug are one organization before any rule runs; where their names differ
    // and no curator chose the slug, say so, so that the join is reviewed like any other.
    for (const [slug, sharing] of groupBy(candidates, (candidate) => candidate.slug)) {
      if (sharing.some((candidate) => candidate.explicitSlug)) continue;
      // The most recent spelling of each name, the most recent name first, as every link is named.
      const names = [...groupBy(sharing, (candidate) => strictNameKey(candidate.name)).values()]
        .map((same) => same.sort((a, b) => b.year - a.year)[0]!)
        .sort((a, b) => b.year - a.year)
        .map((candidate) => candidate.name);
      for (const name of names.slice(1)) this.links.get(slug)!.push({ evidence: 'same slug', names: [names[0]!, name] });
    }
  }

  find(slug: string): string {
    let root = slug;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let node = slug; node !== root; ) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  /** The names of a group, as strict keys. */
  nameKeysOf(root: string): ReadonlySet<string> {
    return this.nameKeys.get(this.find(root))!;
  }

  /**
   * Whether the members that hold `key` as their own name (its holders) and the members that
   * only name it (in brackets, at the start) are one organization: they are when those naming it
   * are one organization; when several are, the key names an umbrella or is a generic word.
   */
  nameNamesOne(members: readonly MergeCandidate[], key: string, isHolder: (member: MergeCandidate) => boolean, where: string): Verdict {
    const holderRoots = new Set(this.rootsOf(members.filter(isHolder)));
    if (holderRoots.size === 0) return { join: false };
    const others = this.rootsOf(members.filter((member) => !isHolder(member))).filter((root) => !holderRoots.has(root));
    if (others.length > 1) return { join: false, refused: `${others.length} organizations have "${key}" ${where}: an umbrella or a generic word, not one organization` };
    return { join: true, shared: key };
  }

  rootsOf(members: readonly MergeCandidate[]): string[] {
    return [...new Set(members.map((member) => this.find(member.slug)))];
  }

  /** Why these members' groups cannot be one organization, or undefined when they can. */
  refusal(members: readonly MergeCandidate[]): string | undefined {
    const roots = this.rootsOf(members);
    const seen = new Map<string, string>();
    for (const root of roots) {
      for (const edition of this.editions.get(root)!) {
        if (seen.has(edition)) return `both took part in ${edition.replace('gsoc ', 'Summer of Code ').replace('gci ', 'Code-in ')}`;
        seen.set(edition, root);
      }
    }
    const keys = roots.map((root) => this.nameKeys.get(root)!);
    for (const [a, b] of this.apart) {
      const withA = keys.findIndex((set) => set.has(a));
      const withB = keys.findIndex((set) => set.has(b));
      if (withA !== -1 && withB !== -1 && withA !== withB) return 'kept apart by the curated table';
    }
    return undefined;
  }

  join(members: readonly MergeCandidate[], evidence: Evidence, shared?: string): void {
    const [first, ...rest] = this.rootsOf(members);
    // Each link names the two sides by their most recent names, the more recent first.
    const linkNames = new Map(rest.map((root) => [root, this.latestNames(members.filter((member) => [first, root].includes(this.find(member.slug))))]));
    for (const root of rest) {
      const link: MergeLink = { evidence, names: linkNames.get(root) as [string, string], ...(shared && { shared }) };
      const current = this.find(first!);
      // The smaller slug becomes the root, so that the result does not depend on the order of joins.
      const [keep, drop] = root < current ? [root, current] : [current, root];
      this.parent.set(drop, keep);
      for (const edition of this.editions.get(drop)!) this.editions.get(keep)!.add(edition);
      for (const key of this.nameKeys.get(drop)!) this.nameKeys.get(keep)!.add(key);
      const kept = this.links.get(keep)!;
      for (const earlier of this.links.get(drop)!.splice(0)) kept.push(earlier);
      kept.push(link);
    }
  }

  /** The most recent name of each group among `members`, most recent group first. */
  latestNames(members: readonly MergeCandidate[]): string[] {
    const latest = new Map<string, MergeCandidate>();
    for (const member of members) {
      const root = this.find(member.slug);
      const known = latest.get(root);
      if (!known || member.year > known.year) latest.set(root, member);
    }
    return [...latest.values()].sort((a, b) => b.year - a.year || a.name.localeCompare(b.name)).map((member) => member.name);
  }

  result(): Omit<MergeResult, 'unmerged'> {
    // Each group takes its curator's slug, else the slug of its most recent name.
    const members = groupBy(this.candidates, (candidate) => this.find(candidate.slug));
    const finalSlug = new Map<string, string>();
    const merges: Merge[] = [];
    for (const [root, group] of members) {
      const ordered = [...group].sort((a, b) => b.year - a.year || (a.programId === b.programId ? 0 : a.programId === 'gsoc' ? -1 : 1) || a.slug.localeCompare(b.slug));
      const slug = (ordered.find((candidate) => candidate.explicitSlug) ?? ordered[0]!).slug;
      const slugs = [...new Set(group.map((candidate) => candidate.slug))];
      for (const original of slugs) finalSlug.set(original, slug);
      if (slugs.length > 1 || slugs[0] !== slug || this.links.get(root)!.length > 0) {
        const names = groupBy([...group].sort((a, b) => a.year - b.year), (candidate) => candidate.name);
        merges.push({
          slug,
          mergedSlugs: slugs.filter((original) => original !== slug).sort(),
          names: [...names].map(([name, withName]) => ({ name, years: [...new Set(withName.map((candidate) => candidate.year))] })),
          links: this.links.get(root)!,
        });
      }
    }
    merges.sort((a, b) => a.slug.localeCompare(b.slug));
    return { slugs: this.candidates.map((candidate) => finalSlug.get(candidate.slug)!), merges };
  }
}
