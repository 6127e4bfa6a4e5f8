/**
 * The paths view (#/paths?from=…&to=…&hops=…): "how are A and B connected?". Pick two entities
 * (search as you type), get the shortest chains of relationships between them, best corroborated
 * first, drawn as a diagram and listed step by step with the claims behind each step.
 */
import { fetchEntityRef, fetchPaths } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { EntityRef, Path } from '../api/types.js';
import { corroborationNote, entityLink, evidenceList } from '../components.js';
import { announce, errorMessage, h, loading, uid } from '../dom.js';
import { toCsv } from '../export/csv.js';
import { exportBar } from '../export/exportBar.js';
import { standaloneSvg, svgToPng } from '../export/svgExport.js';
import { fileStem, formatSpan, plural } from '../format.js';
import { relationshipLabel } from '../labels.js';
import { MAX_HOPS, type Route } from '../router.js';
import { createSearchBox } from '../search/searchBox.js';
import type { ViewRenderer } from '../view.js';
import { pathDiagram, stepDirections } from './pathDiagram.js';

type PathsRoute = Extract<Route, { view: 'paths' }>;

/** Renders the paths view. */
export const renderPaths: ViewRenderer<PathsRoute> = async (container, route, context) => {
  const [from, to] = await Promise.all([
    route.from ? fetchEntityRef(route.from, context.signal) : null,
    route.to ? fetchEntityRef(route.to, context.signal) : null,
  ]);
  let chosen: { from: EntityRef | null; to: EntityRef | null } = { from, to };
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });
  const picker = (end: 'from' | 'to', label: string) => {
    const current = h('p', { class: 'picked' });
    const showPicked = () => {
      const entity = chosen[end];
      current.replaceChildren(
        ...(entity
          ? ['Chosen: ', entityLink(entity), ` (${entity.type})`]
          : ['Nothing chosen yet.']),
      );
    };
    const box = createSearchBox({
      label,
      placeholder: 'Type a name…',
      types: [],
      value: chosen[end]?.name ?? '',
      onPick: (entity) => {
        chosen = { ...chosen, [end]: entity };
        box.setValue(entity.name);
        showPicked();
      },
    });
    showPicked();
    return h('div', { class: `path-end path-${end}` }, box.element, current);
  };
  const hopsId = uid('hops');
  const hops = h(
    'select',
    { id: hopsId },
    Array.from({ length: MAX_HOPS }, (_, i) =>
      h('option', { value: String(i + 1) }, plural(i + 1, 'step')),
    ),
  );
  hops.value = String(route.hops);
  const error = h('div');
  const form = h(
    'form',
    {
      class: 'paths-form',
      'aria-label': 'Find how two entities are connected',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!chosen.from || !chosen.to) {
          error.replaceChildren(errorMessage('Choose both entities from the suggestions first.'));
          return;
        }
        error.replaceChildren();
        context.navigate({
          view: 'paths',
          from: chosen.from.id,
          to: chosen.to.id,
          hops: Number(hops.value),
        });
      },
    },
    picker('from', 'From'),
    picker('to', 'To'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: hopsId, class: 'field-label' }, 'At most'),
      hops,
    ),
    h('button', { type: 'submit', class: 'button primary' }, 'Find connections'),
    error,
  );
  container.replaceChildren(
    h('h1', { tabindex: '-1' }, 'How are they connected?'),
    h(
      'p',
      { class: 'lede' },
      'The shortest chains of relationships between two entities, in either direction, with the claims behind every step.',
    ),
    form,
    results,
  );
  if (!from || !to) {
    if ((route.from && !from) || (route.to && !to)) {
      results.replaceChildren(errorMessage('One of the entities in the address does not exist.'));
    }
    return { title: 'Connections' };
  }
  results.replaceChildren(loading('the paths'));
  try {
    const paths = await fetchPaths(from.id, to.id, route.hops, context.signal);
    showPaths(results, paths, from, to, route.hops);
  } catch (failure) {
    if (isAbort(failure)) throw failure;
    results.replaceChildren(
      errorMessage(`The paths could not be found: ${(failure as Error).message}`),
    );
  }
  return { title: `${from.name} → ${to.name}` };
};

