import { describe, expect, it } from 'vitest';
import {
  entityToFtm,
  FTM_ID,
  ftmId,
  mentionToFtm,
  relationshipToFtm,
  sourceToFtm,
} from '../../src/export/ftm.js';
import { ftmProblems } from '../fixtures/cli/ftm.js';
import {
  affiliated,
  bureau,
  closure,
  dublin,
  entities,
  inCountry,
  ireland,
  locatedIn,
  operatedBy,
  person,
  relationships,
  station,
} from '../fixtures/cli/rows.js';

const defined = <T>(x: T | undefined): x is T => x !== undefined;

describe('ftm', () => {
  const source = {
    id: 'source:be56cfec5877cd59ee83a235e37f0554',
    kind: 'news',
    url: 'https://samples.outpost-graph.org/a',
    title: 'Ireland orders station to close',
    publisher: 'outpost-graph samples',
    published: '2022-10-27',
    language: 'en',
    text: 'Dublin [Ireland], October 27 : ...',
  };
  const all = [
    ...entities.map(entityToFtm),
    ...relationships.map(relationshipToFtm),
    sourceToFtm(source),
    mentionToFtm({
      source: source.id,
      entity: station.id,
      type: 'Station',
      predicates: ['OPERATED_BY', 'HAS_STATUS'],
    }),
    mentionToFtm({
      source: source.id,
      entity: ireland.id,
      type: 'Country',
      predicates: ['LOCATED_IN'],
    }),
  ].filter(defined);

  it('makes stable ids FtM accepts, readable where the graph id allows it', () => {
    expect(ftmId('person:lu-jianwang')).toBe('og.person.lu-jianwang');
    expect(ftmId('station:city:2964574:dublin-police-station')).toBe(
      'og.station.city.2964574.dublin-police-station',
    );
    expect(ftmId('person:lü_x')).toMatch(/^og-[0-9a-f]{40}$/);
    expect(ftmId('person:lü_x')).toBe(ftmId('person:lü_x'));
    expect(ftmId('a:b')).not.toBe(ftmId('a-b'));
    for (const entity of all) expect(entity.id).toMatch(FTM_ID);
  });

  it('writes entities the FtM model accepts, with every reference resolved', () => {
    expect(ftmProblems(all)).toEqual([]);
  });

  it('maps types to FtM schemata and keeps countries as property values', () => {
    const schemaOf = (id: string) => all.find((e) => e.id === ftmId(id))?.schema;
    expect(schemaOf(station.id)).toBe('Organization');
    expect(schemaOf(bureau.id)).toBe('PublicBody');
    expect(schemaOf(person.id)).toBe('Person');
    expect(schemaOf(dublin.id)).toBe('Address');
    expect(schemaOf(closure.id)).toBe('Event');
    expect(entityToFtm(ireland)).toBeUndefined();
    expect(all.find((e) => e.schema === 'Article')?.properties).toMatchObject({
      language: ['eng'],
      publishedAt: ['2022-10-27'],
      bodyText: [source.text],
    });
  });

  it('puts places, participants and links where FtM keeps them', () => {
    const stationFtm = entityToFtm(station);
    expect(stationFtm?.properties).toMatchObject({
      addressEntity: [ftmId(dublin.id)],
      country: ['ie'],
      status: ['closed'],
      classification: ['overseas police station'],
      alias: ['Fuzhou Police Overseas Service Station (Dublin)', 'line\nbreak'],
    });
    expect(entityToFtm(closure)?.properties).toMatchObject({
      involved: [ftmId(station.id), ftmId(person.id)],
      date: ['2022-10-27'],
      location: ['Dublin'],
    });
    expect(entityToFtm(person)?.properties.notes).toEqual([
      'Needs review: name spelt two ways',
      'Age 61 as of 2023-04-17',
    ]);
    expect(relationshipToFtm(operatedBy)).toMatchObject({
      schema: 'UnknownLink',
      properties: {
        subject: [ftmId(station.id)],
        object: [ftmId(bureau.id)],
        role: ['operated by'],
        publisher: ['irish-times', 'rte'],
      },
    });
    expect(relationshipToFtm(operatedBy)?.properties.summary?.[0]).toBe(
      '3 claims from 2 publishers, seen 2022-09 to 2022-10-27',
    );
    expect(relationshipToFtm(affiliated)).toMatchObject({
      schema: 'Membership',
      properties: { member: [ftmId(person.id)] },
    });
    expect(relationshipToFtm(locatedIn)).toBeUndefined();
    expect(relationshipToFtm(inCountry)).toBeUndefined();
  });
});
