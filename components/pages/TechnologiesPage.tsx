import { Breadcrumbs } from '../Breadcrumbs';
import { LetterGroups } from '../LetterIndex';
import { plural } from '@/lib/format';
import type { Technology } from '@/lib/site/technologies';
import { HOME_PATH } from '@/lib/paths';

export function TechnologiesPage({ technologies }: { technologies: Technology[] }) {
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Technologies" />
      <h1>Technologies</h1>
      <p className="lede">
        {plural(technologies.length, 'technology', 'technologies')} that organizations name in the archive since 2016, A–Z, each with the
        organizations that use it.
      </p>
      <LetterGroups
        items={technologies}
        nameOf={(technology) => technology.name}
        renderItem={(technology) => (
          <li key={technology.slug}>
            <a href={technology.path}>{technology.name}</a>{' '}
            <span className="muted">
              · {plural(technology.uses.length, 'organization')}, {plural(technology.ownProjectCount, 'project')} naming it
            </span>
          </li>
        )}
      />
    </>
  );
}
