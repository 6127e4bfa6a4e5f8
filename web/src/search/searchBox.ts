/**
 * A search-as-you-type combobox (the ARIA 1.2 combobox pattern): a labelled input, a listbox of
 * the best matches, arrow keys to move, Enter to choose, Escape to close, and a polite live region
 * that says how many results there are. Used by the header (choosing opens the entity) and by the
 * paths form (choosing picks an end).
 */
import { search } from '../api/queries.js';
import { isAbort } from '../api/client.js';
import type { EntityRef, SearchHit } from '../api/types.js';
import { h, uid } from '../dom.js';
import { SEARCH_TYPES, STATUS_LABELS, statusKey } from '../labels.js';

/** Options of a search box. */
export interface SearchBoxOptions {
  /** The visible (or visually hidden) label. */
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  /** Entity types to search; default: all but events. */
  types?: readonly string[];
  /** Called with the chosen entity. */
  onPick(entity: EntityRef): void;
  /** Called on Enter with no option chosen (e.g. to open the full results). */
  onSubmit?(query: string): void;
  /** The input's initial text. */
  value?: string;
  /** How many suggestions to show. */
  size?: number;
  /** An id for the input. */
  id?: string;
}

/** A mounted search box. */
export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Sets the text without searching. */
  setValue(text: string): void;
}

/** Shortest query searched. */
const MIN_LENGTH = 2;
/** Wait after the last key press before searching (ms). */
const DEBOUNCE_MS = 180;

/** Builds a search box (see the module comment). */
export function createSearchBox(options: SearchBoxOptions): SearchBox {
  const inputId = options.id ?? uid('search');
  const listId = `${inputId}-list`;
  const statusId = `${inputId}-status`;
  const input = h('input', {
    id: inputId,
    type: 'search',
    class: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    'aria-describedby': statusId,
    placeholder: options.placeholder ?? '',
  });
  input.value = options.value ?? '';
  const list = h('ul', { id: listId, class: 'search-results', role: 'listbox', hidden: true });
  list.setAttribute('aria-label', options.label);
  const status = h('p', {
    id: statusId,
    class: 'visually-hidden',
    'aria-live': 'polite',
    'aria-atomic': 'true',
  });
  const label = h(
    'label',
    { for: inputId, class: options.hideLabel ? 'visually-hidden' : 'field-label' },
    options.label,
  );
  const element = h('div', { class: 'search-box' }, label, input, list, status);

  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let controller: AbortController | undefined;
  let lastQuery = '';

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    const options = Array.from(list.children);
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    active = index;
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const pick = (hit: SearchHit) => {
    close();
    options.onPick(hit.node);
  };

  const show = (query: string, result: { totalCount: number; edges: SearchHit[] }) => {
    hits = result.edges;
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${inputId}-option-${i}`,
            role: 'option',
            class: 'search-option',
            'aria-selected': 'false',
            'data-id': hit.node.id,
            onmousedown: (event: MouseEvent) => event.preventDefault(),
            onclick: () => pick(hit),
          },
          h('span', { class: 'option-name' }, hit.node.name),
          h('span', { class: 'option-detail' }, describeHit(hit)),
        ),
      ),
    );
    const count = result.totalCount;
    status.textContent =
      count === 0
        ? `No results for “${query}”.`
        : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > hits.length ? `, ${hits.length} shown` : ''}. Use the arrow keys to choose.`;
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const run = async (query: string) => {
    controller?.abort();
    controller = new AbortController();
    lastQuery = query;
    try {
      const result = await search(
        query,
        options.types ?? SEARCH_TYPES,
        options.size ?? 8,
        controller.signal,
      );
      if (query === lastQuery) show(query, result);
    } catch (error) {
      if (isAbort(error)) return;
      hits = [];
      list.replaceChildren();
      close();
      status.textContent = `Search failed: ${(error as Error).message}`;
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < MIN_LENGTH) {
      controller?.abort();
      lastQuery = '';
      hits = [];
      list.replaceChildren();
      close();
      status.textContent = query.length === 0 ? '' : `Type at least ${MIN_LENGTH} characters.`;
      return;
    }
    timer = window.setTimeout(() => void run(query), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (!list.hidden && hit) {
        event.preventDefault();
        pick(hit);
      } else if (options.onSubmit && input.value.trim() !== '') {
        event.preventDefault();
        close();
        options.onSubmit(input.value.trim());
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));

  return {
    element,
    input,
    setValue(text: string) {
      input.value = text;
      hits = [];
      list.replaceChildren();
      close();
    },
  };
}

/**
 * "Station · Dublin, Ireland · Closed", "Organisation · police bureau"…; with `badges`, without
 * the type and status (shown as badges beside it).
 */
export function describeHit(hit: SearchHit, badges = false): string {
  const node = hit.node;
  const parts = badges ? [] : [node.type];
  if (node.type === 'Station') {
    const place = [node.city?.name, node.country?.name].filter(Boolean).join(', ');
    if (place) parts.push(place);
    if (!badges) parts.push(STATUS_LABELS[statusKey(node.status)] ?? '');
  }
  if (node.kind) parts.push(node.kind.replace(/_/g, ' ').toLowerCase());
  if (node.date) parts.push(node.date);
  return parts.filter(Boolean).join(' · ');
}
