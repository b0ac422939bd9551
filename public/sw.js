// The dashboard's service worker: lets a reload with no network still open the app. It keeps
// the app's shell (index.html as the server filled it in, and the few plain files it names) and
// the build's hashed files. It never touches the API: the data shown offline is TanStack
// Query's cache kept in IndexedDB by the page (src/lib/offline/), per signed-in user.
//
// - A page load asks the network first and keeps the answer; with no network the kept shell
//   opens, whatever the route (the app routes on the client).
// - `assets/` files are named by their content, so a kept one is always right: kept first.
// - The page hands over the files it loaded before this worker took control ("keep").
// A plain file, not built: it is the same for every build, so a new build needs no new worker.

var CACHE = 'crm-shell-v1';
var scope = new URL(self.registration.scope);
var SHELL_URL = scope.href;
var SHELL_FILES = ['theme-mode.js', 'route-preload.js', 'favicon.svg', 'config.json'].map(
  function (file) {
    return new URL(file, scope).href;
  },
);

var isAsset = function (url) {
  return url.origin === scope.origin && url.pathname.startsWith(scope.pathname + 'assets/');
};
var isShellFile = function (url) {
  return SHELL_FILES.indexOf(url.origin + url.pathname) !== -1;
};
var isApi = function (url) {
  return url.origin === scope.origin && url.pathname.startsWith(scope.pathname + 'api/');
};

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.add(new Request(SHELL_URL, { cache: 'no-cache' }));
      })
      .then(function () {
        return self.skipWaiting();
      }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (names) {
        return Promise.all(
          names
            .filter(function (name) {
              return name !== CACHE;
            })
            .map(function (name) {
              return caches.delete(name);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

var isPage = function (response) {
  return response.ok && (response.headers.get('Content-Type') || '').indexOf('text/html') === 0;
};

/** The network's answer, kept under `key` when `worthKeeping`; the kept one when offline. */
var networkFirst = function (event, key, worthKeeping) {
  return fetch(event.request).then(
    function (response) {
      if (worthKeeping(response)) {
        var copy = response.clone();
        event.waitUntil(
          caches.open(CACHE).then(function (cache) {
            return cache.put(key, copy);
          }),
        );
      }
      return response;
    },
    function (error) {
      return caches.match(key, { ignoreVary: true }).then(function (kept) {
        if (kept) return kept;
        throw error;
      });
    },
  );
};

var cacheFirst = function (event) {
  return caches.match(event.request, { ignoreVary: true }).then(function (kept) {
    if (kept) return kept;
    return fetch(event.request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        event.waitUntil(
          caches.open(CACHE).then(function (cache) {
            return cache.put(event.request, copy);
          }),
        );
      }
      return response;
    });
  });
};

self.addEventListener('fetch', function (event) {
  if (event.request.method !== 'GET') return;
  var url = new URL(event.request.url);
  if (isApi(url) || url.origin !== scope.origin) return;
  if (event.request.mode === 'navigate') {
    event.respondWith(networkFirst(event, SHELL_URL, isPage));
  } else if (isAsset(url)) {
    event.respondWith(cacheFirst(event));
  } else if (isShellFile(url)) {
    event.respondWith(
      networkFirst(event, url.href, function (response) {
        return response.ok;
      }),
    );
  }
});

self.addEventListener('message', function (event) {
  var urls = event.data && event.data.type === 'keep' ? event.data.urls : null;
  if (!Array.isArray(urls)) return;
  var wanted = urls.filter(function (href) {
    var url = new URL(String(href), scope);
    return isAsset(url) || isShellFile(url);
  });
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      return Promise.all(
        wanted.map(function (href) {
          return cache.match(href, { ignoreVary: true }).then(function (kept) {
            return kept ? undefined : cache.add(href).catch(function () {});
          });
        }),
      );
    }),
  );
});
