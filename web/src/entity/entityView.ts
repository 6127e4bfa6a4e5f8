/**
 * The entity view (#/entity/<id>): what the graph knows about one station, organisation, person,
 * place or event: its key facts, every literal fact with the quotes and sources behind it and
 * how many publishers make it, its links grouped by kind (each with its evidence), and its
 * timeline. Links on to the graph, the paths form and the print view; the claims as CSV.
 */
import { fetchEntity, fetchRelationshipClaims } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { Claim, EntityDetail, TimelineEvent } from '../api/types.js';
import {
  corroborationNote,
  entityLink,
  evidenceList,
  statusBadge,
  typeBadge,
} from '../components.js';
import { errorMessage, h, loading, type Child } from '../dom.js';
import { exportBar } from '../export/exportBar.js';
import { fileStem, formatDate, formatSpan, plural } from '../format.js';
import { predicateLabel, STATUS_LABELS, words } from '../labels.js';
import { formatRoute, type Route } from '../router.js';
import type { ViewRenderer } from '../view.js';
import { claimsCsv } from './claimsCsv.js';
import { groupLinks, literalFacts, type LinkWithEvidence } from './facts.js';

/** Renders the entity view. */
export const renderEntity: ViewRenderer<Extract<Route, { view: 'entity' }>> = async (
  container,
  route,
  context,
) => {
  container.replaceChildren(loading('the entity'));
  const { entity, timeline } = await fetchEntity(route.id, context.signal);
  if (entity === null) {
    container.replaceChildren(
      h('h1', { tabindex: '-1' }, 'Not found'),
      h('p', {}, `Nothing in the graph has the id “${route.id}”. Try the search.`),
    );
    return { title: 'Not found' };
  }
  container.replaceChildren(
    h(
      'article',
      { class: 'entity', 'data-id': entity.id, 'data-type': entity.type },
      header(entity),
      actions(entity),
      keyFacts(entity),
      factsSection(entity),
      linksSection(entity, context.signal),
      timelineSection(entity, timeline),
    ),
  );
  return { title: entity.name };
};

function header(entity: EntityDetail): HTMLElement {
  return h(
    'header',
    { class: 'entity-header' },
    h(
      'p',
      { class: 'eyebrow' },
      typeBadge(entity.type),
      entity.type === 'Station' ? [' ', statusBadge(entity.status)] : '',
    ),
    h('h1', { tabindex: '-1' }, entity.name),
    entity.aliases.length > 0
      ? h('p', { class: 'aliases' }, `Also known as: ${entity.aliases.join('; ')}`)
      : '',
    entity.needsReview
      ? h(
          'p',
          { class: 'review-flag' },
          'Flagged for review: ',
          entity.reviewReasons.join('; ') || 'something could not be resolved',
        )
      : '',
    h(
      'p',
      { class: 'corroboration-summary' },
      `${plural(entity.corroboration.claimCount, 'claim')} from ${plural(entity.corroboration.sourceCount, 'source')} by ${plural(entity.corroboration.publisherCount, 'publisher')}`,
      entity.corroboration.publishers.length > 0
        ? `: ${entity.corroboration.publishers.join(', ')}`
        : '',
      '.',
    ),
  );
}

function actions(entity: EntityDetail): HTMLElement {
  const graph = formatRoute({
    view: 'graph',
    id: entity.id,
    depth: 1,
    hide: [],
    expand: [],
    pins: [],
  });
  return h(
    'nav',
    { class: 'entity-actions', 'aria-label': 'More about this entity' },
    h('a', { class: 'button', href: graph }, 'Explore the graph'),
    h(
      'a',
      { class: 'button', href: formatRoute({ view: 'paths', from: entity.id, hops: 4 }) },
      'How is it connected to…',
    ),
    h(
      'a',
      { class: 'button', href: formatRoute({ view: 'print', id: entity.id }) },
      'Print with citations',
    ),
    entity.type === 'Country' && entity.code
      ? h(
          'a',
          { class: 'button', href: formatRoute({ view: 'map', status: [], country: entity.code }) },
          'Its stations on the map',
        )
      : '',
    exportBar(
      { stem: () => fileStem(entity.name), csv: () => claimsCsv(entity.claims) },
      'Download the claims',
    ),
  );
}

