import { stableHash } from '@/lib/slugs';

// Dark enough for white initials at 4.5:1 or better.
const BACKGROUNDS = ['#1a5fb4', '#26734d', '#9c3d2e', '#6f42c1', '#0f6b75', '#8a4b08', '#a3336b', '#3d5a80', '#5b6b00', '#7a3e9d'];

/** Initials (up to two letters) and a stable colour for an organization's name. */
export function avatarFor(name: string): { initials: string; background: string } {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^the\s+/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const initials = (words.length >= 2 ? words[0]![0]! + words[1]![0]! : (words[0] ?? '?').slice(0, 2)).toUpperCase();
  const background = BACKGROUNDS[parseInt(stableHash(name), 36) % BACKGROUNDS.length]!;
  return { initials, background };
}
