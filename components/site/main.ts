/**
 * The little every page does in the browser (bundled by `catalog build-data` into public/site.js),
 * with no framework: the pages work without it.
 */

// "/" jumps to the search box (the search page's own, else the header's), unless you are typing.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('.search-app input[type=search], #site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

// The page's permalink is the address it was opened at: right on whatever host and under
// whatever path the site is published, whatever the build was told (the server-rendered text is
// SITE_URL's address, or the path alone). Query and fragment are not part of it.
function ownAddress(): string {
  return location.origin + location.pathname.replace(/\/index\.html$/, '/');
}

function showPermalinks(): void {
  for (const node of document.querySelectorAll('[data-permalink]')) node.textContent = ownAddress();
}

// "Copy link" buttons: shown only where they can work.
function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-permalink]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(ownAddress()).then(
        () => (button.textContent = 'Copied'),
        () => (button.textContent = 'Copy failed'),
      );
    });
  }
}

function start(): void {
  showPermalinks();
  enableCopyButtons();
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
