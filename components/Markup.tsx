import { renderMarkup } from '@/lib/render';
import type { Markup as MarkupKind } from '@/lib/content/schema';

/** A description or abstract, rendered to sanitized HTML at build time (see lib/render.ts). */
export function Markup({ source, markup }: { source: string; markup: MarkupKind }) {
  const html = renderMarkup(source, markup);
  if (!html) return null;
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
