/**
 * Parser for text archive pages, the layout of the GSoC/GCI Archive of the Melange era:
 *
 *     GSoC/GCI Archive
 *     Google Summer of Code 2014
 *
 *     Xen Project
 *
 *     License: …               (Key: Value lines; any may be missing, other keys are kept)
 *
 *     Description paragraphs, one line each.
 *
 *     Projects
 *
 *       • Title Abstract…      (title and abstract run together: `splitBullet` guesses)
 *       • Title                (or the abstract on the following indented line(s): no guess)
 *           Abstract…
 *
 * The parser reads; it does not judge values (the year's digits, the program's name): the
 * loader validates every field with the schema, the same way for both formats.
 */
import { PAGE_HEADER, messages, type Issue, type Severity } from './issues';
import { PROGRAMS } from '../programs';
import { field, normalizeNewlines, type PageField, type ParsedPage, type ParsedProject } from './parsed-page';
import { splitBullet as defaultSplitBullet, type BulletContext, type BulletSplit } from './split';

export type SplitBullet = (text: string, context: BulletContext) => BulletSplit;

export interface TextParseOptions {
  splitBullet?: SplitBullet;
}

/** The named fields of a text page; any other `Key: Value` line is kept as a link. */
const NAMED_KEYS: Record<string, string> = {
  license: 'license',
  'web page': 'webPage',
  'mailing list': 'mailingList',
};

const FIELD_LABELS: Record<string, string> = {
  program: 'the program and year line',
  year: 'the year',
  name: 'the organization name',
  license: 'License',
  webPage: 'Web Page',
  mailingList: 'Mailing List',
};

// A key is a short capitalized phrase ("Web Page", "IRC Channel"); a longer phrase before a colon
// is a sentence of the description.
const KEY_VALUE_LINE = /^([A-Z][A-Za-z0-9]*(?:[ -][A-Za-z0-9]+){0,3}):(?:\s+(.*))?$/;
const BULLET_LINE = /^\s*•\s*(.*)$/;
const PROJECTS_LINE = /^projects$/i;

interface Line {
  number: number;
  text: string;
}

export function parseTextPage(source: string, file: string, options: TextParseOptions = {}): ParsedPage {
  const splitBullet = options.splitBullet ?? defaultSplitBullet;
  const lines: Line[] = normalizeNewlines(source)
    .split('\n')
    .map((text, index) => ({ number: index + 1, text: text.trimEnd() }));
  const issues: Issue[] = [];
  const report = (line: number, message: string, severity: Severity = 'error') =>
    issues.push({ file, line, severity, message });

  const fields: Record<string, PageField> = {};
  const page: ParsedPage = { file, markup: 'text', line: 1, fields, fieldLabels: FIELD_LABELS, projects: [], issues, unreadable: false };

  const nonBlank = lines.filter((line) => line.text.trim() !== '');
  let cursor = 0;
  const peek = (): Line | undefined => nonBlank[cursor];

  // Header and program line. A page that lost its header is still read, with a warning.
  const first = peek();
  if (first && first.text.trim() === PAGE_HEADER) cursor++;
  else if (first && !readProgramLine(first.text) && nonBlank[1] && readProgramLine(nonBlank[1].text)) {
    report(first.number, messages.missingHeader(first.text), 'warning');
    cursor++;
  } else if (first && !readProgramLine(first.text)) {
    report(first.number, messages.missingHeader(first.text), 'warning');
  }

  const programLine = peek();
  const program = programLine && readProgramLine(programLine.text);
  if (!program) {
    report(programLine?.number ?? lines.length, messages.missingProgramLine(programLine?.text));
    page.unreadable = true;
  } else {
    cursor++;
    fields.program = field(program.program, programLine.number, 'program');
    fields.year = field(program.year, programLine.number, 'the year');
  }

  // Organization name: the first line after the program line, whatever it says, unless it is
  // plainly something else (a named field, the projects list, a bullet).
  const nameLine = page.unreadable ? undefined : peek();
  if (!page.unreadable) {
    if (!nameLine || isStructuralLine(nameLine.text)) {
      report(nameLine?.number ?? lines.length, messages.missingOrganizationName(nameLine?.text));
      page.unreadable = true;
    } else {
      cursor++;
      page.line = nameLine.number;
      fields.name = field(nameLine.text.trim(), nameLine.number, 'the organization name');
    }
  }

  // Key: Value lines, then description paragraphs, until the "Projects" line.
  const links: { label: string; value: string }[] = [];
  const description: string[] = [];
  let inFieldBlock = true;
  let projectsLine: Line | undefined;
  for (; !page.unreadable && cursor < nonBlank.length; cursor++) {
    const line = nonBlank[cursor]!;
    if (PROJECTS_LINE.test(line.text.trim())) {
      projectsLine = line;
      break;
    }
    const bullet = BULLET_LINE.exec(line.text);
    if (bullet) {
      report(line.number, messages.bulletBeforeProjects(bullet[1]!));
      continue;
    }
    const keyValue = inFieldBlock ? readKeyValue(line.text) : undefined;
    if (!keyValue) {
      inFieldBlock = false;
      description.push(line.text.trim());
      continue;
    }
    const { label, value } = keyValue;
    // Own properties only: a "Constructor:" line is a link, not Object.prototype's constructor.
    const named = Object.hasOwn(NAMED_KEYS, label.toLowerCase()) ? NAMED_KEYS[label.toLowerCase()] : undefined;
    if (!value) report(line.number, messages.emptyFieldValue(label), 'warning');
    // The archive itself sometimes repeats a key (two "Mailing List" lines): the first fills
    // the field, the others are kept as links rather than lost.
    else if (named && !fields[named]) fields[named] = field(value, line.number, label);
    else links.push({ label, value });
  }

  if (page.unreadable) {
    // Nothing on this page can load, but every bullet is still a project the curator must hear about.
    for (const line of lines) {
      const bullet = BULLET_LINE.exec(line.text);
      if (bullet) page.projects.push({ line: line.number, title: bullet[1]!.trim(), fields: {} });
    }
    return page;
  }
  fields.description = field(description.join('\n\n'), page.line, 'the description');
  fields.links = field(links, page.line, 'the fields');
  if (projectsLine) readProjects(page, lines.slice(projectsLine.number), splitBullet, report);
  return page;
}

