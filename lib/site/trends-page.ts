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

/**
 * The compare section's attribute that lists the compare data's files (compareShardOf's names,
 * space-separated): the script fetches only those, so a value with no file costs no request and
 * no 404 in the console.
 */
export const TRENDS_COMPARE_FILES_ATTRIBUTE = 'data-compare-files';
