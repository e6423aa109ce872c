// While the index is rebuilt in the background: polls its progress, moves the bar, and reloads the admin page
// once the rebuild has ended (the page then says how many articles the new index holds).
(function () {
  'use strict';
  var section = document.getElementById('rebuild');
  if (!section || section.dataset.state !== 'RUNNING') {
    return;
  }
  var bar = document.getElementById('rebuild-progress');
  var figures = document.getElementById('rebuild-figures');
  var template = figures ? figures.textContent.replace(/\d+/g, '#') : '';

  function poll() {
    fetch(section.dataset.progress, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error(answer.status);
        }
        return answer.json();
      })
      .then(function (p) {
        if (p.state !== 'RUNNING') {
          window.location.reload();
          return;
        }
        var percent = p.pagesTotal ? Math.floor(p.pagesDone * 100 / p.pagesTotal) : 0;
        if (bar) {
          bar.value = percent;
        }
        if (figures) {
          var numbers = [p.pagesDone, p.pagesTotal];
          var i = 0;
          figures.textContent = template.replace(/#/g, function () { return numbers[i++]; });
        }
        setTimeout(poll, 500);
      })
      .catch(function () {
        setTimeout(poll, 2000);
      });
  }

  setTimeout(poll, 500);
}());
