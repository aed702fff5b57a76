import type { Metadata } from 'next';
import { HomePage } from '@/components/pages/HomePage';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = { ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: '/' }), title: { absolute: SITE_NAME } };

export default function Page() {
  return <HomePage />;
}
