/**
 * Projects per year as a bar chart in HTML and CSS: a list of links, each a year's bar, reachable
 * by keyboard. A link is named "2009: 645 projects", which holds its visible text ("2009", "645")
 * in the order it is read, so what a speech user reads off the screen names the link (axe's
 * label-content-name-mismatch). On a phone the bars lie down, one row a year with text at full
 * size; from 64rem they stand as columns (public/site.css, "Chart"). An SVG scaled to a phone's
 * width drew its 11 px text 5 px tall at 375 px, with 14 px wide bars to tap.
 */
import type { CSSProperties } from 'react';
import type { YearBar } from './year-bars';
import { publicPath } from '@/lib/site/publishing';

export function YearChart({ bars, title, unit = 'project' }: { bars: YearBar[]; title: string; unit?: string }) {
  if (bars.length === 0) return null;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <ol className="year-chart" aria-label={title}>
      {bars.map((bar) => {
        const count = bar.count.toLocaleString('en-US');
        const words = bar.count === 1 ? unit : `${unit}s`;
        // The bar's length as a share of the longest; a year with any project shows at least a sliver.
        const share = bar.count === 0 ? 0 : Math.max(0.02, bar.count / max);
        // A year without a link is text: the words the link's name gives are there for screen readers.
        const said = (text: string) => !bar.href && <span className="visually-hidden">{text}</span>;
        const content = (
          <>
            <span className="year-chart__year">
              {bar.year}
              {said(':')}
            </span>{' '}
            {/* (The space keeps the year and the count two words in the text that axe compares with the name.) */}
            <span className="year-chart__track">
              <span className="year-chart__bar" style={{ '--share': share.toFixed(3) } as CSSProperties} />
              <span className="year-chart__count">
                {count}
                {said(` ${words}`)}
              </span>
            </span>
          </>
        );
        return (
          <li key={bar.year}>
            {bar.href ? (
              <a href={publicPath(bar.href)} aria-label={`${bar.year}: ${count} ${words}`}>
                {content}
              </a>
            ) : (
              <span className="year-chart__empty">{content}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
