/**
 * Conversion of Neo4j values (Integer, temporal types, nodes, relationships, paths) to plain
 * JavaScript values that GraphQL and JSON can carry.
 */
import neo4j from 'neo4j-driver';
import type { Row } from './gateway.js';

/**
 * Converts a value returned by the driver, recursively, to numbers, strings, arrays and objects.
 * Strings, numbers and booleans (most of what comes back) return at the first test.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps (what our queries return, map projections) are plain objects: no driver type to test.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Row);
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return int.inSafeRange() ? int.toNumber() : int.toString();
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) {
    return { ...(toPlain(value.properties) as object), _labels: value.labels };
  }
  if (neo4j.isRelationship(value)) {
    return { ...(toPlain(value.properties) as object), _type: value.type };
  }
  if (neo4j.isPoint(value)) {
    return { x: value.x, y: value.y };
  }
  return plainMap(value as Row);
}

function plainMap(value: Row): Row {
  const out: Row = {};
  for (const key of Object.keys(value)) out[key] = toPlain(value[key]);
  return out;
}
