/**
 * English closed-class words: articles, prepositions, conjunctions, possessives. A title almost
 * never ends with one ("Support for", "Port of the"), and in a Title Case title they are the
 * words left in lowercase. Plain English grammar, not vocabulary learned from any archive year.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the',
  'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'over', 'under',
  'upon', 'via', 'vs', 'per', 'about', 'through', 'between', 'within', 'without', 'towards',
  'toward', 'across', 'among', 'around', 'against', 'along', 'beyond', 'during', 'inside',
  'and', 'or', 'but', 'nor', 'as', 'than', 'so', 'if', 'when', 'while', 'that', 'which',
  'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'these', 'those',
]);
