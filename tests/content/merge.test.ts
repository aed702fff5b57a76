import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../lib/content/load';
import { headNameKey, isGenericHead, looseNameKey, mergeOrganizations, ownLabel, strictNameKey, websiteKey, type MergeCandidate } from '../../lib/content/merge';
import { slugify } from '../../lib/slugs';
import { contentFolder, textPage } from '../helpers/content-folder';

const candidate = (name: string, year: number, overrides: Partial<MergeCandidate> = {}): MergeCandidate => ({
  name,
  slug: slugify(name),
  programId: 'gsoc',
  year,
  explicitSlug: false,
  ...overrides,
});

describe('name keys', () => {
  it('ignore case, accents, punctuation, a leading "The" and bracketed parts', () => {
    expect(strictNameKey('The Apache Software Foundation')).toBe(strictNameKey('Apache Software Foundation'));
    expect(strictNameKey('GNU Compiler Collection (GCC)')).toBe(strictNameKey('GNU Compiler Collection'));
    expect(strictNameKey('52°North')).toBe(strictNameKey('52° North'));
    expect(strictNameKey('Joomla!')).toBe(strictNameKey('joomla'));
    expect(strictNameKey('Theano')).toBe('theano');
  });

  it('can drop a trailing Project, Foundation, Initiative or .org, but never the whole name', () => {
    expect(looseNameKey('Xen.org')).toBe('xen');
    expect(looseNameKey('The Xen Project')).toBe('xen');
    expect(looseNameKey('Mifos Initiative')).toBe('mifos');
    expect(looseNameKey('Python Software Foundation')).toBe('python software');
    expect(looseNameKey('The Foundation')).toBe('foundation');
  });
});

describe('evidence of one organization', () => {
  it('drops legal forms and words that say what kind of body it is', () => {
    expect(looseNameKey('MetaBrainz Foundation Inc.')).toBe('metabrainz');
    expect(looseNameKey('JabRef e.V.')).toBe('jabref');
    expect(looseNameKey('FOSDEM VZW')).toBe('fosdem');
    expect(looseNameKey('CiviCRM LLC')).toBe('civicrm');
    expect(looseNameKey('Zulip Open Source Project')).toBe('zulip');
    expect(looseNameKey('KDE Community')).toBe('kde');
    expect(looseNameKey('Drupal Association')).toBe('drupal');
    expect(looseNameKey('KolibriOS Project Team')).toBe('kolibrios');
  });

  it('reads the short name before a descriptive tail, and only a short one', () => {
    expect(headNameKey('mlpack: a scalable C++ machine learning library')).toBe('mlpack');
    expect(headNameKey('MBDyn - Multibody Dynamics')).toBe('mbdyn');
    expect(headNameKey('Systers, an Anita Borg Institute Community')).toBe('systers');
    expect(headNameKey('FrameNet Brasil at the Federal University of Juiz de Fora')).toBe('framenet brasil');
    // A long head is a description itself: it would join every department of that name.
    expect(headNameKey('Department of Biomedical Informatics, Emory University')).toBeUndefined();
    expect(headNameKey('mlpack')).toBeUndefined();
  });

  it('reads a web page as host and path, and nothing else as one', () => {
    expect(websiteKey('http://www.KDE.org/')).toBe('kde.org');
    expect(websiteKey('https://kde.org')).toBe(websiteKey('http://www.kde.org/index.html'));
    expect(websiteKey('https://gcc.gnu.org/wiki/SummerOfCode?x=1')).toBe('gcc.gnu.org/wiki/summerofcode');
    expect(websiteKey('License: GNU General Public License (GPL)')).toBeUndefined();
    expect(websiteKey('lists.xenproject.org')).toBeUndefined();
    expect(websiteKey(undefined)).toBeUndefined();
  });
});

