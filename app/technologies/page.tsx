import type { Metadata } from 'next';
import { TechnologiesPage } from '@/components/pages/TechnologiesPage';
import { TECHNOLOGIES_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';
import { listTechnologies } from '@/lib/site/technologies';

export const metadata: Metadata = toNextMetadata({
  title: 'Technologies',
  description: 'The technologies Google Summer of Code organizations use, each with its organizations and projects.',
  path: TECHNOLOGIES_PATH,
});

export default function Page() {
  return <TechnologiesPage technologies={listTechnologies()} />;
}