function showPaths(
  results: HTMLElement,
  paths: Path[],
  from: EntityRef,
  to: EntityRef,
  hops: number,
): void {
  if (paths.length === 0) {
    const text = `No path of at most ${plural(hops, 'step')} between ${from.name} and ${to.name}.`;
    results.replaceChildren(h('p', { class: 'empty' }, text));
    announce(text);
    return;
  }
  const label = `Paths between ${from.name} and ${to.name}`;
  const diagram = pathDiagram(paths, label);
  const csv = () =>
    toCsv(
      [
        'path',
        'step',
        'from',
        'relationship',
        'to',
        'publishers',
        'claims',
        'quote',
        'publisher',
        'published',
        'url',
      ],
      paths.flatMap((path, p) =>
        path.relationships.flatMap((rel, s) => {
          const names = new Map(path.nodes.map((n) => [n.id, n.name]));
          const base = [
            p + 1,
            s + 1,
            names.get(rel.from.id),
            rel.type,
            names.get(rel.to.id),
            rel.publisherCount,
            rel.claimCount,
          ];
          return rel.claims.length === 0
            ? [[...base, '', '', '', '']]
            : rel.claims.map((c) => [
                ...base,
                c.quote,
                c.source.publisher,
                c.source.published,
                c.source.url,
              ]);
        }),
      ),
    );
  const summary = `${plural(paths.length, 'path')} between ${from.name} and ${to.name}; the shortest has ${plural(paths[0]?.length ?? 0, 'step')}.`;
  results.replaceChildren(
    h('h2', {}, 'Paths'),
    h('p', { class: 'path-summary' }, summary),
    exportBar({
      stem: () => `paths-${fileStem(from.name)}-${fileStem(to.name)}`,
      png: () => svgToPng(diagram),
      svg: () => standaloneSvg(diagram, label),
      csv,
    }),
    h('div', { class: 'diagram-scroll' }, diagram),
    h(
      'ol',
      { class: 'path-list' },
      paths.map((path, p) => {
        const forward = stepDirections(path);
        return h(
          'li',
          { class: 'path', 'data-length': String(path.length) },
          h(
            'h3',
            {},
            `Path ${p + 1}: ${plural(path.length, 'step')}, weakest step backed by ${plural(path.minPublisherCount, 'publisher')}`,
          ),
          h(
            'ol',
            { class: 'path-steps' },
            path.relationships.map((rel, s) => {
              const a = path.nodes[s];
              const b = path.nodes[s + 1];
              if (!a || !b) return '';
              const [subject, object] = forward[s] ? [a, b] : [b, a];
              return h(
                'li',
                { class: 'path-step', 'data-relationship': rel.id },
                h(
                  'p',
                  { class: 'step-title' },
                  entityLink(subject),
                  h(
                    'span',
                    { class: 'step-kind' },
                    ` ${relationshipLabel(rel.type, 'OUT').toLowerCase()} `,
                  ),
                  entityLink(object),
                  ' ',
                  rel.reference
                    ? h('span', { class: 'note' }, '(gazetteer)')
                    : corroborationNote(rel.publisherCount, rel.claimCount),
                  formatSpan(rel.firstSeen, rel.lastSeen)
                    ? h('span', { class: 'as-of' }, ` · ${formatSpan(rel.firstSeen, rel.lastSeen)}`)
                    : '',
                ),
                rel.claims.length > 0 ? evidenceList(rel.claims) : '',
                rel.claimCount > rel.claims.length
                  ? h(
                      'p',
                      { class: 'note' },
                      `${rel.claimCount - rel.claims.length} more claims on the pages of either end.`,
                    )
                  : '',
              );
            }),
          ),
        );
      }),
    ),
  );
  announce(summary);
}
