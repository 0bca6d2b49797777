// The progress bar of a bulk submission (verification/bulk-submission.html): while its rows are becoming cases, ask
// for the figures every second and show them; when every row is done, load the page again for the summary.
document.addEventListener('DOMContentLoaded', function () {
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
