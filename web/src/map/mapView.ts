/**
 * The map view (#/map?status=…&country=…&bureau=…&from=…&to=…&z=…&c=…): stations on a world map,
 * filtered by country, status, operating bureau and reporting date (the API's StationFilter),
 * with a legend of counts by status, the list of the stations shown, and downloads. Filters, zoom
 * and centre are kept in the URL as they change.
 */
import type { Topology } from 'topojson-specification';
import { fetchAllStations, fetchStats, type StationFilter } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { MapStation } from '../api/types.js';
import { entityLink, statusBadge } from '../components.js';
import { announce, errorMessage, h, loading, svg, uid } from '../dom.js';
import { toCsv } from '../export/csv.js';
import { exportBar } from '../export/exportBar.js';
import { standaloneSvg, svgToPng } from '../export/svgExport.js';
import { formatDate, plural } from '../format.js';
import { STATUS_COLOURS, STATUS_LABELS, STATUSES } from '../labels.js';
import type { Route } from '../router.js';
import type { ViewRenderer } from '../view.js';
import { countByStatus, placeStation, type PlacedStation } from './stations.js';
import { WorldMap } from './worldMap.js';

type MapRoute = Extract<Route, { view: 'map' }>;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
let atlasPromise: Promise<Topology> | undefined;

