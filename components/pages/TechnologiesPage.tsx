import { TagsPage } from './TagsPage';
import { plural } from '@/lib/human-readable';
import type { Technology } from '@/lib/site/technologies';

export function TechnologiesPage({ technologies }: { technologies: Technology[] }) {
  return (
    <TagsPage
      kind="technology"
      tags={technologies}
      detail={(technology) => `${plural(technology.uses.length, 'organization')}, ${plural(technology.ownProjectCount, 'project')} naming it`}
    />
  );
}
