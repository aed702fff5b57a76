// The organization finder's data (lib/site/finder.ts): a static file in the export.
import { finderDataFile } from '@/lib/site/finder';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(finderDataFile().text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
