/**
 * The world map: Natural Earth country shapes (world-atlas, bundled with the page) drawn with
 * d3-geo as SVG, and stations as markers coloured by status, clustered in screen space when they
 * crowd (a cluster is a ring of its statuses' shares with the count inside). Zoom with the wheel,
 * the buttons or + and -; pan by dragging or with the arrow keys. A single station's marker is a
 * link to its page; a cluster zooms in, or lists its stations when they share one place.
 */
import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { svg } from '../dom.js';
import { STATUS_COLOURS, STATUS_LABELS, STATUSES, statusKey } from '../labels.js';
import { formatRoute } from '../router.js';
import { clusterPoints, type Cluster } from './cluster.js';
import { countByStatus, formatStatusCounts, type PlacedStation } from './stations.js';

/** The drawing's size in SVG units (it scales to its box). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const MAX_ZOOM = 32;
/** Markers closer than this (SVG units) cluster. */
const CLUSTER_RADIUS = 18;

/** The map's zoom and centre, as the URL keeps them. */
export interface MapViewState {
  zoom: number;
  center: [number, number];
}

/** What the map tells its view. */
export interface WorldMapOptions {
  /** Called after every zoom or pan (the view records it in the URL). */
  onViewChange(state: MapViewState): void;
  /** Called when a cluster whose stations share a place (or that cannot zoom further) is chosen. */
  onShowCluster(stations: PlacedStation[]): void;
}

type CountryProperties = { name?: string };

/** The world map (see the module comment). */
export class WorldMap {
  readonly element: SVGSVGElement;
  private readonly projection = geoNaturalEarth1();
  private readonly viewport: SVGGElement;
  private readonly borders: SVGGElement;
  private readonly markers: SVGGElement;
  private placed: PlacedStation[] = [];
  private k = 1;
  private tx = 0;
  private ty = 0;

