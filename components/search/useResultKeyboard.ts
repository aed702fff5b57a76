/**
 * Arrow keys move from the query box through the results and back; Enter in the box opens the
 * first result; Escape in the list returns to the box.
 */
import { useRef, type KeyboardEvent } from 'react';
import { RESULT_LINK_CLASS } from './ResultList';

const RESULT_LINK = `a.${RESULT_LINK_CLASS}`;

/** Refs for the query box and the result list, and the key handlers to put on them. */
export function useResultKeyboard() {
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const resultLinks = () => [...(listRef.current?.querySelectorAll<HTMLAnchorElement>(RESULT_LINK) ?? [])];

  /** Focuses result `index` (the last one past the end), or the query box above the first. */
  const focusResult = (index: number) => {
    const links = resultLinks();
    if (links.length === 0) return;
    if (index < 0) inputRef.current?.focus();
    else links[Math.min(index, links.length - 1)]?.focus();
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      focusResult(0);
      resultLinks()[0]?.click();
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const index = resultLinks().indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusResult(index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusResult(index - 1);
    } else if (event.key === 'Escape') {
      inputRef.current?.focus();
    }
  };

  return { inputRef, listRef, onInputKeyDown, onListKeyDown };
}
