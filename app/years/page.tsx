import type { Metadata } from 'next';
import { YearsPage } from '@/components/pages/YearsPage';
import { YEARS_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = toNextMetadata({
  title: 'Years',
  description: 'Every year of the Google Summer of Code archive, with its organizations and projects.',
  path: YEARS_PATH,
});

export default function Page() {
  return <YearsPage />;
}
