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

  // "Copy link" buttons: shown only where they can work.
  function enableCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-copy')).then(
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
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enableCopyButtons);
  else enableCopyButtons();
})();
