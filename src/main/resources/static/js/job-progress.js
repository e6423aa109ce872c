// A bulk job's page while the job runs: polls its progress, moves the bar, adds each file's row as it ends,
// and reloads the page once the job has finished (the page then shows the full results and any dry-run split).
(function () {
  'use strict';
  var job = document.getElementById('job');
  if (!job || job.dataset.finished === 'true') {
    return;
  }
  var url = job.dataset.progress;
  var from = parseInt(job.dataset.done, 10) || 0;
  var bar = document.getElementById('job-progress');
  var percent = document.getElementById('job-percent');
  var figures = document.getElementById('job-figures');
  var speed = document.getElementById('job-speed');
  var working = document.querySelector('#job-working ul');
  var rows = document.querySelector('#job-files tbody');

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
  }

  function poll() {
    fetch(url + '?from=' + from, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error(answer.status);
        }
        return answer.json();
      })
      .then(function (p) {
        bar.value = p.percent;
        percent.textContent = p.percent + ' %';
        figures.textContent = p.done + ' / ' + p.total;
        if (speed) {
          speed.textContent = p.timeLeft;
        }
        if (working) {
          working.textContent = '';
          p.working.forEach(function (w) {
            var item = document.createElement('li');
            item.textContent = w.said;
            working.appendChild(item);
          });
        }
        p.files.forEach(function (f) {
          var row = document.createElement('tr');
          if (f.failed) {
            row.className = 'problem';
          }
          cell(row, f.source);
          cell(row, f.placement);
          cell(row, f.outcomeLabel);
          cell(row, f.articles);
          cell(row, f.reason);
          rows.appendChild(row);
        });
        from += p.files.length;
        if (p.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 2000);
      });
  }

  window.setTimeout(poll, 300);
})();
