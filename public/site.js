// The little the archive's pages do in the browser, with no framework: they work without it.
(function () {
  'use strict';

  // "/" jumps to the search box (the search page's own, else the header's), unless you are typing.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.querySelector('.search-app input[type=search], #site-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // The page's permalink is the address it was opened at: right on whatever host and under
  // whatever path the site is published, whatever the build was told (the server-rendered text is
  // SITE_URL's address, or the path alone). Query and fragment are not part of it.
  function ownAddress() {
    return location.origin + location.pathname.replace(/\/index\.html$/, '/');
  }

  function showPermalinks() {
    document.querySelectorAll('[data-permalink]').forEach(function (node) {
      node.textContent = ownAddress();
    });
  }

  // "Copy link" buttons: shown only where they can work.
  function enableCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll('button[data-copy-permalink]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(ownAddress()).then(
          function () {
            button.textContent = 'Copied';
          },
          function () {
            button.textContent = 'Copy failed';
          },
        );
      });
    });
  }

  function start() {
    showPermalinks();
    enableCopyButtons();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
