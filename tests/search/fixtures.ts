/** Hand-written projects for the search tests: few, but each one there for a reason. */
import { technologiesNamed } from '../../lib/content/mentions';
import type { SearchableProject } from '../../lib/search';

type People = Pick<SearchableProject, 'contributor' | 'mentors'>;

const project = (organization: string, orgSlug: string, year: number, technologies: string[], title: string, slug: string, abstract: string, people: People = {}): SearchableProject => ({
  ...people,
  title,
  abstract,
  markup: abstract.includes('](') ? 'markdown' : 'text',
  organization,
  year,
  technologies: technologiesNamed([title, abstract], technologies),
  organizationTechnologies: technologies,
  path: `/orgs/${orgSlug}/${year}/${slug}/`,
});

export const PROJECTS: SearchableProject[] = [
  project('Xen Project', 'xen-project', 2014, ['c', 'ocaml'], 'Lazy Restore Using Memory Paging', 'lazy-restore-using-memory-paging',
    'VM save/restore loads the entire memory image from the save file. I plan to introduce lazy restore using memory paging.', { contributor: 'José Martínez' }),
  project('Xen Project', 'xen-project', 2014, ['c', 'ocaml'], 'Parallel xenwatch kthread', 'parallel-xenwatch-kthread',
    'I worked to parallelize the x86 boot process and would like to work on the xenwatch kernel thread.'),
  project('The Rust Foundation', 'the-rust-foundation', 2023, ['rust'], 'Faster incremental compilation in rustc', 'faster-incremental-compilation-in-rustc',
    'Make the Rust compiler reuse more work between builds.', { contributor: 'Wei He', mentors: ['Grace Young'] }),
  project('Trustworthy Systems', 'trustworthy-systems', 2019, ['c', 'isabelle'], 'Verified trust anchors', 'verified-trust-anchors',
    'Formal proofs that the trust anchor store of a microkernel is correct.'),
  project('Python Software Foundation', 'python-software-foundation', 2020, ['python', 'c'], 'Machine learning models for astropy', 'machine-learning-models-for-astropy',
    'Add scikit-learn based classifiers to the astronomy package.'),
  project('Python Software Foundation', 'python-software-foundation', 2021, ['python', 'c'], 'Type hints for the standard library', 'type-hints-for-the-standard-library',
    'Gradual typing annotations across **the standard library**, checked by [mypy](https://mypy-lang.org).'),
  project('KDE', 'kde', 2010, ['c++', 'qt'], 'Plasma widgets in C++', 'plasma-widgets-in-c',
    'Rewrite the clock and weather applets in C++ with Qt Quick.', { contributor: 'Jane Doe' }),
  project('KDE', 'kde', 2010, ['c++', 'qt'], 'Plasma widgets in C++', 'plasma-widgets-in-c-2',
    'A second student on the same idea: the battery and network applets.', { contributor: 'Jane Doe' }),
  project('Müller Lab', 'muller-lab', 2012, [], 'Größenordnung estimation for Ökologie data', 'grossenordnung-estimation-for-okologie-data',
    'Statistical estimation of population sizes in ecological field data.'),
  project('OpenStreetMap', 'openstreetmap', 2016, ['javascript', 'postgresql'], 'Offline vector tiles for the mobile editor', 'offline-vector-tiles-for-the-mobile-editor',
    'Let mappers edit without a connection by caching vector tiles, then sync their changes.', { contributor: 'Ana Rust', mentors: ['Doe John'] }),
];
