import { Breadcrumbs } from '../Breadcrumbs';
import { ProjectsPerYearChart } from '../ProjectsPerYearChart';
import { YearGrid } from '../YearGrid';
import { listYears } from '@/lib/site/catalog';
import { HOME_PATH } from '@/lib/paths';

export function YearsPage() {
  const years = listYears();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Home', href: HOME_PATH }]} current="Years" />
      <h1>Years</h1>
      <p className="lede">Every year in the catalog, with its organizations and projects.</p>
      <ProjectsPerYearChart years={years} />
      <YearGrid years={years} />
    </>
  );
}
