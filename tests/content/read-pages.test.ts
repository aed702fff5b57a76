/** A large folder read on two cores (lib/content/read-pages.ts) gives the catalog one thread gives. */
import { describe, expect, it } from 'vitest';
import { loadCatalogAsync } from '../../lib/content/build-catalog';
import { loadCatalog } from '../../lib/content/load';
import { PARALLEL_MIN_PAGES } from '../../lib/content/read-pages';
import { contentFolder, textPage } from '../helpers/content-folder';

function markdownPage(name: string, year: number): string {
  return ['---', 'program: gsoc', `year: ${year}`, `organization: ${name}`, '---', '', `${name} **builds** things.`, '', '## Projects', '', `### ${name} parser`, '', 'Written in *Rust*.', ''].join('\n');
}

describe('reading a large folder on two cores', () => {
  it('gives the same records, issues and order as reading it in one thread, text and Markdown pages alike', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < PARALLEL_MIN_PAGES + 10; index++) {
      const year = 2009 + (index % 12);
      const name = `Organization ${String(index).padStart(3, '0')}`;
      files[`${year}/org-${index}.${index % 3 === 0 ? 'md' : 'txt'}`] = index % 3 === 0 ? markdownPage(name, year) : textPage({ name, year: String(year), projects: [[`${name} tool`, 'It does things in Go.']] });
    }
    // An empty page and a binary one: their errors come back from either thread.
    files['2014/empty.txt'] = '';
    files['2015/binary.txt'] = 'GSoC\0';
    const folder = contentFolder(files);
    const twoCores = await loadCatalogAsync(folder);
    const oneThread = loadCatalog(folder);
    expect(twoCores.projects.length).toBe(PARALLEL_MIN_PAGES + 10);
    expect(twoCores.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.file).sort()).toEqual(['2014/empty.txt', '2015/binary.txt']);
    expect(twoCores).toEqual(oneThread);
  });
});
