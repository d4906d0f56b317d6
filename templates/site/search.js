// Offline search over the index embedded in the page: every word typed
// must occur in a guideline's title or text (case-insensitive).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("search-data").textContent);
  var box = document.getElementById("search");
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  var status = document.getElementById("search-status");
  function norm(s) { return s.toLocaleLowerCase().normalize("NFC"); }
  data.forEach(function (e) { e.hay = norm(e.title + "\n" + e.text); });
  function run() {
    var terms = norm(input.value).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    var hits = data.filter(function (e) {
      return terms.every(function (t) { return e.hay.indexOf(t) >= 0; });
    });
    status.textContent = hits.length ? status.dataset.results + ": " + hits.length : status.dataset.none;
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.number + ". " + e.title;
      li.appendChild(a);
      results.appendChild(li);
    });
  }
  box.hidden = false;
  input.addEventListener("input", run);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; }
  run();
})();
