/// <reference lib="webworker" />
// The service worker: the app shell and every page's code precached (so Help now opens without a
// connection), the member's saved things answered from the device when the network fails, and push.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { GRAPHQL_PATH, OFFLINE_HEADER, offlineGraphql } from './sw/offline-graphql';
import { showPush, openFromNotification } from './sw/push';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

void self.skipWaiting();
clientsClaim();
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Client-side routes open the precached shell; the API's own URLs (feeds, calendar and PDF files) are left alone.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [
      /^\/(graphql|health|socket\.io|feeds|calendar)(\/|$)/,
      /\.ics$/,
      /\.pdf(\?|$)/,
      /^\/admin\/meetings\/import/,
    ],
  }),
);

// Only operations the app marks (saved meetings, plan, Help now, the session) are handled here.
registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname === GRAPHQL_PATH &&
    request.headers.has(OFFLINE_HEADER),
  ({ request, event }) => offlineGraphql(request, event as ExtendableEvent),
  'POST',
);

self.addEventListener('push', (event) => event.waitUntil(showPush(self.registration, event.data)));
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openFromNotification(self.clients, event.notification.data));
});
