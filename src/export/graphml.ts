/**
 * GraphML (http://graphml.graphdrawing.org/) as Gephi, yEd, Cytoscape and NetworkX read it,
 * written piece by piece so that a large graph streams: the header with one <key> per
 * attribute, then nodes, then edges, then the footer. Nodes carry `label` (the name) and every
 * NODE_COLUMNS attribute (type, coordinates...); edges carry `weight` (the claim count) and every
 * EDGE_COLUMNS attribute. Empty values are left out.
 */
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

const GRAPHML_TYPES = {
  string: 'string',
  list: 'string',
  boolean: 'boolean',
  int: 'int',
  double: 'double',
};

const nodeKey = (key: string) => `n_${key}`;
const edgeKey = (key: string) => `e_${key}`;

/** The XML declaration, the <graphml> element, the <key> declarations and the opening <graph>. */
export function graphmlHeader(description?: string): string {
  const keys = [
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_COLUMNS.map(
      (c) =>
        `  <key id="${nodeKey(c.key)}" for="node" attr.name="${c.key}" attr.type="${GRAPHML_TYPES[c.type]}"/>`,
    ),
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    ...EDGE_COLUMNS.map(
      (c) =>
        `  <key id="${edgeKey(c.key)}" for="edge" attr.name="${c.key}" attr.type="${GRAPHML_TYPES[c.type]}"/>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...(description === undefined ? [] : [`  <desc>${escapeXml(description)}</desc>`]),
    ...keys,
    '  <graph id="outpost-graph" edgedefault="directed">',
    '',
  ].join('\n');
}

/** One <node>. */
export function graphmlNode(entity: EntityRow): string {
  const data = [
    dataElement('label', entity.name),
    ...NODE_COLUMNS.map((c) => dataElement(nodeKey(c.key), cell(c, entity))),
  ].filter((d) => d !== '');
  return `    <node id="${escapeXml(entity.id)}">\n${data.join('\n')}\n    </node>\n`;
}

/** One <edge>; `index` makes its id (e0, e1...). */
export function graphmlEdge(relationship: RelationshipRow, index: number): string {
  const data = [
    dataElement('weight', edgeWeight(relationship)),
    ...EDGE_COLUMNS.map((c) => dataElement(edgeKey(c.key), cell(c, relationship))),
  ].filter((d) => d !== '');
  return (
    `    <edge id="e${index}" source="${escapeXml(relationship.source)}" target="${escapeXml(relationship.target)}">\n` +
    `${data.join('\n')}\n    </edge>\n`
  );
}

/** Closes <graph> and <graphml>. */
export function graphmlFooter(): string {
  return '  </graph>\n</graphml>\n';
}

function cell<R>(column: Column<R>, row: R): string | number | boolean | null {
  const value: CellValue = column.value(row);
  if (Array.isArray(value)) return value.length === 0 ? null : value.join(LIST_SEPARATOR);
  return value as string | number | boolean | null;
}

function dataElement(key: string, value: string | number | boolean | null): string {
  if (value === null || value === '') return '';
  return `      <data key="${key}">${escapeXml(value)}</data>`;
}
