/**
 * Organizations like a given one, by the canonical technologies and topics they share (the
 * archive tags organizations from 2016 on: older ones have nothing to compare).
 *
 * Each organization is a weighted set of tags: a tag weighs the share of its tagged years that
 * carry it (a tag given once in ten years counts little) times the tag's rarity, ln(1 + N / n) for
 * a tag n of the N tagged organizations give (sharing "python" says less than sharing "bioinformatics").
 * Two organizations compare by weighted Jaccard, Σ min / Σ max over their tags: 1 for the same
 * profile, 0 for nothing shared. Below MIN_SIMILARITY, or with fewer than MIN_SHARED tags in
 * common, a likeness is not shown: a page lists nothing rather than a weak guess. Among those
 * shown, organizations active recently come first: each year since a candidate's latest costs
 * RECENCY_DECAY of its score, as a reader wants organizations they can still join.
 */
import { groupBy } from '../group-by';
import type { Organization } from './catalog';
import { listOrganizations } from './catalog';
import { tagsOf } from './tag-index';

/**
 * The least weighted Jaccard shown (0–1). On the whole archive (666 organizations, 507 tagged):
 * at 0.2 only 146 have a list and KDE has none; at 0.1, 463 do (KDE: MuseScore, the Qt Project;
 * GNOME: Xfce, Sugar Labs, Debian…); at 0.05 all but a few, with likenesses as thin as "python, security".
 */
export const MIN_SIMILARITY = 0.1;
/** The fewest tags two organizations must share. */
export const MIN_SHARED = 2;
/** The share of its score a candidate loses per year between its latest year and the archive's. */
export const RECENCY_DECAY = 0.05;
/** How many organizations a page lists. */
export const SIMILAR_SHOWN = 5;

export interface SimilarOrganization {
  organization: Organization;
  /** Weighted Jaccard, 0–1. */
  similarity: number;
  /** The tags they share, the weightiest first. */
  shared: string[];
}

type Profile = Map<string, number>;

/** Technologies and topics, each weighing the share of the organization's tagged years that gave it. */
function tagShares(organization: Pick<Organization, 'organizationYears'>): Profile {
  const tagged = organization.organizationYears.filter((organizationYear) => organizationYear.technologies.length + organizationYear.topics.length > 0);
  const shares: Profile = new Map();
  for (const organizationYear of tagged) {
    const tags = new Set([...tagsOf('technology', organizationYear), ...tagsOf('topic', organizationYear)]);
    for (const tag of tags) shares.set(tag, (shares.get(tag) ?? 0) + 1 / tagged.length);
  }
  return shares;
}

/** Similar organizations over a set of organizations, for any of them. */
export class SimilarityIndex {
  private readonly profiles = new Map<string, { organization: Organization; profile: Profile; total: number; latestYear: number }>();
  private readonly organizationsByTag = new Map<string, string[]>();
  private readonly lastYear: number;

  constructor(organizations: readonly Organization[]) {
    const shares = organizations.map((organization) => ({ organization, shares: tagShares(organization) })).filter(({ shares }) => shares.size > 0);
    const counts = groupBy(
      shares.flatMap(({ organization, shares }) => [...shares.keys()].map((tag) => ({ tag, slug: organization.slug }))),
      ({ tag }) => tag,
    );
    for (const [tag, having] of counts) this.organizationsByTag.set(tag, having.map(({ slug }) => slug));
    const rarity = (tag: string) => Math.log(1 + shares.length / this.organizationsByTag.get(tag)!.length);
    for (const { organization, shares: own } of shares) {
      const profile: Profile = new Map([...own].map(([tag, share]) => [tag, share * rarity(tag)]));
      const total = [...profile.values()].reduce((sum, weight) => sum + weight, 0);
      this.profiles.set(organization.slug, { organization, profile, total, latestYear: Math.max(...organization.years) });
    }
    this.lastYear = Math.max(0, ...[...this.profiles.values()].map(({ latestYear }) => latestYear));
  }

  /** Up to `limit` organizations like the one given, the most alike (and recent) first. */
  similarTo(organization: Pick<Organization, 'slug'>, limit = SIMILAR_SHOWN): SimilarOrganization[] {
    const own = this.profiles.get(organization.slug);
    if (!own) return [];
    // Σ min over shared tags, found through the tags' organizations; Σ max = Σa + Σb − Σ min.
    const overlaps = new Map<string, { sumMin: number; shared: [string, number][] }>();
    for (const [tag, weight] of own.profile) {
      for (const slug of this.organizationsByTag.get(tag)!) {
        if (slug === organization.slug) continue;
        const min = Math.min(weight, this.profiles.get(slug)!.profile.get(tag)!);
        const overlap = overlaps.get(slug) ?? { sumMin: 0, shared: [] };
        overlap.sumMin += min;
        overlap.shared.push([tag, min]);
        overlaps.set(slug, overlap);
      }
    }
    const candidates = [...overlaps]
      .filter(([, overlap]) => overlap.shared.length >= MIN_SHARED)
      .map(([slug, overlap]) => {
        const other = this.profiles.get(slug)!;
        const similarity = overlap.sumMin / (own.total + other.total - overlap.sumMin);
        const rank = similarity * Math.max(0, 1 - RECENCY_DECAY * (this.lastYear - other.latestYear));
        const shared = overlap.shared.sort(([, a], [, b]) => b - a).map(([tag]) => tag);
        return { organization: other.organization, similarity, shared, rank };
      })
      .filter((candidate) => candidate.similarity >= MIN_SIMILARITY && candidate.rank > 0)
      .sort((a, b) => b.rank - a.rank || a.organization.name.localeCompare(b.organization.name));
    return candidates.slice(0, limit).map(({ organization: found, similarity, shared }) => ({ organization: found, similarity, shared }));
  }
}

let cached: SimilarityIndex | undefined;

/** The catalog's organizations most like this one (see above), at most SIMILAR_SHOWN. */
export function similarOrganizations(organization: Organization): SimilarOrganization[] {
  cached ??= new SimilarityIndex(listOrganizations());
  return cached.similarTo(organization);
}
