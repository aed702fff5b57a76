/**
 * Projects per year as an inline SVG bar chart: a few hundred bytes, no chart library, readable
 * by screen readers (each bar is a link named with its year and count) and by keyboard.
 */
import type { YearBar } from '@/lib/site/charts';
import { publicPath } from '@/lib/site/config';

const SLOT = 44;
const HEIGHT = 190;
const TOP = 22;
const BOTTOM = 26;

export function YearChart({ bars, title, unit = 'projects' }: { bars: YearBar[]; title: string; unit?: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const width = Math.max(bars.length, 6) * SLOT;
  const plot = HEIGHT - TOP - BOTTOM;
  const titleId = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <figure className="chart">
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-labelledby={titleId} role="group" preserveAspectRatio="xMinYMin meet">
        <title id={titleId}>{title}</title>
        <line x1={0} x2={bars.length * SLOT} y1={HEIGHT - BOTTOM + 0.5} y2={HEIGHT - BOTTOM + 0.5} stroke="currentColor" strokeOpacity={0.25} />
        {bars.map((bar, index) => {
          const barHeight = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * plot));
          const x = index * SLOT + 6;
          const y = HEIGHT - BOTTOM - barHeight;
          const label = `${bar.year}: ${bar.count.toLocaleString('en-US')} ${unit}`;
          const content = (
            <>
              <rect className="bar" x={x} y={y} width={SLOT - 12} height={barHeight} rx={3} />
              {bar.count > 0 && (
                <text className="bar-value" x={x + (SLOT - 12) / 2} y={y - 6} textAnchor="middle">
                  {bar.count.toLocaleString('en-US')}
                </text>
              )}
              <text x={x + (SLOT - 12) / 2} y={HEIGHT - 8} textAnchor="middle">
                {bar.year}
              </text>
            </>
          );
          return bar.href ? (
            <a key={bar.year} href={publicPath(bar.href)} aria-label={label}>
              {content}
            </a>
          ) : (
            <g key={bar.year} role="img" aria-label={label}>
              {content}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
