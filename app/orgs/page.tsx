import type { Metadata } from 'next';
import { OrganizationsPage } from '@/components/pages/OrganizationsPage';
import { listOrganizations } from '@/lib/site/catalog';
import { ORGANIZATIONS_PATH } from '@/lib/paths';
import { toNextMetadata } from '@/lib/site/metadata';

export const metadata: Metadata = toNextMetadata({
  title: 'Organizations',
  description: 'Every organization in the Google Summer of Code archive, A–Z, with the years it took part.',
  path: ORGANIZATIONS_PATH,
});

export default function Page() {
  return <OrganizationsPage organizations={listOrganizations()} />;
}
