// A form marked data-confirm asks before it is sent (rebuild the index, disable an account): a mistaken click
// changes nothing.
document.addEventListener('submit', function (event) {
  var question = event.target.getAttribute && event.target.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