/** The type's own properties, as a description list. */
export function keyFacts(entity: EntityDetail): HTMLElement {
  const rows: [string, Child][] = [];
  const add = (label: string, value: Child) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };
  const asOf = (value: Child, date: string | null | undefined) =>
    date ? [value, h('span', { class: 'as-of' }, ` (as of ${formatDate(date)})`)] : value;
  add('Type', entity.type);
  if (entity.type === 'Station') {
    add(
      'Status',
      entity.status
        ? asOf(STATUS_LABELS[entity.status] ?? entity.status, entity.statusAsOf)
        : 'Not stated',
    );
    add('Address', entity.address);
  }
  if (entity.kind) add('Kind', words(entity.kind));
  if (entity.eventType) add('Event', words(entity.eventType));
  add('Date', formatDate(entity.date));
  add('Description', entity.description);
  add('Place', entity.place ? entityLink(entity.place) : null);
  add('City', entity.city ? entityLink(entity.city) : null);
  add('Region', entity.region ? entityLink(entity.region) : null);
  add('Country', entity.country ? entityLink(entity.country) : entity.countryCode);
  if (entity.age !== null && entity.age !== undefined)
    add('Age', asOf(String(entity.age), entity.ageAsOf));
  add('Title', entity.title ? asOf(entity.title, entity.titleAsOf) : null);
  add('Role', entity.role ? asOf(words(entity.role), entity.roleAsOf) : null);
  add('Code', entity.code);
  if (entity.population) add('Population', entity.population.toLocaleString('en'));
  if (typeof entity.lat === 'number' && typeof entity.lon === 'number') {
    add('Coordinates', `${entity.lat.toFixed(3)}, ${entity.lon.toFixed(3)}`);
  }
  if (entity.stationCount !== undefined) add('Stations', String(entity.stationCount));
  return h(
    'section',
    { class: 'key-facts', 'aria-label': 'Key facts' },
    h(
      'dl',
      {},
      rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]),
    ),
  );
}

function factsSection(entity: EntityDetail): HTMLElement {
  const facts = literalFacts(entity.claims);
  const truncated = entity.corroboration.claimCount > entity.claims.length;
  return h(
    'section',
    { class: 'facts', 'aria-labelledby': 'facts-heading' },
    h('h2', { id: 'facts-heading' }, 'What the sources say'),
    truncated
      ? h(
          'p',
          { class: 'note' },
          `The ${entity.claims.length} latest of ${entity.corroboration.claimCount} claims are loaded; counts below cover those.`,
        )
      : '',
    facts.length === 0
      ? h('p', { class: 'empty' }, 'No stated values (status, age, address…) about it.')
      : h(
          'ul',
          { class: 'fact-list' },
          facts.map((fact) =>
            h(
              'li',
              { class: 'fact', 'data-predicate': fact.predicate },
              h(
                'p',
                { class: 'fact-statement' },
                h('strong', {}, `${predicateLabel(fact.predicate)}: `),
                fact.predicate === 'HAS_STATUS' ? statusBadge(fact.value) : fact.value,
                fact.latest ? h('span', { class: 'as-of' }, ` (${formatDate(fact.latest)})`) : '',
                ' ',
                corroborationNote(fact.publisherCount, fact.claims.length),
              ),
              evidenceList(fact.claims),
            ),
          ),
        ),
  );
}

