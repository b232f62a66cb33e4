import { embedUrl, fallbackHeight, helperScriptUrl, iframeSnippet } from './snippet';

const root = 'https://stats.example.org/observatoire/';

describe('embed URLs', () => {
  it('keep the sub-path', () => {
    expect(helperScriptUrl(root)).toBe('https://stats.example.org/observatoire/embed.js');
  });

  it('carry the chart id and the current filters', () => {
    expect(embedUrl({ appRoot: root, chartId: 'recruitment-map', filterQuery: '?dep=14&basin=2817' })).toBe(
      'https://stats.example.org/observatoire/embed/recruitment-map/?dep=14&basin=2817',
    );
  });

  it('pin the data release for a "version figée" only', () => {
    const pinned = embedUrl({ appRoot: root, chartId: 'a', filterQuery: '', release: '3f2a9c01bd' });
    expect(new URL(pinned).searchParams.get('release')).toBe('3f2a9c01bd');
    expect(new URL(embedUrl({ appRoot: root, chartId: 'a', filterQuery: '', release: null })).searchParams.has('release')).toBe(false);
  });
});

describe('iframeSnippet', () => {
  const base = { src: 'https://x.org/?embed=a&dep=14', title: 'Emploi « 2021 » & <IA>', height: 562, scriptUrl: 'https://x.org/embed.js' };

  it('gives a titled iframe with a fixed height and no script when auto-height is off', () => {
    const html = iframeSnippet({ ...base, autoHeight: false });
    expect(html).toBe(
      '<iframe src="https://x.org/?embed=a&amp;dep=14" title="Emploi « 2021 » &amp; &lt;IA&gt;" width="100%" height="562" style="width:100%;border:0" loading="lazy"></iframe>',
    );
    expect(html).not.toContain('<script');
  });

  it('adds the marker attribute and the external helper (no inline code) when auto-height is on', () => {
    const html = iframeSnippet({ ...base, autoHeight: true });
    expect(html).toContain(' data-observatoire-embed></iframe>');
    expect(html.split('\n')[1]).toBe('<script src="https://x.org/embed.js" async></script>');
  });

  it('parses back into the same attributes (escaping round-trips)', () => {
    const parsed = new DOMParser().parseFromString(iframeSnippet({ ...base, autoHeight: true }), 'text/html');
    const iframe = parsed.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(base.src);
    expect(iframe.getAttribute('title')).toBe(base.title);
  });

  it('reserves room for title and source on hosts without script', () => {
    expect(fallbackHeight(320)).toBe(560);
    expect(fallbackHeight(400) % 10).toBe(0);
  });
});
