import type { Metadata } from 'next';
import { YearsPage } from '@/components/pages/YearsPage';
import { toNextMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = toNextMetadata({
  title: 'Years',
  description: 'Every year of the Google Summer of Code archive, with its organizations and projects.',
  path: '/years/',
});

export default function Page() {
  return <YearsPage />;
}