describe('merging organizations', () => {
  it('merges names that are trivially the same under the slug of the most recent name', () => {
    const { slugs, merges } = mergeOrganizations([
      candidate('Xen.org', 2010),
      candidate('Xen Project', 2018),
      candidate('The Xen Project', 2016),
      candidate('KDE', 2010),
    ]);
    expect(slugs).toEqual(['xen-project', 'xen-project', 'xen-project', 'kde']);
    expect(merges).toEqual([
      {
        slug: 'xen-project',
        mergedSlugs: ['the-xen-project', 'xen-org'],
        names: [
          { name: 'Xen.org', years: [2010] },
          { name: 'The Xen Project', years: [2016] },
          { name: 'Xen Project', years: [2018] },
        ],
        links: [
          { evidence: 'same name', names: ['Xen Project', 'The Xen Project'] },
          { evidence: 'same name but for a suffix', names: ['Xen Project', 'Xen.org'] },
        ],
      },
    ]);
  });

  it('never merges two names that took part in the same program and year', () => {
    const { slugs, merges } = mergeOrganizations([candidate('GNOME', 2019), candidate('GNOME Foundation', 2019), candidate('GNOME Project', 2010)]);
    expect(new Set(slugs).size).toBe(3);
    expect(merges).toEqual([]);
    // The same two names in different programs of one year can be one organization.
    expect(new Set(mergeOrganizations([candidate('Xen.org', 2014), candidate('Xen Project', 2014, { programId: 'gci' })]).slugs).size).toBe(1);
  });

  it('keeps a slug a curator set, and merges nothing that shares no name', () => {
    const { slugs } = mergeOrganizations([
      candidate('Tor', 2009, { slug: 'the-tor-project', explicitSlug: true }),
      candidate('The Tor Project', 2020),
      candidate('Electronic Frontier Foundation', 2011),
    ]);
    expect(slugs).toEqual(['the-tor-project', 'the-tor-project', 'electronic-frontier-foundation']);
  });
});

