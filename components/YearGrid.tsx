import { plural } from '@/lib/human-readable';
import type { Year } from '@/lib/site/catalog';
import { yearPath } from '@/lib/paths';
import { publicPath } from '@/lib/site/publishing';

/** The years as cards, newest first, each with its counts. */
export function YearGrid({ years }: { years: Year[] }) {
  return (
    <ul className="year-grid">
      {[...years].reverse().map((year) => (
        <li key={year.year}>
          <a href={publicPath(yearPath(year.year))}>
            <strong>{year.year}</strong>
            <span>
              {plural(year.organizationCount, 'organization')} · {plural(year.projectCount, 'project')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
