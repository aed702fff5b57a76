/**
 * What a parser makes of one page, before validation: the values as the page wrote them, each
 * with the line it is on and the name the page gives it, so that validation can point at it.
 */
import type { Issue } from './issues';
import type { Markup } from './schema';

export interface PageField {
  value: unknown;
  line: number;
  /** How the page names the field ("Web Page" in a text page, "web_page" in front matter). */
  label: string;
}

export interface ParsedProject {
  /** Line of the project's bullet or heading: where its record points. */
  line: number;
  /** The title as far as the parser could read it, for messages about a project that failed. */
  title: string;
  fields: Record<string, PageField>;
}

export interface ParsedPage {
  file: string;
  markup: Markup;
  /** Line the organization-year record points at: its name line, or the front matter. */
  line: number;
  /** Organization fields by their record name (program, year, name, webPage, …). */
  fields: Record<string, PageField>;
  /** How the page would name a field it left out, for "organization is missing". */
  fieldLabels: Record<string, string>;
  projects: ParsedProject[];
  issues: Issue[];
  /**
   * The page could not be read as a page at all (no program line, broken front matter): no
   * organization record can come of it, whatever its fields say.
   */
  unreadable: boolean;
}

/** Normalizes what editors and old exports leave in text: a BOM, CRLF or CR line ends. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function field(value: unknown, line: number, label: string): PageField {
  return { value, line, label };
}
