/**
 * Judges the splitter exactly as it ships: each labelled page goes through the text parser with
 * its default `splitBullet`, and the titles and abstracts of the parsed projects are compared
 * with the labels, along with whether the loader would warn.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { messages } from '../../lib/content/issues';
import { parseTextPage } from '../../lib/content/text-page';
import type { LabelledBullet } from './dev-corpus';

export interface ShippedOutcome {
  bullet: LabelledBullet;
  title: string;
  abstract: string;
  correct: boolean;
  /** The parser reported the split as uncertain (the `check` warning). */
  warned: boolean;
}

/** Parses the pages of `bullets` with the shipped splitter and compares each project with its label. */
export function judgeShippedSplitter(contentDir: string, bullets: readonly LabelledBullet[]): ShippedOutcome[] {
  const byFile = new Map<string, LabelledBullet[]>();
  for (const bullet of bullets) byFile.set(bullet.file, [...(byFile.get(bullet.file) ?? []), bullet]);
  const outcomes: ShippedOutcome[] = [];
  for (const [file, labelled] of byFile) {
    const page = parseTextPage(readFileSync(path.join(contentDir, file), 'utf8'), file);
    const warnedLines = new Set(page.issues.filter((issue) => issue.message.startsWith(UNCERTAIN_PREFIX)).map((issue) => issue.line));
    for (const bullet of labelled) {
      const project = page.projects[bullet.index];
      const title = String(project?.fields.title?.value ?? '');
      const abstract = String(project?.fields.abstract?.value ?? '');
      outcomes.push({
        bullet,
        title,
        abstract,
        correct: title === bullet.title.trim() && abstract === bullet.abstract.trim(),
        warned: project !== undefined && warnedLines.has(project.line),
      });
    }
  }
  return outcomes;
}

// The loader's uncertain-split message, up to where the quoted title begins.
const UNCERTAIN_PREFIX = messages.uncertainSplit('', '').split('"')[0]!;
