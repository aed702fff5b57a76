/**
 * Reads labelled text pages (../shared/corpus/melange with its labels.json) through the real
 * text parser, so that training and evaluation see each bullet exactly as the loader hands it to
 * `splitBullet`, organization name included.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BulletContext, BulletSplit } from '../../lib/content/split/index';
import { parseTextPage } from '../../lib/content/text-page';
import { tokenize } from '../../lib/content/split/tokens';

export interface LabelledBullet {
  /** Page path relative to the content folder, as labels.json names it ("2010/example.txt"). */
  file: string;
  year: string;
  /** Index of the project on its page. */
  index: number;
  text: string;
  context: BulletContext;
  title: string;
  abstract: string;
  /** Words in the true title: the cut the model should choose. */
  cut: number;
}

interface LabelFile {
  [file: string]: { year?: number | string; projects: { title: string; abstract: string }[] };
}

export interface LabelledCorpus {
  bullets: LabelledBullet[];
  /** Bullets that could not be matched to their labels, with why: reported, never silently dropped. */
  problems: string[];
}

/** Reads every labelled page's bullets with their true titles, in labels.json order. */
export function readLabelledCorpus(contentDir: string, labelsFile: string): LabelledCorpus {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as LabelFile;
  const bullets: LabelledBullet[] = [];
  const problems: string[] = [];
  for (const file of Object.keys(labels).sort()) {
    const page = labels[file]!;
    const year = String(page.year ?? file.slice(0, 4));
    const pagePath = path.join(contentDir, file);
    if (!existsSync(pagePath)) {
      problems.push(`${file}: labelled, but not found in ${contentDir}; page left out`);
      continue;
    }
    const source = readFileSync(pagePath, 'utf8');
    const seen: { text: string; context: BulletContext }[] = [];
    parseTextPage(source, file, {
      splitBullet: (text, context) => {
        seen.push({ text, context });
        return wholeTitle(text);
      },
    });
    if (seen.length !== page.projects.length) {
      problems.push(`${file}: ${seen.length} bullets to split, ${page.projects.length} labelled projects; page left out`);
      continue;
    }
    page.projects.forEach((project, index) => {
      const { text, context } = seen[index]!;
      const cut = trueCut(text, project.title);
      if (cut === undefined) problems.push(`${file}: bullet ${index + 1} does not start with its labelled title ${JSON.stringify(project.title)}`);
      else bullets.push({ file, year, index, text, context, title: project.title, abstract: project.abstract, cut });
    });
  }
  return { bullets, problems };
}

/** The number of words whose slice is exactly the labelled title, if there is one. */
export function trueCut(text: string, title: string): number | undefined {
  const tokens = tokenize(text);
  for (let k = 1; k <= tokens.length; k++) {
    const end = k < tokens.length ? tokens[k]!.start : text.length;
    if (text.slice(0, end).trim() === title.trim()) return k;
  }
  return undefined;
}

function wholeTitle(text: string): BulletSplit {
  return { title: text, abstract: '', uncertain: false };
}
