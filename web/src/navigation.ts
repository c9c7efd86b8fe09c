// Client-side navigation over the History API: every page keeps a real address (shareable), and a
// click on an internal link changes the page without reloading it.
import { useEffect, useState } from 'preact/hooks';
import { parseRoute, type Route } from './lib/routes.js';

const listeners = new Set<() => void>();

export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
  if (!replace) window.scrollTo(0, 0);
}

function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return route;
}

/** Addresses the server answers itself (the API, its description): those are real page loads. */
function isServerAddress(pathname: string): boolean {
  return pathname.startsWith('/api/') || pathname === '/api' || pathname === '/openapi.json';
}

/** Installed once: turns clicks on same-origin page links into History navigation. */
export function interceptLinks(): () => void {
  const onClick = (event: MouseEvent): void => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    if (!target || target.target || target.hasAttribute('download')) return;
    const url = new URL(target.href, location.href);
    if (url.origin !== location.origin || isServerAddress(url.pathname)) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}
