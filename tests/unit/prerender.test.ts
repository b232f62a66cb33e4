import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build (scripts/prerender.mjs), without type declarations
import { firstDrawingPreloads, notFoundPage } from '../../scripts/prerender.mjs';

const picture = (priority: 'high' | 'lazy', name: string, sources = true) =>
  `<figure><picture class="chart-static">` +
  (sources
    ? `<source media="(max-width: 40rem)" srcSet="../static/${name}-phone.svg"/><source media="(min-width: 1600px)" srcSet="../static/${name}-largeHalf.svg"/>`
    : '') +
  `<img src="../static/${name}-desktopHalf.svg" alt="a &lt;b&gt; chart" height="340" ` +
  (priority === 'high' ? 'fetchPriority="high"' : 'loading="lazy"') +
  ` elementtiming="chart-drawing"/></picture></figure>`;

describe('firstDrawingPreloads', () => {
  it('preloads each file of the first drawings under the media query their <picture> picks it for', () => {
    const links = firstDrawingPreloads(picture('high', 'a') + picture('lazy', 'b'));
    expect(links).toEqual([
      '<link rel="preload" as="image" href="../static/a-phone.svg" media="(max-width: 40rem)" fetchpriority="high" />',
      '<link rel="preload" as="image" href="../static/a-largeHalf.svg" media="(min-width: 1600px)" fetchpriority="high" />',
      '<link rel="preload" as="image" href="../static/a-desktopHalf.svg" media="(width > 40rem) and (width < 1600px)" fetchpriority="high" />',
    ]);
  });

  it('preloads a drawing with one file (a slide) on every screen, and nothing for lazy drawings', () => {
    expect(firstDrawingPreloads(picture('high', 's', false))).toEqual([
      '<link rel="preload" as="image" href="../static/s-desktopHalf.svg" fetchpriority="high" />',
    ]);
    expect(firstDrawingPreloads(picture('lazy', 'b'))).toEqual([]);
  });
});

describe('notFoundPage (404.html)', () => {
  it('stands alone at any depth: no script, no stylesheet or image to fetch, under the strict CSP', () => {
    const page: string = notFoundPage();
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<link|<img|src=/i);
    expect(page).toContain(`http-equiv="Content-Security-Policy"`);
    expect(page).toContain("script-src 'self'");
  });

  it('says what happened in French and English and links to the front page of the build’s base', () => {
    const page: string = notFoundPage('/observatoire');
    expect(page).toContain('<h1>Page introuvable</h1>');
    expect(page).toContain('Page not found');
    expect(page).toContain('href="/observatoire/"');
    expect(page).toContain('href="/observatoire/?lang=en"');
    expect(notFoundPage('/"><b>x')).not.toContain('"><b>');
  });
});
