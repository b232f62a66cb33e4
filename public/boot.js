/*
 * Observatoire Data & IA Normandie — runs in <head> before the page paints
 * (a file, not inline: the Content-Security-Policy forbids inline script).
 *
 * 1. Links made before every view had its own page — `#ia`, `?embed=<id>`,
 *    `?present=1&slide=<id>` — move to `ia/`, `embed/<id>/`, `present/<id>/`
 *    with every other parameter kept (src/state/route.ts `legacyRedirect`
 *    applies the same rules; tests/unit/boot.test.ts keeps them in step).
 * 2. The page was drawn at build time for the default filters. When the
 *    address sets filters, `<html data-pending="basin dep …">` names them, so
 *    the stylesheet marks every drawing that depends on one of them as
 *    updating until the app has redrawn it: default figures are never shown
 *    as if they were the filtered ones.
 */
(function () {
  'use strict';
  var SECTIONS = ['vue-ensemble', 'emploi', 'ia', 'recrutements', 'competences', 'formations', 'metiers'];
  var FILTERS = ['occupation', 'dep', 'basin', 'sector', 'year', 'measure', 'lang', 'compare', 'fiche', 'release'];
  var ID = /^[a-z0-9][a-z0-9-]{0,60}$/;
  // The build writes the chart ids it drew pages for here (scripts/prerender.mjs), so an old link to a chart
  // that does not exist lands on the page that says so, not on an address the host has no page for.
  var CHARTS = null;
  var known = function (id) {
    return ID.test(id) && (CHARTS === null || CHARTS.indexOf(id) >= 0);
  };
  var script = document.currentScript;
  var root = script && script.src ? script.src.replace(/boot\.js(?:[?#].*)?$/, '') : null;
  var here = location.href.replace(/[?#].*$/, '');

  function moved(search, hash) {
    var params = new URLSearchParams(search);
    var embed = params.get('embed');
    var section = hash.replace(/^#\/?/, '');
    var isSection = SECTIONS.indexOf(section) >= 0;
    var path = null;
    if (embed !== null) {
      path = known(embed) ? 'embed/' + embed + '/' : 'embed/unknown/';
      params.delete('embed');
    } else if (params.get('present') === '1') {
      var slide = params.get('slide');
      params.delete('present');
      params.delete('slide');
      // A slide number, or a well-formed id the deck does not have (the deck's first page says so): kept for the deck.
      if (slide && (/^\d{1,4}$/.test(slide) || (ID.test(slide) && !known(slide)))) params.set('slide', slide);
      path = slide && known(slide) && !/^\d+$/.test(slide) ? 'present/' + slide + '/' : 'present/';
    } else if (isSection) {
      path = section === 'vue-ensemble' ? '' : section + '/';
    }
    if (path === null) return null;
    var query = params.toString();
    return path + (query ? '?' + query : '') + (isSection ? '' : hash);
  }

  if (root !== null && here === root) {
    var target = moved(location.search, location.hash);
    if (target !== null) {
      location.replace(root + target);
      return;
    }
  }

  var pending = [];
  var params = new URLSearchParams(location.search);
  for (var index = 0; index < FILTERS.length; index += 1) {
    var name = FILTERS[index];
    var value = params.get(name);
    if (
      value !== null &&
      value !== '' &&
      !(name === 'lang' && value === 'fr') &&
      !(name === 'measure' && value === 'projets') &&
      !(name === 'occupation' && value === 'informatique')
    )
      pending.push(name);
  }
  if (pending.length) document.documentElement.setAttribute('data-pending', pending.join(' '));
})();
