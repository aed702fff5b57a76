/** components/link-text.ts: which tag names say nothing alone as the text of a link. */
import { describe, expect, it } from 'vitest';
import { isBareLinkText } from '../../components/link-text';

describe('link text', () => {
  it('tells bare link words from names that only contain one', () => {
    expect(['go', ' Go ', 'read more', 'START'].every(isBareLinkText)).toBe(true);
    expect(['golang', 'go-micro', 'learn', 'Django'].some(isBareLinkText)).toBe(false);
  });
});
