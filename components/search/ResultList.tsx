/** The results of a search: each title a link to the project's permalink, with its matched words marked. */
import type { Ref, KeyboardEventHandler } from 'react';
import type { SnippetPart } from '@/lib/search/client';
import type { ResultItem } from './protocol';

/** The class of each result's link: what the arrow keys move through (useResultKeyboard). */
export const RESULT_LINK_CLASS = 'search-result__link';

function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

export function ResultList({ results, ref, onKeyDown }: { results: ResultItem[]; ref: Ref<HTMLOListElement>; onKeyDown: KeyboardEventHandler<HTMLOListElement> }) {
  return (
    <ol className="search-result-list" ref={ref} onKeyDown={onKeyDown}>
      {results.map((result) => (
        <li key={result.path} className="search-result">
          <a className={RESULT_LINK_CLASS} href={result.path}>
            <Marked parts={result.title} />
          </a>
          <p className="search-result__meta">
            {result.organization} · {result.year}
          </p>
          <p className="search-result__snippet">
            {/* The snippet follows the results in a second message (protocol.ts): "…" holds its place. */}
            {result.snippet ? (
              <>
                {result.snippet.truncatedStart && '… '}
                <Marked parts={result.snippet.parts} />
                {result.snippet.truncatedEnd && ' …'}
              </>
            ) : (
              <span className="muted">…</span>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
