/*
 * Willkommen vor Ort – service worker (own, small; not @PWA, which precaches ~1 MB).
 * Pages: network first, the offline page when the network is gone.
 * Vaadin's bundle and our static files: cache first, stored as they are used.
 * Everything else, and anything that is not a GET, goes straight to the network.
 */
const VERSION = 'wvo-v2';
const STATIC = VERSION + '-static';
const OFFLINE_URL = 'offline';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(STATIC).then((cache) => cache.addAll([OFFLINE_URL])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION)).map((k) => caches.delete(k))))
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
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE_URL, { ignoreSearch: true })));
    return;
  }
  const path = url.pathname;
  if (path.includes('/VAADIN/build/') || /\/(icons|css|js|lumo)\//.test(path) || path.endsWith('/manifest.webmanifest')
      || path.includes('/VAADIN/static/')) {
    event.respondWith(cacheFirst(request));
  }
});
