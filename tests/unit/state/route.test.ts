import { legacyRedirect, relativeHref, rootPrefix, routeFromPath, routePath, type Route } from '../../../src/state/route';

describe('routes', () => {
  const routes: Route[] = [
    { kind: 'dashboard', section: 'vue-ensemble' },
    { kind: 'dashboard', section: 'recrutements' },
    { kind: 'embed', chartId: 'recruitment-map' },
    { kind: 'present', slide: null },
    { kind: 'present', slide: 'ai-uses' },
  ];

  it('round-trip between a route and its folder', () => {
    for (const route of routes) expect(routeFromPath(routePath(route))).toEqual(route);
    expect(routePath(routes[1]!)).toBe('recrutements/');
    expect(routePath(routes[2]!)).toBe('embed/recruitment-map/');
  });

  it('read an unknown or malicious path as the front page, and an ill-formed chart id as no chart', () => {
    expect(routeFromPath('nimporte-quoi/')).toEqual({ kind: 'dashboard', section: 'vue-ensemble' });
    expect(routeFromPath('embed/<script>/')).toEqual({ kind: 'embed', chartId: '' });
    expect(routeFromPath('present/%3Cb%3E/')).toEqual({ kind: 'present', slide: null });
  });

  it('link relatively, so a copy of dist/ works under any sub-path', () => {
    expect(rootPrefix(routes[2]!)).toBe('../../');
    expect(relativeHref(routes[0]!, routes[1]!, '?dep=14')).toBe('recrutements/?dep=14');
    expect(relativeHref(routes[1]!, routes[0]!)).toBe('../');
    expect(relativeHref(routes[0]!, routes[0]!)).toBe('./');
    expect(relativeHref(routes[2]!, { kind: 'dashboard', section: 'ia' })).toBe('../../ia/');
  });
});

describe('legacyRedirect', () => {
  it('moves old links to their page, keeping every other parameter', () => {
    expect(legacyRedirect('?dep=14', '#recrutements')).toBe('recrutements/?dep=14');
    expect(legacyRedirect('?embed=recruitment-map&basin=2817&release=3f2a9c01bd', '')).toBe('embed/recruitment-map/?basin=2817&release=3f2a9c01bd');
    expect(legacyRedirect('?present=1&slide=ai-uses&lang=en', '')).toBe('present/ai-uses/?lang=en');
    expect(legacyRedirect('?present=1', '')).toBe('present/');
    // A slide number is a position in the deck, read on the deck's first page.
    expect(legacyRedirect('?present=1&slide=3&dep=14', '')).toBe('present/?dep=14&slide=3');
    expect(legacyRedirect('', '#vue-ensemble')).toBe('');
  });

  it('leaves current addresses and plain anchors alone', () => {
    expect(legacyRedirect('?dep=14', '')).toBeNull();
    expect(legacyRedirect('', '#main')).toBeNull();
    expect(legacyRedirect('?present=0', '')).toBeNull();
  });

  it('never carries an ill-formed id into the path', () => {
    expect(legacyRedirect('?embed=%3Cimg%20src%3Dx%3E', '')).toBe('embed/unknown/');
    expect(legacyRedirect('?present=1&slide=../../etc', '')).toBe('present/');
  });
});

describe('followLegacyHashLinks', () => {
  it('moves an old #section link followed on the open front page to the section’s page, in place', async () => {
    const { followLegacyHashLinks, currentRoute } = await import('../../../src/state/navigation');
    window.history.replaceState(null, '', '/?dep=14');
    const stop = followLegacyHashLinks();
    window.location.hash = '#recrutements';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/recrutements/?dep=14');
    expect(currentRoute()).toEqual({ kind: 'dashboard', section: 'recrutements' });
    // An anchor is only an anchor.
    window.location.hash = '#main';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(window.location.pathname).toBe('/recrutements/');
    stop();
    window.history.replaceState(null, '', '/');
  });
});
