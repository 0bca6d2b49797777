// The bureau's figures (figures/dashboard.html): each chart is drawn with Apache ECharts from the table beside it,
// so the picture and the numbers people can read (and download) are the same. A chart's container says which table
// (data-table), how many leading columns are labels (data-skip-first: 1 by default, the row header), whether the last
// column is a total to leave out (data-skip-last) and whether the bars stack (data-stacked).
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return; // the tables remain
  }
  document.querySelectorAll('.chart[data-table]').forEach(function (container) {
    var table = document.getElementById(container.dataset.table);
    if (!table) {
      return;
    }
    var skipFirst = Number(container.dataset.skipFirst || 1);
    var skipLast = container.dataset.skipLast === 'true';
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      return th.textContent.trim();
    });
    var columns = headers.slice(skipFirst, skipLast ? headers.length - 1 : headers.length);
    var categories = [];
    var series = columns.map(function (name) {
      return {name: name, type: 'bar', data: [], stack: container.dataset.stacked === 'true' ? 'all' : undefined};
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('th, td');
      categories.push(cells[0].textContent.trim());
      series.forEach(function (s, i) {
        s.data.push(Number(cells[skipFirst + i].textContent.trim()));
      });
    });
    var chart = echarts.init(container);
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      grid: {left: 48, right: 16, top: 48, bottom: 32},
      xAxis: {type: 'category', data: categories},
      yAxis: {type: 'value', minInterval: 1},
      series: series
    });
    container.dataset.drawn = String(series.length);
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
