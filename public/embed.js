/*
 * wherewhen: fits embedded maps to the height they ask for.
 *
 * Add this script once to a page with one or more iframes of the map marked
 * `data-wherewhen-resize` (the Embed dialog writes both). Each map sends its
 * parent one kind of message, { type: 'wherewhen:resize', height: <pixels> };
 * this script sets the height of the iframe it came from, and only when the
 * message comes from that iframe's own origin. It sends nothing, stores
 * nothing and reads nothing else.
 */
(function () {
  'use strict';
  var MIN = 200;
  var MAX = 2000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'wherewhen:resize') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-wherewhen-resize]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, data.height))) + 'px';
      return;
    }
  });
})();
