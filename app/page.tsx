import type { Metadata } from 'next';
import { HomePage } from '@/components/pages/HomePage';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config';
import { HOME_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = toNextMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: HOME_PATH, absoluteTitle: true });

export default function Page() {
  return <HomePage />;
}
