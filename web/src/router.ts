/**
 * Hash routing: every view of the explorer is a `#/…` URL that reopens it. `parseRoute` reads a
 * hash into a Route (anything unknown is the home view) and `formatRoute` writes one back; the two
 * round-trip. Pure: no DOM, so the unit tier tests it under Node.
 */

/** A pinned node of the graph view and where it was pinned. */
export interface Pin {
  id: string;
  x: number;
  y: number;
}

/** Every view and the state that reopens it. */
export type Route =
  | { view: 'home' }
  | { view: 'search'; q: string; types: string[] }
  | {
      view: 'map';
      country?: string;
      status: string[];
      bureau?: string;
      from?: string;
      to?: string;
      /** Zoom factor, 1 (whole world) to 32. */
      zoom?: number;
      /** The map's centre, [longitude, latitude]. */
      center?: [number, number];
    }
  | { view: 'entity'; id: string }
  | { view: 'print'; id: string }
  | {
      view: 'graph';
      id: string;
      depth: number;
      hide: string[];
      expand: string[];
      pins: Pin[];
    }
  | { view: 'paths'; from?: string; to?: string; hops: number };

/** The name of each view, as it appears in the hash. */
export type ViewName = Route['view'];

/** Deepest neighbourhood the graph view asks for. */
export const MAX_DEPTH = 3;
/** Longest path the paths view asks for (the API's limit). */
export const MAX_HOPS = 6;

/** Reads `#/view/arg?query` (with or without the leading `#`); unknown views are home. */
export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = splitOnce(text, '?');
  const segments = pathPart.split('/').filter((s) => s !== '');
  const query = new URLSearchParams(queryPart);
  const view = segments[0] ?? '';
  const arg = segments[1] === undefined ? undefined : safeDecode(segments.slice(1).join('/'));
  switch (view) {
    case 'search':
      return { view: 'search', q: query.get('q') ?? '', types: list(query.get('types')) };
    case 'map': {
      const route: Route = { view: 'map', status: list(query.get('status')) };
      const country = query.get('country');
      if (country) route.country = country.toUpperCase();
      const bureau = query.get('bureau');
      if (bureau) route.bureau = bureau;
      const from = query.get('from');
      if (from) route.from = from;
      const to = query.get('to');
      if (to) route.to = to;
      const zoom = Number(query.get('z'));
      if (Number.isFinite(zoom) && zoom >= 1) route.zoom = Math.min(zoom, 32);
      const center = list(query.get('c')).map(Number);
      if (center.length === 2 && center.every(Number.isFinite)) {
        route.center = [center[0] as number, center[1] as number];
      }
      return route;
    }
    case 'entity':
    case 'print':
      return arg ? { view, id: arg } : { view: 'home' };
    case 'graph':
      if (!arg) return { view: 'home' };
      return {
        view: 'graph',
        id: arg,
        depth: clampInt(query.get('depth'), 1, MAX_DEPTH, 1),
        hide: list(query.get('hide')),
        expand: query.getAll('expand').filter((id) => id !== ''),
        pins: query.getAll('pin').flatMap((pin) => parsePin(pin) ?? []),
      };
    case 'paths': {
      const route: Route = { view: 'paths', hops: clampInt(query.get('hops'), 1, MAX_HOPS, 4) };
      const from = query.get('from');
      if (from) route.from = from;
      const to = query.get('to');
      if (to) route.to = to;
      return route;
    }
    default:
      return { view: 'home' };
  }
}

/** Writes a Route as a hash, `#/…`; parseRoute(formatRoute(r)) equals r. */
export function formatRoute(route: Route): string {
  const query = new URLSearchParams();
  switch (route.view) {
    case 'home':
      return '#/';
    case 'search':
      if (route.q) query.set('q', route.q);
      if (route.types.length > 0) query.set('types', route.types.join(','));
      return withQuery('#/search', query);
    case 'map':
      if (route.status.length > 0) query.set('status', route.status.join(','));
      if (route.country) query.set('country', route.country);
      if (route.bureau) query.set('bureau', route.bureau);
      if (route.from) query.set('from', route.from);
      if (route.to) query.set('to', route.to);
      if (route.zoom !== undefined && route.zoom !== 1) query.set('z', round(route.zoom, 3));
      if (route.center) query.set('c', route.center.map((v) => round(v, 3)).join(','));
      return withQuery('#/map', query);
    case 'entity':
    case 'print':
      return `#/${route.view}/${encodeURIComponent(route.id)}`;
    case 'graph':
      if (route.depth !== 1) query.set('depth', String(route.depth));
      if (route.hide.length > 0) query.set('hide', route.hide.join(','));
      for (const id of route.expand) query.append('expand', id);
      for (const pin of route.pins) {
        query.append('pin', `${pin.id}@${round(pin.x, 1)},${round(pin.y, 1)}`);
      }
      return withQuery(`#/graph/${encodeURIComponent(route.id)}`, query);
    case 'paths':
      if (route.from) query.set('from', route.from);
      if (route.to) query.set('to', route.to);
      if (route.hops !== 4) query.set('hops', String(route.hops));
      return withQuery('#/paths', query);
  }
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function list(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function clampInt(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value);
  if (value === null || !Number.isInteger(n)) return fallback;
  return Math.min(max, Math.max(min, n));
}

function parsePin(text: string): Pin | undefined {
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const [x, y] = text
    .slice(at + 1)
    .split(',')
    .map(Number);
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
    return undefined;
  }
  return { id: text.slice(0, at), x, y };
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}
