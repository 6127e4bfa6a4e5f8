/**
 * The search view (#/search?q=…&types=…): results as you type, filtered by type, with more pages
 * on demand, a live count for screen readers, and a CSV of the results.
 */
import { search } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { SearchHit } from '../api/types.js';
import { entityLink, statusBadge, typeBadge } from '../components.js';
import { h, uid } from '../dom.js';
import { toCsv } from '../export/csv.js';
import { exportBar } from '../export/exportBar.js';
import { fileStem } from '../format.js';
import { ENTITY_TYPES, TYPE_PLURALS } from '../labels.js';
import type { Route } from '../router.js';
import type { ViewRenderer } from '../view.js';
import { describeHit } from './searchBox.js';

const PAGE = 25;

/** Renders the search view. */
export const renderSearch: ViewRenderer<Extract<Route, { view: 'search' }>> = async (
  container,
  route,
  context,
) => {
  let state = { ...route };
  const inputId = uid('search-page');
  const input = h('input', {
    id: inputId,
    type: 'search',
    class: 'search-input',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  input.value = state.q;
  const typeBoxes = ENTITY_TYPES.map((type) => {
    const box = h('input', { type: 'checkbox', name: 'types', value: type });
    box.checked = state.types.includes(type);
    return box;
  });
  const count = h('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' });
  const results = h('ol', { class: 'result-list' });
  const more = h('button', { type: 'button', class: 'button', hidden: true }, 'Show more results');
  let hits: SearchHit[] = [];
  let after: string | null = null;
  let controller: AbortController | undefined;
  let timer: number | undefined;

  const csv = () =>
    toCsv(
      ['id', 'type', 'name', 'aliases', 'detail', 'score'],
      hits.map((hit) => [
        hit.node.id,
        hit.node.type,
        hit.node.name,
        hit.node.aliases.join('; '),
        describeHit(hit),
        hit.score,
      ]),
    );

  const row = (hit: SearchHit) =>
    h(
      'li',
      { class: 'result', 'data-id': hit.node.id },
      h('div', { class: 'result-title' }, entityLink(hit.node), ' ', typeBadge(hit.node.type)),
      h(
        'div',
        { class: 'result-detail' },
        hit.node.type === 'Station' ? [statusBadge(hit.node.status), ' '] : '',
        describeHit(hit, true),
        hit.node.aliases.length > 0
          ? `${describeHit(hit, true) ? ' · ' : ''}also: ${hit.node.aliases.slice(0, 3).join(', ')}`
          : '',
      ),
    );

  const load = async (append: boolean) => {
    controller?.abort();
    controller = new AbortController();
    const signal = AbortSignal.any([controller.signal, context.signal]);
    const q = state.q.trim();
    if (!append) {
      hits = [];
      after = null;
      results.replaceChildren();
      more.hidden = true;
    }
    if (q.length < 2) {
      count.textContent = q.length === 0 ? 'Type a name to search.' : 'Type at least 2 characters.';
      return;
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const result = await search(q, state.types, PAGE, signal, after ?? undefined);
      hits.push(...result.edges);
      results.append(...result.edges.map(row));
      after = result.pageInfo.endCursor;
      more.hidden = !result.pageInfo.hasNextPage;
      count.textContent =
        result.totalCount === 0
          ? `No results for “${q}”.`
          : `${result.totalCount} ${result.totalCount === 1 ? 'result' : 'results'} for “${q}”${result.totalCount > hits.length ? `, ${hits.length} shown` : ''}.`;
    } catch (error) {
      if (isAbort(error)) return;
      count.textContent = `Search failed: ${(error as Error).message}`;
    } finally {
      results.removeAttribute('aria-busy');
    }
  };

  const update = () => {
    state = {
      view: 'search',
      q: input.value,
      types: typeBoxes.filter((b) => b.checked).map((b) => b.value),
    };
    context.replace(state);
    void load(false);
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 200);
  });
  typeBoxes.forEach((box) => box.addEventListener('change', update));
  more.addEventListener('click', () => void load(true));

  container.replaceChildren(
    h('h1', { tabindex: '-1' }, 'Search'),
    h(
      'form',
      { class: 'search-form', role: 'search', onsubmit: (e: Event) => e.preventDefault() },
      h('label', { for: inputId, class: 'field-label' }, 'Name or alias'),
      input,
      h(
        'fieldset',
        { class: 'type-filter' },
        h('legend', {}, 'Only these kinds (none ticked: every kind)'),
        typeBoxes.map((box) =>
          h('label', { class: 'check' }, box, ` ${TYPE_PLURALS[box.value] ?? box.value}`),
        ),
      ),
    ),
    count,
    results,
    more,
    exportBar({ stem: () => `search-${fileStem(state.q)}`, csv }),
  );
  await load(false);
  return { title: state.q ? `Search: ${state.q}` : 'Search' };
};