describe('merging organizations on evidence', () => {
  const evidenceOf = (candidates: MergeCandidate[]) => mergeOrganizations(candidates).merges.flatMap((merge) => merge.links.map((link) => link.evidence));

  it('merges the same website, ignoring scheme, www, case and a trailing slash', () => {
    const { slugs, merges } = mergeOrganizations([candidate('KDE', 2009, { webPage: 'http://www.kde.org/' }), candidate('KDE Community', 2018, { webPage: 'https://KDE.org' }), candidate('Kodi', 2018, { webPage: 'https://kodi.tv/' })]);
    expect(slugs).toEqual(['kde-community', 'kde-community', 'kodi']);
    // The suffix rule sees KDE = KDE Community first; with other names only the website tells.
    expect(merges[0]!.links.map((link) => link.evidence)).toEqual(['same name but for a suffix']);
    const renamed = mergeOrganizations([candidate('Open Source Robotics Foundation', 2016, { webPage: 'https://www.openrobotics.org/' }), candidate('Open Robotics', 2021, { webPage: 'https://openrobotics.org' })]);
    expect(new Set(renamed.slugs).size).toBe(1);
    expect(renamed.merges[0]!.links).toEqual([{ evidence: 'same website', names: ['Open Robotics', 'Open Source Robotics Foundation'], shared: 'openrobotics.org' }]);
  });

  it('does not take a shared host, a bare host or a value that is not a URL as evidence, and lists the candidates', () => {
    const result = mergeOrganizations([
      candidate('Java PathFinder', 2016, { webPage: 'https://github.com/javapathfinder/jpf-core/wiki' }),
      candidate('The JPF team', 2018, { webPage: 'https://github.com/javapathfinder/jpf-core/wiki' }),
      candidate('Alpha Tools', 2016, { webPage: 'https://github.com' }),
      candidate('Beta Works', 2018, { webPage: 'https://github.com/' }),
      candidate('Gamma', 2010, { webPage: 'License: GNU General Public License (GPL)' }),
      candidate('Delta', 2011, { webPage: 'License: GNU General Public License (GPL)' }),
    ]);
    expect(new Set(result.slugs).size).toBe(6);
    expect(result.unmerged).toEqual([
      { names: ['The JPF team', 'Java PathFinder'], reason: 'same page on a shared host (github.com/javapathfinder/jpf-core/wiki)', stoppedBy: 'a shared host is not evidence on its own' },
    ]);
  });

  it('treats a host that many organizations use with other paths as shared, though no list names it', () => {
    const hosted = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon'].map((name, index) => candidate(name, 2016 + index, { webPage: `https://forge.example.org/${name.toLowerCase()}` }));
    const result = mergeOrganizations([...hosted, candidate('Zeta One', 2016, { webPage: 'https://forge.example.org/shared' }), candidate('Eta Two', 2017, { webPage: 'https://forge.example.org/shared' })]);
    expect(new Set(result.slugs).size).toBe(7);
  });

  it('merges an acronym with the name it stands for, but not two names that only share initials', () => {
    expect(new Set(mergeOrganizations([candidate('Cloud Native Computing Foundation (CNCF)', 2018), candidate('CNCF', 2022)]).slugs).size).toBe(1);
    expect(new Set(mergeOrganizations([candidate('International Neuroinformatics Coordinating Facility', 2011), candidate('INCF', 2020)]).slugs).size).toBe(1);
    expect(evidenceOf([candidate('INCF', 2020), candidate('International Neuroinformatics Coordinating Facility', 2011)])).toEqual(['acronym']);
    expect(new Set(mergeOrganizations([candidate('Open Source Medical', 2016), candidate('Open Street Map', 2019)]).slugs).size).toBe(2);
  });

  it('merges a short name with the same name before a descriptive tail', () => {
    const result = mergeOrganizations([candidate('mlpack: a scalable C++ machine learning library', 2016), candidate('mlpack', 2019), candidate('MBDyn - Multibody Dynamics', 2019), candidate('MBDyn', 2021)]);
    expect(result.slugs).toEqual(['mlpack', 'mlpack', 'mbdyn', 'mbdyn']);
    expect(new Set(mergeOrganizations([candidate('Department of Physics, Emory University', 2016), candidate('Department of Physics, Stanford University', 2019)]).slugs).size).toBe(2);
  });

  it('merges what the curated table says, and keeps apart what it keeps apart, whatever the website', () => {
    const renamed = mergeOrganizations([candidate('XBMC Foundation', 2017), candidate('Kodi', 2021)]);
    expect(renamed.slugs).toEqual(['kodi', 'kodi']);
    expect(renamed.merges[0]!.links[0]!.evidence).toBe('curated');
    const forks = mergeOrganizations([candidate('FFmpeg', 2016, { webPage: 'https://ffmpeg.org/' }), candidate('Libav', 2012, { webPage: 'https://ffmpeg.org' })]);
    expect(new Set(forks.slugs).size).toBe(2);
    expect(forks.unmerged).toEqual([{ names: ['FFmpeg', 'Libav'], reason: 'same website (ffmpeg.org)', stoppedBy: 'kept apart by the curated table' }]);
  });

  it('never merges on any evidence two organizations that took part in the same year, and says so', () => {
    const result = mergeOrganizations([candidate('Alpha Lab', 2019, { webPage: 'https://alpha.example/' }), candidate('Beta Group', 2019, { webPage: 'https://alpha.example' }), candidate('Alpha Lab', 2016)]);
    expect(result.slugs).toEqual(['alpha-lab', 'beta-group', 'alpha-lab']);
    expect(result.unmerged).toEqual([{ names: ['Alpha Lab', 'Beta Group'], reason: 'same website (alpha.example)', stoppedBy: 'both took part in Summer of Code 2019' }]);
  });
});

