import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import { PROGRAMS } from '@/lib/content/programs';
import type { OrganizationYear } from '@/lib/content/schema';
import type { Year } from '@/lib/site/catalog';
import { plural } from '@/lib/format';

/** Lists longer than this get a jump-to-letter index. */
const LETTER_INDEX_FROM = 30;

export function YearPage({ year, previous, next }: { year: Year; previous?: number; next?: number }) {
  const programs = PROGRAMS.filter((program) => year.programs.includes(program.id));
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }, { label: 'Years', href: '/years/' }]} current={String(year.year)} />
      <h1>{year.year}</h1>
      <p className="lede">
        {plural(year.organizationCount, 'organization')} and {plural(year.projectCount, 'project')}
        {programs.length > 1 ? ` in ${programs.map((program) => program.name).join(' and ')}` : ` in ${programs[0]?.name ?? 'the archive'}`}.
      </p>
      {programs.map((program) => {
        const editions = year.editions.filter((edition) => edition.programId === program.id);
        return programs.length > 1 ? (
          <section key={program.id} aria-labelledby={`program-${program.id}`}>
            <h2 id={`program-${program.id}`}>{program.name}</h2>
            <OrganizationYearList editions={editions} idPrefix={`${program.id}-`} headingLevel={3} />
          </section>
        ) : (
          <OrganizationYearList key={program.id} editions={editions} idPrefix="" headingLevel={2} />
        );
      })}
      <nav className="edition-nav" aria-label="Other years">
        {previous ? <a href={`/years/${previous}/`}>← {previous}</a> : <span />}
        {next ? <a href={`/years/${next}/`}>{next} →</a> : <span />}
      </nav>
    </>
  );
}

function OrganizationYearList({ editions, idPrefix, headingLevel }: { editions: OrganizationYear[]; idPrefix: string; headingLevel: 2 | 3 }) {
  if (editions.length <= LETTER_INDEX_FROM) {
    return (
      <ul className="plain-list org-list">
        {editions.map((edition) => (
          <OrganizationYearItem key={edition.path} edition={edition} />
        ))}
      </ul>
    );
  }
  return (
    <LetterGroups
      items={editions}
      nameOf={(edition) => edition.name}
      renderItem={(edition) => <OrganizationYearItem key={edition.path} edition={edition} />}
      idPrefix={idPrefix}
      headingLevel={headingLevel}
    />
  );
}

function OrganizationYearItem({ edition }: { edition: OrganizationYear }) {
  return (
    <li>
      <a href={edition.path}>{edition.name}</a> <span className="muted">· {plural(edition.projectCount, 'project')}</span>
    </li>
  );
}
