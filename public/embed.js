/*
 * Observatoire Data & IA Normandie — auto-height helper for embedded charts.
 *
 * On the host page, after one or more
 *   <iframe src="https://…/?embed=<chart-id>" data-observatoire-embed …></iframe>
 * add
 *   <script src="https://…/embed.js" async></script>
 *
 * A static file (no inline code) so hosts with a strict Content-Security-Policy
 * can allow it by origin. It only trusts a message when:
 *   - it comes from the origin this script was served from (the Observatoire),
 *   - that is also the origin of the iframe's src,
 *   - its sender is the window of an iframe marked data-observatoire-embed,
 *   - it has exactly the expected shape, for the chart that iframe shows.
 * Anything else is ignored. It defines no global.
 */
(function () {
  'use strict';

  var MESSAGE_TYPE = 'observatoire-data-ia:height';
  var SELECTOR = 'iframe[data-observatoire-embed]';
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 20000;
  var CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  var script = document.currentScript;
  if (!script || !script.src) return;
  var trustedOrigin = new URL(script.src, document.baseURI).origin;

  function frameFor(source) {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function isHeightMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.type === MESSAGE_TYPE &&
      typeof data.chartId === 'string' &&
      CHART_ID.test(data.chartId) &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= MIN_HEIGHT &&
      data.height <= MAX_HEIGHT
    );
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== trustedOrigin || !event.source) return;
    var frame = frameFor(event.source);
    if (!frame) return;
    var src;
    try {
      src = new URL(frame.src, document.baseURI);
    } catch {
      return;
    }
    if (src.origin !== event.origin) return;
    var data = event.data;
    // The chart the iframe shows: `…/embed/<chart-id>/` (or an old `?embed=<chart-id>` address).
    var fromPath = /\/embed\/([a-z0-9][a-z0-9-]*)\/?$/.exec(src.pathname);
    var framed = fromPath ? fromPath[1] : src.searchParams.get('embed');
    if (!isHeightMessage(data) || framed !== data.chartId) return;
    frame.style.height = Math.ceil(data.height) + 'px';
    frame.setAttribute('height', String(Math.ceil(data.height)));
  });
})();
