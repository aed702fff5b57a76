import { avatarFor } from './avatar';

/** A lettered avatar: logos are not downloaded, so each organization gets its initials on a colour of its own. */
export function Avatar({ name, small = false }: { name: string; small?: boolean }) {
  const { initials, background } = avatarFor(name);
  return (
    <span className={small ? 'avatar avatar--small' : 'avatar'} style={{ background }} aria-hidden="true">
      {initials}
    </span>
  );
}
