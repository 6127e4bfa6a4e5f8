/**
 * The graph view (#/graph/<id>?depth=…&hide=…&expand=…&pin=…): the neighbourhood of an entity
 * drawn with cytoscape. Expand a node to add its neighbours, hide an entity type, pin a node where
 * it is (pins keep their place in the URL); select a node or a link to see it, and a link's
 * claims. A list of the entities drawn, each with the same actions, serves the keyboard and
 * screen readers. Downloads: PNG (cytoscape), SVG (drawn from the positions), CSV of the links.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { fetchEntityRef, fetchNeighbourhood, fetchRelationshipClaims } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { GraphNode, GraphRelationship, Subgraph } from '../api/types.js';
import { corroborationNote, entityLink, evidenceList, typeBadge } from '../components.js';
import { announce, errorMessage, h, loading, uid } from '../dom.js';
import { toCsv } from '../export/csv.js';
import { exportBar } from '../export/exportBar.js';
import { fileStem, formatSpan, plural } from '../format.js';
import {
  ENTITY_TYPES,
  relationshipLabel,
  STATUS_COLOURS,
  TYPE_COLOURS,
  TYPE_PLURALS,
} from '../labels.js';
import { formatRoute, MAX_DEPTH, type Pin, type Route } from '../router.js';
import type { ViewRenderer } from '../view.js';
import { graphSvg } from './graphSvg.js';

type GraphRoute = Extract<Route, { view: 'graph' }>;

/** Most nodes asked for around the centre, and around an expanded node. */
const CENTRE_LIMIT = 150;
const EXPAND_LIMIT = 60;
/** Cytoscape adds a <style> element unless one with this id exists: the CSP would refuse it. */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Renders the graph view. */
export const renderGraph: ViewRenderer<GraphRoute> = async (container, route, context) => {
  let state: GraphRoute = {
    ...route,
    hide: [...route.hide],
    expand: [...route.expand],
    pins: [...route.pins],
  };
  container.replaceChildren(h('h1', { tabindex: '-1' }, 'Graph'), loading('the graph'));
  const centre = await fetchEntityRef(state.id, context.signal);
  if (centre === null) {
    container.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Not found'),
      h('p', {}, `No entity has the id “${state.id}”.`),
    );
    return { title: 'Not found' };
  }
  const subgraphs: Subgraph[] = [
    await fetchNeighbourhood(state.id, state.depth, CENTRE_LIMIT, context.signal),
  ];
  for (const id of state.expand) {
    try {
      subgraphs.push(await fetchNeighbourhood(id, 1, EXPAND_LIMIT, context.signal));
    } catch (error) {
      if (isAbort(error)) throw error;
      // An expanded node that no longer exists is dropped from the view.
      state.expand = state.expand.filter((other) => other !== id);
    }
  }

  ensureNoInlineStylesheet();
  const canvas = h('div', {
    class: 'graph-canvas',
    role: 'img',
    'aria-label': `Graph around ${centre.name}. The list below has every entity drawn.`,
  });
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const truncatedNote = h('p', { class: 'note', hidden: true });
  const summary = h('p', { class: 'graph-summary', role: 'status' });
  const detail = h('section', {
    class: 'graph-detail',
    'aria-live': 'polite',
    'aria-label': 'Selection',
  });
  const nodeList = h('ul', { class: 'node-list' });

  const merge = (subgraph: Subgraph, around?: NodeSingular) => {
    const added: ElementDefinition[] = [];
    const origin = around?.position() ?? { x: 0, y: 0 };
    let index = 0;
    for (const node of subgraph.nodes) {
      if (nodes.has(node.id)) continue;
      nodes.set(node.id, node);
      const angle = (2 * Math.PI * index) / Math.max(6, subgraph.nodes.length);
      const radius = around ? 120 : 60 + 12 * index;
      index += 1;
      added.push({
        group: 'nodes',
        data: {
          id: node.id,
          label: shorten(node.name),
          type: node.type,
          colour:
            node.type === 'Station' && node.status
              ? (STATUS_COLOURS[node.status] ?? TYPE_COLOURS.Station)
              : (TYPE_COLOURS[node.type] ?? '#444'),
        },
        position: {
          x: origin.x + radius * Math.cos(angle),
          y: origin.y + radius * Math.sin(angle),
        },
      });
    }
    for (const rel of subgraph.relationships) {
      if (relationships.has(rel.id)) continue;
      if (!nodes.has(rel.from.id) || !nodes.has(rel.to.id)) continue;
      relationships.set(rel.id, rel);
      added.push({
        group: 'edges',
        data: {
          id: rel.id,
          source: rel.from.id,
          target: rel.to.id,
          label: rel.type.toLowerCase().replace(/_/g, ' '),
          width: 1 + Math.min(rel.publisherCount, 5),
        },
        classes: rel.reference ? 'reference' : '',
      });
    }
    cy.add(added);
    return added.length;
  };

  const applyState = () => {
    cy.nodes().forEach((node) => {
      node.toggleClass('centre', node.id() === state.id);
      node.toggleClass(
        'hidden-type',
        node.id() !== state.id && state.hide.includes(String(node.data('type'))),
      );
      const pin = state.pins.find((p) => p.id === node.id());
      node.toggleClass('pinned', pin !== undefined);
      if (pin) {
        node.unlock();
        node.position({ x: pin.x, y: pin.y });
        node.lock();
      } else node.unlock();
    });
    renderList();
    const visible = cy.nodes(':visible').length;
    summary.textContent = `${plural(visible, 'entity', 'entities')} and ${plural(cy.edges(':visible').length, 'link')} shown${
      state.hide.length > 0
        ? ` (${state.hide
            .map((t) => TYPE_PLURALS[t] ?? t)
            .join(', ')
            .toLowerCase()} hidden)`
        : ''
    }.`;
  };

  const runLayout = (fit: boolean) =>
    new Promise<void>((resolve) => {
      const layout = cy.elements(':visible').layout({
        name: 'cose',
        animate: false,
        randomize: false,
        fit,
        padding: 30,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
        numIter: 1500,
        nodeDimensionsIncludeLabels: true,
      });
      layout.one('layoutstop', () => resolve());
      layout.run();
    });

  const record = () => context.replace(state);

  const expand = async (id: string) => {
    if (state.expand.includes(id) || id === state.id) {
      announce('Already expanded.');
      return;
    }
    try {
      const subgraph = await fetchNeighbourhood(id, 1, EXPAND_LIMIT, context.signal);
      const node = cy.getElementById(id);
      const added = merge(subgraph, node.nonempty() ? (node as NodeSingular) : undefined);
      state = { ...state, expand: [...state.expand, id] };
      applyState();
      await runLayout(true);
      record();
      announce(`${plural(added, 'element')} added around ${nodes.get(id)?.name ?? id}.`);
    } catch (error) {
      if (!isAbort(error)) announce(`Could not expand: ${(error as Error).message}`);
    }
  };

  const togglePin = (id: string) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const pinned = state.pins.some((p) => p.id === id);
    const pins: Pin[] = pinned
      ? state.pins.filter((p) => p.id !== id)
      : [
          ...state.pins,
          {
            id,
            x: Math.round(node.position().x * 10) / 10,
            y: Math.round(node.position().y * 10) / 10,
          },
        ];
    state = { ...state, pins };
    applyState();
    record();
    announce(
      pinned ? `${nodes.get(id)?.name} unpinned.` : `${nodes.get(id)?.name} pinned where it is.`,
    );
    showNode(id);
  };

  const showNode = (id: string) => {
    const node = nodes.get(id);
    if (!node) return;
    const pinned = state.pins.some((p) => p.id === id);
    detail.replaceChildren(
      h('h2', {}, node.name),
      h('p', {}, typeBadge(node.type)),
      h(
        'div',
        { class: 'button-row' },
        h(
          'a',
          { class: 'button small', href: formatRoute({ view: 'entity', id }) },
          'Open its page',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button small',
            onclick: () => void expand(id),
            disabled: state.expand.includes(id) || id === state.id,
          },
          'Expand',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'button small',
            'aria-pressed': String(pinned),
            onclick: () => togglePin(id),
          },
          pinned ? 'Unpin' : 'Pin',
        ),
        h(
          'a',
          {
            class: 'button small',
            href: formatRoute({
              view: 'graph',
              id,
              depth: 1,
              hide: state.hide,
              expand: [],
              pins: [],
            }),
          },
          'Centre on it',
        ),
        id !== state.id
          ? h(
              'a',
              {
                class: 'button small',
                href: formatRoute({ view: 'paths', from: state.id, to: id, hops: 4 }),
              },
              `Paths from ${shorten(centre.name, 20)}`,
            )
          : '',
      ),
    );
  };

  const showEdge = (id: string) => {
    const rel = relationships.get(id);
    if (!rel) return;
    const from = nodes.get(rel.from.id);
    const to = nodes.get(rel.to.id);
    const claimsBox = h(
      'div',
      {},
      rel.reference
        ? h('p', { class: 'note' }, 'From the gazetteer (no claim needed).')
        : loading('the claims'),
    );
    detail.replaceChildren(
      h(
        'h2',
        {},
        `${from?.name ?? rel.from.id} — ${relationshipLabel(rel.type, 'OUT').toLowerCase()} — ${to?.name ?? rel.to.id}`,
      ),
      h(
        'p',
        {},
        rel.reference ? '' : corroborationNote(rel.publisherCount, rel.claimCount),
        ' ',
        formatSpan(rel.firstSeen, rel.lastSeen),
      ),
      claimsBox,
    );
    if (rel.reference) return;
    fetchRelationshipClaims(rel.from.id, rel.to.id, rel.type, context.signal)
      .then((claims) =>
        claimsBox.replaceChildren(
          claims.length > 0
            ? evidenceList(claims, 3)
            : h('p', { class: 'note' }, 'No claims found.'),
        ),
      )
      .catch((error: unknown) => {
        if (!isAbort(error)) claimsBox.replaceChildren(errorMessage((error as Error).message));
      });
  };

  const renderList = () => {
    const visible = cy
      .nodes()
      .filter((n) => !n.hasClass('hidden-type'))
      .map((n) => nodes.get(n.id()))
      .filter((n): n is GraphNode => n !== undefined)
      .sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
    nodeList.replaceChildren(
      ...visible.map((node) => {
        const pinned = state.pins.some((p) => p.id === node.id);
        return h(
          'li',
          { 'data-id': node.id },
          entityLink(node),
          ' ',
          typeBadge(node.type),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onclick: () => {
                cy.getElementById(node.id).select();
                showNode(node.id);
              },
            },
            h('span', { class: 'visually-hidden' }, `Select ${node.name}`),
            'select',
          ),
          ' ',
          node.id === state.id || state.expand.includes(node.id)
            ? ''
            : h(
                'button',
                { type: 'button', class: 'link-button', onclick: () => void expand(node.id) },
                h('span', { class: 'visually-hidden' }, `Expand ${node.name}: `),
                'expand',
              ),
          ' ',
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              'aria-pressed': String(pinned),
              onclick: () => togglePin(node.id),
            },
            h('span', { class: 'visually-hidden' }, `${node.name}: `),
            pinned ? 'unpin' : 'pin',
          ),
        );
      }),
    );
  };

  // Controls.
  const depthId = uid('depth');
  const depthSelect = h(
    'select',
    { id: depthId },
    Array.from({ length: MAX_DEPTH }, (_, i) =>
      h('option', { value: String(i + 1) }, plural(i + 1, 'step')),
    ),
  );
  depthSelect.value = String(state.depth);
  depthSelect.addEventListener('change', () => {
    context.navigate({ ...state, depth: Number(depthSelect.value), expand: [], pins: [] });
  });
  const typeBoxes = ENTITY_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', value: type });
    box.checked = !state.hide.includes(type);
    box.addEventListener('change', () => {
      state = { ...state, hide: typeBoxes.filter((b) => !b.checked).map((b) => b.value) };
      applyState();
      record();
    });
    return box;
  });

  const csv = () =>
    toCsv(
      [
        'from id',
        'from',
        'relationship',
        'to id',
        'to',
        'claims',
        'publishers',
        'first seen',
        'last seen',
        'reference',
      ],
      [...relationships.values()].map((r) => [
        r.from.id,
        nodes.get(r.from.id)?.name,
        r.type,
        r.to.id,
        nodes.get(r.to.id)?.name,
        r.claimCount,
        r.publisherCount,
        r.firstSeen,
        r.lastSeen,
        r.reference,
      ]),
    );

  container.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Graph around ', entityLink(centre)),
    summary,
    truncatedNote,
    h(
      'div',
      { class: 'graph-controls' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: depthId, class: 'field-label' }, 'Neighbourhood'),
        depthSelect,
      ),
      h(
        'fieldset',
        { class: 'type-filter' },
        h('legend', {}, 'Show'),
        typeBoxes.map((box) =>
          h('label', { class: 'check' }, box, ` ${TYPE_PLURALS[box.value] ?? box.value}`),
        ),
      ),
      h(
        'button',
        { type: 'button', class: 'button small', onclick: () => cy.fit(undefined, 30) },
        'Fit to screen',
      ),
      exportBar({
        stem: () => `graph-${fileStem(centre.name)}`,
        png: async () => cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }),
        svg: () => graphSvg(cy, `Graph around ${centre.name}`),
        csv,
      }),
    ),
    h('div', { class: 'graph-layout' }, h('div', { class: 'graph-frame' }, canvas), detail),
    h(
      'section',
      { class: 'graph-list', 'aria-labelledby': 'graph-list-heading' },
      h('h2', { id: 'graph-list-heading' }, 'Entities in the graph'),
      nodeList,
    ),
  );

  // Created once its container is in the document: cytoscape measures it.
  const cy: Core = cytoscape({
    container: canvas,
    elements: [],
    style: graphStyle(),
    minZoom: 0.1,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
  cy.on('tap', 'node', (event) => showNode((event.target as NodeSingular).id()));
  cy.on('tap', 'edge', (event) => showEdge((event.target as NodeSingular).id()));
  cy.on('dragfree', 'node', (event) => {
    const node = event.target as NodeSingular;
    const pin = state.pins.find((p) => p.id === node.id());
    if (!pin) return;
    // A pinned node dragged elsewhere is pinned at its new place.
    state = {
      ...state,
      pins: state.pins.map((p) =>
        p.id === node.id()
          ? {
              id: p.id,
              x: Math.round(node.position().x * 10) / 10,
              y: Math.round(node.position().y * 10) / 10,
            }
          : p,
      ),
    };
    record();
  });

  merge(subgraphs[0] as Subgraph);
  for (const [i, subgraph] of subgraphs.slice(1).entries()) {
    const around = cy.getElementById(state.expand[i] ?? '');
    merge(subgraph, around.nonempty() ? (around as NodeSingular) : undefined);
  }
  const truncated = subgraphs.some((s) => s.truncated);
  truncatedNote.hidden = !truncated;
  truncatedNote.textContent = truncated
    ? 'Some neighbours are left out: only the best corroborated are drawn. Expand a node to see more around it.'
    : '';
  cy.resize();
  applyState();
  await runLayout(true);
  showNode(state.id);
  return { title: `Graph: ${centre.name}`, destroy: () => cy.destroy() };
};

function ensureNoInlineStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  // Its rule (.__________cytoscape_container { position: relative }) is in web/styles/graph.css.
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

function shorten(text: string, length = 28): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function graphStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)',
        label: 'data(label)',
        'font-size': 12,
        color: '#1f2937',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    {
      selector: 'node.centre',
      style: {
        width: 34,
        height: 34,
        'border-color': '#111827',
        'border-width': 3,
        'font-weight': 'bold',
      },
    },
    {
      selector: 'node.pinned',
      style: { 'border-color': '#111827', 'border-width': 4, 'border-style': 'double' },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.25, 'overlay-padding': 6 },
    },
    { selector: 'node.hidden-type', style: { display: 'none' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-size': 9,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
    { selector: 'edge.reference', style: { 'line-style': 'dashed', width: 1 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': '#2563eb', 'target-arrow-color': '#2563eb' },
    },
  ];
}
