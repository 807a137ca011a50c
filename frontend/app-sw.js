/*
 * Willkommen vor Ort – service worker (own, small; not @PWA, which precaches ~1 MB).
 * Pages: network first. A newcomer page the server marks as keepable (public, the same for
 * everyone) is kept as it was last seen, so that an offer visited a minute ago still opens when
 * the network is gone; what the newcomer saved is kept in a cache of its own that no update of
 * this worker clears. Without network and without a kept copy: the offline page.
 * Vaadin's bundle and our static files (and the occupation lists): cache first, stored as they are used.
 * Everything else, and anything that is not a GET, goes straight to the network.
 */
const VERSION = 'wvo-v4';
const STATIC = VERSION + '-static';
const PAGES = VERSION + '-pages';
const SAVED = 'wvo-saved';
const OFFLINE_URL = 'offline';
const KEPT_PAGES = 40;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll([OFFLINE_URL])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION) && k !== SAVED).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function cacheFirst(request) {
  return caches.open(STATIC).then((cache) => cache.match(request).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      cache.put(request, response.clone());
    }
    return response;
  })));
}

/** Keeps the last pages seen, dropping the oldest beyond KEPT_PAGES. */
function keepPage(request, response) {
  return caches.open(PAGES).then((cache) => cache.put(request, response).then(() => cache.keys()).then((keys) => {
    const surplus = keys.length - KEPT_PAGES;
    return Promise.all(keys.slice(0, Math.max(0, surplus)).map((key) => cache.delete(key)));
  }));
}

/** The copy of this page the phone keeps (saved, or seen lately), if any. */
function keptCopy(request) {
  return caches.open(SAVED).then((saved) => saved.match(request)
    .then((hit) => hit || caches.open(PAGES).then((pages) => pages.match(request)))
    .then((hit) => hit || saved.match(request, { ignoreSearch: true })));
}

function kept(request) {
  return keptCopy(request).then((hit) => hit || caches.match(OFFLINE_URL, { ignoreSearch: true }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok && response.headers.get('X-Wvo-Keepable') === '1') {
        event.waitUntil(keepPage(request, response.clone()));
      }
      // "Back in a moment" (the database restarts): the kept copy of this page, if the phone has one.
      if (response.status === 503) {
        return keptCopy(request).then((hit) => hit || response);
      }
      return response;
    }).catch(() => kept(request)));
    return;
  }
  const path = url.pathname;
  if (path.includes('/VAADIN/build/') || /\/(icons|css|js|occupations|lumo)\//.test(path) || path.endsWith('/manifest.webmanifest')
      || path.includes('/VAADIN/static/')) {
    event.respondWith(cacheFirst(request));
  }
});
