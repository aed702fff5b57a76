import { isBareLinkText } from './link-text';
import { TAG_KIND_WORDS, type TagKind } from '@/lib/site/tag-index';

/**
 * A tag's name as the text of a link to its page. A name that says nothing alone as a link ("go",
 * the language) gets its kind after it, unseen: "go (technology)" to a screen reader.
 */
export function TagName({ kind, name }: { kind: TagKind; name: string }) {
  return (
    <>
      {name}
      {isBareLinkText(name) && <span className="visually-hidden"> ({TAG_KIND_WORDS[kind].singular})</span>}
    </>
  );
}
