// Every page of the site: the page registry (lib/site/pages.ts) lists each file of the export, and
// this one route writes each (components/page-views.tsx). The entry point of the build's pages:
// where the site is published is read here, once, and handed to what renders them.
import { pageResponse } from '@/components/page-views';
import { publishAt } from '@/lib/site/publishing';
import { listPages, pageAtFile } from '@/lib/site/pages';
import { readPublicAddress } from '@/lib/site/public-address';

export const dynamic = 'force-static';
export const dynamicParams = false;

const address = readPublicAddress({ SITE_URL: process.env.SITE_URL, BASE_PATH: process.env.BASE_PATH });
publishAt(address);

export function generateStaticParams(): { file: string[] }[] {
  return listPages(address).map((page) => ({ file: page.file.split('/') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }): Promise<Response> {
  const { file } = await params;
  // dynamicParams = false: Next answers 404 itself for a file the registry does not list.
  return pageResponse(pageAtFile(address, file.join('/'))!);
}
