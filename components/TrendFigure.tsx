/**
 * One chart of the trends and its numbers: a line chart over the years (static SVG, the site's
 * own, lib/site/line-chart.ts) that is drawn for the eye and hidden from screen readers, then the
 * same figures as an HTML table, first column the year, which a screen reader reads and a person
 * can copy. Colours come from the stylesheet (light and dark); each series also has its own dash,
 * so that the lines differ without colour.
 */
import type { ReactNode } from 'react';
import { CHART_HEIGHT, CHART_WIDTH, chartGeometry, labelledYears, SERIES_STYLES, yearPosition, type ChartSeries } from '@/lib/site/line-chart';

/** A column of the table: its header and one cell per year, already written ("12", "4.5%", "—"). */
export interface TrendColumn {
  label: string;
  cells: readonly string[];
}

export interface TrendFigureProps {
  /** The figure's id, for its caption and the table's. */
  id: string;
  title: ReactNode;
  years: readonly number[];
  /** What the lines draw; each series' values are aligned with `years`. */
  series: readonly ChartSeries[];
  /** How an axis value is written ("200", "20%"). */
  formatAxis?: (value: number) => string;
  columns: readonly TrendColumn[];
  /** Under the caption: what the figures count. */
  note?: ReactNode;
}

export function TrendFigure({ id, title, years, series, formatAxis = (value) => value.toLocaleString('en-US'), columns, note }: TrendFigureProps) {
  return (
    <figure className="trend" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="trend__title">
        {title}
      </figcaption>
      {note && <p className="trend__note muted">{note}</p>}
      <div className="trend__body">
        <LineChart years={years} series={series} formatAxis={formatAxis} />
        <TrendTable id={id} years={years} columns={columns} />
      </div>
    </figure>
  );
}

/** The chart alone: for the eye (the table beside it says the same to everyone). */
export function LineChart({ years, series, formatAxis }: { years: readonly number[]; series: readonly ChartSeries[]; formatAxis: (value: number) => string }) {
  const geometry = chartGeometry(years, series);
  return (
    <div className="line-chart" aria-hidden="true">
      {series.length > 1 && (
        <ul className="line-chart__legend">
          {series.map((one, index) => (
            <li key={one.label}>
              <svg className="line-chart__swatch" viewBox="0 0 24 8" focusable="false">
                <line x1="0" y1="4" x2="24" y2="4" className={`line-chart__line line-chart__line--${index % SERIES_STYLES}`} />
              </svg>
              {one.label}
            </li>
          ))}
        </ul>
      )}
      <div className="line-chart__plot">
        <span className="line-chart__axis line-chart__axis--max">{formatAxis(geometry.max)}</span>
        <span className="line-chart__axis line-chart__axis--zero">{formatAxis(0)}</span>
        <svg viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} preserveAspectRatio="none" focusable="false">
          {geometry.gridLines.map((y) => (
            <line key={y} x1="0" x2={CHART_WIDTH} y1={y} y2={y} className="line-chart__grid" />
          ))}
          {geometry.paths.map((path, index) => path && <path key={series[index]!.label} d={path} className={`line-chart__line line-chart__line--${index % SERIES_STYLES}`} />)}
        </svg>
      </div>
      <div className="line-chart__years">
        {labelledYears(years).map((year) => (
          <span key={year} style={{ left: `${(yearPosition(years, year) * 100).toFixed(1)}%` }}>
            {year}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The figures, a row a year. Scrolls on its own when wider or taller than its place (keyboard too). */
export function TrendTable({ id, years, columns }: { id: string; years: readonly number[]; columns: readonly TrendColumn[] }) {
  return (
    <div className="trend__table" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((year, row) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {columns.map((column) => (
                <td key={column.label}>{column.cells[row]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
