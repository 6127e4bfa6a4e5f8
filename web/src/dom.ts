/**
 * A tiny DOM builder: `h('a', { href, onclick }, 'text', child)` and `svg('circle', {...})`.
 * Text is always set as text, never parsed as HTML, so a source's words cannot inject markup; and
 * there is no `style` attribute (the CSP forbids inline styles): classes do the styling.
 */

/** What may be a child: nodes, text, numbers; null, undefined and false are skipped. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes: strings and numbers set, true sets an empty attribute, false/null/undefined skip; on* are listeners. */
export type Attrs = Record<
  string,
  string | number | boolean | null | undefined | ((event: never) => void)
>;

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  apply(element, attrs);
  append(element, children);
  return element;
}

function apply(element: Element, attrs: Attrs): void {
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'style')
      throw new Error('dom: no inline styles (the CSP refuses them); use a class');
    if (typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (value === true) {
      element.setAttribute(key, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(key, String(value));
    }
  }
}

/** Appends children (see Child) to `parent`. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Tells screen reader users `message` through the page's polite live region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (region === null) return;
  // Cleared first, so that the same message twice is read twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

let idCounter = 0;

/** A document-unique id with `prefix`, for label/aria references. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A link to another view of the explorer. */
export function viewLink(href: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href }, ...children);
}

/** A "Loading…" line with a busy state for assistive technology. */
export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status', 'aria-busy': 'true' }, `Loading ${what}…`);
}

/** An error paragraph that screen readers announce. */
export function errorMessage(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}
