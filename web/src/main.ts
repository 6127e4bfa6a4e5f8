/**
 * The explorer's entry point: the header search box, hash routing to the views, focus and title
 * management on every change of view, and error display. Each view lives in its own module.
 */
import { ApiError, isAbort } from './api/client.js';
import { apiKey, setApiKey } from './api/key.js';
import { keyForm } from './keyForm.js';
import { errorMessage, h } from './dom.js';
import { renderEntity } from './entity/entityView.js';
import { renderPrint } from './entity/printView.js';
import { renderGraph } from './graph/graphView.js';
import { renderHome } from './home/homeView.js';
import { renderMap } from './map/mapView.js';
import { renderPaths } from './paths/pathsView.js';
import { formatRoute, parseRoute, type Route } from './router.js';
import { createSearchBox } from './search/searchBox.js';
import { renderSearch } from './search/searchView.js';
import type { ViewContext, ViewHandle } from './view.js';

const main = document.getElementById('main') as HTMLElement;
let active: ViewHandle | undefined;
let controller: AbortController | undefined;
let firstRender = true;

function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash === hash) void render();
  else window.location.hash = hash;
}

function replace(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
}

async function render(): Promise<void> {
  const route = parseRoute(window.location.hash);
  active?.destroy?.();
  active = undefined;
  controller?.abort();
  controller = new AbortController();
  const context: ViewContext = { signal: controller.signal, navigate, replace };
  document.body.dataset.view = route.view;
  main.setAttribute('aria-busy', 'true');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    const handle = await show(route, context);
    if (context.signal.aborted) {
      handle.destroy?.();
      return;
    }
    active = handle;
    document.title = `${handle.title} · Outpost explorer`;
  } catch (error) {
    if (isAbort(error) || context.signal.aborted) return;
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      // The server wants a key for reads: ask for one, then show the view again.
      const refused = apiKey() !== null;
      setApiKey(null);
      document.title = 'Key needed · Outpost explorer';
      main.replaceChildren(keyForm(refused, () => void render()));
      return;
    }
    console.error(error);
    document.title = 'Error · Outpost explorer';
    main.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Something went wrong'),
      errorMessage((error as Error).message),
      h('p', {}, h('a', { href: '#/' }, 'Back to the start')),
    );
  } finally {
    if (!context.signal.aborted) {
      main.removeAttribute('aria-busy');
      main.dataset.ready = 'true';
      if (!firstRender) main.querySelector<HTMLElement>('h1')?.focus();
      firstRender = false;
    }
  }
}

function show(route: Route, context: ViewContext): Promise<ViewHandle> {
  delete main.dataset.ready;
  switch (route.view) {
    case 'home':
      return renderHome(main, route, context);
    case 'search':
      return renderSearch(main, route, context);
    case 'map':
      return renderMap(main, route, context);
    case 'entity':
      return renderEntity(main, route, context);
    case 'print':
      return renderPrint(main, route, context);
    case 'graph':
      return renderGraph(main, route, context);
    case 'paths':
      return renderPaths(main, route, context);
  }
}

const headerSearch = createSearchBox({
  id: 'site-search-input',
  label: 'Search stations, organisations, people, networks, communities and places',
  hideLabel: true,
  placeholder: 'Search stations, organisations, people, places…',
  onPick: (entity) => {
    headerSearch.setValue('');
    navigate({ view: 'entity', id: entity.id });
  },
  onSubmit: (query) => navigate({ view: 'search', q: query, types: [] }),
});
document.getElementById('site-search')?.append(headerSearch.element);

document.getElementById('skip-link')?.addEventListener('click', (event) => {
  // The hash is the router's: move focus without changing it.
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => void render());
void render();