/** The bundled Natural Earth shapes, fetched once from this origin. */
function loadAtlas(): Promise<Topology> {
  atlasPromise ??= (async () => {
    const url = document.querySelector('meta[name="outpost:atlas"]')?.getAttribute('content');
    if (!url) throw new Error('The page names no map data.');
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The map data could not be loaded (${response.status}).`);
    return (await response.json()) as Topology;
  })();
  atlasPromise.catch(() => {
    atlasPromise = undefined;
  });
  return atlasPromise;
}

/** The StationFilter of a map route. */
export function stationFilter(route: MapRoute): StationFilter {
  const filter: StationFilter = {};
  if (route.country) filter.country = route.country;
  const statuses = route.status.filter((s) => s !== 'UNKNOWN');
  if (statuses.length > 0) filter.status = statuses;
  if (route.bureau) filter.operatedBy = route.bureau;
  if (route.from && DATE.test(route.from)) filter.reportedFrom = route.from;
  if (route.to && DATE.test(route.to)) filter.reportedTo = route.to;
  return filter;
}

/** Renders the map view. */
export const renderMap: ViewRenderer<MapRoute> = async (container, route, context) => {
  let state: MapRoute = { ...route, status: [...route.status] };
  container.replaceChildren(h('h1', { tabindex: '-1' }, 'Map of stations'), loading('the map'));
  const [atlas, stats, all] = await Promise.all([
    loadAtlas(),
    fetchStats(context.signal),
    fetchAllStations({}, context.signal),
  ]);

  const summary = h('p', { class: 'map-summary', role: 'status', 'aria-live': 'polite' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Stations shown by status' });
  const clusterPanel = h('section', { class: 'cluster-list', hidden: true, 'aria-labelledby': '' });
  const tableBody = h('tbody');
  const tableCount = h('span');
  const unplacedNote = h('p', { class: 'note', hidden: true });
  let shown: MapStation[] = [];
  let placed: PlacedStation[] = [];
  let controller: AbortController | undefined;
  let viewTimer: number | undefined;

  const map = new WorldMap(atlas, {
    onViewChange: (view) => {
      window.clearTimeout(viewTimer);
      viewTimer = window.setTimeout(() => {
        state = { ...state, zoom: view.zoom, center: view.center };
        if (view.zoom <= 1.001) {
          delete state.zoom;
          delete state.center;
        }
        context.replace(state);
      }, 250);
    },
    onShowCluster: (stations) => showCluster(stations),
  });
  map.setView(state.zoom ?? 1, state.center);

  const showCluster = (stations: PlacedStation[]) => {
    const headingId = uid('cluster');
    const first = stations[0]?.station;
    const place = first?.city?.name ?? first?.country?.name ?? 'this place';
    const heading = h(
      'h2',
      { id: headingId, tabindex: '-1' },
      `${plural(stations.length, 'station')} in ${place}`,
    );
    clusterPanel.setAttribute('aria-labelledby', headingId);
    clusterPanel.replaceChildren(
      heading,
      h(
        'ul',
        {},
        stations.map((p) => h('li', {}, entityLink(p.station), ' ', statusBadge(p.station.status))),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button small',
          onclick: () => {
            clusterPanel.hidden = true;
            map.element.focus();
          },
        },
        'Close the list',
      ),
    );
    clusterPanel.hidden = false;
    heading.focus();
  };

  // Filters.
  const countrySelect = h(
    'select',
    { id: uid('country'), name: 'country' },
    h('option', { value: '' }, 'All countries'),
    stats.stationsByCountry
      .filter((row) => row.country?.code)
      .map((row) =>
        h(
          'option',
          { value: row.country?.code ?? '' },
          `${row.country?.name ?? row.country?.code} (${row.count})`,
        ),
      ),
  );
  countrySelect.value = state.country ?? '';
  const bureaus = new Map<string, { name: string; count: number }>();
  for (const station of all.stations) {
    for (const link of station.operatedBy) {
      const entry = bureaus.get(link.entity.id) ?? { name: link.entity.name, count: 0 };
      entry.count += 1;
      bureaus.set(link.entity.id, entry);
    }
  }
  const bureauSelect = h(
    'select',
    { id: uid('bureau'), name: 'bureau' },
    h('option', { value: '' }, 'Any bureau or network'),
    [...bureaus]
      .sort((a, b) => a[1].name.localeCompare(b[1].name))
      .map(([id, { name, count }]) => h('option', { value: id }, `${name} (${count})`)),
  );
  bureauSelect.value = state.bureau ?? '';
  const statusBoxes = STATUSES.filter((s) => s !== 'UNKNOWN').map((status) => {
    const box = h('input', { type: 'checkbox', name: 'status', value: status });
    box.checked = state.status.includes(status);
    return box;
  });
  const dateInput = (name: 'from' | 'to', label: string) => {
    const id = uid(name);
    const hintId = `${id}-hint`;
    const input = h('input', {
      id,
      name,
      type: 'text',
      inputmode: 'numeric',
      autocomplete: 'off',
      placeholder: 'YYYY-MM-DD',
      pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
      'aria-describedby': hintId,
    });
    input.value = state[name] ?? '';
    return {
      input,
      field: h(
        'div',
        { class: 'field' },
        h('label', { for: id, class: 'field-label' }, label),
        input,
        h('span', { id: hintId, class: 'hint' }, 'YYYY, YYYY-MM or YYYY-MM-DD'),
      ),
    };
  };
  const from = dateInput('from', 'Reported from');
  const to = dateInput('to', 'Reported to');
  const form = h(
    'form',
    {
      class: 'filters',
      'aria-label': 'Filter the stations',
      onsubmit: (e: Event) => e.preventDefault(),
    },
    h('h2', { class: 'filters-title' }, 'Filters'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: countrySelect.id, class: 'field-label' }, 'Country'),
      countrySelect,
    ),
    h(
      'fieldset',
      { class: 'status-filter' },
      h('legend', {}, 'Status (none ticked: all)'),
      statusBoxes.map((box) =>
        h(
          'label',
          { class: 'check' },
          box,
          ' ',
          svg('svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, [
            svg('circle', { cx: '5', cy: '5', r: '5', fill: STATUS_COLOURS[box.value] ?? '#444' }),
          ]),
          ` ${STATUS_LABELS[box.value] ?? box.value}`,
        ),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: bureauSelect.id, class: 'field-label' }, 'Operated by'),
      bureauSelect,
    ),
    from.field,
    to.field,
    h(
      'button',
      {
        type: 'button',
        class: 'button small',
        onclick: () => {
          countrySelect.value = '';
          bureauSelect.value = '';
          statusBoxes.forEach((box) => (box.checked = false));
          from.input.value = '';
          to.input.value = '';
          changed();
        },
      },
      'Clear filters',
    ),
  );

  const changed = () => {
    const dates = [from.input, to.input];
    let valid = true;
    for (const input of dates) {
      const ok = input.value.trim() === '' || DATE.test(input.value.trim());
      input.setAttribute('aria-invalid', String(!ok));
      valid &&= ok;
    }
    if (!valid) return;
    state = {
      view: 'map',
      status: statusBoxes.filter((b) => b.checked).map((b) => b.value),
      ...(state.zoom !== undefined ? { zoom: state.zoom } : {}),
      ...(state.center !== undefined ? { center: state.center } : {}),
    };
    if (countrySelect.value) state.country = countrySelect.value;
    if (bureauSelect.value) state.bureau = bureauSelect.value;
    if (from.input.value.trim()) state.from = from.input.value.trim();
    if (to.input.value.trim()) state.to = to.input.value.trim();
    context.replace(state);
    void refresh();
  };
  let dateTimer: number | undefined;
  for (const control of [countrySelect, bureauSelect, ...statusBoxes]) {
    control.addEventListener('change', changed);
  }
  for (const input of [from.input, to.input]) {
    input.addEventListener('input', () => {
      window.clearTimeout(dateTimer);
      dateTimer = window.setTimeout(changed, 400);
    });
  }

  const draw = (stations: MapStation[]) => {
    shown = stations;
    placed = stations.flatMap((s) => placeStation(s) ?? []);
    map.setStations(placed);
    const counts = countByStatus(stations);
    legend.replaceChildren(
      ...STATUSES.filter((s) => s !== 'UNKNOWN' || counts.has(s)).map((status) =>
        h(
          'li',
          { 'data-status': status, 'data-count': String(counts.get(status) ?? 0) },
          svg('svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true' }, [
            svg('circle', { cx: '5', cy: '5', r: '5', fill: STATUS_COLOURS[status] ?? '#444' }),
          ]),
          ` ${STATUS_LABELS[status] ?? status}: `,
          h('strong', {}, String(counts.get(status) ?? 0)),
        ),
      ),
    );
    const unplaced = stations.filter((s) => placeStation(s) === undefined);
    unplacedNote.hidden = unplaced.length === 0;
    unplacedNote.replaceChildren(
      `Not on the map (no known place): `,
      ...unplaced.flatMap((s, i) => [i > 0 ? ', ' : '', entityLink(s)]),
    );
    unplacedNote.setAttribute('data-unplaced', String(unplaced.length));
    const countries = new Set(placed.map((p) => p.station.country?.code).filter(Boolean));
    const text = `Showing ${plural(stations.length, 'station')} in ${plural(countries.size, 'country', 'countries')}${unplaced.length > 0 ? `; ${unplaced.length} not placed` : ''}.`;
    summary.textContent = text;
    announce(text);
    tableCount.textContent = String(stations.length);
    tableBody.replaceChildren(
      ...stations.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, entityLink(s)),
          h('td', {}, statusBadge(s.status), s.statusAsOf ? ` ${formatDate(s.statusAsOf)}` : ''),
          h('td', {}, [s.city?.name, s.country?.name].filter(Boolean).join(', ')),
          h('td', {}, s.operatedBy.map((l) => l.entity.name).join('; ')),
        ),
      ),
    );
  };

  const refresh = async () => {
    controller?.abort();
    controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, context.signal]);
    const filter = stationFilter(state);
    clusterPanel.hidden = true;
    try {
      const result =
        Object.keys(filter).length === 0 ? all : await fetchAllStations(filter, signal);
      draw(result.stations);
    } catch (error) {
      if (isAbort(error)) return;
      summary.replaceChildren(
        errorMessage(`The stations could not be loaded: ${(error as Error).message}`),
      );
    }
  };

  const csv = () =>
    toCsv(
      [
        'id',
        'name',
        'status',
        'status as of',
        'city',
        'country',
        'lat',
        'lon',
        'placed by',
        'operated by',
      ],
      shown.map((s) => {
        const p = placeStation(s);
        return [
          s.id,
          s.name,
          s.status ?? '',
          s.statusAsOf,
          s.city?.name,
          s.country?.code ?? s.country?.name,
          p?.lat,
          p?.lon,
          p?.precision ?? 'not placed',
          s.operatedBy.map((l) => l.entity.name).join('; '),
        ];
      }),
    );

  const zoomButton = (label: string, text: string, run: () => void) =>
    h('button', { type: 'button', class: 'button small', 'aria-label': label, onclick: run }, text);

  container.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Map of stations'),
    summary,
    h(
      'div',
      { class: 'map-layout' },
      form,
      h(
        'div',
        { class: 'map-panel' },
        h(
          'div',
          { class: 'toolbar' },
          h(
            'div',
            { class: 'zoom-buttons', role: 'group', 'aria-label': 'Zoom' },
            zoomButton('Zoom in', '+', () => map.zoomBy(1.5)),
            zoomButton('Zoom out', '−', () => map.zoomBy(1 / 1.5)),
            zoomButton('Show the whole world', 'World', () => map.setView(1, undefined, true)),
          ),
          exportBar({
            stem: () => 'station-map',
            png: () => svgToPng(map.element),
            svg: () => standaloneSvg(map.element, 'Stations'),
            csv,
          }),
        ),
        h('div', { class: 'map-frame' }, map.element),
        legend,
        clusterPanel,
        unplacedNote,
      ),
    ),
    h(
      'details',
      { class: 'station-table' },
      h('summary', {}, 'List of the stations shown (', tableCount, ')'),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          {},
          h('caption', { class: 'visually-hidden' }, 'Stations shown on the map'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Station'),
              h('th', { scope: 'col' }, 'Status'),
              h('th', { scope: 'col' }, 'Place'),
              h('th', { scope: 'col' }, 'Operated by'),
            ),
          ),
          tableBody,
        ),
      ),
    ),
  );
  await refresh();
  return {
    title: 'Map of stations',
    destroy: () => {
      controller?.abort();
      window.clearTimeout(viewTimer);
      window.clearTimeout(dateTimer);
    },
  };
};
