import { describe, expect, it } from 'vitest';
import { splitTagList, tagKey, TagVocabulary } from '../../lib/content/tag-vocabulary';
import { technologiesNamed } from '../../lib/content/mentions';
import { loadCatalog } from '../../lib/content/load';
import { organizationsOf } from '../../lib/site/catalog';
import { indexTags } from '../../lib/site/tag-index';
import { contentFolder } from '../helpers/content-folder';

describe('technology and topic keys', () => {
  it('fold case, spaces, hyphens, dots and a .js ending', () => {
    for (const [a, b] of [
      ['machine learning', 'machine-learning'],
      ['machinelearning', 'Machine Learning'],
      ['node.js', 'nodejs'],
      ['react', 'react.js'],
      ['ReactJS', 'react'],
      ['java script', 'javascript'],
      ['real time', 'real-time'],
    ]) {
      expect(tagKey(a!, 'technology')).toBe(tagKey(b!, 'technology'));
    }
  });

  it('join other names and misspellings only through the curated table', () => {
    expect(tagKey('golang', 'technology')).toBe(tagKey('go', 'technology'));
    expect(tagKey('postgres', 'technology')).toBe(tagKey('PostgreSQL', 'technology'));
    expect(tagKey('cpp', 'technology')).toBe(tagKey('c++', 'technology'));
    expect(tagKey('pthon', 'technology')).toBe(tagKey('python', 'technology'));
    expect(tagKey('Python 3', 'technology')).toBe(tagKey('python', 'technology'));
  });

  it('never join c with c++ or c#, java with javascript, r with rust', () => {
    const keys = ['c', 'c++', 'c#', 'java', 'javascript', 'r', 'rust', 'go', 'd'].map((value) => tagKey(value, 'technology'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('split values that list several tags, and keep whole the ones that name one thing', () => {
    expect(splitTagList('html/css/js')).toEqual(['html', 'css', 'js']);
    expect(splitTagList('C\\C++')).toEqual(['C', 'C++']);
    expect(splitTagList('asm/c/c++')).toEqual(['asm', 'c', 'c++']);
    expect(splitTagList('gnu/linux')).toEqual(['gnu/linux']);
    expect(splitTagList('Asynchronous I/O')).toEqual(['Asynchronous I/O']);
    expect(splitTagList('tcp/udp')).toEqual(['tcp', 'udp']);
  });
});

describe('a catalog’s technology vocabulary', () => {
  const vocabulary = new TagVocabulary('technology', ['node.js', 'node.js', 'nodejs', 'golang', 'html/css/js', 'JavaScript', 'javascript', 'javascript', 'constructor', 'c/c++', 'C#']);

  it('names each technology as most pages spell it, and an alias by its target', () => {
    expect(vocabulary.canonical(['nodejs'])).toEqual(['node.js']);
    expect(vocabulary.canonical(['golang'])).toEqual(['go']);
    expect(vocabulary.canonical(['JavaScript'])).toEqual(['javascript']);
  });

  it('gives a page its canonical values, each once, in its order', () => {
    expect(vocabulary.canonical(['html/css/js', 'javascript', 'c/c++', 'C#'])).toEqual(['html', 'css', 'javascript', 'c', 'c++', 'C#']);
    expect(vocabulary.canonical(['constructor', 'toString'])).toEqual(['constructor']);
  });

  it('keeps every spelling a canonical value was given', () => {
    expect(vocabulary.get(tagKey('node.js', 'technology'))!.spellings).toEqual(['node.js', 'nodejs']);
  });
});

describe('technologies a project names itself', () => {
  const technologies = ['c', 'c++', 'go', 'r', 'rust', 'python', 'node.js', 'machine learning', 'qt', 'javascript', 'd'];

  it('finds a technology as a word or phrase in the title or abstract, however it is spelled', () => {
    expect(technologiesNamed(['Port the parser to Rust', 'We use Nodejs and machine-learning models.'], technologies)).toEqual(['rust', 'node.js', 'machine learning']);
    expect(technologiesNamed(['A Golang client', 'Some JS glue.'], technologies)).toEqual(['go', 'javascript']);
  });

  it('never reads C in C++, R in R&D, D in 3D, or a lower-case or sentence-initial word as a short name', () => {
    expect(technologiesNamed(['Rewrite the C++ core', 'R&D on 3D meshes. Go through the docs, and r code.'], technologies)).toEqual(['c++']);
    expect(technologiesNamed(['Bindings in C for the R package', 'Written in Go, with Qt.'], technologies)).toEqual(['c', 'go', 'r', 'qt']);
  });

  it('finds only the organization-year’s own technologies', () => {
    expect(technologiesNamed(['A Rust rewrite'], ['python'])).toEqual([]);
  });
});

describe('tags whose values make one slug', () => {
  const page = (name: string, technologies: string, topics: string) =>
    `---\nprogram: gsoc\nyear: 2019\norganization: ${name}\ntechnologies: [${technologies}]\ntopics: [${topics}]\n---\n\nAbout.\n`;
  const load = () =>
    loadCatalog(
      contentFolder({
        '2019/sharp.md': page('Sharp Org', 'C#', 'Español'),
        '2019/spelled.md': page('Spelled Org', 'c sharp', 'espanol'),
        '2019/third.md': page('Third Org', 'C#', 'Español'),
      }),
    );

  it('are one tag: every organization-year has the same canonical value, so its page lists them all', () => {
    const catalog = load();
    expect(catalog.organizationYears.map((organizationYear) => [organizationYear.name, organizationYear.technologies, organizationYear.topics])).toEqual([
      ['Sharp Org', ['C#'], ['Español']],
      ['Spelled Org', ['C#'], ['Español']],
      ['Third Org', ['C#'], ['Español']],
    ]);
    const organizations = organizationsOf(catalog.organizationYears);
    const technologies = indexTags('technology', organizations, () => []);
    expect(technologies.map((tag) => [tag.slug, tag.name, tag.uses.length])).toEqual([['c-sharp', 'C#', 3]]);
    expect(indexTags('topic', organizations, () => []).map((tag) => [tag.slug, tag.name, tag.uses.length])).toEqual([['espanol', 'Español', 3]]);
  });

  it('are named by check where a page wrote the other spelling', () => {
    const warnings = load().issues.map((issue) => `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`);
    expect(warnings).toEqual([
      '2019/spelled.md:5: warning: technology "c sharp" is shown as "C#" (both have the address /technologies/c-sharp/), so they are one technology; write "C#" to say so, or spell it apart',
      '2019/spelled.md:6: warning: topic "espanol" is shown as "Español" (both have the address /topics/espanol/), so they are one topic; write "Español" to say so, or spell it apart',
    ]);
  });
});
