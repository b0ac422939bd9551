// Start downloading the code of the page at this address with the entry, not after it: the
// entry is one long evaluation before the router even asks for the page. The build lists each
// page's address pattern and files in a <meta> tag (routePreload in vite.config.ts); this asks
// for the first match's files as module preloads. A file, not an inline script: the page's
// Content-Security-Policy runs no inline script. Async: it never holds up the page.
(function () {
  var meta = document.querySelector('meta[name="crm-route-chunks"]');
  if (!meta) return;
  var chunks;
  try {
    // { files: [url, …], routes: [[pattern, [index of a file, …]], …] }
    chunks = JSON.parse(meta.getAttribute('content') || '');
  } catch {
    return;
  }
  var path = location.pathname;
  for (var i = 0; i < chunks.routes.length; i += 1) {
    var route = chunks.routes[i];
    if (!new RegExp(route[0]).test(path)) continue;
    route[1].forEach(function (index) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = ''; // as the entry's own script tag, so the import reuses the download
      link.href = chunks.files[index];
      document.head.appendChild(link);
    });
    return;
  }
})();
