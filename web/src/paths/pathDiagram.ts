/**
 * The paths between two entities drawn as one SVG: a row per path, its entities left to right,
 * each step an arrow in the direction of the relationship, labelled with its kind and how many
 * publishers back it. Arrowheads are plain polygons, so the PNG painter draws them too.
 */
import type { Path } from '../api/types.js';
import { svg } from '../dom.js';
import { relationshipLabel, STATUS_COLOURS, TYPE_COLOURS } from '../labels.js';

const ROW = 120;
const STEP = 190;
const MARGIN = 100;
const RADIUS = 11;

/** Which way each step of `path` runs: true when from nodes[i] to nodes[i+1]. */
export function stepDirections(path: Path): boolean[] {
  return path.relationships.map((rel, i) => rel.from.id === path.nodes[i]?.id);
}

/** One SVG with every path as a row. */
export function pathDiagram(paths: readonly Path[], label: string): SVGSVGElement {
  const longest = Math.max(1, ...paths.map((p) => p.nodes.length));
  const width = 2 * MARGIN + STEP * (longest - 1);
  const height = ROW * paths.length;
  const root = svg('svg', {
    class: 'path-diagram',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
  });
  paths.forEach((path, row) => {
    const y = ROW * row + 50;
    const offset = (width - STEP * (path.nodes.length - 1)) / 2;
    const x = (i: number) => offset + STEP * i;
    const forward = stepDirections(path);
    path.relationships.forEach((rel, i) => {
      const [x1, x2] = forward[i]
        ? [x(i) + RADIUS + 2, x(i + 1) - RADIUS - 2]
        : [x(i + 1) - RADIUS - 2, x(i) + RADIUS + 2];
      const direction = Math.sign(x2 - x1);
      root.append(
        svg('line', {
          class: `path-edge${rel.reference ? ' reference' : ''}`,
          x1,
          y1: y,
          x2,
          y2: y,
        }),
        svg('polygon', {
          class: 'path-arrow',
          points: `${x2},${y} ${x2 - 9 * direction},${y - 5} ${x2 - 9 * direction},${y + 5}`,
        }),
        svg(
          'text',
          {
            class: 'path-edge-label',
            x: (x(i) + x(i + 1)) / 2,
            y: y - 10,
            'text-anchor': 'middle',
          },
          relationshipLabel(rel.type, 'OUT').toLowerCase(),
        ),
        svg(
          'text',
          {
            class: 'path-edge-count',
            x: (x(i) + x(i + 1)) / 2,
            y: y + 18,
            'text-anchor': 'middle',
          },
          rel.reference
            ? 'gazetteer'
            : `${rel.publisherCount} ${rel.publisherCount === 1 ? 'publisher' : 'publishers'}`,
        ),
      );
    });
    path.nodes.forEach((node, i) => {
      const colour =
        node.type === 'Station' && node.status
          ? STATUS_COLOURS[node.status]
          : TYPE_COLOURS[node.type];
      root.append(
        svg('circle', { class: 'path-node', cx: x(i), cy: y, r: RADIUS, fill: colour ?? '#444' }),
      );
      wrap(node.name, 22, 2).forEach((line, j) =>
        root.append(
          svg(
            'text',
            {
              class: 'path-node-label',
              x: x(i),
              y: y + RADIUS + 30 + 14 * j,
              'text-anchor': 'middle',
            },
            line,
          ),
        ),
      );
    });
  });
  return root;
}

/** `text` in at most `lines` lines of about `width` characters, the last one cut with "…". */
export function wrap(text: string, width: number, lines: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (`${line} ${word}`.length <= width) line = `${line} ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${(kept[lines - 1] ?? '').slice(0, width - 1)}…`;
    return kept;
  }
  return out.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}
