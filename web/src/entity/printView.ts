/**
 * The print view (#/print/<id>): one entity as a document to print or save as PDF: key facts,
 * each fact and link with the exact quotes behind it and a numbered citation, and the list of
 * sources in full (publisher, title, date, address).
 */
import { fetchEntity } from '../api/queries.js';
import type { Claim, EntityDetail } from '../api/types.js';
import { h } from '../dom.js';
import { formatDate, isWebUrl, plural } from '../format.js';
import { predicateLabel, STATUS_LABELS, words } from '../labels.js';
import { formatRoute, type Route } from '../router.js';
import type { ViewRenderer } from '../view.js';
import { keyFacts } from './entityView.js';
import { citedSources, groupLinks, literalFacts } from './facts.js';

/** Renders the print view. */
export const renderPrint: ViewRenderer<Extract<Route, { view: 'print' }>> = async (
  container,
  route,
  context,
) => {
  const { entity } = await fetchEntity(route.id, context.signal);
  if (entity === null) {
    container.replaceChildren(h('h1', { tabindex: '-1' }, 'Not found'));
    return { title: 'Not found' };
  }
  container.replaceChildren(printDocument(entity));
  return { title: `${entity.name} (print)` };
};

function printDocument(entity: EntityDetail): HTMLElement {
  const sources = citedSources(entity.claims);
  const number = new Map(sources.map((source, i) => [source.id, i + 1]));
  const cite = (claim: Claim) =>
    h('sup', { class: 'cite' }, `[${number.get(claim.source.id) ?? '?'}]`);
  const quotes = (claims: readonly Claim[]) =>
    h(
      'ul',
      { class: 'print-quotes' },
      claims.map((claim) =>
        h(
          'li',
          {},
          h('q', {}, claim.quote),
          ' ',
          cite(claim),
          claim.date ? ` (dated ${formatDate(claim.date)})` : '',
        ),
      ),
    );
  const facts = literalFacts(entity.claims);
  const groups = groupLinks(entity.id, entity.links, entity.claims);
  const here = new URL(formatRoute({ view: 'entity', id: entity.id }), window.location.href).href;
  return h(
    'article',
    { class: 'print-document', 'data-id': entity.id },
    h(
      'div',
      { class: 'print-controls no-print' },
      h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print'),
      ' ',
      h('a', { href: formatRoute({ view: 'entity', id: entity.id }) }, 'Back to the entity'),
    ),
    h('h1', { tabindex: '-1' }, entity.name),
    h(
      'p',
      { class: 'print-meta' },
      `${entity.type} · ${plural(entity.corroboration.claimCount, 'claim')} from ${plural(entity.corroboration.publisherCount, 'publisher')} · printed ${new Date().toISOString().slice(0, 10)} from `,
      h('span', { class: 'print-url' }, here),
    ),
    entity.aliases.length > 0 ? h('p', {}, `Also known as: ${entity.aliases.join('; ')}`) : '',
    keyFacts(entity),
    h('h2', {}, 'Facts and their sources'),
    facts.length === 0
      ? h('p', {}, 'No stated values.')
      : facts.map((fact) =>
          h(
            'section',
            { class: 'print-fact' },
            h(
              'h3',
              {},
              `${predicateLabel(fact.predicate)}: ${fact.predicate === 'HAS_STATUS' ? (STATUS_LABELS[fact.value] ?? fact.value) : fact.value}`,
              ` — ${plural(fact.publisherCount, 'publisher')}`,
            ),
            quotes(fact.claims),
          ),
        ),
    h('h2', {}, 'Links and their sources'),
    groups.length === 0
      ? h('p', {}, 'No links.')
      : groups.map((group) =>
          h(
            'section',
            { class: 'print-fact' },
            h('h3', {}, group.label),
            h(
              'ul',
              {},
              group.links.map(({ link, claims }) =>
                h(
                  'li',
                  {},
                  h('strong', {}, link.entity.name),
                  ` (${link.entity.type}) — ${plural(link.relationship.publisherCount, 'publisher')}, ${plural(link.relationship.claimCount, 'claim')}`,
                  link.relationship.roles.length > 0
                    ? `, as ${link.relationship.roles.map((r) => words(r).toLowerCase()).join(', ')}`
                    : '',
                  claims.length > 0 ? quotes(claims) : '',
                ),
              ),
            ),
          ),
        ),
    h('h2', {}, 'Sources'),
    h(
      'ol',
      { class: 'print-sources' },
      sources.map((source) =>
        h(
          'li',
          { id: `source-${number.get(source.id)}` },
          source.publisher ?? 'Unknown publisher',
          source.title ? [', “', source.title, '”'] : '',
          source.published ? `, ${formatDate(source.published)}` : '',
          source.kind ? ` (${words(source.kind).toLowerCase()})` : '',
          isWebUrl(source.url) ? [': ', h('span', { class: 'print-url' }, source.url)] : '',
        ),
      ),
    ),
  );
}
