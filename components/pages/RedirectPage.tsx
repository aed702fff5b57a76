import type { Redirect } from '@/lib/site/redirects';

/**
 * An old address of a page that moved: sends the browser on at once (a meta refresh works
 * without JavaScript, on any static host) and says where, for anyone whose browser does not follow.
 */
export function RedirectPage({ redirect }: { redirect: Redirect }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${redirect.to}`} />
      <h1>This page has moved</h1>
      <p className="lede">
        It is now at <a href={redirect.to}>{redirect.to}</a>.
      </p>
    </>
  );
}
