import type { Metadata } from 'next';
import { TechnologiesPage } from '@/components/pages/TechnologiesPage';
import { pageMetadata } from '@/lib/site/metadata';
import { listTechnologies } from '@/lib/site/technologies';

export const metadata: Metadata = pageMetadata({
  title: 'Technologies',
  description: 'The technologies Google Summer of Code organizations use, each with its organizations and projects.',
  path: '/technologies/',
});

export default function Page() {
  return <TechnologiesPage technologies={listTechnologies()} />;
}
