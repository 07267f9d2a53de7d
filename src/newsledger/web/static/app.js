// newsledger web UI: the little behaviour the pages have. No other script is allowed to run
// (Content-Security-Policy: script-src 'self'), and this one never writes HTML: only classes.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // The article page: show or hide each kind of highlight.
  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
  // Pointing at a highlight marks its record beside the text, and the other way round.
  function mark(rec, on) {
    document.querySelectorAll("[data-rec]").forEach(function (el) {
      if (el.dataset.rec === rec) { el.classList.toggle("active", on); }
    });
  }
  var text = document.getElementById("text");
  if (text) {
    text.addEventListener("mouseover", function (ev) {
      var link = ev.target.closest ? ev.target.closest("a[data-rec]") : null;
      if (link) { mark(link.dataset.rec, true); }
    });
    text.addEventListener("mouseout", function (ev) {
      var link = ev.target.closest ? ev.target.closest("a[data-rec]") : null;
      if (link) { mark(link.dataset.rec, false); }
    });
  }
  document.querySelectorAll(".records li.rec[data-rec]").forEach(function (li) {
    li.addEventListener("mouseenter", function () { mark(li.dataset.rec, true); });
    li.addEventListener("mouseleave", function () { mark(li.dataset.rec, false); });
  });
});