/** Reads the bullets after the "Projects" line, each with its indented abstract lines if any. */
function readProjects(
  page: ParsedPage,
  lines: Line[],
  splitBullet: SplitBullet,
  report: (line: number, message: string, severity?: Severity) => void,
): void {
  const context: BulletContext = { organization: page.fields.name?.value as string };
  let current: { line: Line; text: string; abstract: string[][] } | undefined;
  const finish = () => {
    if (current) {
      const project = toProject(current.line, current.text, current.abstract, context, splitBullet, report);
      if (project) page.projects.push(project);
    }
    current = undefined;
  };
  for (const line of lines) {
    const bullet = BULLET_LINE.exec(line.text);
    if (bullet) {
      finish();
      current = { line, text: bullet[1]!.trim(), abstract: [] };
    } else if (line.text.trim() === '') {
      // A blank line inside an indented abstract starts its next paragraph.
      if (current && current.abstract.at(-1)?.length) current.abstract.push([]);
    } else if (current && /^\s/.test(line.text)) {
      if (current.abstract.length === 0) current.abstract.push([]);
      current.abstract.at(-1)!.push(line.text.trim());
    } else {
      finish();
      report(line.number, messages.unexpectedProjectsLine(line.text));
    }
  }
  finish();
}

function toProject(
  line: Line,
  text: string,
  abstractParagraphs: string[][],
  context: BulletContext,
  splitBullet: SplitBullet,
  report: (line: number, message: string, severity?: Severity) => void,
): ParsedProject | undefined {
  if (!text) {
    report(line.number, messages.emptyBullet());
    return undefined;
  }
  let title = text;
  let abstract = abstractParagraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join(' '))
    .join('\n\n');
  if (!abstract) {
    const split = splitBullet(text, context);
    title = split.title;
    abstract = split.abstract;
    if (split.uncertain) report(line.number, messages.uncertainSplit(title, abstract), 'warning');
  }
  if (!abstract) report(line.number, messages.missingAbstract(title), 'warning');
  return {
    line: line.number,
    title,
    fields: { title: field(title, line.number, 'title'), abstract: field(abstract, line.number, 'abstract') },
  };
}

/** "Google Summer of Code 2014" → its program name and the year as written (validated later). */
function readProgramLine(text: string): { program: string; year: string } | undefined {
  const normalized = text.trim().replace(/\s+/g, ' ');
  for (const program of PROGRAMS) {
    if (normalized.toLowerCase().startsWith(program.name.toLowerCase())) {
      const rest = normalized.slice(program.name.length);
      if (rest === '' || rest.startsWith(' ')) return { program: program.name, year: rest.trim() };
    }
  }
  return undefined;
}

/**
 * "Web Page: http://…" → its label and value. A line ending in a colon ("Our mission is:") is a
 * sentence of the description, unless the key is one of the named fields left empty.
 */
function readKeyValue(text: string): { label: string; value: string } | undefined {
  const match = KEY_VALUE_LINE.exec(text.trim());
  if (!match) return undefined;
  const label = match[1]!;
  const value = (match[2] ?? '').trim();
  return value || label.toLowerCase() in NAMED_KEYS ? { label, value } : undefined;
}

function isStructuralLine(text: string): boolean {
  const keyValue = readKeyValue(text);
  return (
    PROJECTS_LINE.test(text.trim()) ||
    BULLET_LINE.test(text) ||
    (keyValue !== undefined && keyValue.label.toLowerCase() in NAMED_KEYS)
  );
}
