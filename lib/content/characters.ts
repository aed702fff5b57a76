/**
 * Characters a page may not hand on as they are, checked on every field before validation:
 * - a lone surrogate (YAML's "\uDC00" escape makes one; no UTF-8 file can hold it) is no
 *   character: JSON.stringify keeps it as an escape strict readers refuse while the CSV writer
 *   gets U+FFFD, so the loader replaces it with U+FFFD in every field, with a warning at the line;
 * - a bidirectional control (an embedding, override or isolate) in a name, a tag or a title can
 *   reorder the site's own text around it. The site isolates content text (<bdi>, and links are
 *   `unicode-bidi: isolate`), and check warns, so that a curator can remove it.
 */
import { messages, type Issue } from './issues';
import type { PageField, ParsedPage } from './parsed-page';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** The text with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, which our ES target lacks). */
function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Fields shown inside the site's sentences: names, tags and titles (descriptions and abstracts are paragraphs of their own). */
const NAME_FIELDS = new Set(['name', 'topics', 'technologies', 'category', 'title', 'contributor', 'mentors']);

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every string inside a field's value (lists and link pairs too), each replaced by what `replace` returns. */
function mapStrings(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, replace));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, replace)]));
  return value;
}

function checkField(page: ParsedPage, name: string, field: PageField, issues: Issue[]): void {
  let surrogate: string | undefined;
  let bidi: string | undefined;
  field.value = mapStrings(field.value, (text) => {
    surrogate ??= LONE_SURROGATE.exec(text)?.[0];
    if (NAME_FIELDS.has(name)) bidi ??= BIDI_CONTROL.exec(text)?.[0];
    return wellFormed(text);
  });
  const warn = (message: string) => issues.push({ file: page.file, line: field.line, severity: 'warning', message });
  if (surrogate) warn(messages.loneSurrogate(field.label, codePoint(surrogate)));
  if (bidi) warn(messages.bidiControlInName(field.label, codePoint(bidi)));
}

/** Replaces lone surrogates in every field of the page and its projects, and warns about them and about bidi controls in names. */
export function checkCharacters(page: ParsedPage): void {
  const issues: Issue[] = [];
  for (const [name, field] of Object.entries(page.fields)) checkField(page, name, field, issues);
  for (const project of page.projects) {
    project.title = wellFormed(project.title);
    for (const [name, field] of Object.entries(project.fields)) checkField(page, name, field, issues);
  }
  page.issues.push(...issues);
  page.issues.sort((a, b) => a.line - b.line);
}
