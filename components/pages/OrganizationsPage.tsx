/**
 * /orgs/: every organization as a compact card, A–Z, with links to the year, category, technology
 * and topic pages. That is the whole page without JavaScript; the finder's script
 * (components/finder/) turns the same cards into the finder (filters with counts, sorts, the address as the state) by hiding and
 * moving them, never by rendering cards of its own.
 *
 * Every byte here is multiplied by ~670 cards within the page's budget (120 KB gzip with CSS,
 * JS and data), so a card is plain markup with short class names and no inline script or data.
 */
import type { ReactNode } from 'react';
import { Avatar } from '../Avatar';
import { Breadcrumbs } from '../Breadcrumbs';
import { plural, yearRanges } from '@/lib/human-readable';
import { HOME_PATH, TECHNOLOGIES_PATH, categoryPath, technologyPath, topicPath, yearPath } from '@/lib/paths';
import { tagSlug } from '@/lib/slugs';
import type { FacetValue, Finder, FinderOrganization } from '@/lib/site/finder';
import { CARD_SLUG_ATTRIBUTE, FINDER_CLASSES as classes, FINDER_ELEMENT_IDS as ids, FINDER_SORTS } from '@/lib/site/finder-page';
import type { TagKind } from '@/lib/site/tag-index';
import { publicPath } from '@/lib/site/publishing';
import { TagName } from '../TagName';

/** Technologies a card links to; the data file has them all for the filter. */
const CARD_TECHNOLOGIES = 3;
/** Technologies and topics the page links to without JavaScript (the finder searches them all). */
const BROWSE_TAGS = 24;

/**
 * The line the page's head runs before its body is drawn: where the finder's script will run (the
 * same test as components/finder/main.ts), <html> gets FINDER_CLASSES.scripted, and the CSS lays
 * the page out as the finder from the first paint. Without it a phone drew the side column after
 * the first cards that had arrived, then the others pushed it down, then the script took it out
 * of the page: Lighthouse's mobile run measured a layout shift of 0.54 (issue 18). On an address
 * with a query it also sets FINDER_CLASSES.pending: the served cards wait unseen for the script.
 */
export const SCRIPTED_LAYOUT = `if(typeof history.pushState=='function'){var c=document.documentElement.classList;c.add('${classes.scripted}');if(location.search)c.add('${classes.pending}')}`;

export function OrganizationsPage({ finder, dataUrl }: { finder: Finder; dataUrl: string }) {
  const { organizations, years, trend } = finder;
  const projects = organizations.reduce((sum, { organization }) => sum + organization.projectCount, 0);
  const trendText =
    trend.recent.length > 0 ? `Sorts: latest year puts the organizations of the latest year first, most projects that year first; newest, by first year; trend, by projects in ${yearRanges(trend.recent)} minus projects in ${yearRanges(trend.previous)}, rising first.` : '';
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Organizations" />
      <h1>Organizations</h1>
      <p className="lede">
        {plural(organizations.length, 'organization')} from {yearRanges(years)}, with {plural(projects, 'project')} in all.
      </p>
      <div className="finder" id={ids.root} data-finder={dataUrl} data-trend={trendText}>
        <aside className="finder-side" id={ids.side} aria-labelledby={ids.sideHeading}>
          <h2 id={ids.sideHeading}>Browse</h2>
          <BrowseLinks title="Years" links={years.map((year) => ({ label: String(year), href: yearPath(year) }))} />
          <BrowseLinks title="Categories" links={finder.categories.map((category) => ({ label: category.name, href: categoryPath(category.slug) }))} />
          <BrowseLinks title="Technologies" links={tagLinks('technology', finder.technologies, technologyPath)} more={{ label: 'All technologies', href: TECHNOLOGIES_PATH }} />
          <BrowseLinks title="Topics" links={tagLinks('topic', finder.topics, topicPath)} />
        </aside>
        <div className="finder-main">
          <div className="finder-bar">
            <p className="finder-count" id={ids.count} aria-live="polite">
              {plural(organizations.length, 'organization')}
              <span className={classes.order}>, {FINDER_SORTS[0].words}</span>
            </p>
            {/* Hidden (but laid out) until the script makes them work: the cards never move when it does. */}
            <div className="finder-controls">
              <label className="finder-q">
                <span className="visually-hidden">Find organizations by name</span>
                <input type="search" id={ids.query} placeholder="Filter by name" autoComplete="off" spellCheck={false} />
              </label>
              <label className="finder-sort">
                <span>Sort</span>
                <select id={ids.sort} defaultValue="name">
                  {FINDER_SORTS.map((sort) => (
                    <option key={sort.id} value={sort.id}>
                      {sort.label}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className={classes.openButton} aria-controls={ids.side} aria-expanded="false">
                Filters
              </button>
            </div>
          </div>
          <h2 className="visually-hidden">The organizations</h2>
          <ol className="org-cards" id={ids.cards}>
            {organizations.map((organization) => (
              <OrganizationCard key={organization.organization.slug} finderOrganization={organization} years={years} />
            ))}
          </ol>
        </div>
      </div>
    </>
  );
}

function tagLinks(kind: TagKind, values: FacetValue[], pathOf: (slug: string) => string) {
  return values.slice(0, BROWSE_TAGS).map((value) => ({ label: <TagName kind={kind} name={value.name} />, href: pathOf(value.slug) }));
}

function BrowseLinks({ title, links, more }: { title: string; links: { label: ReactNode; href: string }[]; more?: { label: string; href: string } }) {
  if (links.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="browse-links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={publicPath(link.href)}>{link.label}</a>
          </li>
        ))}
        {more && (
          <li>
            <a href={publicPath(more.href)}>{more.label} →</a>
          </li>
        )}
      </ul>
    </>
  );
}

