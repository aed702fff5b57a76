import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import { PROGRAMS } from '@/lib/programs';
import type { OrganizationYear } from '@/lib/content/schema';
import type { Year } from '@/lib/site/catalog';
import { plural } from '@/lib/format';
import { HOME_PATH, YEARS_PATH, yearPath } from '@/lib/paths';

/** Lists longer than this get a jump-to-letter index. */
const LETTER_INDEX_FROM = 30;

export function YearPage({ year, previous, next }: { year: Year; previous?: number; next?: number }) {
  const programs = PROGRAMS.filter((program) => year.programs.includes(program.id));
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }, { label: 'Years', href: YEARS_PATH }]} current={String(year.year)} />
      <h1>{year.year}</h1>
      <p className="lede">
        {plural(year.organizationCount, 'organization')} and {plural(year.projectCount, 'project')}
        {programs.length > 1 ? ` in ${programs.map((program) => program.name).join(' and ')}` : ` in ${programs[0]?.name ?? 'the archive'}`}.
      </p>
      {programs.map((program) => {
        const organizationYears = year.organizationYears.filter((organizationYear) => organizationYear.programId === program.id);
        return programs.length > 1 ? (
          <section key={program.id} aria-labelledby={`program-${program.id}`}>
            <h2 id={`program-${program.id}`}>{program.name}</h2>
            <OrganizationYearList organizationYears={organizationYears} idPrefix={`${program.id}-`} headingLevel={3} />
          </section>
        ) : (
          <OrganizationYearList key={program.id} organizationYears={organizationYears} idPrefix="" headingLevel={2} />
        );
      })}
      <nav className="edition-nav" aria-label="Other years">
        {previous ? <a href={yearPath(previous)}>← {previous}</a> : <span />}
        {next ? <a href={yearPath(next)}>{next} →</a> : <span />}
      </nav>
    </>
  );
}

function OrganizationYearList({ organizationYears, idPrefix, headingLevel }: { organizationYears: OrganizationYear[]; idPrefix: string; headingLevel: 2 | 3 }) {
  if (organizationYears.length <= LETTER_INDEX_FROM) {
    return (
      <ul className="plain-list org-list">
        {organizationYears.map((organizationYear) => (
          <OrganizationYearItem key={organizationYear.path} organizationYear={organizationYear} />
        ))}
      </ul>
    );
  }
  return (
    <LetterGroups
      items={organizationYears}
      nameOf={(organizationYear) => organizationYear.name}
      renderItem={(organizationYear) => <OrganizationYearItem key={organizationYear.path} organizationYear={organizationYear} />}
      idPrefix={idPrefix}
      headingLevel={headingLevel}
    />
  );
}

function OrganizationYearItem({ organizationYear }: { organizationYear: OrganizationYear }) {
  return (
    <li>
      <a href={organizationYear.path}>{organizationYear.name}</a> <span className="muted">· {plural(organizationYear.projectCount, 'project')}</span>
    </li>
  );
}
