// A request made in place (htmx) that fails would otherwise change nothing on the page and say nothing: show why.
(function () {
  function banner() {
    return document.getElementById('request-failed');
  }
  function show(status) {
    var el = banner();
    if (!el) {
      return;
    }
    el.textContent = status === 503 ? el.dataset.unavailable : el.dataset.failed;
    el.hidden = false;
  }
  document.addEventListener('htmx:responseError', function (e) {
    show(e.detail.xhr ? e.detail.xhr.status : 0);
  });
  document.addEventListener('htmx:sendError', function () {
    show(0);
  });
  document.addEventListener('htmx:afterRequest', function (e) {
    var el = banner();
    if (el && e.detail.successful) {
      el.hidden = true;
    }
  });
})();