function linksSection(entity: EntityDetail, signal: AbortSignal): HTMLElement {
  const groups = groupLinks(entity.id, entity.links, entity.claims);
  return h(
    'section',
    { class: 'links', 'aria-labelledby': 'links-heading' },
    h('h2', { id: 'links-heading' }, 'Links'),
    groups.length === 0
      ? h('p', { class: 'empty' }, 'No links to other entities.')
      : groups.map((group) =>
          h(
            'section',
            { class: 'link-group', 'data-kind': group.key },
            h('h3', {}, `${group.label} (${group.links.length})`),
            h(
              'ul',
              { class: 'link-list' },
              group.links.map((item) => linkItem(entity.id, item, signal)),
            ),
          ),
        ),
  );
}

function linkItem(selfId: string, item: LinkWithEvidence, signal: AbortSignal): HTMLElement {
  const { link, claims } = item;
  const relationship = link.relationship;
  const span = formatSpan(relationship.firstSeen, relationship.lastSeen);
  const evidenceBox = h('div', { class: 'link-evidence' });
  if (relationship.reference) {
    evidenceBox.append(h('p', { class: 'note' }, 'From the gazetteer (no claim needed).'));
  } else if (claims.length > 0) {
    evidenceBox.append(evidenceList(claims));
  } else if (relationship.claimCount > 0) {
    const button = h(
      'button',
      { type: 'button', class: 'button small' },
      `Show the ${plural(relationship.claimCount, 'claim')}`,
    );
    button.addEventListener('click', async () => {
      button.disabled = true;
      button.textContent = 'Loading…';
      const [from, to] =
        link.direction === 'OUT' ? [selfId, link.entity.id] : [link.entity.id, selfId];
      try {
        const loaded = await fetchRelationshipClaims(from, to, link.type, signal);
        evidenceBox.replaceChildren(
          loaded.length > 0 ? evidenceList(loaded) : h('p', { class: 'note' }, 'No claims found.'),
        );
      } catch (error) {
        if (isAbort(error)) return;
        evidenceBox.replaceChildren(
          errorMessage(`The claims could not be loaded: ${(error as Error).message}`),
        );
      }
    });
    evidenceBox.append(button);
  }
  return h(
    'li',
    { class: 'link', 'data-id': link.entity.id },
    h(
      'p',
      { class: 'link-title' },
      entityLink(link.entity),
      ' ',
      typeBadge(link.entity.type),
      relationship.roles.length > 0
        ? ` as ${relationship.roles.map((r) => words(r).toLowerCase()).join(', ')}`
        : '',
      ' ',
      relationship.reference
        ? ''
        : corroborationNote(relationship.publisherCount, relationship.claimCount),
      span ? h('span', { class: 'as-of' }, ` · ${span}`) : '',
    ),
    evidenceBox,
  );
}

interface TimelineEntry {
  date: string | null;
  content: Child;
  kind: string;
}

function timelineSection(entity: EntityDetail, events: TimelineEvent[]): HTMLElement {
  const entries: TimelineEntry[] = events.map((event) => ({
    date: event.date,
    kind: words(event.eventType),
    content: [entityLink(event), event.place ? [' in ', entityLink(event.place)] : ''],
  }));
  for (const change of entity.statusHistory ?? []) {
    const claim = entity.claims.find((c: Claim) => c.id === change.claim.id);
    entries.push({
      date: change.date,
      kind: 'Status',
      content: [
        'Reported ',
        statusBadge(change.status),
        claim?.source.publisher ? ` by ${claim.source.publisher}` : '',
      ],
    });
  }
  entries.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  return h(
    'section',
    { class: 'timeline-section', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'Timeline'),
    entries.length === 0
      ? h('p', { class: 'empty' }, 'No dated events.')
      : h(
          'ol',
          { class: 'timeline' },
          entries.map((entry) =>
            h(
              'li',
              {},
              h(
                'span',
                { class: 'timeline-date' },
                entry.date ? formatDate(entry.date) : 'Undated',
              ),
              h('span', { class: 'timeline-kind' }, entry.kind),
              h('span', { class: 'timeline-text' }, entry.content),
            ),
          ),
        ),
  );
}
