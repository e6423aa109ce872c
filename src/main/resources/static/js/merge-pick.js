// On an article's correction form, the page image picks what "merge" takes in: a click on a later article of the page
// chooses it as the last one to merge (instead of opening it), and the articles that would be merged are shaded on
// the page, however they were chosen.
(function () {
  var select = document.getElementById("merge-form-through");
  var view = document.getElementById("scan-view");
  if (!select || !view) { return; }
  var links = {};
  view.querySelectorAll("a.region-link").forEach(function (link) {
    var id = link.getAttribute("data-article");
    if (!select.querySelector('option[value="' + id + '"]')) { return; }
    links[id] = link;
    link.classList.add("mergeable");
    link.addEventListener("click", function (event) {
      event.preventDefault();
      select.value = id;
      shade();
    });
  });
  function shade() {
    var taken = true;
    Array.prototype.forEach.call(select.options, function (option) {
      if (links[option.value]) { links[option.value].classList.toggle("to-merge", taken); }
      if (option.value === select.value) { taken = false; }
    });
  }
  select.addEventListener("change", shade);
  shade();
})();
