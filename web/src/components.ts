/** Small pieces of page the views share: entity links, badges, quotes with their citations. */
import type { Claim, EntityRef, SourceRef } from './api/types.js';
import { h, type Child } from './dom.js';
import { formatDate, isWebUrl } from './format.js';
import { formatRoute } from './router.js';
import { STATUS_LABELS, statusKey, words } from './labels.js';

/** The entity's type as a small label. */
export function typeBadge(type: string): HTMLElement {
  return h('span', { class: `badge type-${type}` }, type);
}

/** A station's status as a small coloured label with words (never colour alone). */
export function statusBadge(status: string | null | undefined): HTMLElement {
  const key = statusKey(status);
  return h('span', { class: `badge status status-${key}` }, STATUS_LABELS[key] ?? words(key));
}

/** A link that opens the entity's page. */
export function entityLink(
  entity: Pick<EntityRef, 'id' | 'name'>,
  ...extra: Child[]
): HTMLAnchorElement {
  return h(
    'a',
    { href: formatRoute({ view: 'entity', id: entity.id }), class: 'entity-link' },
    entity.name,
    ...extra,
  );
}

/** "Publisher, 27 Oct 2022, “Title”" with a link to the source when it has a web address. */
export function sourceLine(source: SourceRef): HTMLElement {
  const publisher = source.publisher ?? 'Unknown publisher';
  const name = isWebUrl(source.url)
    ? h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, publisher)
    : h('span', {}, publisher);
  return h(
    'span',
    { class: 'source-line' },
    name,
    source.published ? `, ${formatDate(source.published)}` : '',
    source.title ? [', ', h('cite', {}, source.title)] : '',
  );
}

/** One claim's evidence: the exact quote, then who said it, when, and how sure we are. */
export function evidence(claim: Claim): HTMLElement {
  return h(
    'figure',
    { class: 'evidence', 'data-claim': claim.id },
    h('blockquote', { class: 'quote' }, claim.quote),
    h(
      'figcaption',
      {},
      '— ',
      sourceLine(claim.source),
      claim.location ? ` (${claim.location})` : '',
      h(
        'span',
        { class: 'claim-meta' },
        ` · ${claim.method === 'CURATED' ? 'curated' : 'extracted'}, confidence ${Math.round(claim.confidence * 100)}%`,
        claim.date ? ` · dated ${formatDate(claim.date)}` : '',
      ),
    ),
  );
}

/** The evidence of several claims: the first shown, the rest behind a disclosure. */
export function evidenceList(claims: readonly Claim[], shown = 1): HTMLElement {
  const wrapper = h('div', { class: 'evidence-list' });
  claims.slice(0, shown).forEach((claim) => wrapper.append(evidence(claim)));
  const rest = claims.slice(shown);
  if (rest.length > 0) {
    wrapper.append(
      h(
        'details',
        { class: 'more-evidence' },
        h('summary', {}, `${rest.length} more ${rest.length === 1 ? 'quote' : 'quotes'}`),
        rest.map((claim) => evidence(claim)),
      ),
    );
  }
  return wrapper;
}

/** "3 publishers · 5 claims": how well a fact is corroborated (publishers count, not articles). */
export function corroborationNote(publisherCount: number, claimCount: number): HTMLElement {
  const strength = publisherCount >= 3 ? 'strong' : publisherCount === 2 ? 'medium' : 'weak';
  return h(
    'span',
    {
      class: `corroboration corroboration-${strength}`,
      title: 'Corroboration: distinct publishers, not articles',
    },
    `${publisherCount} ${publisherCount === 1 ? 'publisher' : 'publishers'} · ${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`,
  );
}
