import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import { CatalogYearTags } from '../YearTagsSection';
import { PROGRAMS } from '@/lib/programs';
import type { OrganizationYear } from '@/lib/content/schema';
import type { Year } from '@/lib/site/catalog';
import { newcomersOf, type Newcomers } from '@/lib/site/organization-facts';
import { plural } from '@/lib/human-readable';
import { HOME_PATH, OPEN_DATA_PATH, YEARS_PATH, openDataFilePath, yearPath } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** Lists longer than this get a jump-to-letter index. */
const LETTER_INDEX_FROM = 30;

export function YearPage({ year, previous, next }: { year: Year; previous?: number; next?: number }) {
  const programs = PROGRAMS.filter((program) => year.programs.includes(program.id));
  const newcomers = newcomersOf(year);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: 'Years', href: YEARS_PATH }]} current={String(year.year)} />
      <h1>{year.year}</h1>
      <p className="lede">
        {plural(year.organizationCount, 'organization')} and {plural(year.projectCount, 'project')}
        {programs.length > 1 ? ` in ${programs.map((program) => program.name).join(' and ')}` : ` in ${programs[0]?.name ?? 'the archive'}`}.
      </p>
      {newcomers.comparable ? (
        <p className="newcomers">
          <span className="badge-new" aria-hidden="true">
            new
          </span>{' '}
          {plural(newcomers.newSlugs.size, 'new organization')} (their first year in the archive), {newcomers.returningCount.toLocaleString('en-US')} returning (they took
          part in an earlier year).
        </p>
      ) : (
        <p className="muted">The archive starts in {year.year}: no earlier year to tell new organizations from returning ones.</p>
      )}
      <CatalogYearTags year={year.year} />
      {programs.map((program) => {
        const organizationYears = year.organizationYears.filter((organizationYear) => organizationYear.programId === program.id);
        return programs.length > 1 ? (
          <section key={program.id} aria-labelledby={`program-${program.id}`}>
            <h2 id={`program-${program.id}`}>{program.name}</h2>
            <OrganizationYearList organizationYears={organizationYears} newcomers={newcomers} idPrefix={`${program.id}-`} headingLevel={3} />
          </section>
        ) : (
          <OrganizationYearList key={program.id} organizationYears={organizationYears} newcomers={newcomers} idPrefix="" headingLevel={2} />
        );
      })}
      <YearOpenData year={year.year} />
      <nav className="edition-nav" aria-label="Other years">
        {previous ? <a href={publicPath(yearPath(previous))}>← {previous}</a> : <span />}
        {next ? <a href={publicPath(yearPath(next))}>{next} →</a> : <span />}
      </nav>
    </>
  );
}

/** The year's open data files (lib/site/open-data-files.ts writes one set per year). */
function YearOpenData({ year }: { year: number }) {
  return (
    <p className="muted">
      <a href={publicPath(OPEN_DATA_PATH)}>Open data</a>: this year’s projects as <a href={publicPath(openDataFilePath('projects', 'csv', year))}>projects.csv</a> or{' '}
      <a href={publicPath(openDataFilePath('projects', 'json', year))}>projects.json</a>, its organization-years as{' '}
      <a href={publicPath(openDataFilePath('organization-years', 'csv', year))}>organization-years.csv</a> or{' '}
      <a href={publicPath(openDataFilePath('organization-years', 'json', year))}>organization-years.json</a>.
    </p>
  );
}

function OrganizationYearList({
  organizationYears,
  newcomers,
  idPrefix,
  headingLevel,
}: {
  organizationYears: OrganizationYear[];
  newcomers: Newcomers;
  idPrefix: string;
  headingLevel: 2 | 3;
}) {
  const isNew = (organizationYear: OrganizationYear) => newcomers.comparable && newcomers.newSlugs.has(organizationYear.slug);
  if (organizationYears.length <= LETTER_INDEX_FROM) {
    return (
      <ul className="plain-list org-list">
        {organizationYears.map((organizationYear) => (
          <OrganizationYearItem key={organizationYear.path} organizationYear={organizationYear} isNew={isNew(organizationYear)} />
        ))}
      </ul>
    );
  }
  return (
    <LetterGroups
      items={organizationYears}
      nameOf={(organizationYear) => organizationYear.name}
      renderItem={(organizationYear) => <OrganizationYearItem key={organizationYear.path} organizationYear={organizationYear} isNew={isNew(organizationYear)} />}
      idPrefix={idPrefix}
      headingLevel={headingLevel}
    />
  );
}

function OrganizationYearItem({ organizationYear, isNew }: { organizationYear: OrganizationYear; isNew: boolean }) {
  return (
    <li>
      <a href={publicPath(organizationYear.path)}>{organizationYear.name}</a>{' '}
      {isNew && (
        <span className="badge-new" title="Its first year in the archive">
          new<span className="visually-hidden">: its first year in the archive</span>
        </span>
      )}{' '}
      <span className="muted">· {plural(organizationYear.projectCount, 'project')}</span>
    </li>
  );
}
