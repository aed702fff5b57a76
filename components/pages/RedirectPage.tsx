import { publicPath } from '@/lib/site/publishing';

/**
 * An old address of a page that moved. Its head sends the browser on at once (redirectMeta);
 * the page says where, for anyone whose browser does not follow.
 */
export function RedirectPage({ to }: { to: string }) {
  return (
    <>
      <h1>This page has moved</h1>
      <p className="lede">
        It is now at <a href={publicPath(to)}>{publicPath(to)}</a>.
      </p>
    </>
  );
}
