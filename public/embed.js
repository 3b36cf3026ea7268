/*
 * wherewhen: fits embedded maps to the height they ask for, and tells the
 * page where a reader is in an embedded lesson.
 *
 * Add this script once to a page with one or more iframes of the map marked
 * `data-wherewhen-resize` (the Embed dialog writes both). A map sends its
 * parent two kinds of message, and this script heeds only those that come
 * from one of the page's iframes, from that iframe's own origin:
 *
 * - { type: 'wherewhen:resize', height: <pixels> }: it sets the height of an
 *   iframe marked `data-wherewhen-resize`;
 * - { type: 'wherewhen:lesson', step, of, complete } (a lesson, `?lesson=`):
 *   it dispatches a `wherewhen:lesson` event on that marked iframe, which bubbles,
 *   with { step, of, complete } as its `detail`, for the page to listen to:
 *
 *     frame.addEventListener('wherewhen:lesson', function (e) {
 *       if (e.detail.complete) markDone();
 *     });
 *
 * As it starts it says hello ({ type: 'wherewhen:hello' }) to each marked
 * iframe, at that iframe's origin: a map that sent its messages before this
 * script ran (it loads `async`) sends them again. Otherwise it sends nothing,
 * and it stores nothing and reads nothing else.
 */
(function () {
  'use strict';
  var MIN = 200;
  var MAX = 2000;

  /** The iframe a message came from, if it is one of the page's and the message is from its origin. */
  function frameOf(event, selector) {
    var frames = document.querySelectorAll(selector);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return null;
      }
      return origin === event.origin ? frame : null;
    }
    return null;
  }

  function count(n) {
    return typeof n === 'number' && n >= 1 && n <= 1000 && Math.floor(n) === n;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data) return;
    if (data.type === 'wherewhen:resize') {
      if (typeof data.height !== 'number' || !isFinite(data.height)) return;
      var sized = frameOf(event, 'iframe[data-wherewhen-resize]');
      if (sized) sized.style.height = Math.round(Math.min(MAX, Math.max(MIN, data.height))) + 'px';
    } else if (data.type === 'wherewhen:lesson') {
      if (!count(data.step) || !count(data.of) || data.step > data.of || typeof data.complete !== 'boolean')
        return;
      // Only the page's map frames: a message from another frame (an advert's) makes no event.
      var frame = frameOf(event, 'iframe[data-wherewhen-resize]');
      if (!frame) return;
      var detail = { step: data.step, of: data.of, complete: data.complete };
      frame.dispatchEvent(new CustomEvent('wherewhen:lesson', { detail: detail, bubbles: true }));
    }
  });

  var marked = document.querySelectorAll('iframe[data-wherewhen-resize]');
  for (var i = 0; i < marked.length; i++) {
    var origin;
    try {
      origin = new URL(marked[i].src, document.baseURI).origin;
    } catch {
      continue;
    }
    if (marked[i].contentWindow && origin !== 'null')
      marked[i].contentWindow.postMessage({ type: 'wherewhen:hello' }, origin);
  }
})();
