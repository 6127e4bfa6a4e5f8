/**
 * An entity's claims arranged for reading: literal facts (status, age, address…) grouped by what
 * they state, each with its claims and how many distinct publishers make them; and links grouped
 * by kind (relationship type and direction), each with the claims behind it. Pure.
 */
import type { Claim, Link } from '../api/types.js';
import { RELATIONSHIP_ORDER, relationshipLabel } from '../labels.js';

/** One literal statement and every loaded claim that makes it. */
export interface Fact {
  predicate: string;
  value: string;
  claims: Claim[];
  /** Distinct publishers (by name, else source) among the claims. */
  publisherCount: number;
  /** The latest date of the claims (claim date, else the source's). */
  latest: string | null;
}

/** A link and the loaded claims that state it. */
export interface LinkWithEvidence {
  link: Link;
  claims: Claim[];
}

/** The links of one kind. */
export interface LinkGroup {
  key: string;
  label: string;
  type: string;
  direction: string;
  links: LinkWithEvidence[];
}

/** The literal facts among `claims` (those with a value and no object), most corroborated first. */
export function literalFacts(claims: readonly Claim[]): Fact[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.value === null || claim.object) continue;
    const key = `${claim.predicate}\u0000${claim.value}`;
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()]
    .map((list) => {
      const first = list[0] as Claim;
      const dates = list
        .map(claimDate)
        .filter((d): d is string => d !== null)
        .sort();
      return {
        predicate: first.predicate,
        value: first.value as string,
        claims: list,
        publisherCount: new Set(list.map(publisherOf)).size,
        latest: dates[dates.length - 1] ?? null,
      };
    })
    .sort(
      (a, b) =>
        a.predicate.localeCompare(b.predicate) ||
        b.publisherCount - a.publisherCount ||
        (b.latest ?? '').localeCompare(a.latest ?? ''),
    );
}

/** The claims of `claims` that state `link` of the entity `selfId`. */
export function linkEvidence(selfId: string, link: Link, claims: readonly Claim[]): Claim[] {
  return claims.filter((claim) => {
    if (claim.predicate !== link.type) return false;
    const [subject, object] =
      link.direction === 'OUT' ? [selfId, link.entity.id] : [link.entity.id, selfId];
    return claim.subject?.id === subject && claim.object?.id === object;
  });
}

/** The links grouped by kind, in the vocabulary's order; within a kind, best corroborated first. */
export function groupLinks(
  selfId: string,
  links: readonly Link[],
  claims: readonly Claim[],
): LinkGroup[] {
  const groups = new Map<string, LinkGroup>();
  for (const link of links) {
    const key = `${link.type}:${link.direction}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        label: relationshipLabel(link.type, link.direction),
        type: link.type,
        direction: link.direction,
        links: [],
      };
      groups.set(key, group);
    }
    group.links.push({ link, claims: linkEvidence(selfId, link, claims) });
  }
  const rank = (type: string) => {
    const index = RELATIONSHIP_ORDER.indexOf(type);
    return index < 0 ? RELATIONSHIP_ORDER.length : index;
  };
  for (const group of groups.values()) {
    group.links.sort(
      (a, b) =>
        b.link.relationship.publisherCount - a.link.relationship.publisherCount ||
        b.link.relationship.claimCount - a.link.relationship.claimCount ||
        a.link.entity.name.localeCompare(b.link.entity.name),
    );
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.type) - rank(b.type) || a.direction.localeCompare(b.direction),
  );
}

/** A claim's date: its own, else its source's publication date. */
export function claimDate(claim: Claim): string | null {
  return claim.date ?? claim.source.published ?? null;
}

/** Who a claim counts as for corroboration: its publisher, else its source. */
export function publisherOf(claim: Claim): string {
  return (claim.source.publisher ?? '').trim().toLowerCase() || `source:${claim.source.id}`;
}

/** Every distinct source among `claims`, in order of first appearance: the citations. */
export function citedSources(claims: readonly Claim[]): Claim['source'][] {
  const seen = new Map<string, Claim['source']>();
  for (const claim of claims)
    if (!seen.has(claim.source.id)) seen.set(claim.source.id, claim.source);
  return [...seen.values()];
}
