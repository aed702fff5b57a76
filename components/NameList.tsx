/**
 * Names from content in one of the site's sentences, "a, b, c": each in <bdi>, so that a
 * bidirectional control inside one (a topic "a\u202Eevil") reorders nothing but that name.
 */
export function NameList({ names }: { names: readonly string[] }) {
  return names.map((name, index) => (
    <span key={name}>
      {index > 0 && ', '}
      <bdi>{name}</bdi>
    </span>
  ));
}
