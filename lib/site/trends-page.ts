/**
 * What /trends/ (components/pages/TrendsPage.tsx) and its compare script (components/trends/main.ts)
 * agree on: the ids of the elements the script reads and redraws.
 */
export const TRENDS_ELEMENT_IDS = Object.freeze({
  section: 'compare',
  form: 'compare-form',
  input: 'compare-input',
  status: 'compare-status',
  figures: 'compare-figures',
});
