import { publicPath } from '@/lib/site/publishing';

export interface Crumb {
  label: string;
  href: string;
}

/** "Home › Organizations › Xen Project › 2014": the way back up, the current page last. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={publicPath(crumb.href)}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page">
          <bdi>{current}</bdi>
        </li>
      </ol>
    </nav>
  );
}
