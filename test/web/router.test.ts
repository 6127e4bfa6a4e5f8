import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../web/src/router.js';

describe('router', () => {
  it('round-trips every view through its URL', () => {
    const routes: Route[] = [
      { view: 'home' },
      { view: 'search', q: 'Dublin police', types: ['Station', 'Person'] },
      {
        view: 'map',
        status: ['CLOSED', 'CONFIRMED'],
        country: 'IE',
        bureau: 'org:fuzhou-public-security-bureau',
        from: '2022',
        to: '2023-06',
        zoom: 2.5,
        center: [10.25, 48.5],
      },
      { view: 'entity', id: 'station:city:2964574:dublin-police-station' },
      { view: 'print', id: 'org:safeguard-defenders' },
      {
        view: 'graph',
        id: 'station:city:2964574:dublin-police-station',
        depth: 2,
        hide: ['Event', 'Country'],
        expand: ['org:fuzhou-public-security-bureau'],
        pins: [{ id: 'city:2964574', x: 12.5, y: -40 }],
      },
      { view: 'paths', from: 'person:lu-jianwang', to: 'org:ufwd', hops: 3 },
    ];
    for (const route of routes) expect(parseRoute(formatRoute(route))).toEqual(route);
  });

  it('keeps ids with colons, slashes and spaces intact in the path', () => {
    const id = 'event:closure:2022-10-27:ireland orders/closes';
    const hash = formatRoute({ view: 'entity', id });
    expect(hash).not.toContain(' ');
    expect(parseRoute(hash)).toEqual({ view: 'entity', id });
  });

  it('reads unknown or incomplete hashes as the home view', () => {
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ view: 'home' });
    expect(parseRoute('#/entity')).toEqual({ view: 'home' });
    expect(parseRoute('#main')).toEqual({ view: 'home' });
  });

  it('clamps graph depth and path hops to what the API allows', () => {
    expect(parseRoute('#/graph/x?depth=9')).toMatchObject({ depth: 3 });
    expect(parseRoute('#/graph/x?depth=zero')).toMatchObject({ depth: 1 });
    expect(parseRoute('#/paths?hops=40')).toMatchObject({ hops: 6 });
  });

  it('ignores malformed map and pin parameters', () => {
    expect(parseRoute('#/map?z=-3&c=abc,1')).toEqual({ view: 'map', status: [] });
    expect(parseRoute('#/graph/x?pin=broken&pin=a@1,2')).toMatchObject({
      pins: [{ id: 'a', x: 1, y: 2 }],
    });
  });
});
