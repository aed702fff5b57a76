/** What the build prints about warnings: the first few, and the command for the rest. */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../lib/content/issues';
import { warningLines } from '../../lib/cli/terminal-text';

const issue = (file: string, severity: Issue['severity'] = 'warning'): Issue => ({ file, line: 3, severity, message: `odd ${file}` });

describe('the build’s warnings', () => {
  it('shows every warning when there are few, and no errors among them', () => {
    expect(warningLines([issue('a.md'), issue('b.md', 'error'), issue('c.md')], '/content')).toEqual(['  a.md:3: odd a.md', '  c.md:3: odd c.md']);
  });

  it('shows the first few and names the command that lists the rest', () => {
    const lines = warningLines(['a', 'b', 'c', 'd', 'e'].map((name) => issue(`${name}.md`)), '/archive', 3);
    expect(lines).toEqual(['  a.md:3: odd a.md', '  b.md:3: odd b.md', '  c.md:3: odd c.md', '  … and 2 more warnings: npm run catalog -- check --content /archive']);
  });

  it('says nothing when there is no warning', () => {
    expect(warningLines([issue('a.md', 'error')], '/content')).toEqual([]);
  });
});
