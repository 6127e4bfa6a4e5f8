/**
 * The API key the explorer sends, for servers that want one for reads (`--read-access key`). It
 * is kept for this tab only (sessionStorage): gone when the tab closes, never in a URL or cookie.
 */
const STORAGE = 'outpost-api-key';

/** The key entered in this tab, or null. */
export function apiKey(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE);
  } catch {
    return null; // storage disabled: no key
  }
}

/** Keeps `key` for this tab (null forgets it). */
export function setApiKey(key: string | null): void {
  try {
    if (key === null || key.trim() === '') window.sessionStorage.removeItem(STORAGE);
    else window.sessionStorage.setItem(STORAGE, key.trim());
  } catch {
    // Storage disabled: the key cannot be kept, and the next request asks again.
  }
}
