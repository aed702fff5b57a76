/**
 * The fixed queries the search engines are compared on (scripts/bench-search-engines.ts): what
 * people type, by kind. Changing a list changes every figure measured on it: say so beside them.
 */

/** Results a query is judged on: the top 10, what the page shows first. */
export const LIMIT = 10;

/** Keywords people type alone; precision is measured on these. */
export const SINGLE_WORDS = [
  'rust', 'python', 'compiler', 'kernel', 'android', 'database', 'translation', 'visualization', 'blockchain',
  'robotics', 'graphql', 'accessibility', 'webassembly', 'scheduler', 'documentation', 'bioinformatics', 'audio',
  'firmware', 'encryption', 'kubernetes', 'gpu', 'fuzzing', 'chess', 'astronomy', 'wikipedia',
];
export const QUERIES: Record<string, string[]> = {
  'single word': SINGLE_WORDS,
  'several words': [
    'machine learning python', 'web assembly runtime', 'gpu acceleration', 'static analysis tool', 'user interface redesign',
    'mobile app offline sync', 'natural language processing', 'continuous integration pipeline', 'memory leak detection',
  ],
  typo: ['pyhton', 'compilr', 'databse', 'visualisation', 'kubernets', 'tensorflw', 'javascirpt', 'algoritm', 'reinforcment learning'],
  organization: ['apache software foundation', 'mozilla', 'python software foundation', 'xen project', 'gnome', 'kde', 'cern', 'openstreetmap'],
  'no hit': ['qwxzvbn', 'zzzyyyxxx frobnicate', 'ploughkrzz'],
  // Contributors of the archive (2016 on), as typed: the whole name, reversed, lower case, a typo, a prefix.
  name: ['Naveen Jafer', 'rezvani omid', 'Ezequiel Postan', 'yan xiao', 'Pradeep Sanjeewa', 'thilina manamgda', 'nges bri'],
  symbols: ['c++', 'c#', '(a+b)*', '.net', 'node.js', '[regex]*?', '\\d+$^', `${'lorem ipsum dolor sit amet '.repeat(37)}`.slice(0, 1000)],
};
