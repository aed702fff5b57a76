/** The search page's query box. */
import type { KeyboardEventHandler, Ref } from 'react';

export function QueryBox({ ref, id, statusId, resultsId, value, onChange, onKeyDown }: {
  id: string;
  /** The status line that describes the box, and the results it controls. */
  statusId: string;
  resultsId: string;
  value: string;
  onChange: (query: string) => void;
  onKeyDown: KeyboardEventHandler<HTMLInputElement>;
  ref: Ref<HTMLInputElement>;
}) {
  return (
    // The search runs as you type: there is nothing to submit.
    <form className="search-form search-form--large" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={id} className="visually-hidden">
        Search projects
      </label>
      <input
        ref={ref}
        id={id}
        type="search"
        name="q"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        placeholder="Search projects, e.g. rust compiler"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={statusId}
        aria-controls={resultsId}
      />
    </form>
  );
}
