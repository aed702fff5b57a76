/** components/avatar.ts: an organization's initials and colour, drawn where it has no logo. */
import { describe, expect, it } from 'vitest';
import { avatarFor } from '../../components/avatar';

describe('avatar', () => {
  it('takes the first letters of the first two words, without accents or a leading "The"', () => {
    expect(avatarFor('The Tor Project').initials).toBe('TP');
    expect(avatarFor('Écoles libres').initials).toBe('EL');
    expect(avatarFor('52°North Initiative').initials).toBe('5N');
    expect(avatarFor('coala').initials).toBe('CO');
    expect(avatarFor('').initials).toBe('?');
  });

  it('gives a name the same colour every time, and names different colours', () => {
    expect(avatarFor('KDE').background).toBe(avatarFor('KDE').background);
    const colours = new Set(['KDE', 'GNOME', 'Debian', 'Mozilla', 'Apache', 'Python', 'Rust', 'Go', 'LLVM', 'Tor'].map((name) => avatarFor(name).background));
    expect(colours.size).toBeGreaterThan(3);
  });

  it('draws white initials at 4.5:1 or better on every colour', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backgrounds = new Set(Array.from({ length: 500 }, (_, index) => avatarFor(`organization ${index}`).background));
    for (const background of backgrounds) expect(1.05 / (luminance(background) + 0.05), background).toBeGreaterThanOrEqual(4.5);
  });
});
