/**
 * A guard against pathological HTML: a linear scan of the tags measures how deep elements nest;
 * past `maxDepth` the extra tags are dropped (their text kept), so that no later DOM walk can
 * overflow the stack or take quadratic time. Ordinary pages pass through unchanged.
 */

/** Deepest nesting we keep; real article pages stay far below 100. */
export const DEFAULT_MAX_DEPTH = 256;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  '!doctype',
]);
const RAW = new Set(['script', 'style', 'textarea', 'title', 'template', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*|!doctype)\b[^>]*?(\/?)>|<!--[\s\S]*?-->/gi;

/** Flattens tags nested deeper than `maxDepth`; `flattened` counts the tags dropped. */
export function limitDepth(
  html: string,
  maxDepth = DEFAULT_MAX_DEPTH,
): { html: string; flattened: number; depth: number } {
  const stack: Array<{ name: string; kept: boolean }> = [];
  // How many elements of each name are open: a stray end tag is skipped without a search, so
  // the scan stays linear (every search pops what it passes).
  const open = new Map<string, number>();
  let kept = 0;
  let deepest = 0;
  let flattened = 0;
  const out: string[] = [];
  let last = 0;
  let raw: string | undefined;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match[2] === undefined) continue; // a comment
    const closing = match[1] === '/';
    const name = match[2].toLowerCase();
    if (raw !== undefined) {
      if (closing && name === raw) raw = undefined;
      continue;
    }
    if (closing) {
      // Close up to the nearest open element of that name (implicitly closing the ones inside).
      if ((open.get(name) ?? 0) === 0) continue;
      let index = stack.length - 1;
      while (index >= 0 && stack[index]?.name !== name) index -= 1;
      if (index < 0) continue;
      let drop = false;
      while (stack.length > index) {
        const element = stack.pop();
        if (element !== undefined) open.set(element.name, (open.get(element.name) ?? 1) - 1);
        if (element?.kept) kept -= 1;
        else if (stack.length === index) drop = true;
      }
      if (drop) {
        out.push(html.slice(last, match.index));
        last = match.index + match[0].length;
        flattened += 1;
      }
      continue;
    }
    if (VOID.has(name) || match[3] === '/') continue;
    if (RAW.has(name)) {
      raw = name;
      continue;
    }
    const keep = kept < maxDepth;
    stack.push({ name, kept: keep });
    open.set(name, (open.get(name) ?? 0) + 1);
    if (keep) {
      kept += 1;
      deepest = Math.max(deepest, kept);
    } else {
      out.push(html.slice(last, match.index));
      last = match.index + match[0].length;
      flattened += 1;
    }
  }
  if (flattened === 0) return { html, flattened, depth: deepest };
  out.push(html.slice(last));
  return { html: out.join(''), flattened, depth: deepest };
}
