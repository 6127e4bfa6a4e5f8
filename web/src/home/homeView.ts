/** The home view (#/): what is in the graph, and ways in. */
import { fetchStats } from '../api/queries.js';
import { statusBadge } from '../components.js';
import { h } from '../dom.js';
import { STATUSES, statusKey, TYPE_PLURALS } from '../labels.js';
import { formatRoute, type Route } from '../router.js';
import type { ViewRenderer } from '../view.js';

/** Renders the home view. */
export const renderHome: ViewRenderer<Extract<Route, { view: 'home' }>> = async (
  container,
  _route,
  context,
) => {
  const stats = await fetchStats(context.signal);
  const byStatus = new Map(stats.stationsByStatus.map((row) => [statusKey(row.status), row.count]));
  container.replaceChildren(
    h('h1', { tabindex: '-1' }, 'China’s overseas “police stations”'),
    h(
      'p',
      { class: 'lede' },
      'Search the stations, the organisations that host them, the bureaus that run them, the people and the places; map them; follow the links between them. Every fact comes with the exact words of its sources.',
    ),
    h(
      'ul',
      { class: 'stat-cards' },
      h('li', {}, h('strong', {}, String(stats.stations)), ' stations'),
      h('li', {}, h('strong', {}, String(stats.sources)), ' sources'),
      h('li', {}, h('strong', {}, String(stats.publishers)), ' publishers'),
      h('li', {}, h('strong', {}, String(stats.claims)), ' claims'),
    ),
    h('h2', {}, 'Stations by status'),
    h(
      'ul',
      { class: 'status-list' },
      STATUSES.filter((s) => byStatus.has(s)).map((status) =>
        h(
          'li',
          {},
          h(
            'a',
            { href: formatRoute({ view: 'map', status: status === 'UNKNOWN' ? [] : [status] }) },
            statusBadge(status === 'UNKNOWN' ? null : status),
          ),
          ` ${byStatus.get(status)}`,
        ),
      ),
    ),
    h('h2', {}, 'In the graph'),
    h(
      'ul',
      { class: 'type-counts' },
      stats.entities
        .filter((row) => row.count > 0)
        .map((row) =>
          h(
            'li',
            {},
            row.type === 'Station'
              ? h('a', { href: formatRoute({ view: 'map', status: [] }) }, 'Stations')
              : (TYPE_PLURALS[row.type] ?? row.type),
            `: ${row.count}`,
          ),
        ),
    ),
    h(
      'p',
      {},
      h(
        'a',
        { class: 'button primary', href: formatRoute({ view: 'map', status: [] }) },
        'Open the map',
      ),
      ' ',
      h(
        'a',
        { class: 'button', href: formatRoute({ view: 'paths', hops: 4 }) },
        'How are two entities connected?',
      ),
    ),
  );
  return { title: 'Home' };
};
