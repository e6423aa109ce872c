// The correction form beside the page image: the image shows the article at once (at any zoom), and follows the
// field being edited: a headline field shows the article's top, the body the block of text the cursor is in.
(function () {
  'use strict';
  var view = document.getElementById('scan-view');
  if (!view) {
    return;
  }
  var current = view.querySelector('rect.region.current');
  var blocks = Array.prototype.slice.call(view.querySelectorAll('text.block-number'));

  // Scrolls the view (only the view, not the page) so that the element is in its middle, and marks it a moment.
  function show(element) {
    if (!element) {
      return;
    }
    var box = element.getBoundingClientRect();
    var frame = view.getBoundingClientRect();
    view.scrollTop += box.top - frame.top - (view.clientHeight - Math.min(box.height, view.clientHeight)) / 2;
    view.scrollLeft += box.left - frame.left - (view.clientWidth - Math.min(box.width, view.clientWidth)) / 2;
    blocks.forEach(function (b) { b.classList.remove('following'); });
    if (element.classList) {
      element.classList.add('following');
    }
  }

  function squeeze(text) {
    return (text || '').replace(/\s+/g, '');
  }

  // The block whose printed text holds the paragraph the cursor is in (its opening words, white space aside).
  function blockOf(textarea) {
    var before = textarea.value.slice(0, textarea.selectionStart);
    var start = before.lastIndexOf('\n') + 1;
    var end = textarea.value.indexOf('\n', textarea.selectionStart);
    var paragraph = squeeze(textarea.value.slice(start, end < 0 ? undefined : end));
    var probe = paragraph.slice(0, 12);
    if (probe.length < 4) {
      return null;
    }
    for (var i = 0; i < blocks.length; i++) {
      if (squeeze(blocks[i].getAttribute('data-text')).indexOf(probe) >= 0) {
        return blocks[i];
      }
    }
    return null;
  }

  show(current);
  ['kicker', 'headline-field', 'subtitle', 'dateline', 'reporters', 'officials'].forEach(function (id) {
    var field = document.getElementById(id);
    if (field) {
      field.addEventListener('focus', function () { show(current); });
    }
  });
  var body = document.getElementById('body-field');
  if (body) {
    var follow = function () { show(blockOf(body) || current); };
    ['focus', 'click', 'keyup'].forEach(function (e) { body.addEventListener(e, follow); });
  }
  // A zoom changes where everything is: show the article again once the image has its new size.
  document.querySelectorAll('figure.scan .zoom button').forEach(function (b) {
    b.addEventListener('click', function () { window.setTimeout(function () { show(current); }, 50); });
  });
})();
