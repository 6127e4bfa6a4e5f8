/**
 * Targeted communities: many spellings ("Uighurs", "Uyghur community") resolve to one canonical
 * community, from the data file data/communities.json.
 */
import { readFileSync } from 'node:fs';
import { normaliseName, nameKey } from './names.js';

interface CommunityEntry {
  name: string;
  aliases: string[];
  source: string;
}

let index: Map<string, CommunityEntry> | undefined;

function load(): Map<string, CommunityEntry> {
  if (index) return index;
  const data = JSON.parse(
    readFileSync(new URL('./data/communities.json', import.meta.url), 'utf8'),
  ) as { communities: CommunityEntry[] };
  index = new Map();
  for (const entry of data.communities) {
    for (const form of [entry.name, ...entry.aliases]) index.set(normaliseName(form), entry);
  }
  return index;
}

/** The canonical community for `name` (key, name, known aliases); unknown names keep their own. */
export function resolveCommunity(name: string): { key: string; name: string; aliases: string[] } {
  const entry = load().get(normaliseName(name));
  if (entry === undefined) return { key: nameKey(name), name, aliases: [] };
  return { key: nameKey(entry.name), name: entry.name, aliases: entry.aliases };
}
