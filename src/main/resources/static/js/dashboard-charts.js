// Draws the programme dashboard's charts from the JSON beside them (the same numbers are in the tables), and again
// when a filter brings new figures in place (htmx).
(() => {
  const drawn = [];
  function draw() {
    const data = document.getElementById('dashboard-charts');
    if (!data || typeof Chart === 'undefined') {
      return;
    }
    while (drawn.length) {
      drawn.pop().destroy();
    }
    const colours = ['#0a58ca', '#9ec5fe', '#146c43', '#ffc107', '#6f42c1', '#d63384', '#fd7e14', '#20c997'];
    for (const spec of JSON.parse(data.textContent)) {
      const canvas = document.getElementById(spec.id);
      if (!canvas) {
        continue;
      }
      const datasets = spec.datasets.map((set, i) => ({
        label: set.label,
        data: set.data,
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length],
        spanGaps: true
      }));
      drawn.push(new Chart(canvas, {
        type: spec.type,
        data: { labels: spec.labels, datasets: datasets },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: datasets.length > 1 } },
          scales: { y: { beginAtZero: true } }
        }
      }));
    }
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
})();
