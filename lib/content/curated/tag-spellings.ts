/**
 * Facts about technology and topic tags that no folding rule can see, kept by curators and
 * reviewed in a diff (docs/curating.md, "Technologies and topics"). Keys are tags as lib/content/tag-vocabulary.ts
 * folds them: lower case, without spaces, hyphens, underscores, dots or a ".js" ending; values are
 * the canonical spelling. Only spellings that cannot mean anything else belong here: no entry may
 * join c with c++, java with javascript or r with rust.
 */

/** Other names and common misspellings of a technology → the technology. */
export const TECHNOLOGY_ALIASES: Readonly<Record<string, string>> = {
  golang: 'go',
  postgres: 'postgresql',
  psql: 'postgresql',
  cpp: 'c++',
  'c+': 'c++',
  cplusplus: 'c++',
  js: 'javascript',
  ecmascript: 'javascript',
  python3: 'python',
  python2: 'python',
  py: 'python',
  pthon: 'python',
  pyhton: 'python',
  html5: 'html',
  css3: 'css',
  k8s: 'kubernetes',
  mongo: 'mongodb',
  objc: 'objective-c',
  ai: 'artificial intelligence',
  nlp: 'natural language processing',
};

/** Other names of a topic → the topic. */
export const TOPIC_ALIASES: Readonly<Record<string, string>> = {
  ml: 'machine learning',
  ai: 'artificial intelligence',
  nlp: 'natural language processing',
  dl: 'deep learning',
  cv: 'computer vision',
};

/**
 * Values with a slash that name one thing, not a list: "html/css/js" is three technologies,
 * "gnu/linux" is one. Compared after folding case and spaces.
 */
export const KEPT_WHOLE: readonly string[] = ['gnu/linux', 'tcl/tk', 'tcp/ip', 'http/2', 'ci/cd', 'some/ip', 'i/o', 'pl/sql', 'pl/pgsql', 'os/2', 'a/b', 'ui/ux'];
