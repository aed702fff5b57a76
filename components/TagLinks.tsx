import { tagPath } from '@/lib/paths';
import { tagSlug } from '@/lib/slugs';
import type { TagKind } from '@/lib/site/tag-index';
import { publicPath } from '@/lib/site/publishing';
import { TagName } from './TagName';

/** Technologies, topics or a category as chips, each a link to its page. */
export function TagLinks({ kind, names }: { kind: TagKind; names: readonly string[] }) {
  return (
    <ul className="tags">
      {names.map((name) => (
        <li key={name}>
          <a className="tag" href={publicPath(tagPath(kind, tagSlug(name)))}>
            <TagName kind={kind} name={name} />
          </a>
        </li>
      ))}
    </ul>
  );
}
