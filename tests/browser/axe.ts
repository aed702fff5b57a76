/**
 * axe-core in a page of the browser tests. axe.min.js (a devDependency) is injected into the page
 * as it is, rather than through @axe-core/playwright: our pages have no frames, which is what that
 * wrapper adds, and its analyze() opens a blank page for every run (~700 ms a run against ~260 ms
 * injected, on the same page and machine).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, Result } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules a reviewer runs: WCAG 2.0–2.2 A and AA, and axe's best practices (landmarks, names). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** What fails a page: axe's two highest impacts. */
const FAILING_IMPACTS: ReadonlySet<ImpactValue> = new Set(['serious', 'critical']);

/** Runs axe on the page as it is now (injecting it once per document) and returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.filter((violation) => violation.impact && FAILING_IMPACTS.has(violation.impact));
}

/** One line per violation: where, which rule, its nodes (the first five selectors) and what axe says of the first. */
export function describeViolations(where: string, violations: Result[]): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' '));
    if (violation.nodes.length > 5) targets.push(`${violation.nodes.length - 5} more`);
    const summary = violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim();
    return `${where}: ${violation.id} (${violation.impact}), ${violation.help}: ${targets.join(', ')}${summary ? `. ${summary}` : ''}`;
  });
}
