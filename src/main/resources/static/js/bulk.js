// The progress bar of a bulk submission (verification/bulk-submission.html): while its rows are becoming cases, ask
// for the figures every second and show them; when every row is done, load the page again for the summary.
document.addEventListener('DOMContentLoaded', function () {
  // files go in batches the server takes (data-max-files files, data-max-bytes bytes): say so before sending more
  var files = document.getElementById('files-form');
  if (files) {
    files.addEventListener('submit', function (event) {
      var chosen = document.getElementById('files-input').files;
      var bytes = 0;
      for (var i = 0; i < chosen.length; i++) {
        bytes += chosen[i].size;
      }
      if (chosen.length > Number(files.dataset.maxFiles) || bytes > Number(files.dataset.maxBytes)) {
        event.preventDefault();
        var problem = document.getElementById('files-too-many');
        problem.textContent = files.dataset.tooMany;
        problem.hidden = false;
      }
    });
  }
  var bar = document.getElementById('bulk-progress');
  if (!bar || !bar.dataset.progressUrl) {
    return;
  }
  var text = document.getElementById('bulk-progress-text');
  function poll() {
    fetch(bar.dataset.progressUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (progress) {
        if (!progress) {
          window.setTimeout(poll, 5000);
          return;
        }
        var done = progress.submitted + progress.failed;
        bar.max = progress.total;
        bar.value = done;
        bar.textContent = Math.floor(done * 100 / Math.max(1, progress.total)) + ' %';
        text.textContent = bar.dataset.text.replace('{done}', done).replace('{total}', progress.total)
          .replace('{failed}', progress.failed);
        if (progress.status === 'RUNNING') {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
});
