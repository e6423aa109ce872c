// An upload's page while OCR reads it: polls its progress every second, shows the stage, line N of M and the time
// left, and goes on to the result once it has ended (the server then shows the ingest form with it).
(function () {
  'use strict';
  var upload = document.getElementById('upload');
  if (!upload || upload.dataset.finished === 'true') {
    return;
  }
  var bar = document.getElementById('upload-progress');
  var said = document.getElementById('upload-said');
  var elapsed = document.getElementById('upload-elapsed');
  var started = Date.now();
  var shownElapsed = parseInt((elapsed.textContent.match(/\d+/) || ['0'])[0], 10);

  function poll() {
    fetch(upload.dataset.progress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (answer.status === 404) {
          // Gone with a restart of the app: say so once, and stop asking.
          said.textContent = upload.dataset.unknown;
          return null;
        }
        if (!answer.ok) {
          throw new Error(answer.status);
        }
        return answer.json();
      })
      .then(function (p) {
        if (p === null) {
          return;
        }
        if (p.finished) {
          // Ended: the page shows the result (or, failed, why).
          window.location.assign(upload.dataset.page);
          return;
        }
        bar.max = p.of > 0 ? p.of : 1;
        bar.value = p.done;
        said.textContent = p.said;
        elapsed.textContent = elapsed.textContent.replace(/\d+/, String(p.elapsedSeconds));
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        elapsed.textContent = elapsed.textContent.replace(/\d+/, String(shownElapsed + Math.round((Date.now() - started) / 1000)));
        window.setTimeout(poll, 2000);
      });
  }

  window.setTimeout(poll, 500);
})();
