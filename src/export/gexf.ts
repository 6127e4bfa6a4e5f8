/**
 * GEXF 1.3 (https://gexf.net/), Gephi's own format, written piece by piece so that a large graph
 * streams: the header with the attribute declarations, then <nodes>, then <edges>, then the
 * footer. Nodes carry their name as label, every NODE_COLUMNS attribute, and, when they have
 * coordinates, a viz:position with x = longitude and y = latitude (a map-like layout in Gephi);
 * edges carry the claim count as weight, the relationship type as label, and every EDGE_COLUMNS
 * attribute. Empty values are left out.
 */
import { VERSION } from '../version.js';
import { LIST_SEPARATOR } from './csv.js';
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  edgeWeight,
  type CellValue,
  type Column,
  type EntityRow,
  type RelationshipRow,
} from './rows.js';
import { escapeXml } from './xml.js';

// Lists are plain strings joined with " | " (list types are encoded differently across GEXF
// versions and readers).
const GEXF_TYPES = {
  string: 'string',
  list: 'string',
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
};

/** The XML declaration, <gexf>, <meta>, the attribute declarations and the opening <nodes>. */
export function gexfHeader(options: { description?: string; date?: string } = {}): string {
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const attributes = (kind: 'node' | 'edge', columns: readonly Column<never>[]) => [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute id="${c.key}" title="${c.key}" type="${GEXF_TYPES[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${date}">`,
    `    <creator>outpost-graph ${escapeXml(VERSION)}</creator>`,
    ...(options.description === undefined
      ? []
      : [`    <description>${escapeXml(options.description)}</description>`]),
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributes('node', NODE_COLUMNS as readonly Column<never>[]),
    ...attributes('edge', EDGE_COLUMNS as readonly Column<never>[]),
    '    <nodes>',
    '',
  ].join('\n');
}

/** One <node>. */
export function gexfNode(entity: EntityRow): string {
  const position =
    entity.lat !== null && entity.lon !== null
      ? `\n        <viz:position x="${entity.lon}" y="${entity.lat}" z="0.0"/>`
      : '';
  return (
    `      <node id="${escapeXml(entity.id)}" label="${escapeXml(entity.name)}">` +
    `${attvalues(NODE_COLUMNS, entity)}${position}\n      </node>\n`
  );
}

/** Closes <nodes> and opens <edges>: call once, after the last node. */
export function gexfBetween(): string {
  return '    </nodes>\n    <edges>\n';
}

/** One <edge>; `index` makes its id (e0, e1...). */
export function gexfEdge(relationship: RelationshipRow, index: number): string {
  return (
    `      <edge id="e${index}" source="${escapeXml(relationship.source)}" target="${escapeXml(relationship.target)}"` +
    ` label="${escapeXml(relationship.type)}" weight="${edgeWeight(relationship)}">` +
    `${attvalues(EDGE_COLUMNS, relationship)}\n      </edge>\n`
  );
}

/** Closes <edges>, <graph> and <gexf>. */
export function gexfFooter(): string {
  return '    </edges>\n  </graph>\n</gexf>\n';
}

function attvalues<R>(columns: readonly Column<R>[], row: R): string {
  const values = columns
    .map((c) => [c.key, format(c.value(row))] as const)
    .filter(([, value]) => value !== null)
    .map(
      ([key, value]) =>
        `\n          <attvalue for="${key}" value="${escapeXml(value as string)}"/>`,
    );
  return values.length === 0 ? '' : `\n        <attvalues>${values.join('')}\n        </attvalues>`;
}

function format(value: CellValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(LIST_SEPARATOR);
  return String(value);
}
