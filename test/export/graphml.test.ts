import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  graphmlEdge,
  graphmlFooter,
  graphmlHeader,
  graphmlNode,
} from '../../src/export/graphml.js';
import { entities, relationships, station } from '../fixtures/cli/rows.js';

type Data = { '@_key': string; '#text': string | number | boolean };
type Element = { '@_id': string; '@_source'?: string; '@_target'?: string; data?: Data[] };

function document(): string {
  return (
    graphmlHeader('test export') +
    entities.map(graphmlNode).join('') +
    relationships.map((r, i) => graphmlEdge(r, i)).join('') +
    graphmlFooter()
  );
}

function parsed() {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    parseTagValue: false,
    processEntities: true,
    htmlEntities: true,
  });
  return parser.parse(document()) as {
    graphml: {
      key: { '@_id': string; '@_for': string; '@_attr.name': string; '@_attr.type': string }[];
      graph: { '@_edgedefault': string; node: Element[]; edge: Element[] };
    };
  };
}

const dataOf = (element: Element | undefined) =>
  Object.fromEntries((element?.data ?? []).map((d) => [d['@_key'], String(d['#text'])]));

describe('graphml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(document())).toBe(true);
  });

  it('declares a key for every data element it uses, with GraphML types', () => {
    const { graphml } = parsed();
    const keys = new Map(graphml.key.map((k) => [k['@_id'], k]));
    expect(keys.get('label')).toMatchObject({ '@_for': 'node', '@_attr.type': 'string' });
    expect(keys.get('weight')).toMatchObject({ '@_for': 'edge', '@_attr.type': 'double' });
    expect(keys.get('n_lat')).toMatchObject({ '@_attr.name': 'lat', '@_attr.type': 'double' });
    expect(keys.get('e_claimCount')).toMatchObject({
      '@_attr.name': 'claimCount',
      '@_attr.type': 'int',
    });
    const used = [...graphml.graph.node, ...graphml.graph.edge].flatMap((e) =>
      (e.data ?? []).map((d) => d['@_key']),
    );
    for (const key of used) expect(keys.has(key)).toBe(true);
    for (const key of graphml.key)
      expect(['string', 'boolean', 'int', 'double']).toContain(key['@_attr.type']);
  });

  it('writes one node per entity with its type, label and coordinates, escaping markup', () => {
    const { graphml } = parsed();
    expect(graphml.graph['@_edgedefault']).toBe('directed');
    expect(graphml.graph.node.map((n) => n['@_id'])).toEqual(entities.map((e) => e.id));
    const node = dataOf(graphml.graph.node.find((n) => n['@_id'] === station.id));
    expect(node).toMatchObject({
      label: station.name,
      n_type: 'Station',
      n_lat: '53.33306',
      n_lon: '-6.24889',
      n_status: 'CLOSED',
      n_match: 'true',
      n_aliases: 'Fuzhou Police Overseas Service Station (Dublin) | line\nbreak',
    });
  });

  it('writes edges between the nodes with the claim count as weight and attribute', () => {
    const { graphml } = parsed();
    const ids = new Set(graphml.graph.node.map((n) => n['@_id']));
    expect(graphml.graph.edge).toHaveLength(relationships.length);
    for (const edge of graphml.graph.edge) {
      expect(ids.has(edge['@_source'] as string)).toBe(true);
      expect(ids.has(edge['@_target'] as string)).toBe(true);
    }
    expect(dataOf(graphml.graph.edge[0])).toMatchObject({
      weight: '3',
      e_relationship: 'OPERATED_BY',
      e_claimCount: '3',
      e_publisherCount: '2',
      e_publishers: 'irish-times | rte',
    });
    expect(dataOf(graphml.graph.edge[2])).toMatchObject({
      weight: '1',
      e_relationship: 'IN_COUNTRY',
      e_claimCount: '0',
    });
  });
});