/** One organization: avatar, name, former names, one line of description, category, years, projects, top technologies. */
function OrganizationCard({ finderOrganization, years }: { finderOrganization: FinderOrganization; years: number[] }) {
  const { organization, category, technologies, projectsByYear } = finderOrganization;
  return (
    <li {...{ [CARD_SLUG_ATTRIBUTE]: organization.slug }}>
      <Avatar name={organization.name} small />
      <h3>
        <a href={publicPath(organization.path)}>{organization.name}</a>
      </h3>
      {organization.formerNames.length > 0 && <p className="oc-f">formerly {organization.formerNames.map((former) => former.name).join(', ')}</p>}
      {finderOrganization.excerpt && <p className="oc-d">{finderOrganization.excerpt}</p>}
      <p className="oc-m">
        {/* First in its line, so that it never wraps away from the figures it draws. */}
        <Sparkline years={years} projectsByYear={projectsByYear} />
        {plural(organization.projectCount, 'project')} · {yearRanges(organization.years)}
        {category && (
          <>
            {' · '}
            <a href={publicPath(categoryPath(tagSlug(category)))}>
              <TagName kind="category" name={category} />
            </a>
          </>
        )}
      </p>
      {technologies.length > 0 && (
        <p className="oc-t">
          {technologies.slice(0, CARD_TECHNOLOGIES).map((technology) => (
            <a key={technology} href={publicPath(technologyPath(tagSlug(technology)))}>
              <TagName kind="technology" name={technology} />
            </a>
          ))}
        </p>
      )}
    </li>
  );
}

/**
 * Projects per year as one SVG path of vertical strokes, one slot per year of the catalog so
 * that cards compare at a glance (~60 bytes a card; the numbers are in the text beside it).
 */
export function Sparkline({ years, projectsByYear }: { years: number[]; projectsByYear: { year: number; count: number }[] }) {
  const max = Math.max(1, ...projectsByYear.map(({ count }) => count));
  const slot = new Map(years.map((year, index) => [year, index]));
  const path = projectsByYear
    .filter(({ count }) => count > 0)
    .map(({ year, count }) => `M${slot.get(year)! * 3 + 1} 12V${12 - Math.max(1, Math.round((count / max) * 11))}`)
    .join('');
  return (
    <svg className="spark" viewBox={`0 0 ${years.length * 3} 12`} aria-hidden="true" focusable="false">
      <path d={path || 'M0 12'} />
    </svg>
  );
}
