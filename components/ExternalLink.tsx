import { hrefFor, isExternal, linkText } from '@/lib/links';

/** A field value from the archive: a link when it is a usable URL or address, text otherwise. */
export function FieldValue({ value }: { value: string }) {
  const href = hrefFor(value);
  if (!href) return <>{value}</>;
  return (
    // eslint-disable-next-line no-restricted-syntax -- hrefFor gives an absolute URL or mailto:, never a site path
    <a href={href} rel={isExternal(href) ? 'noopener noreferrer' : undefined}>
      {linkText(value)}
    </a>
  );
}
