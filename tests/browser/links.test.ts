import { describe, expect, inject, it } from 'vitest';
import { checkLinks } from '../../scripts/support/link-check';

describe('the exported site', () => {
  it('has no broken internal link', () => {
    const report = checkLinks(inject('siteDir'));
    expect(report.pages).toBeGreaterThan(15);
    expect(report.links).toBeGreaterThan(100);
    expect(report.broken).toEqual([]);
  });
});
