/**
 * /trends/'s compare script (bundled and minified by `catalog build-data` into
 * public/trends-page/trends.js): reads ?compare= from the address, fetches the series of the
 * technologies and topics asked (the files of their slugs' first characters, /trends/compare/r.json)
 * and redraws the comparison's two charts and tables for the
 * values asked, with the functions the page's static HTML is drawn with (lib/site/trend-compare.ts,
 * lib/site/line-chart.ts). Without it, the page keeps its default comparison. No framework.
 */
import { trendsCompareDataPath } from '@/lib/paths';
import { CHART_HEIGHT, CHART_WIDTH, chartGeometry, labelledYears, SERIES_STYLES, yearPosition, type ChartSeries } from '@/lib/site/line-chart';
import {
  compareColumns,
  compareLookup,
  compareShardOf,
  formatPercentAxis,
  joinCompareShards,
  organizationShareSeries,
  parseCompare,
  projectShareSeries,
  resolveCompare,
  type CompareData,
  type CompareTag,
} from '@/lib/site/trend-compare';
import { TRENDS_COMPARE_FILES_ATTRIBUTE, TRENDS_ELEMENT_IDS as ids } from '@/lib/site/trends-page';
import { nextTask } from '../tasks';

const SVG = 'http://www.w3.org/2000/svg';

/** The site's base path ("" or "/gsoc-archive"), from <html data-base-path>. */
const basePath = (document.documentElement.dataset['basePath'] ?? '').replace(/\/+$/, '');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function svgElement(tag: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The markup of components/TrendFigure.tsx's LineChart. */
function lineChart(years: readonly number[], series: readonly ChartSeries[]): HTMLElement {
  const geometry = chartGeometry(years, series);
  const chart = element('div', { class: 'line-chart', 'aria-hidden': 'true' });
  if (series.length > 1) {
    const legend = element('ul', { class: 'line-chart__legend' });
    series.forEach((one, index) => {
      const swatch = svgElement('svg', { class: 'line-chart__swatch', viewBox: '0 0 24 8', focusable: 'false' });
      swatch.append(svgElement('line', { x1: '0', y1: '4', x2: '24', y2: '4', class: `line-chart__line line-chart__line--${index % SERIES_STYLES}` }));
      legend.append(element('li', {}, swatch, one.label));
    });
    chart.append(legend);
  }
  const svg = svgElement('svg', { viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', focusable: 'false' });
  for (const y of geometry.gridLines) svg.append(svgElement('line', { x1: '0', x2: String(CHART_WIDTH), y1: String(y), y2: String(y), class: 'line-chart__grid' }));
  geometry.paths.forEach((path, index) => path && svg.append(svgElement('path', { d: path, class: `line-chart__line line-chart__line--${index % SERIES_STYLES}` })));
  chart.append(
    element(
      'div',
      { class: 'line-chart__plot' },
      element('span', { class: 'line-chart__axis line-chart__axis--max' }, formatPercentAxis(geometry.max)),
      element('span', { class: 'line-chart__axis line-chart__axis--zero' }, formatPercentAxis(0)),
      svg,
    ),
  );
  const labels = labelledYears(years).map((year) => element('span', { style: `left: ${(yearPosition(years, year) * 100).toFixed(1)}%` }, String(year)));
  chart.append(element('div', { class: 'line-chart__years' }, ...labels));
  return chart;
}

/** The markup of components/TrendFigure.tsx's TrendFigure. */
function trendFigure(id: string, title: string, note: string | undefined, years: readonly number[], series: ChartSeries[], columns: { label: string; cells: string[] }[]): HTMLElement {
  const head = element('tr', {}, element('th', { scope: 'col' }, 'Year'), ...columns.map((column) => element('th', { scope: 'col' }, column.label)));
  const rows = years.map((year, row) => element('tr', {}, element('th', { scope: 'row' }, String(year)), ...columns.map((column) => element('td', {}, column.cells[row] ?? ''))));
  const table = element('div', { class: 'trend__table', role: 'region', 'aria-labelledby': `${id}-title`, tabindex: '0' }, element('table', {}, element('thead', {}, head), element('tbody', {}, ...rows)));
  return element(
    'figure',
    { class: 'trend', 'aria-labelledby': `${id}-title` },
    element('figcaption', { id: `${id}-title`, class: 'trend__title' }, title),
    ...(note ? [element('p', { class: 'trend__note muted' }, note)] : []),
    element('div', { class: 'trend__body' }, lineChart(years, series), table),
  );
}

/** The markup of components/TrendCompare.tsx. */
function compareFigures(data: CompareData, tags: readonly CompareTag[]): HTMLElement {
  const names = tags.map((tag) => tag.name).join(', ');
  return element(
    'div',
    { class: 'trend-grid' },
    trendFigure('compare-organizations', `Share of organizations naming ${names}`, 'From the first year the archive tags organizations.', data.years, organizationShareSeries(data, tags), compareColumns(data, tags, 'organizations')),
    trendFigure('compare-projects', `Share of projects naming ${names} in their own title or abstract`, undefined, data.years, projectShareSeries(data, tags), compareColumns(data, tags, 'projects')),
  );
}

async function start(): Promise<void> {
  const figures = document.getElementById(ids.figures);
  const status = document.getElementById(ids.status);
  const input = document.getElementById(ids.input) as HTMLInputElement | null;
  if (!figures || !status || !input) return;
  const asked = parseCompare(new URLSearchParams(location.search).get('compare'));
  if (asked.length === 0) return;
  input.value = asked.join(',');
  status.textContent = 'Loading the comparison…';
  // The files the page says exist (all, from a page built before it said so): a value with no
  // file names nothing, and asking for it would only log a 404.
  const files = document.getElementById(ids.section)?.getAttribute(TRENDS_COMPARE_FILES_ATTRIBUTE);
  const exists = (shard: string) => files === null || files === undefined || files.split(' ').includes(shard);
  let data: CompareData;
  try {
    const shards = await Promise.all(
      [...new Set(asked.map(compareShardOf))].filter(exists).map(async (shard) => {
        const response = await fetch(`${basePath}${trendsCompareDataPath(shard)}`);
        // A character no slug starts with has no file: none of its values is known.
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`${response.status}`);
        return (await response.json()) as CompareData;
      }),
    );
    data = joinCompareShards(shards.filter((shard) => shard !== undefined)) ?? { years: [], organizations: [], projects: [], tags: [] };
  } catch {
    status.textContent = 'The comparison could not be loaded; the default one is shown.';
    return;
  }
  await nextTask();
  const { found, unknown } = resolveCompare(compareLookup(data.tags), asked);
  const ignored = unknown.length > 0 ? ` Ignored (no technology or topic of that slug): ${unknown.join(', ')}.` : '';
  if (found.length === 0) {
    status.textContent = `Nothing to compare.${ignored} The default comparison is shown.`;
    return;
  }
  const drawn = compareFigures(data, found);
  await nextTask();
  figures.replaceChildren(drawn);
  status.textContent = `Comparing ${found.map((tag) => `${tag.name} (${tag.kind})`).join(', ')}.${ignored}`;
}

void start();
