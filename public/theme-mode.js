// Paint the first frame in the user's theme (MUI's mode key; 'system' follows the OS), so a
// dark-mode user never sees a light flash before React starts. A file, not an inline script:
// the page's Content-Security-Policy runs no inline script.
(function () {
  var mode = 'system';
  try {
    mode = localStorage.getItem('mui-mode') || 'system';
  } catch {
    // storage blocked: follow the system
  }
  var dark =
    mode === 'dark' ||
    (mode === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.add(dark ? 'dark' : 'light');
})();