describe('merged organizations in the catalog', () => {
  it('share one slug, and keep the slug each page had as an alias', () => {
    const catalog = loadCatalog(
      contentFolder({
        '2010/xen.txt': textPage({ name: 'Xen.org', year: '2010', projects: [['Old', 'a.']] }),
        '2018/xen.md': '---\nprogram: gsoc\nyear: 2018\norganization: Xen Project\n---\n## Projects\n### New\nb.\n',
      }),
    );
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.map((organization) => [organization.slug, organization.aliases, organization.path])).toEqual([
      ['xen-project', ['xen-org'], '/orgs/xen-project/2010/'],
      ['xen-project', [], '/orgs/xen-project/2018/'],
    ]);
    expect(catalog.projects.map((project) => project.path)).toEqual(['/orgs/xen-project/2010/old/', '/orgs/xen-project/2018/new/']);
    expect(catalog.merges).toHaveLength(1);
  });

  it('refuses an alias that is another organization’s slug', () => {
    const catalog = loadCatalog(
      contentFolder({
        'a.md': '---\nprogram: gsoc\nyear: 2018\norganization: Alpha\naliases: [beta]\n---\n',
        'b.md': '---\nprogram: gsoc\nyear: 2018\norganization: Beta\n---\n',
      }),
    );
    expect(catalog.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([
      'a.md:5: alias "beta" is the slug of another organization: its pages are there, so it cannot redirect here; remove it from aliases',
    ]);
    expect(catalog.organizationYears.find((organization) => organization.name === 'Alpha')!.aliases).toEqual([]);
  });

  it('refuses a second organization claiming an alias, naming the page that has it', () => {
    const catalog = loadCatalog(
      contentFolder({
        'a.md': '---\nprogram: gsoc\nyear: 2018\norganization: Alpha\naliases: [old-name]\n---\n',
        'b.md': '---\nprogram: gsoc\nyear: 2018\norganization: Beta\naliases: [old-name]\n---\n',
      }),
    );
    expect(catalog.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([
      'b.md:5: alias "old-name" already leads to alpha (a.md:4): an old address can lead to one organization only; remove it from aliases here or there',
    ]);
    expect(catalog.organizationYears.find((organizationYear) => organizationYear.name === 'Beta')!.aliases).toEqual([]);
  });

  it('refuses an alias that a merge already sends to another organization', () => {
    const catalog = loadCatalog(
      contentFolder({
        '2010/xen.txt': textPage({ name: 'Xen.org', year: '2010', projects: [['Old', 'a.']] }),
        '2018/xen.md': '---\nprogram: gsoc\nyear: 2018\norganization: Xen Project\n---\n',
        '2019/other.md': '---\nprogram: gsoc\nyear: 2019\norganization: Other Hypervisor\naliases: [xen-org]\n---\n',
      }),
    );
    expect(catalog.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`)).toEqual([
      '2019/other.md:5: alias "xen-org" already leads to xen-project (2010/xen.txt:4): an old address can lead to one organization only; remove it from aliases here or there',
    ]);
    expect(catalog.organizationYears.find((organizationYear) => organizationYear.name === 'Xen.org')!.aliases).toEqual(['xen-org']);
  });

  it('lists names that made one slug as a merge, and gives C# its own address', () => {
    const catalog = loadCatalog(
      contentFolder({
        'a.md': '---\nprogram: gsoc\nyear: 2016\norganization: C++ Tools\n---\n',
        'b.md': '---\nprogram: gsoc\nyear: 2018\norganization: C Plus Plus Tools\n---\n',
        'c.md': '---\nprogram: gsoc\nyear: 2018\norganization: C# Tools\n---\n',
        'd.md': '---\nprogram: gsoc\nyear: 2018\norganization: C Tools\n---\n',
      }),
    );
    expect(catalog.issues).toEqual([]);
    expect(catalog.organizationYears.map((organizationYear) => organizationYear.slug)).toEqual(['c-plus-plus-tools', 'c-plus-plus-tools', 'c-sharp-tools', 'c-tools']);
    expect(catalog.merges).toEqual([
      { slug: 'c-plus-plus-tools', mergedSlugs: [], names: [{ name: 'C++ Tools', years: [2016] }, { name: 'C Plus Plus Tools', years: [2018] }], links: [{ evidence: 'same slug', names: ['C Plus Plus Tools', 'C++ Tools'] }] },
    ]);
  });
});

describe('evidence of the second round: each kind on a fixture only it explains', () => {
  const joinedBy = (candidates: MergeCandidate[]) => {
    const result = mergeOrganizations(candidates);
    return { count: new Set(result.slugs).size, evidence: result.merges.flatMap((merge) => merge.links.map((link) => link.evidence)), links: result.merges.flatMap((merge) => merge.links), unmerged: result.unmerged };
  };

  it('joins names equal without spaces, or differing only in a joined word', () => {
    expect(joinedBy([candidate('Open Foo', 2010), candidate('OpenFoo Project', 2018)])).toMatchObject({ count: 1, evidence: ['same name without spaces'] });
    expect(joinedBy([candidate('Kite Works', 2010), candidate('KiteWorks', 2018)])).toMatchObject({ count: 1, evidence: ['same name without spaces'] });
  });

  it('joins a distinctive head with any tail', () => {
    expect(joinedBy([candidate('Mixxx Digital DJ', 2010), candidate('Mixxx', 2016)])).toMatchObject({ count: 1, evidence: ['distinctive head'] });
    expect(joinedBy([candidate('Pidgin, Finch and libpurple', 2009), candidate('Pidgin Instant Messenger', 2021)])).toMatchObject({ count: 1, evidence: ['distinctive head'] });
    // "X and Y", "X/Y": the first part is a head when a page names an organization so.
    expect(joinedBy([candidate('The Tor Project and EFF', 2009), candidate('The Tor Project/Electronic Frontier Foundation', 2010), candidate('Tor', 2016)])).toMatchObject({ count: 1, evidence: ['distinctive head', 'distinctive head'] });
    expect(joinedBy([candidate('Tcl Community Association', 2009), candidate('Tcl/Tk Community', 2010)])).toMatchObject({ count: 1, evidence: ['distinctive head'] });
  });

  it('joins a name with the organization its brackets name', () => {
    const result = joinedBy([candidate("Mayor's Office of New Urban Mechanics (City of Boston)", 2021), candidate('City of Boston', 2024)]);
    expect(result).toMatchObject({ count: 1, evidence: ['bracketed name'] });
    expect(result.links[0]!.names).toEqual(['City of Boston', "Mayor's Office of New Urban Mechanics (City of Boston)"]);
  });

  it('joins a leading acronym with the words it stands for', () => {
    expect(joinedBy([candidate('OSU Open Source Lab', 2016), candidate('Oregon State University Open Source Lab', 2010)])).toMatchObject({ count: 1, evidence: ['acronym'] });
    // The rest of the name must be the same.
    expect(joinedBy([candidate('OSU Robotics Club', 2016), candidate('Oregon State University Open Source Lab', 2010)]).count).toBe(2);
  });

  it('joins the same host with other paths when the names share a word no other organization has', () => {
    const onHost = [candidate('Lisbon Kite Collective', 2010, { webPage: 'http://kites.example.org/gsoc2010' }), candidate('Kite Makers of Lisbon', 2018, { webPage: 'https://kites.example.org/' })];
    const result = joinedBy(onHost);
    expect(result).toMatchObject({ count: 1, evidence: ['same host'] });
    expect(result.links[0]!.shared).toMatch(/^kites\.example\.org, "(lisbon|kite)"$/);
    // When another organization has every word they share, the host is not enough.
    const refused = joinedBy([...onHost, candidate('Lisbon Kite Festival', 2012, { webPage: 'https://kitefestival.pt/' })]);
    expect(refused.count).toBe(3);
    expect(refused.unmerged).toEqual([{ names: ['Kite Makers of Lisbon', 'Lisbon Kite Collective'], reason: 'same host (kites.example.org)', stoppedBy: 'no name word in common that only they have, and no name written in the host' }]);
  });

  it('joins other hosts of one site name with a distinctive name word, or the name written in the host', () => {
    expect(joinedBy([candidate('GENIVI Development Platform', 2017, { webPage: 'https://at.projects.genivi.org/wiki/x' }), candidate('GENIVI Alliance', 2018, { webPage: 'https://www.genivi.org/' })])).toMatchObject({ count: 1, evidence: ['same site name'] });
    expect(joinedBy([candidate('Quux Messenger', 2012, { webPage: 'https://quux.im/' }), candidate('Quux Chat', 2020, { webPage: 'https://quux.chat/' })])).toMatchObject({ count: 1, evidence: ['same site name'] });
    // "sugar" and "labs" are in a third name: only "Sugar Labs" written in sugarlabs.org tells.
    const written = joinedBy([
      candidate('Sugar Labs educational platform (a member of the SFC)', 2009, { webPage: 'http://wiki.sugarlabs.org/go/ideas' }),
      candidate('Sugar Labs', 2016, { webPage: 'https://sugarlabs.org/' }),
      candidate('Sugar Beet Labs', 2012, { webPage: 'https://beets.example/' }),
    ]);
    expect(written.count).toBe(2);
    expect(written.links).toEqual([{ evidence: 'same site name', names: ['Sugar Labs', 'Sugar Labs educational platform (a member of the SFC)'], shared: '*.sugarlabs.*, the name in "sugarlabs"' }]);
  });

  it('reads the label a site is named by, left of its public suffix', () => {
    expect(ownLabel('wiki.sugarlabs.org')).toBe('sugarlabs');
    expect(ownLabel('foo.github.io')).toBe('foo');
    expect(ownLabel('www.foo.co.uk')).toBe('foo');
    expect(ownLabel('pidgin.im')).toBe('pidgin');
  });
});

describe('guards of the second round', () => {
  const countOf = (candidates: MergeCandidate[]) => new Set(mergeOrganizations(candidates).slugs).size;

  it('never joins organization-years of one program and year, whatever the new evidence', () => {
    const result = mergeOrganizations([candidate('Mixxx Digital DJ', 2016), candidate('Mixxx', 2016)]);
    expect(new Set(result.slugs).size).toBe(2);
    expect(result.unmerged).toEqual([{ names: ['Mixxx', 'Mixxx Digital DJ'], reason: 'distinctive head (mixxx)', stoppedBy: 'both took part in Summer of Code 2016' }]);
    expect(countOf([candidate('Quux Messenger', 2020, { webPage: 'https://quux.im/' }), candidate('Quux Chat', 2020, { webPage: 'https://quux.chat/' })])).toBe(2);
  });

  it('keeps umbrellas and their members apart, on their name and on their host', () => {
    expect(countOf([candidate('GNU Project', 2010, { webPage: 'https://www.gnu.org/' }), candidate('GNU Octave', 2018, { webPage: 'https://www.gnu.org/software/octave' })])).toBe(2);
    expect(countOf([candidate('Apache Software Foundation', 2010, { webPage: 'https://apache.org/' }), candidate('Apache OpenOffice', 2013, { webPage: 'https://openoffice.apache.org/' })])).toBe(2);
    // Several organizations named in brackets or at the start: the shared name is an umbrella's.
    expect(countOf([candidate('Department of Physics (Emory University)', 2016), candidate('Department of Chemistry (Emory University)', 2018), candidate('Emory University', 2020)])).toBe(3);
    expect(countOf([candidate('Ruby', 2010), candidate('Ruby on Rails', 2016), candidate('Ruby Science Foundation', 2018)])).toBe(3);
    // A name that joins another organization's name is a joint application: neither part is a head.
    expect(countOf([candidate('Boston University / XIA', 2016), candidate('XIA', 2019), candidate('Boston University', 2020)])).toBe(3);
  });

  it('keeps forks apart', () => {
    expect(countOf([candidate('FFmpeg', 2016, { webPage: 'https://ffmpeg.org/' }), candidate('Libav', 2012, { webPage: 'https://libav.ffmpeg.org/' })])).toBe(2);
    expect(countOf([candidate('OpenOffice.org', 2010, { webPage: 'https://www.openoffice.org/' }), candidate('LibreOffice', 2012, { webPage: 'https://www.libreoffice.org/' })])).toBe(2);
  });

  it('never joins on a generic head', () => {
    expect(countOf([candidate('API Dash', 2024), candidate('API Client Tools at Google', 2025)])).toBe(2);
    expect(countOf([candidate('API', 2020), candidate('API Dash', 2024)])).toBe(2);
    expect(countOf([candidate('University of Foo', 2010), candidate('University of Foo Robotics Lab', 2018)])).toBe(2);
    // The first part of "X and Y" is a head only where a page names an organization so.
    expect(countOf([candidate('Science and Technology Council', 2010), candidate('Science Hack Day', 2018)])).toBe(2);
    expect(isGenericHead('gnu')).toBe(true);
    expect(isGenericHead('gnu image manipulation program')).toBe(false);
  });
});
