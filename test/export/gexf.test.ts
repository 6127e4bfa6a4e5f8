import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { gexfBetween, gexfEdge, gexfFooter, gexfHeader, gexfNode } from '../../src/export/gexf.js';
import { bureau, entities, relationships, station } from '../fixtures/cli/rows.js';

type AttValue = { '@_for': string; '@_value': string };
type Node = {
  '@_id': string;
  '@_label': string;
  attvalues?: { attvalue: AttValue[] };
  'viz:position'?: Record<string, string>;
};
type Edge = {
  '@_id': string;
  '@_source': string;
  '@_target': string;
  '@_label': string;
  '@_weight': string;
  attvalues?: { attvalue: AttValue[] };
};

function document(): string {
  return (
    gexfHeader({ description: 'test', date: '2024-01-02' }) +
    entities.map(gexfNode).join('') +
    gexfBetween() +
    relationships.map((r, i) => gexfEdge(r, i)).join('') +
    gexfFooter()
  );
}

function parsed() {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseAttributeValue: false,
    htmlEntities: true,
    isArray: (name) => ['node', 'edge', 'attvalue', 'attribute', 'attributes'].includes(name),
  });
  return parser.parse(document()) as {
    gexf: {
      '@_version': string;
      '@_xmlns': string;
      meta: { '@_lastmodifieddate': string };
      graph: {
        '@_defaultedgetype': string;
        attributes: { '@_class': string; attribute: { '@_id': string; '@_type': string }[] }[];
        nodes: { node: Node[] };
        edges: { edge: Edge[] };
      };
    };
  };
}

const values = (e: Node | Edge | undefined) =>
  Object.fromEntries((e?.attvalues?.attvalue ?? []).map((a) => [a['@_for'], a['@_value']]));

describe('gexf', () => {
  it('is well-formed GEXF 1.3 with node and edge attribute declarations', () => {
    expect(XMLValidator.validate(document())).toBe(true);
    const { gexf } = parsed();
    expect(gexf['@_version']).toBe('1.3');
    expect(gexf['@_xmlns']).toBe('http://gexf.net/1.3');
    expect(gexf.meta['@_lastmodifieddate']).toBe('2024-01-02');
    expect(gexf.graph['@_defaultedgetype']).toBe('directed');
    expect(gexf.graph.attributes.map((a) => a['@_class'])).toEqual(['node', 'edge']);
    const declared = new Set(
      gexf.graph.attributes.flatMap((a) => a.attribute.map((x) => x['@_id'])),
    );
    const used = [...gexf.graph.nodes.node, ...gexf.graph.edges.edge].flatMap((e) =>
      Object.keys(values(e)),
    );
    for (const id of used) expect(declared.has(id)).toBe(true);
    for (const a of gexf.graph.attributes.flatMap((x) => x.attribute)) {
      expect(['string', 'boolean', 'integer', 'double']).toContain(a['@_type']);
    }
  });

  it('gives nodes their label, type and a viz:position from longitude and latitude', () => {
    const { gexf } = parsed();
    const node = gexf.graph.nodes.node.find((n) => n['@_id'] === station.id);
    expect(node?.['@_label']).toBe(station.name);
    expect(values(node)).toMatchObject({ type: 'Station', status: 'CLOSED', match: 'true' });
    expect(node?.['viz:position']).toMatchObject({ '@_x': '-6.24889', '@_y': '53.33306' });
    const noPlace = gexf.graph.nodes.node.find((n) => n['@_id'] === bureau.id);
    expect(noPlace?.['viz:position']).toBeUndefined();
    expect(values(noPlace)).toMatchObject({
      match: 'false',
      kind: 'POLICE_BUREAU',
      aliases: '福州市公安局',
    });
  });

  it('gives edges unique ids, the relationship as label and the claim count as weight', () => {
    const { gexf } = parsed();
    const edges = gexf.graph.edges.edge;
    expect(new Set(edges.map((e) => e['@_id'])).size).toBe(edges.length);
    expect(edges[0]).toMatchObject({
      '@_label': 'OPERATED_BY',
      '@_weight': '3',
      '@_source': station.id,
    });
    expect(values(edges[0])).toMatchObject({
      claimCount: '3',
      publishers: 'irish-times | rte',
      firstSeen: '2022-09',
    });
  });
});
