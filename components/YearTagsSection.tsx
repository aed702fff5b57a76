/**
 * A year page's most named technologies, topics and categories (lib/site/trends.ts yearTopTags),
 * each with its change from the year before: three short tables, beside the year's new and
 * returning organizations.
 */
import { TagName } from './TagName';
import { tagPath, TRENDS_PATH } from '@/lib/paths';
import { tagSlug } from '@/lib/slugs';
import { catalogTrends } from '@/lib/site/catalog-trends';
import { publicPath } from '@/lib/site/publishing';
import { TAG_KIND_WORDS, type TagKind } from '@/lib/site/tag-index';
import { formatShare } from '@/lib/site/trend-compare';
import { yearTopTags, type Trends, type YearTagRank } from '@/lib/site/trends';

/** Tags listed per kind. */
export const YEAR_TAGS_SHOWN = 10;

const KINDS: readonly TagKind[] = ['technology', 'topic', 'category'];

/** "+3", "−2", "±0"; "—" when the year before has no tags of the kind. */
export function changeText(rank: Pick<YearTagRank, 'organizations' | 'previous'>): string {
  if (rank.previous === null) return '—';
  const change = rank.organizations - rank.previous;
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
}

/** The section for one of the catalog's years. */
export function CatalogYearTags({ year }: { year: number }) {
  return <YearTagsSection year={year} trends={catalogTrends()} />;
}

export function YearTagsSection({ year, trends }: { year: number; trends: Trends }) {
  const ranked = KINDS.map((kind) => ({ kind, ranks: yearTopTags(trends, kind, year, YEAR_TAGS_SHOWN) })).filter(({ ranks }) => ranks.length > 0);
  if (ranked.length === 0) return null;
  return (
    <section aria-labelledby="year-tags">
      <h2 id="year-tags">Most named this year</h2>
      <p className="muted">
        Organizations that named each, with the change from {year - 1} (“—” where {year - 1} has no tags). <a href={publicPath(TRENDS_PATH)}>All years’ trends</a>
      </p>
      <div className="year-tags">
        {ranked.map(({ kind, ranks }) => (
          <div key={kind}>
            <h3 id={`year-tags-${kind}`}>{TAG_KIND_WORDS[kind].title}</h3>
            <div className="trend__table" role="region" aria-labelledby={`year-tags-${kind}`} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{TAG_KIND_WORDS[kind].label}</th>
                    <th scope="col">Organizations</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {ranks.map((rank) => (
                    <tr key={rank.name}>
                      <th scope="row">
                        <a href={publicPath(tagPath(kind, tagSlug(rank.name)))}>
                          <TagName kind={kind} name={rank.name} />
                        </a>
                      </th>
                      <td>
                        {rank.organizations.toLocaleString('en-US')} <span className="muted">({formatShare(rank.share)})</span>
                      </td>
                      <td>{changeText(rank)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
