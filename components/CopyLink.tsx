'use client';

import { useState } from 'react';

/** Copies a permalink to the clipboard; without JavaScript the link text above is there to copy by hand. */
export function CopyLink({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => {
        navigator.clipboard.writeText(url).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
    >
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy link'}</span>
    </button>
  );
}
