// Draws the before/after means of a comparison page; the same numbers are in the table beside the chart.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('means-chart');
  const data = document.getElementById('means-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const means = JSON.parse(data.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: means.labels,
      datasets: [
        { label: means.beforeLabel, data: means.before, backgroundColor: '#9ec5fe' },
        { label: means.afterLabel, data: means.after, backgroundColor: '#0a58ca' }
      ]
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true } } }
  });
});
