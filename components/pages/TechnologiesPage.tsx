import { Breadcrumbs } from '../Breadcrumbs';
import { groupByLetter, LetterIndex, letterId } from '../LetterIndex';
import { plural } from '@/lib/format';
import type { Technology } from '@/lib/site/technologies';

export function TechnologiesPage({ technologies }: { technologies: Technology[] }) {
  const groups = groupByLetter(technologies, (technology) => technology.name);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Technologies" />
      <h1>Technologies</h1>
      <p className="lede">
        {plural(technologies.length, 'technology', 'technologies')} that organizations name in the archive since 2016, A–Z, each with the
        organizations that use it.
      </p>
      {technologies.length > 0 && <LetterIndex letters={groups.map((group) => group.letter)} />}
      {groups.map((group) => (
        <section key={group.letter} className="letter-group" aria-labelledby={letterId(group.letter)}>
          <h2 id={letterId(group.letter)}>{group.letter}</h2>
          <ul className="plain-list org-list">
            {group.items.map((technology) => (
              <li key={technology.slug}>
                <a href={technology.path}>{technology.name}</a>{' '}
                <span className="muted">
                  · {plural(technology.uses.length, 'organization')}, {plural(technology.projectCount, 'project')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