  constructor(
    atlas: Topology,
    private readonly options: WorldMapOptions,
  ) {
    this.projection.fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      { type: 'Sphere' },
    );
    const path = geoPath(this.projection);
    const object = atlas.objects.countries as GeometryCollection<CountryProperties>;
    const countries = feature(atlas, object) as FeatureCollection<Geometry, CountryProperties>;
    this.borders = svg(
      'g',
      { class: 'countries' },
      countries.features.map((country: Feature<Geometry, CountryProperties>) =>
        svg('path', { class: 'country', d: path(country) ?? '' }),
      ),
    );
    this.viewport = svg(
      'g',
      { class: 'map-viewport' },
      svg('path', { class: 'sphere', d: path({ type: 'Sphere' } as GeoPermissibleObjects) ?? '' }),
      this.borders,
    );
    this.markers = svg('g', { class: 'markers' });
    this.element = svg(
      'svg',
      {
        class: 'world-map',
        viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`,
        role: 'group',
        tabindex: '0',
        'aria-label':
          'World map of the stations. Tab to reach each marker; arrow keys pan, plus and minus zoom.',
      },
      this.viewport,
      this.markers,
    );
    this.listen();
  }

  /** Draws these stations (replacing the ones drawn). */
  setStations(placed: PlacedStation[]): void {
    this.placed = placed;
    this.drawMarkers();
  }

  /** Zoom and centre as they are. */
  viewState(): MapViewState {
    const inverse = this.projection.invert?.([
      (MAP_WIDTH / 2 - this.tx) / this.k,
      (MAP_HEIGHT / 2 - this.ty) / this.k,
    ]);
    return { zoom: this.k, center: inverse ? [inverse[0], inverse[1]] : [0, 0] };
  }

  /** Shows the map at `zoom` around `center` ([lon, lat]); the whole world when not given. */
  setView(zoom = 1, center?: [number, number], notify = false): void {
    this.k = Math.min(MAX_ZOOM, Math.max(1, zoom));
    const point = center ? this.projection(center) : null;
    const [x, y] = point ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
    this.tx = MAP_WIDTH / 2 - this.k * x;
    this.ty = MAP_HEIGHT / 2 - this.k * y;
    this.apply(notify);
  }

  /** Zooms by `factor` around a point of the drawing (its middle by default). */
  zoomBy(factor: number, around: [number, number] = [MAP_WIDTH / 2, MAP_HEIGHT / 2]): void {
    const k = Math.min(MAX_ZOOM, Math.max(1, this.k * factor));
    const [ax, ay] = around;
    this.tx = ax - ((ax - this.tx) * k) / this.k;
    this.ty = ay - ((ay - this.ty) * k) / this.k;
    this.k = k;
    this.apply(true);
  }

  /** Moves the map by (dx, dy) SVG units. */
  panBy(dx: number, dy: number): void {
    this.tx += dx;
    this.ty += dy;
    this.apply(true);
  }

  private apply(notify: boolean): void {
    // Keep the world in the frame.
    this.tx = Math.min(0, Math.max(MAP_WIDTH - this.k * MAP_WIDTH, this.tx));
    this.ty = Math.min(0, Math.max(MAP_HEIGHT - this.k * MAP_HEIGHT, this.ty));
    this.viewport.setAttribute('transform', `translate(${this.tx},${this.ty}) scale(${this.k})`);
    this.borders.setAttribute('stroke-width', String(0.6 / this.k));
    this.drawMarkers();
    if (notify) this.options.onViewChange(this.viewState());
  }

  private drawMarkers(): void {
    const points = this.placed.flatMap((placed) => {
      const point = this.projection([placed.lon, placed.lat]);
      if (point === null) return [];
      return [{ x: this.k * point[0] + this.tx, y: this.k * point[1] + this.ty, item: placed }];
    });
    // Off-screen stations keep a (hidden) marker, so that every station drawn has one.
    const clusters = clusterPoints(points, CLUSTER_RADIUS);
    this.markers.replaceChildren(
      ...clusters
        .sort((a, b) => a.items.length - b.items.length)
        .map((cluster) => this.marker(cluster)),
    );
  }

  private marker(cluster: Cluster<PlacedStation>): SVGElement {
    const stations = cluster.items.map((placed) => placed.station);
    const counts = countByStatus(stations);
    const offscreen =
      cluster.x < -20 ||
      cluster.y < -20 ||
      cluster.x > MAP_WIDTH + 20 ||
      cluster.y > MAP_HEIGHT + 20;
    const common = {
      transform: `translate(${round(cluster.x)},${round(cluster.y)})`,
      'data-count': String(stations.length),
      'data-statuses': formatStatusCounts(counts),
      class: offscreen ? 'marker offscreen' : 'marker',
    };
    const only = cluster.items[0];
    if (cluster.items.length === 1 && only) {
      const station = only.station;
      const key = statusKey(station.status);
      const place = [station.city?.name, station.country?.name].filter(Boolean).join(', ');
      return svg(
        'a',
        {
          ...common,
          class: `${common.class} station-marker status-${key}`,
          href: formatRoute({ view: 'entity', id: station.id }),
          'data-id': station.id,
          'aria-label': `${station.name}: ${STATUS_LABELS[key] ?? key}${place ? `, ${place}` : ''}`,
          ...(offscreen ? { tabindex: '-1', 'aria-hidden': 'true' } : {}),
        },
        svg('title', {}, `${station.name} (${STATUS_LABELS[key] ?? key})`),
        svg('circle', { r: '6', class: 'marker-dot', fill: STATUS_COLOURS[key] ?? '#444' }),
      );
    }
    const radius = Math.min(22, 10 + 3 * Math.log2(stations.length));
    const summary = STATUSES.filter((s) => counts.has(s))
      .map((s) => `${counts.get(s)} ${(STATUS_LABELS[s] ?? s).toLowerCase()}`)
      .join(', ');
    const group = svg(
      'g',
      {
        ...common,
        class: `${common.class} cluster-marker`,
        role: 'button',
        tabindex: offscreen ? '-1' : '0',
        'aria-label': `${stations.length} stations here: ${summary}. Press Enter to zoom in.`,
        ...(offscreen ? { 'aria-hidden': 'true' } : {}),
      },
      svg('title', {}, `${stations.length} stations: ${summary}`),
      pie(counts, radius),
      svg('circle', { r: String(radius - 4), class: 'cluster-hole' }),
      svg(
        'text',
        { class: 'cluster-count', 'text-anchor': 'middle', dy: '0.35em' },
        stations.length,
      ),
    );
    const open = () => {
      const first = cluster.items[0];
      const samePlace = cluster.items.every(
        (p) => first !== undefined && p.lon === first.lon && p.lat === first.lat,
      );
      if (samePlace || this.k >= MAX_ZOOM) this.options.onShowCluster(cluster.items);
      else this.zoomBy(3, [cluster.x, cluster.y]);
    };
    group.addEventListener('click', open);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    return group;
  }

  private listen(): void {
    const map = this.element;
    const toSvg = (event: { clientX: number; clientY: number }): [number, number] => {
      const matrix = map.getScreenCTM();
      if (matrix === null) return [MAP_WIDTH / 2, MAP_HEIGHT / 2];
      const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
      return [point.x, point.y];
    };
    map.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        this.zoomBy(event.deltaY < 0 ? 1.25 : 0.8, toSvg(event));
      },
      { passive: false },
    );
    map.addEventListener('dblclick', (event) => {
      if ((event.target as Element).closest('.marker')) return;
      this.zoomBy(2, toSvg(event));
    });
    let drag: { x: number; y: number; id: number } | undefined;
    map.addEventListener('pointerdown', (event) => {
      if ((event.target as Element).closest('.marker') || event.button !== 0) return;
      const [x, y] = toSvg(event);
      drag = { x, y, id: event.pointerId };
      map.setPointerCapture(event.pointerId);
      map.classList.add('dragging');
    });
    map.addEventListener('pointermove', (event) => {
      if (drag === undefined || drag.id !== event.pointerId) return;
      const [x, y] = toSvg(event);
      this.tx += x - drag.x;
      this.ty += y - drag.y;
      drag.x = x;
      drag.y = y;
      this.apply(false);
    });
    const end = (event: PointerEvent) => {
      if (drag === undefined || drag.id !== event.pointerId) return;
      drag = undefined;
      map.classList.remove('dragging');
      this.options.onViewChange(this.viewState());
    };
    map.addEventListener('pointerup', end);
    map.addEventListener('pointercancel', end);
    map.addEventListener('keydown', (event) => {
      if (event.target !== map) return;
      const step = 60;
      const moves: Record<string, () => void> = {
        ArrowLeft: () => this.panBy(step, 0),
        ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step),
        ArrowDown: () => this.panBy(0, -step),
        '+': () => this.zoomBy(1.5),
        '=': () => this.zoomBy(1.5),
        '-': () => this.zoomBy(1 / 1.5),
        '0': () => this.setView(1, undefined, true),
      };
      const move = moves[event.key];
      if (move) {
        event.preventDefault();
        move();
      }
    });
  }
}

/** A ring of the statuses' shares, clockwise from the top, in the legend's order. */
function pie(counts: ReadonlyMap<string, number>, radius: number): SVGGElement {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const group = svg('g', { class: 'cluster-ring' });
  let angle = -Math.PI / 2;
  for (const status of STATUSES) {
    const count = counts.get(status) ?? 0;
    if (count === 0) continue;
    const colour = STATUS_COLOURS[status] ?? '#444';
    if (count === total) {
      group.append(svg('circle', { r: String(radius), fill: colour }));
      break;
    }
    const next = angle + (2 * Math.PI * count) / total;
    const large = next - angle > Math.PI ? 1 : 0;
    const d = [
      'M0,0',
      `L${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`,
      `A${radius},${radius} 0 ${large} 1 ${round(radius * Math.cos(next))},${round(radius * Math.sin(next))}`,
      'Z',
    ].join(' ');
    group.append(svg('path', { d, fill: colour }));
    angle = next;
  }
  return group;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
